import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ConcernPatch,
  EscalationActionInput,
  EscalationSettings as EscalationSettingsInput,
} from '../../../src/concerns/concerns.schema.ts';
import { client, data, type ResponseBody } from '../api/client.ts';

export type EscalationRecord = ResponseBody<'getEscalation'>;
export type EscalationActionRecord = EscalationRecord['actions'][number];
export type ConcernRecord = ResponseBody<'getConcern'>;
export type ConcernSummaryRecord = ResponseBody<'listConcerns'>['items'][number];

const keys = {
  escalation: (id: string) => ['distributors', id, 'escalation'] as const,
  concerns: (id: string) => ['distributors', id, 'concerns'] as const,
  concern: (id: string, concernId: string) => ['distributors', id, 'concerns', concernId] as const,
};

export function useEscalation(id: string, enabled = true) {
  return useQuery({
    queryKey: keys.escalation(id),
    queryFn: () =>
      data(client.GET('/api/v1/distributors/{id}/escalation', { params: { path: { id } } })),
    enabled,
  });
}

export function useEscalationSettings() {
  return useQuery({
    queryKey: ['escalation-settings'],
    queryFn: () => data(client.GET('/api/v1/escalation/settings')),
  });
}

export function useSetEscalationSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: EscalationSettingsInput) =>
      data(client.PUT('/api/v1/escalation/settings', { body: input })),
    onSuccess: (saved) => {
      queryClient.setQueryData(['escalation-settings'], saved);
      // The waits move what the ladder proposes next on every distributor's page.
      void queryClient.invalidateQueries({
        predicate: (query) =>
          query.queryKey[0] === 'distributors' && query.queryKey[2] === 'escalation',
      });
    },
  });
}

export function useConcerns(id: string) {
  return useQuery({
    queryKey: keys.concerns(id),
    queryFn: () =>
      data(client.GET('/api/v1/distributors/{id}/concerns', { params: { path: { id } } })),
  });
}

export function useConcern(id: string, concernId: string) {
  return useQuery({
    queryKey: keys.concern(id, concernId),
    queryFn: () =>
      data(
        client.GET('/api/v1/distributors/{id}/concerns/{concernId}', {
          params: { path: { id, concernId } },
        }),
      ),
  });
}

/** The concern's PDF, as the API serves it (the browser opens it with the session cookie). */
export function concernPdfUrl(id: string, concernId: string) {
  return `/api/v1/distributors/${id}/concerns/${concernId}/document.pdf`;
}

function useInvalidate(id: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: keys.escalation(id) }),
      queryClient.invalidateQueries({ queryKey: keys.concerns(id) }),
    ]);
}

export function useRecordEscalationAction(id: string) {
  const invalidate = useInvalidate(id);
  return useMutation({
    mutationFn: (input: EscalationActionInput) =>
      data(
        client.POST('/api/v1/distributors/{id}/escalation-actions', {
          params: { path: { id } },
          body: input,
        }),
      ),
    onSuccess: invalidate,
  });
}

export function useDraftConcern(id: string) {
  const invalidate = useInvalidate(id);
  return useMutation({
    mutationFn: () =>
      data(
        client.POST('/api/v1/distributors/{id}/concerns', {
          params: { path: { id } },
          body: {},
        }),
      ),
    onSuccess: invalidate,
  });
}

export function useConcernChange(id: string, concernId: string) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidate(id);
  const path = { params: { path: { id, concernId } } };
  const after = async (concern?: ConcernRecord) => {
    if (concern) queryClient.setQueryData(keys.concern(id, concernId), concern);
    await invalidate();
  };
  return {
    edit: useMutation({
      mutationFn: (patch: ConcernPatch) =>
        data(
          client.PATCH('/api/v1/distributors/{id}/concerns/{concernId}', { ...path, body: patch }),
        ),
      onSuccess: after,
    }),
    send: useMutation({
      mutationFn: () =>
        data(client.POST('/api/v1/distributors/{id}/concerns/{concernId}/send', path)),
      onSuccess: after,
    }),
    discard: useMutation({
      mutationFn: () => data(client.DELETE('/api/v1/distributors/{id}/concerns/{concernId}', path)),
      onSuccess: () => after(),
    }),
    acknowledge: useMutation({
      mutationFn: () =>
        data(client.POST('/api/v1/distributors/{id}/concerns/{concernId}/acknowledgement', path)),
      onSuccess: after,
    }),
    respond: useMutation({
      mutationFn: (response: string) =>
        data(
          client.POST('/api/v1/distributors/{id}/concerns/{concernId}/response', {
            ...path,
            body: { response },
          }),
        ),
      onSuccess: after,
    }),
  };
}
