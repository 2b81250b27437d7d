import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/client.ts';

/** The app's one query cache: main.tsx starts the first requests in it before React renders. */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});
