import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { client, data, type ResponseBody } from '../api/client.ts';

export type SearchResults = ResponseBody<'searchEverything'>;

/** Global search; asks only from two letters on. */
export function useGlobalSearch(q: string) {
  const text = q.trim();
  return useQuery({
    queryKey: ['search', text],
    queryFn: () => data(client.GET('/api/v1/search', { params: { query: { q: text, limit: 5 } } })),
    enabled: text.length >= 2,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}
