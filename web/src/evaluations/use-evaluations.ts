import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, data, type RequestBody, type ResponseBody } from '../api/client.ts';

export type EvaluationListRecord = ResponseBody<'listEvaluations'>;
export type EvaluationRecord = ResponseBody<'getEvaluation'>;
export type PrincipalPartBody = RequestBody<'writeEvaluationPrincipalPart'>;

const listKey = (id: string) => ['distributors', id, 'evaluations'] as const;
const oneKey = (id: string, evaluationId: string) =>
  ['distributors', id, 'evaluations', evaluationId] as const;

export function useEvaluations(distributorId: string) {
  return useQuery({
    queryKey: listKey(distributorId),
    queryFn: () =>
      data(
        client.GET('/api/v1/distributors/{id}/evaluations', {
          params: { path: { id: distributorId } },
        }),
      ),
  });
}

export function useEvaluation(distributorId: string, evaluationId: string) {
  return useQuery({
    queryKey: oneKey(distributorId, evaluationId),
    queryFn: () =>
      data(
        client.GET('/api/v1/distributors/{id}/evaluations/{evaluationId}', {
          params: { path: { id: distributorId, evaluationId } },
        }),
      ),
  });
}

/** Every change answers the whole evaluation: it replaces the cached one, and the list refreshes. */
function useEvaluationChange<Input>(
  distributorId: string,
  send: (input: Input) => Promise<EvaluationRecord>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (evaluation) => {
      queryClient.setQueryData(oneKey(distributorId, evaluation.id), evaluation);
      void queryClient.invalidateQueries({ queryKey: listKey(distributorId), exact: true });
      void queryClient.invalidateQueries({ queryKey: ['distributors', distributorId, 'playbook'] });
    },
  });
}

export function useStartEvaluation(distributorId: string) {
  return useEvaluationChange(distributorId, (body: RequestBody<'startEvaluation'>) =>
    data(
      client.POST('/api/v1/distributors/{id}/evaluations', {
        params: { path: { id: distributorId } },
        body,
      }),
    ),
  );
}

export function useEvaluationActions(distributorId: string, evaluationId: string) {
  const path = { id: distributorId, evaluationId };
  const one = '/api/v1/distributors/{id}/evaluations/{evaluationId}' as const;
  return {
    writeAssessment: useEvaluationChange(distributorId, (text: string) =>
      data(client.PUT(`${one}/assessment`, { params: { path }, body: { text } })),
    ),
    writePrincipalPart: useEvaluationChange(distributorId, (body: PrincipalPartBody) =>
      data(client.PATCH(one, { params: { path }, body })),
    ),
    refresh: useEvaluationChange(distributorId, (_: undefined) =>
      data(client.POST(`${one}/refresh`, { params: { path } })),
    ),
    complete: useEvaluationChange(distributorId, (noResponseReason: string | null) =>
      data(client.POST(`${one}/completion`, { params: { path }, body: { noResponseReason } })),
    ),
    reopen: useEvaluationChange(distributorId, (reason: string) =>
      data(client.POST(`${one}/reopening`, { params: { path }, body: { reason } })),
    ),
  };
}
