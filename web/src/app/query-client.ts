import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/client.ts';

/**
 * How long data a route's loader fetched with the page's code counts as fresh: the page mounting
 * a moment later uses it rather than asking again (the default, 0, would send the request twice).
 */
export const prefetchedFreshMs = 2_000;

/** The app's one query cache: main.tsx starts the first requests in it before React renders. */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});
