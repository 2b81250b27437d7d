import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams } from '../distributors/distributors.schema.ts';
import { sendFile } from '../platform/downloads.ts';
import { contextOf } from '../platform/http.ts';
import { fileResponse } from '../platform/openapi.ts';
import { commonErrors, ProblemSchema } from '../platform/problem.schema.ts';
import {
  changeConcernDraft,
  discardConcernDraft,
  draftConcern,
  getConcern,
  listDistributorConcerns,
} from './concern-drafting.service.ts';
import { acknowledgeConcern, respondToConcern } from './concern-replies.service.ts';
import { concernDocument, sendConcern } from './concern-sending.service.ts';
import {
  Concern,
  ConcernList,
  ConcernParams,
  ConcernPatch,
  ConcernResponseInput,
  Escalation,
  EscalationAction,
  EscalationActionInput,
  EscalationActionList,
  EscalationSettings,
  NewConcernInput,
} from './concerns.schema.ts';
import {
  getEscalation,
  getEscalationSettings,
  listDistributorEscalationActions,
  recordEscalationAction,
  setEscalationSettings,
} from './escalation.service.ts';

const tags = ['Escalation and concerns'];
const concern = '/api/v1/distributors/:id/concerns/:concernId';
const stateErrors = { ...commonErrors, 409: ProblemSchema };

export async function concernsRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/v1/distributors/:id/escalation',
    {
      schema: {
        operationId: 'getEscalation',
        tags,
        summary:
          'The next step proposed up the distributor’s ladder, with its reason, and the steps taken (principal staff)',
        params: IdParams,
        response: { 200: Escalation, ...commonErrors },
      },
    },
    async (request) => getEscalation(contextOf(request), request.params.id),
  );

  app.get(
    '/api/v1/distributors/:id/escalation-actions',
    {
      schema: {
        operationId: 'listEscalationActions',
        tags,
        summary: 'The steps taken up the distributor’s ladder, newest first (principal staff)',
        params: IdParams,
        response: { 200: EscalationActionList, ...commonErrors },
      },
    },
    async (request) => listDistributorEscalationActions(contextOf(request), request.params.id),
  );

  app.post(
    '/api/v1/distributors/:id/escalation-actions',
    {
      schema: {
        operationId: 'recordEscalationAction',
        tags,
        summary: 'Record a step taken: a contact reached or a visit (principal editors)',
        params: IdParams,
        body: EscalationActionInput,
        response: { 201: EscalationAction, ...commonErrors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await recordEscalationAction(contextOf(request), request.params.id, request.body)),
  );

  app.get(
    '/api/v1/escalation/settings',
    {
      schema: {
        operationId: 'getEscalationSettings',
        tags,
        summary: 'How long each step is given to help, and the default response time of a concern',
        response: { 200: EscalationSettings, ...commonErrors },
      },
    },
    async (request) => getEscalationSettings(contextOf(request)),
  );

  app.put(
    '/api/v1/escalation/settings',
    {
      schema: {
        operationId: 'setEscalationSettings',
        tags,
        summary: 'Change the escalation waits (principal editors)',
        body: EscalationSettings,
        response: { 200: EscalationSettings, ...commonErrors },
      },
    },
    async (request) => setEscalationSettings(contextOf(request), request.body),
  );

  app.get(
    '/api/v1/distributors/:id/concerns',
    {
      schema: {
        operationId: 'listConcerns',
        tags,
        summary:
          'The distributor’s formal performance concerns, newest first (its own users: sent ones only)',
        params: IdParams,
        response: { 200: ConcernList, ...commonErrors },
      },
    },
    async (request) => listDistributorConcerns(contextOf(request), request.params.id),
  );

  app.post(
    '/api/v1/distributors/:id/concerns',
    {
      schema: {
        operationId: 'draftConcern',
        tags,
        summary:
          'Draft a formal performance concern from today’s signals, citing the charter (principal editors)',
        params: IdParams,
        body: NewConcernInput,
        response: { 201: Concern, ...commonErrors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await draftConcern(contextOf(request), request.params.id, request.body)),
  );

  app.get(
    concern,
    {
      schema: {
        operationId: 'getConcern',
        tags,
        summary: 'One concern with its text, evidence, acknowledgement and response',
        params: ConcernParams,
        response: { 200: Concern, ...commonErrors },
      },
    },
    async (request) => getConcern(contextOf(request), request.params.id, request.params.concernId),
  );

  app.patch(
    concern,
    {
      schema: {
        operationId: 'changeConcern',
        tags,
        summary: 'Edit a draft concern’s text or response time (principal editors)',
        params: ConcernParams,
        body: ConcernPatch,
        response: { 200: Concern, ...stateErrors },
      },
    },
    async (request) =>
      changeConcernDraft(
        contextOf(request),
        request.params.id,
        request.params.concernId,
        request.body,
      ),
  );

  app.delete(
    concern,
    {
      schema: {
        operationId: 'discardConcern',
        tags,
        summary: 'Discard a draft concern (principal editors); a sent one is kept',
        params: ConcernParams,
        response: { 204: z.null(), ...stateErrors },
      },
    },
    async (request, reply) => {
      await discardConcernDraft(contextOf(request), request.params.id, request.params.concernId);
      return reply.code(204).send(null);
    },
  );

  app.post(
    `${concern}/send`,
    {
      schema: {
        operationId: 'sendConcern',
        tags,
        summary:
          'Send a draft concern: PDF kept, e-mailed to the distributor, response deadline set (principal editors)',
        params: ConcernParams,
        response: { 200: Concern, ...stateErrors },
      },
    },
    async (request) => sendConcern(contextOf(request), request.params.id, request.params.concernId),
  );

  app.get(
    `${concern}/document.pdf`,
    {
      schema: {
        operationId: 'getConcernPdf',
        tags,
        summary: 'The concern as a PDF, in English beside the distributor’s language',
        params: ConcernParams,
        response: {
          200: fileResponse('The concern as a PDF', ['application/pdf']),
          ...commonErrors,
        },
      },
    },
    async (request, reply) => {
      const file = await concernDocument(
        contextOf(request),
        request.params.id,
        request.params.concernId,
      );
      return sendFile(reply, {
        contentType: 'application/pdf',
        fileName: file.fileName,
        body: file.body,
        disposition: 'inline',
      });
    },
  );

  app.post(
    `${concern}/acknowledgement`,
    {
      schema: {
        operationId: 'acknowledgeConcern',
        tags,
        summary: 'Acknowledge receipt of a concern (the distributor’s users)',
        params: ConcernParams,
        response: { 200: Concern, ...stateErrors },
      },
    },
    async (request) =>
      acknowledgeConcern(contextOf(request), request.params.id, request.params.concernId),
  );

  app.post(
    `${concern}/response`,
    {
      schema: {
        operationId: 'respondToConcern',
        tags,
        summary: 'Answer a concern in writing (the distributor’s users)',
        params: ConcernParams,
        body: ConcernResponseInput,
        response: { 200: Concern, ...stateErrors },
      },
    },
    async (request) =>
      respondToConcern(
        contextOf(request),
        request.params.id,
        request.params.concernId,
        request.body,
      ),
  );
}
