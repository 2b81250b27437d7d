import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams } from '../distributors/distributors.schema.ts';
import { Uuid } from '../platform/fields.ts';
import { contextOf } from '../platform/http.ts';
import { commonErrors, ProblemSchema } from '../platform/problem.schema.ts';
import {
  CadencePlanInput,
  CadenceView,
  MeetingChangeInput,
  MeetingView,
} from './cadence.schema.ts';
import { changeMeeting, createCadencePlan, getCadence } from './cadence.service.ts';

const tags = ['Cadence'];
const errors = { ...commonErrors, 409: ProblemSchema };

export async function cadenceRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/v1/distributors/:id/cadence',
    {
      schema: {
        operationId: 'getCadence',
        tags,
        summary: 'The meeting plan and its meetings, each with its rotation and fairness ledger',
        params: IdParams,
        response: { 200: CadenceView, ...commonErrors },
      },
    },
    async (request) => getCadence(contextOf(request), request.params.id),
  );

  app.post(
    '/api/v1/distributors/:id/cadence',
    {
      schema: {
        operationId: 'createCadence',
        tags,
        summary: 'Plan the layered cadence from the charter’s protocol, with fair meeting times',
        params: IdParams,
        body: CadencePlanInput,
        response: { 201: CadenceView, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await createCadencePlan(contextOf(request), request.params.id, request.body)),
  );

  app.post(
    '/api/v1/distributors/:id/meetings/:meetingId/changes',
    {
      schema: {
        operationId: 'changeMeeting',
        tags,
        summary: 'Reschedule, cancel or skip a meeting (its calendar sequence rises)',
        params: z.object({ id: Uuid, meetingId: Uuid }),
        body: MeetingChangeInput,
        response: { 200: MeetingView, ...errors },
      },
    },
    async (request) =>
      changeMeeting(contextOf(request), request.params.id, request.params.meetingId, request.body),
  );
}
