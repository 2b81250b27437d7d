import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams } from '../distributors/distributors.schema.ts';
import { csvImportRoute } from '../platform/csv-import-route.ts';
import { sendFile } from '../platform/downloads.ts';
import { contextOf } from '../platform/http.ts';
import { registerUploads, uploadReader } from '../platform/multipart.ts';
import { fileResponse } from '../platform/openapi.ts';
import { commonErrors } from '../platform/problem.schema.ts';
import type { Services } from '../platform/tenancy.ts';
import { allowedMediaTypes } from '../platform/uploads.ts';
import { MAX_ATTACHMENTS, readAttachment } from './attachments.service.ts';
import {
  AttachmentParams,
  InteractionInput,
  InteractionListQuery,
  InteractionPage,
  InteractionParams,
  InteractionPatch,
  InteractionView,
  MessageInput,
  MessageView,
  Participant,
  Responsiveness,
  SearchPage,
  SearchQuery,
  ThreadDetail,
  ThreadInput,
  ThreadListQuery,
  ThreadPage,
  ThreadParams,
} from './communication.schema.ts';
import { inboundMailRoute } from './inbound-mail.routes.ts';
import {
  deleteInteraction,
  listInteractions,
  logInteraction,
  updateInteraction,
} from './interactions.service.ts';
import { importInteractionsCsv } from './interactions-import.service.ts';
import { getResponsiveness } from './responsiveness.service.ts';
import { searchCommunication } from './search.service.ts';
import {
  createThread,
  getThread,
  listThreadCandidates,
  listThreads,
  markThreadRead,
  postMessage,
  visibleThread,
} from './threads.service.ts';

const tags = ['Communication'];

export function communicationRoutes(services: Services) {
  return async (root: FastifyInstance) => {
    // Thread routes in a scope of their own: their multipart parser (files with a message) and
    // the import route's (one CSV file) would otherwise collide.
    await root.register(threadRoutes);
    inboundMailRoute(root, services);
    interactionsImportRoute(root);
  };
}

// A message's files: up to MAX_ATTACHMENTS, each within LIAISON_ATTACHMENT_MAX_MB.
const readUploads = uploadReader({
  maxBytes: (config) => config.attachmentMaxBytes,
  maxFiles: MAX_ATTACHMENTS,
  arrayFields: ['participantUserIds'],
});

async function threadRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  // Multipart (messages with files) only for this plugin's routes.
  await registerUploads(root);
  const withUploads = ['application/json', 'multipart/form-data'];

  app.get(
    '/api/v1/communication/search',
    {
      schema: {
        operationId: 'searchCommunication',
        tags,
        summary: 'Search threads, messages and logged interactions across the portfolio',
        description:
          "Principal staff search every distributor's; a distributor's user only their own. " +
          'Newest first, with a snippet around the first match.',
        querystring: SearchQuery,
        response: { 200: SearchPage, ...commonErrors },
      },
    },
    async (request) => searchCommunication(contextOf(request), request.query),
  );

  app.get(
    '/api/v1/distributors/:id/communication/people',
    {
      schema: {
        operationId: 'listThreadCandidates',
        tags,
        summary: "Who a thread with this distributor may name: the principal's and its people",
        params: IdParams,
        response: { 200: z.array(Participant), ...commonErrors },
      },
    },
    async (request) => listThreadCandidates(contextOf(request), request.params.id),
  );

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
        description:
          'JSON, or multipart/form-data with the same fields and up to 10 files in `files`.',
        consumes: withUploads,
        params: IdParams,
        body: ThreadInput,
        response: { 201: ThreadDetail, ...commonErrors },
      },
      preValidation: readUploads,
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await createThread(contextOf(request), request.params.id, request.body, request.uploads),
        ),
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
        consumes: withUploads,
        params: ThreadParams,
        body: MessageInput,
        response: { 201: MessageView, ...commonErrors },
      },
      preValidation: readUploads,
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
            request.uploads,
          ),
        ),
  );

  app.get(
    '/api/v1/distributors/:id/threads/:threadId/attachments/:attachmentId',
    {
      schema: {
        operationId: 'getAttachment',
        tags,
        summary: 'Download a file sent with a message, under its own name',
        params: AttachmentParams,
        response: {
          200: fileResponse('The file, as its content was detected', allowedMediaTypes),
          ...commonErrors,
        },
      },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      const { id, threadId, attachmentId } = request.params;
      const file = await readAttachment(
        ctx,
        (tx) => visibleThread(ctx, tx, id, threadId),
        attachmentId,
      );
      return sendFile(reply, file);
    },
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
}

function interactionsImportRoute(root: FastifyInstance) {
  csvImportRoute(root, {
    path: '/api/v1/imports/interactions',
    operationId: 'importInteractions',
    tags,
    summary: 'Import interactions logged elsewhere (CSV): every row valid, or nothing imported',
    counts: { interactions: z.number().int() },
    run: importInteractionsCsv,
  });
}
