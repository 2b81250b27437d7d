import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf } from '../platform/http.ts';
import { commonErrors } from '../platform/problem.schema.ts';
import {
  DeliveryListQuery,
  DeliveryPage,
  DeliveryParams,
  DeliveryView,
  WebhookCreated,
  WebhookInput,
  WebhookList,
  WebhookParams,
  WebhookPatch,
  WebhookSecretRotated,
  WebhookView,
} from './webhooks.schema.ts';
import {
  changeWebhook,
  createWebhook,
  deleteWebhook,
  getWebhook,
  listDeliveries,
  listWebhooks,
  pingWebhook,
  redeliver,
  rotateWebhookSecret,
} from './webhooks.service.ts';

const tags = ['Webhooks'];
const base = '/api/v1/webhooks';

export async function webhooksRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    base,
    {
      schema: {
        operationId: 'listWebhooks',
        tags,
        summary: 'The workspace’s outgoing webhooks (principal admins)',
        response: { 200: WebhookList, ...commonErrors },
      },
    },
    async (request) => listWebhooks(contextOf(request)),
  );

  app.post(
    base,
    {
      schema: {
        operationId: 'createWebhook',
        tags,
        summary: 'Add a webhook; the answer carries its signing secret, shown this once',
        body: WebhookInput,
        response: { 201: WebhookCreated, ...commonErrors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createWebhook(contextOf(request), request.body)),
  );

  app.get(
    `${base}/:webhookId`,
    {
      schema: {
        operationId: 'getWebhook',
        tags,
        summary: 'One webhook',
        params: WebhookParams,
        response: { 200: WebhookView, ...commonErrors },
      },
    },
    async (request) => getWebhook(contextOf(request), request.params.webhookId),
  );

  app.patch(
    `${base}/:webhookId`,
    {
      schema: {
        operationId: 'updateWebhook',
        tags,
        summary: 'Change a webhook’s URL, events, format or whether it is active',
        params: WebhookParams,
        body: WebhookPatch,
        response: { 200: WebhookView, ...commonErrors },
      },
    },
    async (request) => changeWebhook(contextOf(request), request.params.webhookId, request.body),
  );

  app.post(
    `${base}/:webhookId/secret`,
    {
      schema: {
        operationId: 'rotateWebhookSecret',
        tags,
        summary:
          'A new signing secret, shown this once; for a day messages are signed with the old one too',
        params: WebhookParams,
        response: { 200: WebhookSecretRotated, ...commonErrors },
      },
    },
    async (request) => rotateWebhookSecret(contextOf(request), request.params.webhookId),
  );

  app.delete(
    `${base}/:webhookId`,
    {
      schema: {
        operationId: 'deleteWebhook',
        tags,
        summary: 'Delete a webhook; its delivery log is kept',
        params: WebhookParams,
        response: { 204: z.null(), ...commonErrors },
      },
    },
    async (request, reply) => {
      await deleteWebhook(contextOf(request), request.params.webhookId);
      return reply.code(204).send(null);
    },
  );

  app.get(
    `${base}/:webhookId/deliveries`,
    {
      schema: {
        operationId: 'listWebhookDeliveries',
        tags,
        summary: 'The delivery log, newest first, each with its attempts',
        params: WebhookParams,
        querystring: DeliveryListQuery,
        response: { 200: DeliveryPage, ...commonErrors },
      },
    },
    async (request) => listDeliveries(contextOf(request), request.params.webhookId, request.query),
  );

  app.post(
    `${base}/:webhookId/deliveries/:deliveryId/redeliver`,
    {
      schema: {
        operationId: 'redeliverWebhook',
        tags,
        summary: 'Send a delivery again, with the same body and webhook-id',
        params: DeliveryParams,
        response: { 202: DeliveryView, ...commonErrors },
      },
    },
    async (request, reply) =>
      reply
        .code(202)
        .send(
          await redeliver(contextOf(request), request.params.webhookId, request.params.deliveryId),
        ),
  );

  app.post(
    `${base}/:webhookId/ping`,
    {
      schema: {
        operationId: 'pingWebhook',
        tags,
        summary: 'Send a test message (type webhook.ping) to the webhook',
        params: WebhookParams,
        response: { 202: DeliveryView, ...commonErrors },
      },
    },
    async (request, reply) =>
      reply.code(202).send(await pingWebhook(contextOf(request), request.params.webhookId)),
  );
}
