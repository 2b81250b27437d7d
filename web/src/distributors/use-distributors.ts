import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ContactInput,
  ContactPatch,
  DistributorInput,
  DistributorPatch,
  EscalationStepInput,
  EscalationStepPatch,
} from '../../../src/distributors/distributors.schema.ts';
import { client, data, type QueryOf } from '../api/client.ts';
import type { DistributorPageResponse, LifecycleStageName } from '../api/types.ts';
import { prefetchedFreshMs } from '../app/query-client.ts';

export type DistributorListParams = QueryOf<'listDistributors'>;

const keys = {
  all: ['distributors'] as const,
  list: (params: DistributorListParams) => ['distributors', 'list', params] as const,
  one: (id: string) => ['distributors', id] as const,
  contacts: (id: string) => ['distributors', id, 'contacts'] as const,
  ladder: (id: string) => ['distributors', id, 'ladder'] as const,
  lifecycle: (id: string) => ['distributors', id, 'lifecycle'] as const,
};

/** A page of the directory; the route's loader starts it with the page's code (app/prefetch.ts). */
export const distributorPageQuery = (params: DistributorListParams) => ({
  queryKey: keys.list(params),
  queryFn: () => data(client.GET('/api/v1/distributors', { params: { query: params } })),
  staleTime: prefetchedFreshMs,
});

export function useDistributorPage(params: DistributorListParams) {
  return useQuery({ ...distributorPageQuery(params), placeholderData: keepPreviousData });
}

/** Every active distributor's id and name, for pickers (invitations, filters). */
export function useDistributorOptions(enabled = true) {
  return useQuery({
    queryKey: [...keys.all, 'options'],
    queryFn: async () => {
      const options: { id: string; name: string }[] = [];
      // The API pages at 100; a picker needs them all, so read on until the total is reached.
      for (let page = 1; page <= 50; page += 1) {
        const result: DistributorPageResponse = await data(
          client.GET('/api/v1/distributors', {
            params: { query: { pageSize: 100, page, sort: 'name', status: 'all' } },
          }),
        );
        options.push(...result.items.map((item) => ({ id: item.id, name: item.name })));
        if (options.length >= result.total || result.items.length === 0) break;
      }
      return options;
    },
    enabled,
  });
}

export const distributorQuery = (id: string) => ({
  queryKey: keys.one(id),
  queryFn: () => data(client.GET('/api/v1/distributors/{id}', { params: { path: { id } } })),
  staleTime: prefetchedFreshMs,
});

export function useDistributor(id: string) {
  return useQuery(distributorQuery(id));
}

export function useContacts(id: string) {
  return useQuery({
    queryKey: keys.contacts(id),
    queryFn: () =>
      data(client.GET('/api/v1/distributors/{id}/contacts', { params: { path: { id } } })),
  });
}

export function useEscalationLadder(id: string) {
  return useQuery({
    queryKey: keys.ladder(id),
    queryFn: () =>
      data(client.GET('/api/v1/distributors/{id}/escalation-steps', { params: { path: { id } } })),
  });
}

export function useLifecycleHistory(id: string) {
  return useQuery({
    queryKey: keys.lifecycle(id),
    queryFn: () =>
      data(client.GET('/api/v1/distributors/{id}/lifecycle', { params: { path: { id } } })),
  });
}

function useInvalidateDistributors() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: keys.all });
}

export function useCreateDistributor() {
  const invalidate = useInvalidateDistributors();
  return useMutation({
    mutationFn: (input: DistributorInput) =>
      data(client.POST('/api/v1/distributors', { body: input })),
    onSuccess: invalidate,
  });
}

export function useUpdateDistributor(id: string) {
  const invalidate = useInvalidateDistributors();
  return useMutation({
    mutationFn: (patch: DistributorPatch) =>
      data(client.PATCH('/api/v1/distributors/{id}', { params: { path: { id } }, body: patch })),
    onSuccess: invalidate,
  });
}

export function useChangeLifecycleStage(id: string) {
  const invalidate = useInvalidateDistributors();
  return useMutation({
    mutationFn: (input: { stage: LifecycleStageName; reason: string | null }) =>
      data(
        client.POST('/api/v1/distributors/{id}/lifecycle', {
          params: { path: { id } },
          body: input,
        }),
      ),
    onSuccess: invalidate,
  });
}

export function useSaveContact(distributorId: string) {
  const invalidate = useInvalidateDistributors();
  return useMutation({
    mutationFn: (
      change: { contactId: string; patch: ContactPatch } | { contactId: null; input: ContactInput },
    ) =>
      'patch' in change
        ? data(
            client.PATCH('/api/v1/distributors/{id}/contacts/{contactId}', {
              params: { path: { id: distributorId, contactId: change.contactId } },
              body: change.patch,
            }),
          )
        : data(
            client.POST('/api/v1/distributors/{id}/contacts', {
              params: { path: { id: distributorId } },
              body: change.input,
            }),
          ),
    onSuccess: invalidate,
  });
}

export function useDeleteContact(distributorId: string) {
  const invalidate = useInvalidateDistributors();
  return useMutation({
    mutationFn: (contactId: string) =>
      data(
        client.DELETE('/api/v1/distributors/{id}/contacts/{contactId}', {
          params: { path: { id: distributorId, contactId } },
        }),
      ),
    onSuccess: invalidate,
  });
}

export function useSaveEscalationStep(distributorId: string) {
  const invalidate = useInvalidateDistributors();
  return useMutation({
    mutationFn: (
      change:
        | { stepId: string; patch: EscalationStepPatch }
        | { stepId: null; input: EscalationStepInput },
    ) =>
      'patch' in change
        ? data(
            client.PATCH('/api/v1/distributors/{id}/escalation-steps/{stepId}', {
              params: { path: { id: distributorId, stepId: change.stepId } },
              body: change.patch,
            }),
          )
        : data(
            client.POST('/api/v1/distributors/{id}/escalation-steps', {
              params: { path: { id: distributorId } },
              body: change.input,
            }),
          ),
    onSuccess: invalidate,
  });
}

export function useDeleteEscalationStep(distributorId: string) {
  const invalidate = useInvalidateDistributors();
  return useMutation({
    mutationFn: (stepId: string) =>
      data(
        client.DELETE('/api/v1/distributors/{id}/escalation-steps/{stepId}', {
          params: { path: { id: distributorId, stepId } },
        }),
      ),
    onSuccess: invalidate,
  });
}

export function useImportDistributors() {
  const invalidate = useInvalidateDistributors();
  return useMutation({
    mutationFn: ({ csv, dryRun }: { csv: string; dryRun: boolean }) =>
      data(
        client.POST('/api/v1/distributors/import', {
          params: { query: { dryRun: dryRun ? 'true' : 'false' } },
          body: csv,
          headers: { 'content-type': 'text/csv' },
        }),
      ),
    onSuccess: (result) => {
      if (!result.dryRun) void invalidate();
    },
  });
}
