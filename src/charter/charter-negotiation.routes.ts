import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf } from '../platform/http.ts';
import { commonErrors, ProblemSchema } from '../platform/problem.schema.ts';
import {
  CharterVersion,
  Point,
  PointEventInput,
  PointInput,
  PointParams,
  TransitionInput,
  VersionParams,
} from './charter.schema.ts';
import {
  listCharterPoints,
  raiseCharterPoint,
  respondToCharterPoint,
  transitionCharter,
} from './charter-negotiation.service.ts';

const tags = ['Charter'];
const errors = { ...commonErrors, 409: ProblemSchema };
const base = '/api/v1/distributors/:id/charter';

/** Sending, negotiating through points, agreeing and reopening a charter version. */
export async function charterNegotiationRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.post(
    `${base}/versions/:version/transitions`,
    {
      schema: {
        operationId: 'transitionCharter',
        tags,
        summary: 'Send a draft for negotiation, agree a text, or reopen an agreed text',
        params: VersionParams,
        body: TransitionInput,
        response: { 200: CharterVersion, ...errors },
      },
    },
    async (request) =>
      transitionCharter(
        contextOf(request),
        request.params.id,
        request.params.version,
        request.body,
      ),
  );

  app.get(
    `${base}/versions/:version/points`,
    {
      schema: {
        operationId: 'listCharterPoints',
        tags,
        summary: 'A version’s negotiation points, each with its history',
        params: VersionParams,
        response: { 200: z.array(Point), ...commonErrors },
      },
    },
    async (request) =>
      listCharterPoints(contextOf(request), request.params.id, request.params.version),
  );

  app.post(
    `${base}/versions/:version/points`,
    {
      schema: {
        operationId: 'raiseCharterPoint',
        tags,
        summary:
          'Raise a negotiation point on a section, with your position and optionally a proposal',
        params: VersionParams,
        body: PointInput,
        response: { 201: z.object({ number: z.number().int() }), ...errors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await raiseCharterPoint(
            contextOf(request),
            request.params.id,
            request.params.version,
            request.body,
          ),
        ),
  );

  app.post(
    `${base}/versions/:version/points/:number/events`,
    {
      schema: {
        operationId: 'respondToCharterPoint',
        tags,
        summary: 'State a position, comment, agree, concede or withdraw a negotiation point',
        params: PointParams,
        body: PointEventInput,
        response: { 200: z.object({ number: z.number().int() }), ...errors },
      },
    },
    async (request) =>
      respondToCharterPoint(
        contextOf(request),
        request.params.id,
        request.params.version,
        request.params.number,
        request.body,
      ),
  );
}
