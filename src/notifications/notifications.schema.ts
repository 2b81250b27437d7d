// In-app notifications (a person's copies of the events they should see) and the e-mail digest.
import { z } from 'zod';
import { eventTypes } from '../platform/event-types.ts';
import { Uuid } from '../platform/fields.ts';

export const eventTypeValues = eventTypes;
export const EventTypeName = z.enum(eventTypeValues).meta({ id: 'EventType' });

export const NotificationView = z
  .object({
    id: Uuid,
    type: EventTypeName,
    distributor: z.object({ id: Uuid, name: z.string() }).nullable(),
    data: z.record(z.string(), z.unknown()).meta({
      description: 'The event’s facts (docs/notifications.md lists them per type)',
    }),
    path: z
      .string()
      .nullable()
      .meta({ description: 'Where the app shows it, e.g. /distributors/…' }),
    occurredAt: z.date(),
    readAt: z.date().nullable(),
  })
  .meta({ id: 'Notification' });
export type NotificationView = z.infer<typeof NotificationView>;

export const NotificationListQuery = z.object({
  unread: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => value === 'true')
    .meta({ description: 'true: only unread ones' }),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type NotificationListQuery = z.infer<typeof NotificationListQuery>;

export const NotificationPage = z
  .object({
    items: z.array(NotificationView),
    total: z.number().int(),
    unread: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .meta({ id: 'NotificationPage' });

export const MarkReadInput = z
  .object({
    id: Uuid.optional().meta({ description: 'One notification' }),
    all: z.boolean().optional().meta({ description: 'true: every notification of the caller' }),
  })
  .meta({ id: 'MarkNotificationsRead', description: '`{ "id": … }` for one, `{ "all": true }`' });
export type MarkReadInput = z.infer<typeof MarkReadInput>;

export const UnreadCount = z.object({ unread: z.number().int() }).meta({ id: 'UnreadCount' });

export const DigestFrequency = z.enum(['off', 'daily', 'weekly']);

export const NotificationPreferences = z
  .object({
    digest: DigestFrequency.meta({
      description:
        'E-mail digest of unread notifications: daily at 08:00, or Mondays at 08:00, in the person’s time zone',
    }),
  })
  .meta({ id: 'NotificationPreferences' });
export type NotificationPreferences = z.infer<typeof NotificationPreferences>;
