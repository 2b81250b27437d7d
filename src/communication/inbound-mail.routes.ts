// The inbound-mail webhook, for operators whose replies arrive at a mail provider: it posts the
// raw message here with the shared secret LIAISON_INBOUND_MAIL_SECRET. Without the secret
// configured the route answers 404, as if it did not exist.
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../platform/errors.ts';
import { commonErrors } from '../platform/problem.schema.ts';
import type { Services } from '../platform/tenancy.ts';
import { receiveReplyMail } from './inbound-mail.service.ts';

const InboundMailInput = z
  .object({
    recipient: z.string().trim().min(3).max(320).meta({
      description: 'The envelope recipient: the reply address the mail was delivered to',
    }),
    rawMessage: z
      .string()
      .min(1)
      .max(4_000_000)
      .meta({ description: 'The whole message as received (RFC 5322 source, MIME and all)' }),
  })
  .meta({ id: 'InboundMail' });

const InboundMailOutcome = z
  .object({
    status: z.enum(['posted', 'ignored']),
    threadId: Uuid().optional(),
    messageId: Uuid().optional(),
    reason: z.string().optional(),
  })
  .meta({ id: 'InboundMailOutcome' });

function Uuid() {
  return z.uuid();
}

function isSameSecret(given: string | undefined, expected: string) {
  const a = Buffer.from(given ?? '');
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function inboundMailRoute(root: FastifyInstance, services: Services) {
  root.withTypeProvider<ZodTypeProvider>().post(
    '/api/v1/inbound-mail',
    {
      config: { isPublic: true },
      schema: {
        operationId: 'receiveInboundMail',
        tags: ['Communication'],
        summary: 'A reply to a message notification, from a mail provider (shared secret header)',
        description:
          'Authenticated by `X-Liaison-Inbound-Secret` (LIAISON_INBOUND_MAIL_SECRET). A forged ' +
          'or expired reply address answers 422 and posts nothing; out-of-office mail is ignored.',
        security: [],
        headers: z.object({ 'x-liaison-inbound-secret': z.string().optional() }),
        body: InboundMailInput,
        response: { 200: InboundMailOutcome, 201: InboundMailOutcome, ...commonErrors },
      },
    },
    async (request, reply) => {
      const expected = services.config.inboundMailSecret;
      if (!expected) throw new AppError('not_found');
      if (!isSameSecret(request.headers['x-liaison-inbound-secret'], expected)) {
        throw new AppError('unauthenticated');
      }
      const outcome = await receiveReplyMail(services, {
        recipients: [request.body.recipient],
        raw: request.body.rawMessage,
      });
      return reply.code(outcome.status === 'posted' ? 201 : 200).send(outcome);
    },
  );
}
