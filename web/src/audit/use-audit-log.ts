import { useInfiniteQuery } from '@tanstack/react-query';
import { client, data } from '../api/client.ts';

export type AuditFilters = {
  entityType?: string | undefined;
  action?: string | undefined;
  actor?: string | undefined;
  actorUserId?: string | undefined;
  distributorId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
};

/** The audit log, newest first, fifty entries at a time by the `before` cursor. */
export function useAuditLog(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: ['audit-log', filters],
    queryFn: ({ pageParam }) =>
      data(
        client.GET('/api/v1/audit-log', {
          params: { query: { ...filters, before: pageParam ?? undefined, limit: 50 } },
        }),
      ),
    initialPageParam: null as number | null,
    getNextPageParam: (last) => last.nextBefore,
  });
}
