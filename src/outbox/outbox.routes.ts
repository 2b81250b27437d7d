import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf } from '../platform/http.ts';
import { commonErrors } from '../platform/problem.schema.ts';
import { listOutbox } from './outbox.service.ts';

const OutboxMail = z.object({
  id: z.uuid(),
  toAddress: z.string(),
  subject: z.string(),
  bodyText: z.string(),
  status: z.enum(['stored', 'sending', 'sent', 'failed']),
  attempts: z.number().int(),
  error: z.string().nullable(),
  createdAt: z.date(),
  sentAt: z.date().nullable(),
});

export async function outboxRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/v1/outbox',
    {
      schema: {
        operationId: 'listOutbox',
        tags: ['E-mail outbox'],
        summary: 'The latest 200 e-mails Liaison stored or sent (principal admins)',
        response: { 200: z.array(OutboxMail), ...commonErrors },
      },
    },
    async (request) => listOutbox(contextOf(request)),
  );
}
