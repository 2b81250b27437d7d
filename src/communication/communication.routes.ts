import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams } from '../distributors/distributors.schema.ts';
import { csvImportRoute } from '../platform/csv-import-route.ts';
import { contextOf } from '../platform/http.ts';
import { commonErrors } from '../platform/problem.schema.ts';
import {
  InteractionInput,
  InteractionListQuery,
  InteractionPage,
  InteractionParams,
  InteractionPatch,
  InteractionView,
  MessageInput,
  MessageView,
  Responsiveness,
  ThreadDetail,
  ThreadInput,
  ThreadListQuery,
  ThreadPage,
  ThreadParams,
} from './communication.schema.ts';
import {
  deleteInteraction,
  listInteractions,
  logInteraction,
  updateInteraction,
} from './interactions.service.ts';
import { importInteractionsCsv } from './interactions-import.service.ts';
import { getResponsiveness } from './responsiveness.service.ts';
import {
  createThread,
  getThread,
  listThreads,
  markThreadRead,
  postMessage,
} from './threads.service.ts';

const tags = ['Communication'];

export async function communicationRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/v1/distributors/:id/threads',
    {
      schema: {
        operationId: 'listThreads',
        tags,
        summary: 'Threads with one distributor, latest message first; search subject and messages',
        params: IdParams,
        querystring: ThreadListQuery,
        response: { 200: ThreadPage, ...commonErrors },
      },
    },
    async (request) => listThreads(contextOf(request), request.params.id, request.query),
  );

  app.post(
    '/api/v1/distributors/:id/threads',
    {
      schema: {
        operationId: 'createThread',
        tags,
        summary: 'Start a thread with its first message; the other participants get it by e-mail',
        params: IdParams,
        body: ThreadInput,
        response: { 201: ThreadDetail, ...commonErrors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createThread(contextOf(request), request.params.id, request.body)),
  );

  app.get(
    '/api/v1/distributors/:id/threads/:threadId',
    {
      schema: {
        operationId: 'getThread',
        tags,
        summary: 'One thread with its participants and messages, oldest first',
        params: ThreadParams,
        response: { 200: ThreadDetail, ...commonErrors },
      },
    },
    async (request) => getThread(contextOf(request), request.params.id, request.params.threadId),
  );

  app.post(
    '/api/v1/distributors/:id/threads/:threadId/messages',
    {
      schema: {
        operationId: 'postMessage',
        tags,
        summary: 'Write in a thread; the other participants get the message by e-mail',
        params: ThreadParams,
        body: MessageInput,
        response: { 201: MessageView, ...commonErrors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await postMessage(
            contextOf(request),
            request.params.id,
            request.params.threadId,
            request.body,
          ),
        ),
  );

  app.post(
    '/api/v1/distributors/:id/threads/:threadId/read',
    {
      schema: {
        operationId: 'markThreadRead',
        tags,
        summary: 'Mark a thread read up to now, for the caller',
        params: ThreadParams,
        response: { 204: z.null(), ...commonErrors },
      },
    },
    async (request, reply) => {
      await markThreadRead(contextOf(request), request.params.id, request.params.threadId);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/v1/distributors/:id/interactions',
    {
      schema: {
        operationId: 'listInteractions',
        tags,
        summary: 'Interactions logged with one distributor, newest first',
        params: IdParams,
        querystring: InteractionListQuery,
        response: { 200: InteractionPage, ...commonErrors },
      },
    },
    async (request) => listInteractions(contextOf(request), request.params.id, request.query),
  );

  app.post(
    '/api/v1/distributors/:id/interactions',
    {
      schema: {
        operationId: 'logInteraction',
        tags,
        summary: 'Log a call, visit, chat or e-mail that happened outside Liaison',
        params: IdParams,
        body: InteractionInput,
        response: { 201: InteractionView, ...commonErrors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await logInteraction(contextOf(request), request.params.id, request.body)),
  );

  app.patch(
    '/api/v1/distributors/:id/interactions/:interactionId',
    {
      schema: {
        operationId: 'updateInteraction',
        tags,
        summary: 'Change a logged interaction, for example when the reply came',
        params: InteractionParams,
        body: InteractionPatch,
        response: { 200: InteractionView, ...commonErrors },
      },
    },
    async (request) =>
      updateInteraction(
        contextOf(request),
        request.params.id,
        request.params.interactionId,
        request.body,
      ),
  );

  app.delete(
    '/api/v1/distributors/:id/interactions/:interactionId',
    {
      schema: {
        operationId: 'deleteInteraction',
        tags,
        summary: 'Remove a logged interaction',
        params: InteractionParams,
        response: { 204: z.null(), ...commonErrors },
      },
    },
    async (request, reply) => {
      await deleteInteraction(contextOf(request), request.params.id, request.params.interactionId);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/v1/distributors/:id/communication/responsiveness',
    {
      schema: {
        operationId: 'getResponsiveness',
        tags,
        summary: "Each side's median response time over the last 90 days, threads and interactions",
        params: IdParams,
        response: { 200: Responsiveness, ...commonErrors },
      },
    },
    async (request) => getResponsiveness(contextOf(request), request.params.id),
  );

  csvImportRoute(root, {
    path: '/api/v1/imports/interactions',
    operationId: 'importInteractions',
    tags,
    summary: 'Import interactions logged elsewhere (CSV): every row valid, or nothing imported',
    counts: { interactions: z.number().int() },
    run: importInteractionsCsv,
  });
}
