import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, data, type RequestBody, type ResponseBody } from '../api/client.ts';

export type OnboardingJourneyRecord = ResponseBody<'getOnboardingJourney'>;
export type OnboardingStepRecord = OnboardingJourneyRecord['steps'][number];
export type OnboardingPortfolioRecord = ResponseBody<'getOnboardingPortfolio'>;

const journeyKey = (id: string) => ['distributors', id, 'onboarding'] as const;

export function useOnboardingJourney(distributorId: string) {
  return useQuery({
    queryKey: journeyKey(distributorId),
    queryFn: () =>
      data(
        client.GET('/api/v1/distributors/{id}/onboarding', {
          params: { path: { id: distributorId } },
        }),
      ),
  });
}

export function useTickOnboardingStep(distributorId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ isDone, note }: { isDone: boolean; note: string }) =>
      data(
        client.POST('/api/v1/distributors/{id}/onboarding/steps/{key}', {
          params: { path: { id: distributorId, key: 'training_assigned' } },
          body: { isDone, note },
        }),
      ),
    onSuccess: (journey) => {
      queryClient.setQueryData(journeyKey(distributorId), journey);
      void queryClient.invalidateQueries({ queryKey: ['onboarding'] });
    },
  });
}

export function useOnboardingPortfolio() {
  return useQuery({
    queryKey: ['onboarding', 'portfolio'],
    queryFn: () => data(client.GET('/api/v1/onboarding')),
  });
}

const dueDaysKey = ['onboarding', 'settings'] as const;

export function useOnboardingDueDays() {
  return useQuery({
    queryKey: dueDaysKey,
    queryFn: () => data(client.GET('/api/v1/onboarding/settings')),
  });
}

/** New due days move every journey's dates, lateness and the portfolio's stalls. */
export function useSetOnboardingDueDays() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RequestBody<'setOnboardingDueDays'>) =>
      data(client.PUT('/api/v1/onboarding/settings', { body: input })),
    onSuccess: (days) => {
      queryClient.setQueryData(dueDaysKey, days);
      void queryClient.invalidateQueries({ queryKey: ['onboarding'] });
      void queryClient.invalidateQueries({
        predicate: (query) =>
          query.queryKey[0] === 'distributors' && query.queryKey[2] === 'onboarding',
      });
    },
  });
}
