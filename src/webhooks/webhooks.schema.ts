// Outgoing webhooks of a workspace: where to, which events, in which format, and the log of what
// was delivered.
import { z } from 'zod';
import { eventTypes } from '../platform/event-types.ts';
import { Uuid } from '../platform/fields.ts';

export const webhookEventTypes = eventTypes;
const WebhookEventType = z.enum(webhookEventTypes);

const WebhookFormat = z.enum(['standard', 'slack', 'teams']).meta({
  description:
    'standard: Standard Webhooks JSON, signed; slack: a Slack incoming-webhook message; teams: a ' +
    'Microsoft Teams message with an Adaptive Card',
});

const WebhookUrl = z
  .string()
  .trim()
  .min(1)
  .max(2000)
  .meta({
    description: 'http(s) URL; private, loopback and link-local addresses are refused',
    examples: ['https://erp.example.com/hooks/liaison'],
  });

export const WebhookInput = z
  .object({
    url: WebhookUrl,
    description: z.string().trim().max(200).default(''),
    format: WebhookFormat.default('standard'),
    eventTypes: z.array(WebhookEventType).min(1).max(webhookEventTypes.length),
    isActive: z.boolean().default(true),
  })
  .meta({ id: 'NewWebhook' });
export type WebhookInput = z.infer<typeof WebhookInput>;

export const WebhookPatch = z
  .object({
    url: WebhookUrl,
    description: z.string().trim().max(200),
    format: WebhookFormat,
    eventTypes: z.array(WebhookEventType).min(1).max(webhookEventTypes.length),
    isActive: z.boolean(),
  })
  .partial()
  .meta({ id: 'WebhookPatch' });
export type WebhookPatch = z.infer<typeof WebhookPatch>;

export const WebhookView = z
  .object({
    id: Uuid,
    url: z.string(),
    description: z.string(),
    format: WebhookFormat,
    eventTypes: z.array(WebhookEventType),
    isActive: z.boolean(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'Webhook' });
export type WebhookView = z.infer<typeof WebhookView>;

export const WebhookCreated = WebhookView.extend({
  secret: z.string().meta({
    description: 'The signing secret (whsec_…), shown this once: store it with the receiver',
  }),
}).meta({ id: 'WebhookCreated' });

export const WebhookSecretRotated = WebhookCreated.extend({
  previousSecretUntil: z.date().meta({
    description: 'Until then every message is signed with the previous secret too',
  }),
}).meta({ id: 'WebhookSecretRotated' });

export const WebhookList = z.object({ items: z.array(WebhookView) }).meta({ id: 'WebhookList' });

export const WebhookParams = z.object({ webhookId: Uuid });
export const DeliveryParams = z.object({ webhookId: Uuid, deliveryId: Uuid });

export const AttemptView = z
  .object({
    attempt: z.number().int(),
    attemptedAt: z.date(),
    statusCode: z.number().int().nullable(),
    durationMs: z.number().int(),
    responseExcerpt: z.string().nullable(),
    error: z.string().nullable(),
  })
  .meta({ id: 'WebhookAttempt' });

export const DeliveryView = z
  .object({
    id: Uuid.meta({ description: 'Sent as the webhook-id header, the same on every retry' }),
    eventType: z.string(),
    eventId: Uuid.nullable(),
    status: z.enum(['pending', 'succeeded', 'failed']),
    attempts: z.array(AttemptView),
    createdAt: z.date(),
    lastAttemptAt: z.date().nullable(),
  })
  .meta({ id: 'WebhookDelivery' });
export type DeliveryView = z.infer<typeof DeliveryView>;

export const DeliveryListQuery = z.object({
  status: z.enum(['pending', 'succeeded', 'failed']).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type DeliveryListQuery = z.infer<typeof DeliveryListQuery>;

export const DeliveryPage = z
  .object({
    items: z.array(DeliveryView),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .meta({ id: 'WebhookDeliveryPage' });
