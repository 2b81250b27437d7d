import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, data, type RequestBody, type ResponseBody } from '../api/client.ts';

export type DistributorPlaybookRecord = ResponseBody<'getDistributorPlaybook'>;
export type PlaybookItemRecord = DistributorPlaybookRecord['items'][number];
export type PlaybookProgressRecord = ResponseBody<'getPlaybookProgress'>;
export type PlaybookRecord = ResponseBody<'getPlaybook'>;
export type JudgementStep = 'tick' | 'untick' | 'confirm';

const playbookKey = (id: string) => ['distributors', id, 'playbook'] as const;

export function useDistributorPlaybook(distributorId: string) {
  return useQuery({
    queryKey: playbookKey(distributorId),
    queryFn: () =>
      data(
        client.GET('/api/v1/distributors/{id}/playbook', {
          params: { path: { id: distributorId } },
        }),
      ),
  });
}

export function useJudgePlaybookItem(distributorId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ key, step, note }: { key: string; step: JudgementStep; note: string }) => {
      const params = { path: { id: distributorId, key } };
      if (step === 'confirm') {
        return data(
          client.POST('/api/v1/distributors/{id}/playbook/items/{key}/confirm', {
            params,
            body: {},
          }),
        );
      }
      const path =
        step === 'tick'
          ? '/api/v1/distributors/{id}/playbook/items/{key}/tick'
          : '/api/v1/distributors/{id}/playbook/items/{key}/untick';
      return data(client.POST(path, { params, body: { note } }));
    },
    onSuccess: (playbook) => {
      queryClient.setQueryData(playbookKey(distributorId), playbook);
      void queryClient.invalidateQueries({ queryKey: ['playbook'] });
    },
  });
}

export function usePlaybookProgress() {
  return useQuery({
    queryKey: ['playbook', 'progress'],
    queryFn: () => data(client.GET('/api/v1/playbook/progress')),
  });
}

export function useEvaluatePlaybooks() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => data(client.POST('/api/v1/playbook/evaluations')),
    onSuccess: (progress) => queryClient.setQueryData(['playbook', 'progress'], progress),
  });
}

export function usePlaybook() {
  return useQuery({
    queryKey: ['playbook', 'items'],
    queryFn: () => data(client.GET('/api/v1/playbook')),
  });
}

export function useSavePlaybook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RequestBody<'savePlaybook'>) =>
      data(client.PUT('/api/v1/playbook', { body })),
    onSuccess: (playbook) => {
      queryClient.setQueryData(['playbook', 'items'], playbook);
      void queryClient.invalidateQueries({ queryKey: ['playbook', 'progress'] });
      void queryClient.invalidateQueries({ queryKey: ['distributors'] });
    },
  });
}
