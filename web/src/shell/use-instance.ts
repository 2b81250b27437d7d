import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, data } from '../api/client.ts';

/** What the server says about itself before anyone signs in: demo data, single sign-on. */
export const instanceQuery = queryOptions({
  queryKey: ['instance'],
  queryFn: () => data(client.GET('/api/v1/instance')),
  staleTime: Number.POSITIVE_INFINITY,
});

export function useInstance() {
  return useQuery(instanceQuery);
}
