import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Uuid } from '../platform/fields.ts';
import { contextOf } from '../platform/http.ts';
import { commonErrors, ProblemSchema } from '../platform/problem.schema.ts';
import {
  DistributorFeedback,
  FeedbackAnswerInput,
  FeedbackRound,
  FeedbackRoundParams,
} from './feedback.schema.ts';
import {
  answerFeedbackRound,
  getDistributorFeedback,
  openFeedbackRoundNow,
} from './feedback.service.ts';

const tags = ['Feedback'];
const errors = { ...commonErrors, 409: ProblemSchema };
const base = '/api/v1/distributors/:id/feedback';
const DistributorParams = z.object({ id: Uuid });

/** The quarterly relationship survey: read the rounds, answer the open one, open one now. */
export async function feedbackRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    base,
    {
      schema: {
        operationId: 'getDistributorFeedback',
        tags,
        summary:
          'The relationship survey rounds of a distributor, newest first, with both sides’ answers, averages and gaps',
        params: DistributorParams,
        response: { 200: DistributorFeedback, ...commonErrors },
      },
    },
    async (request) => getDistributorFeedback(contextOf(request), request.params.id),
  );

  app.post(
    `${base}/rounds`,
    {
      schema: {
        operationId: 'openFeedbackRound',
        tags,
        summary:
          'Open this quarter’s survey round now, before the schedule does (principal admins)',
        params: DistributorParams,
        response: { 201: FeedbackRound, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await openFeedbackRoundNow(contextOf(request), request.params.id)),
  );

  app.post(
    `${base}/rounds/:roundId/answers`,
    {
      schema: {
        operationId: 'answerFeedbackRound',
        tags,
        summary:
          'Answer an open round, once per person (principal admins and managers, distributor admins and members)',
        params: FeedbackRoundParams,
        body: FeedbackAnswerInput,
        response: { 201: FeedbackRound, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await answerFeedbackRound(
            contextOf(request),
            request.params.id,
            request.params.roundId,
            request.body,
          ),
        ),
  );
}
