import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf } from '../platform/http.ts';
import { commonErrors, ProblemSchema } from '../platform/problem.schema.ts';
import { DistributorParams } from './charter.schema.ts';
import {
  Amendment,
  AmendmentInput,
  AmendmentParams,
  DeclineAmendmentInput,
  DraftFromAmendments,
  DraftFromAmendmentsInput,
} from './charter-amendments.schema.ts';
import {
  declineCharterAmendment,
  draftFromCharterAmendments,
  listCharterAmendments,
  proposeCharterAmendment,
  withdrawCharterAmendment,
} from './charter-amendments.service.ts';

const tags = ['Charter'];
const errors = { ...commonErrors, 409: ProblemSchema };
const base = '/api/v1/distributors/:id/charter/amendments';

/** Amendment proposals against the charter in force: raise, list, draft from, decline, withdraw. */
export async function charterAmendmentRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    base,
    {
      schema: {
        operationId: 'listCharterAmendments',
        tags,
        summary: 'Amendment proposals raised against the signed charter, newest first',
        params: DistributorParams,
        response: { 200: z.array(Amendment), ...commonErrors },
      },
    },
    async (request) => listCharterAmendments(contextOf(request), request.params.id),
  );

  app.post(
    base,
    {
      schema: {
        operationId: 'proposeCharterAmendment',
        tags,
        summary:
          'Propose an amendment of the signed charter (principal editors, distributor admins and members)',
        params: DistributorParams,
        body: AmendmentInput,
        response: { 201: Amendment, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await proposeCharterAmendment(contextOf(request), request.params.id, request.body)),
  );

  app.post(
    `${base}/drafts`,
    {
      schema: {
        operationId: 'draftFromCharterAmendments',
        tags,
        summary:
          'Take open proposals into the next draft version (principal editors); starts it from the signed text if none is being prepared',
        params: DistributorParams,
        body: DraftFromAmendmentsInput,
        response: { 201: DraftFromAmendments, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await draftFromCharterAmendments(
            contextOf(request),
            request.params.id,
            request.body.numbers,
          ),
        ),
  );

  app.post(
    `${base}/:number/decline`,
    {
      schema: {
        operationId: 'declineCharterAmendment',
        tags,
        summary: 'Decline an open proposal, with a reason (principal editors)',
        params: AmendmentParams,
        body: DeclineAmendmentInput,
        response: { 200: Amendment, ...errors },
      },
    },
    async (request) =>
      declineCharterAmendment(
        contextOf(request),
        request.params.id,
        request.params.number,
        request.body,
      ),
  );

  app.post(
    `${base}/:number/withdraw`,
    {
      schema: {
        operationId: 'withdrawCharterAmendment',
        tags,
        summary: 'Withdraw one’s own open proposal',
        params: AmendmentParams,
        response: { 200: Amendment, ...errors },
      },
    },
    async (request) =>
      withdrawCharterAmendment(contextOf(request), request.params.id, request.params.number),
  );
}
