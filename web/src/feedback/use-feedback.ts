import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, data, type RequestBody, type ResponseBody } from '../api/client.ts';

export type FeedbackRecord = ResponseBody<'getDistributorFeedback'>;
export type FeedbackRoundRecord = FeedbackRecord['rounds'][number];
export type FeedbackAnswerRecord = FeedbackRoundRecord['answers'][number];
export type FeedbackGapRecord = FeedbackRecord['gaps'][number];
export type FeedbackAnswerBody = RequestBody<'answerFeedbackRound'>;

export const feedbackTopics = ['communication', 'support', 'commitments', 'overall'] as const;
export type FeedbackTopicName = (typeof feedbackTopics)[number];

const feedbackKey = (id: string) => ['distributors', id, 'feedback'] as const;

export function useFeedback(distributorId: string) {
  return useQuery({
    queryKey: feedbackKey(distributorId),
    queryFn: () =>
      data(
        client.GET('/api/v1/distributors/{id}/feedback', {
          params: { path: { id: distributorId } },
        }),
      ),
  });
}

export function useOpenFeedbackRound(distributorId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      data(
        client.POST('/api/v1/distributors/{id}/feedback/rounds', {
          params: { path: { id: distributorId } },
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: feedbackKey(distributorId) }),
  });
}

export function useAnswerFeedback(distributorId: string, roundId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: FeedbackAnswerBody) =>
      data(
        client.POST('/api/v1/distributors/{id}/feedback/rounds/{roundId}/answers', {
          params: { path: { id: distributorId, roundId } },
          body,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: feedbackKey(distributorId) }),
  });
}
