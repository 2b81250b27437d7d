import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  ConfirmPlanInput,
  GoalInput,
  MilestoneInput,
  ResponsibilitiesInput,
} from '../../../src/plan/plan.schema.ts';
import { client, data, type ResponseBody } from '../api/client.ts';

export type PlanRecord = ResponseBody<'getPlan'>;
export type GoalRecord = PlanRecord['goals'][number];
export type MilestoneRecord = PlanRecord['milestones'][number];
export type ChangeRecord = PlanRecord['changes'][number];
export type ConfirmationsRecord = PlanRecord['confirmations'];

const planKey = (id: string) => ['distributors', id, 'plan'] as const;

export function usePlan(distributorId: string) {
  return useQuery({
    queryKey: planKey(distributorId),
    queryFn: () =>
      data(
        client.GET('/api/v1/distributors/{id}/plan', { params: { path: { id: distributorId } } }),
      ),
  });
}

/** Every plan write refreshes the plan: an agreed change moves goals, milestones and history. */
function usePlanMutation<Input>(distributorId: string, send: (input: Input) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSettled: () => queryClient.invalidateQueries({ queryKey: planKey(distributorId) }),
  });
}

type Path = { params: { path: { id: string } } };
const at = (id: string): Path => ({ params: { path: { id } } });

export function useProposeGoal(distributorId: string, goalId: string | null) {
  return usePlanMutation(distributorId, (body: z.output<typeof GoalInput>) =>
    goalId
      ? data(
          client.PUT('/api/v1/distributors/{id}/plan/goals/{goalId}', {
            params: { path: { id: distributorId, goalId } },
            body,
          }),
        )
      : data(client.POST('/api/v1/distributors/{id}/plan/goals', { ...at(distributorId), body })),
  );
}

export function useProposeMilestone(distributorId: string, milestoneId: string | null) {
  return usePlanMutation(distributorId, (body: z.output<typeof MilestoneInput>) =>
    milestoneId
      ? data(
          client.PUT('/api/v1/distributors/{id}/plan/milestones/{milestoneId}', {
            params: { path: { id: distributorId, milestoneId } },
            body,
          }),
        )
      : data(
          client.POST('/api/v1/distributors/{id}/plan/milestones', { ...at(distributorId), body }),
        ),
  );
}

export function useProposeResponsibilities(distributorId: string) {
  return usePlanMutation(distributorId, (body: z.output<typeof ResponsibilitiesInput>) =>
    data(
      client.PUT('/api/v1/distributors/{id}/plan/responsibilities', { ...at(distributorId), body }),
    ),
  );
}

export function useProposeRemoval(distributorId: string) {
  return usePlanMutation(
    distributorId,
    (input: { kind: 'goal' | 'milestone'; subjectId: string; note: string }) =>
      input.kind === 'goal'
        ? data(
            client.POST('/api/v1/distributors/{id}/plan/goals/{goalId}/removal', {
              params: { path: { id: distributorId, goalId: input.subjectId } },
              body: { note: input.note },
            }),
          )
        : data(
            client.POST('/api/v1/distributors/{id}/plan/milestones/{milestoneId}/removal', {
              params: { path: { id: distributorId, milestoneId: input.subjectId } },
              body: { note: input.note },
            }),
          ),
  );
}

export function useAnswerChange(distributorId: string) {
  return usePlanMutation(
    distributorId,
    (
      input: { number: number; answer: 'agree' | 'withdraw' } | { number: number; reason: string },
    ) => {
      const params = { path: { id: distributorId, number: input.number } };
      if ('reason' in input) {
        return data(
          client.POST('/api/v1/distributors/{id}/plan/changes/{number}/decline', {
            params,
            body: { reason: input.reason },
          }),
        );
      }
      return input.answer === 'agree'
        ? data(client.POST('/api/v1/distributors/{id}/plan/changes/{number}/agree', { params }))
        : data(client.POST('/api/v1/distributors/{id}/plan/changes/{number}/withdraw', { params }));
    },
  );
}

export function useObjectiveDone(distributorId: string) {
  return usePlanMutation(distributorId, (input: { objectiveId: string; isDone: boolean }) =>
    data(
      client.PUT('/api/v1/distributors/{id}/plan/objectives/{objectiveId}/done', {
        params: { path: { id: distributorId, objectiveId: input.objectiveId } },
        body: { isDone: input.isDone },
      }),
    ),
  );
}

export function useMilestoneStatus(distributorId: string) {
  return usePlanMutation(
    distributorId,
    (input: { milestoneId: string; status: 'planned' | 'in_progress' | 'done' }) =>
      data(
        client.PUT('/api/v1/distributors/{id}/plan/milestones/{milestoneId}/status', {
          params: { path: { id: distributorId, milestoneId: input.milestoneId } },
          body: { status: input.status },
        }),
      ),
  );
}

/** The caller's side confirms the plan as it stands for a year (the annual re-agreement). */
export function useConfirmPlan(distributorId: string) {
  return usePlanMutation(distributorId, (body: z.output<typeof ConfirmPlanInput>) =>
    data(
      client.POST('/api/v1/distributors/{id}/plan/confirmations', { ...at(distributorId), body }),
    ),
  );
}
