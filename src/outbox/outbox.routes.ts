import { desc, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Tx } from '../db/client.ts';
import { outboxEmail } from '../db/schema.ts';
import { contextOf } from '../platform/http.ts';
import { commonErrors } from '../platform/problem.schema.ts';
import { type Context, inTransaction, requireRole } from '../platform/tenancy.ts';

// The outbox is small enough to keep its one query and one rule beside its route.
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

function listOutboxMails(tx: Tx, workspaceId: string) {
  return tx
    .select({
      id: outboxEmail.id,
      toAddress: outboxEmail.toAddress,
      subject: outboxEmail.subject,
      bodyText: outboxEmail.bodyText,
      status: outboxEmail.status,
      attempts: outboxEmail.attempts,
      error: outboxEmail.error,
      createdAt: outboxEmail.createdAt,
      sentAt: outboxEmail.sentAt,
    })
    .from(outboxEmail)
    .where(eq(outboxEmail.workspaceId, workspaceId))
    .orderBy(desc(outboxEmail.createdAt))
    .limit(200);
}

export function listOutbox(ctx: Context) {
  requireRole(ctx.actor, ['principal_admin']);
  return inTransaction(ctx, (tx) => listOutboxMails(tx, ctx.actor.workspaceId));
}

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
