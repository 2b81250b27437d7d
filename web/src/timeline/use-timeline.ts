import { useInfiniteQuery } from '@tanstack/react-query';
import { client, data, type ResponseBody } from '../api/client.ts';

export type TimelineItem = ResponseBody<'getDistributorTimeline'>['items'][number];
export type TimelineKind = TimelineItem['kind'];

/** The relationship timeline, newest first, a page at a time; `kind` narrows it to one kind. */
export function useTimeline(distributorId: string, kind: TimelineKind | '') {
  return useInfiniteQuery({
    queryKey: ['timeline', distributorId, kind],
    queryFn: ({ pageParam }) =>
      data(
        client.GET('/api/v1/distributors/{id}/timeline', {
          params: {
            path: { id: distributorId },
            query: {
              limit: 20,
              ...(kind ? { kinds: kind } : {}),
              ...(pageParam ? { cursor: pageParam } : {}),
            },
          },
        }),
      ),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}
