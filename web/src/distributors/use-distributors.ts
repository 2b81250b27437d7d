import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ContactInput,
  ContactPatch,
  DistributorInput,
  DistributorPatch,
  EscalationStepInput,
  EscalationStepPatch,
} from '../../../src/distributors/distributors.schema.ts';
import { api } from '../api/client.ts';
import type {
  ContactRecord,
  DistributorPageResponse,
  DistributorRecord,
  EscalationStepRecord,
  ImportResult,
  LifecycleEventRecord,
  LifecycleStageName,
} from '../api/types.ts';

export type DistributorListParams = {
  q?: string | undefined;
  country?: string | undefined;
  status?: 'active' | 'archived' | 'all' | undefined;
  stage?: LifecycleStageName | undefined;
  sort?: 'name' | 'country' | 'lifecycleStage' | 'updatedAt' | undefined;
  order?: 'asc' | 'desc' | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
};

const keys = {
  all: ['distributors'] as const,
  list: (params: DistributorListParams) => ['distributors', 'list', params] as const,
  one: (id: string) => ['distributors', id] as const,
  contacts: (id: string) => ['distributors', id, 'contacts'] as const,
  ladder: (id: string) => ['distributors', id, 'ladder'] as const,
  lifecycle: (id: string) => ['distributors', id, 'lifecycle'] as const,
};

export function useDistributorPage(params: DistributorListParams) {
  return useQuery({
    queryKey: keys.list(params),
    queryFn: () => api<DistributorPageResponse>('/distributors', { query: params }),
    placeholderData: keepPreviousData,
  });
}

/** Every active distributor's id and name, for pickers (invitations, filters). */
export function useDistributorOptions(enabled = true) {
  return useQuery({
    queryKey: [...keys.all, 'options'],
    queryFn: async () => {
      const options: { id: string; name: string }[] = [];
      // The API pages at 100; a picker needs them all, so read on until the total is reached.
      for (let page = 1; page <= 50; page += 1) {
        const result = await api<DistributorPageResponse>('/distributors', {
          query: { pageSize: 100, page, sort: 'name', status: 'all' },
        });
        options.push(...result.items.map((item) => ({ id: item.id, name: item.name })));
        if (options.length >= result.total || result.items.length === 0) break;
      }
      return options;
    },
    enabled,
  });
}

export function useDistributor(id: string) {
  return useQuery({
    queryKey: keys.one(id),
    queryFn: () => api<DistributorRecord>(`/distributors/${id}`),
  });
}

export function useContacts(id: string) {
  return useQuery({
    queryKey: keys.contacts(id),
    queryFn: () => api<ContactRecord[]>(`/distributors/${id}/contacts`),
  });
}

export function useEscalationLadder(id: string) {
  return useQuery({
    queryKey: keys.ladder(id),
    queryFn: () => api<EscalationStepRecord[]>(`/distributors/${id}/escalation-steps`),
  });
}

export function useLifecycleHistory(id: string) {
  return useQuery({
    queryKey: keys.lifecycle(id),
    queryFn: () => api<LifecycleEventRecord[]>(`/distributors/${id}/lifecycle`),
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
      api<DistributorRecord>('/distributors', { method: 'POST', json: input }),
    onSuccess: invalidate,
  });
}

export function useUpdateDistributor(id: string) {
  const invalidate = useInvalidateDistributors();
  return useMutation({
    mutationFn: (patch: DistributorPatch) =>
      api<DistributorRecord>(`/distributors/${id}`, { method: 'PATCH', json: patch }),
    onSuccess: invalidate,
  });
}

export function useChangeLifecycleStage(id: string) {
  const invalidate = useInvalidateDistributors();
  return useMutation({
    mutationFn: (input: { stage: LifecycleStageName; reason: string | null }) =>
      api<DistributorRecord>(`/distributors/${id}/lifecycle`, { method: 'POST', json: input }),
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
        ? api<ContactRecord>(`/distributors/${distributorId}/contacts/${change.contactId}`, {
            method: 'PATCH',
            json: change.patch,
          })
        : api<ContactRecord>(`/distributors/${distributorId}/contacts`, {
            method: 'POST',
            json: change.input,
          }),
    onSuccess: invalidate,
  });
}

export function useDeleteContact(distributorId: string) {
  const invalidate = useInvalidateDistributors();
  return useMutation({
    mutationFn: (contactId: string) =>
      api<null>(`/distributors/${distributorId}/contacts/${contactId}`, { method: 'DELETE' }),
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
        ? api<EscalationStepRecord>(
            `/distributors/${distributorId}/escalation-steps/${change.stepId}`,
            { method: 'PATCH', json: change.patch },
          )
        : api<EscalationStepRecord>(`/distributors/${distributorId}/escalation-steps`, {
            method: 'POST',
            json: change.input,
          }),
    onSuccess: invalidate,
  });
}

export function useDeleteEscalationStep(distributorId: string) {
  const invalidate = useInvalidateDistributors();
  return useMutation({
    mutationFn: (stepId: string) =>
      api<null>(`/distributors/${distributorId}/escalation-steps/${stepId}`, {
        method: 'DELETE',
      }),
    onSuccess: invalidate,
  });
}

export function useImportDistributors() {
  const invalidate = useInvalidateDistributors();
  return useMutation({
    mutationFn: ({ csv, dryRun }: { csv: string; dryRun: boolean }) =>
      api<ImportResult>('/distributors/import', {
        method: 'POST',
        query: { dryRun },
        text: { body: csv, contentType: 'text/csv' },
      }),
    onSuccess: (result) => {
      if (!result.dryRun) void invalidate();
    },
  });
}
