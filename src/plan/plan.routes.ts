import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { contextOf } from '../platform/http.ts';
import { commonErrors, ProblemSchema } from '../platform/problem.schema.ts';
import {
  ChangeParams,
  ConfirmPlanInput,
  DeclineChangeInput,
  GoalInput,
  GoalParams,
  Milestone,
  MilestoneInput,
  MilestoneParams,
  MilestoneStatusInput,
  Objective,
  ObjectiveDoneInput,
  ObjectiveParams,
  Plan,
  PlanChange,
  PlanConfirmations,
  PlanParams,
  RemovalInput,
  ResponsibilitiesInput,
} from './plan.schema.ts';
import {
  getPlan,
  proposeGoal,
  proposeGoalChange,
  proposeGoalRemoval,
  proposeMilestone,
  proposeMilestoneChange,
  proposeMilestoneRemoval,
  proposeResponsibilities,
} from './plan.service.ts';
import {
  agreePlanChange,
  declinePlanChange,
  withdrawPlanChange,
} from './plan-agreement.service.ts';
import { confirmPlan } from './plan-confirmation.service.ts';
import { setMilestoneStatus, setObjectiveDone } from './plan-progress.service.ts';

const tags = ['Goals and plan'];
const errors = { ...commonErrors, 409: ProblemSchema };
const base = '/api/v1/distributors/:id/plan';
const proposed = { 201: PlanChange, ...errors };

/** Goals and the joint plan: read it, propose changes, agree or decline them, record progress. */
export async function planRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    base,
    {
      schema: {
        operationId: 'getPlan',
        tags,
        summary: 'The agreed goals, responsibilities and milestones, and every change proposed',
        params: PlanParams,
        response: { 200: Plan, ...commonErrors },
      },
    },
    async (request) => getPlan(contextOf(request), request.params.id),
  );

  app.post(
    `${base}/goals`,
    {
      schema: {
        operationId: 'proposePlanGoal',
        tags,
        summary: 'Propose a new goal; the other side agrees to it (plan writers)',
        params: PlanParams,
        body: GoalInput,
        response: proposed,
      },
    },
    async (request, reply) =>
      reply.code(201).send(await proposeGoal(contextOf(request), request.params.id, request.body)),
  );

  app.put(
    `${base}/goals/:goalId`,
    {
      schema: {
        operationId: 'proposePlanGoalChange',
        tags,
        summary: 'Propose a change of an agreed goal and its objectives',
        params: GoalParams,
        body: GoalInput,
        response: proposed,
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await proposeGoalChange(
            contextOf(request),
            request.params.id,
            request.params.goalId,
            request.body,
          ),
        ),
  );

  app.post(
    `${base}/goals/:goalId/removal`,
    {
      schema: {
        operationId: 'proposePlanGoalRemoval',
        tags,
        summary: 'Propose to drop an agreed goal',
        params: GoalParams,
        body: RemovalInput,
        response: proposed,
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await proposeGoalRemoval(
            contextOf(request),
            request.params.id,
            request.params.goalId,
            request.body.note,
          ),
        ),
  );

  app.put(
    `${base}/objectives/:objectiveId/done`,
    {
      schema: {
        operationId: 'setPlanObjectiveDone',
        tags,
        summary: 'Mark an objective done or not done (plan writers of either side)',
        params: ObjectiveParams,
        body: ObjectiveDoneInput,
        response: { 200: Objective, ...errors },
      },
    },
    async (request) =>
      setObjectiveDone(
        contextOf(request),
        request.params.id,
        request.params.objectiveId,
        request.body.isDone,
      ),
  );

  app.put(
    `${base}/responsibilities`,
    {
      schema: {
        operationId: 'proposePlanResponsibilities',
        tags,
        summary: 'Propose each side’s responsibilities (the whole list of both sides)',
        params: PlanParams,
        body: ResponsibilitiesInput,
        response: proposed,
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await proposeResponsibilities(contextOf(request), request.params.id, request.body)),
  );

  app.post(
    `${base}/milestones`,
    {
      schema: {
        operationId: 'proposePlanMilestone',
        tags,
        summary: 'Propose a milestone with its owner and deadline',
        params: PlanParams,
        body: MilestoneInput,
        response: proposed,
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await proposeMilestone(contextOf(request), request.params.id, request.body)),
  );

  app.put(
    `${base}/milestones/:milestoneId`,
    {
      schema: {
        operationId: 'proposePlanMilestoneChange',
        tags,
        summary: 'Propose a change of a milestone’s title, owner or deadline',
        params: MilestoneParams,
        body: MilestoneInput,
        response: proposed,
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await proposeMilestoneChange(
            contextOf(request),
            request.params.id,
            request.params.milestoneId,
            request.body,
          ),
        ),
  );

  app.post(
    `${base}/milestones/:milestoneId/removal`,
    {
      schema: {
        operationId: 'proposePlanMilestoneRemoval',
        tags,
        summary: 'Propose to drop a milestone',
        params: MilestoneParams,
        body: RemovalInput,
        response: proposed,
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await proposeMilestoneRemoval(
            contextOf(request),
            request.params.id,
            request.params.milestoneId,
            request.body.note,
          ),
        ),
  );

  app.put(
    `${base}/milestones/:milestoneId/status`,
    {
      schema: {
        operationId: 'setPlanMilestoneStatus',
        tags,
        summary: 'Record a milestone as planned, under way or done (plan writers of either side)',
        params: MilestoneParams,
        body: MilestoneStatusInput,
        response: { 200: Milestone, ...errors },
      },
    },
    async (request) =>
      setMilestoneStatus(
        contextOf(request),
        request.params.id,
        request.params.milestoneId,
        request.body.status,
      ),
  );

  app.post(
    `${base}/changes/:number/agree`,
    {
      schema: {
        operationId: 'agreePlanChange',
        tags,
        summary: 'Agree to the other side’s proposed change; it takes effect at once',
        params: ChangeParams,
        response: { 200: PlanChange, ...errors },
      },
    },
    async (request) =>
      agreePlanChange(contextOf(request), request.params.id, request.params.number),
  );

  app.post(
    `${base}/changes/:number/decline`,
    {
      schema: {
        operationId: 'declinePlanChange',
        tags,
        summary: 'Decline the other side’s proposed change, with a reason',
        params: ChangeParams,
        body: DeclineChangeInput,
        response: { 200: PlanChange, ...errors },
      },
    },
    async (request) =>
      declinePlanChange(contextOf(request), request.params.id, request.params.number, request.body),
  );

  app.post(
    `${base}/changes/:number/withdraw`,
    {
      schema: {
        operationId: 'withdrawPlanChange',
        tags,
        summary: 'Withdraw one’s own proposed change',
        params: ChangeParams,
        response: { 200: PlanChange, ...errors },
      },
    },
    async (request) =>
      withdrawPlanChange(contextOf(request), request.params.id, request.params.number),
  );

  app.post(
    `${base}/confirmations`,
    {
      schema: {
        operationId: 'confirmPlan',
        tags,
        summary:
          'Confirm the plan as it stands for a year, at the annual planning; re-agreed once both sides have (plan writers)',
        params: PlanParams,
        body: ConfirmPlanInput,
        response: { 201: PlanConfirmations, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await confirmPlan(contextOf(request), request.params.id, request.body)),
  );
}
