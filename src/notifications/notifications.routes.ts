import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { contextOf } from '../platform/http.ts';
import { commonErrors } from '../platform/problem.schema.ts';
import {
  MarkReadInput,
  NotificationListQuery,
  NotificationPage,
  NotificationPreferences,
  UnreadCount,
} from './notifications.schema.ts';
import {
  countUnread,
  getPreferences,
  listNotifications,
  markRead,
  setPreferences,
} from './notifications.service.ts';

const tags = ['Notifications'];

export async function notificationsRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/v1/notifications',
    {
      schema: {
        operationId: 'listNotifications',
        tags,
        summary: 'The caller’s notifications, newest first; `unread=true` for unread ones only',
        querystring: NotificationListQuery,
        response: { 200: NotificationPage, ...commonErrors },
      },
    },
    async (request) => listNotifications(contextOf(request), request.query),
  );

  app.get(
    '/api/v1/notifications/unread-count',
    {
      schema: {
        operationId: 'countUnreadNotifications',
        tags,
        summary: 'How many of the caller’s notifications are unread',
        response: { 200: UnreadCount, ...commonErrors },
      },
    },
    async (request) => countUnread(contextOf(request)),
  );

  app.post(
    '/api/v1/notifications/read',
    {
      schema: {
        operationId: 'markNotificationsRead',
        tags,
        summary: 'Mark one notification, or all of them, read; answers the unread count left',
        body: MarkReadInput,
        response: { 200: UnreadCount, ...commonErrors },
      },
    },
    async (request) => markRead(contextOf(request), request.body),
  );

  app.get(
    '/api/v1/notifications/preferences',
    {
      schema: {
        operationId: 'getNotificationPreferences',
        tags,
        summary: 'The caller’s e-mail digest setting',
        response: { 200: NotificationPreferences, ...commonErrors },
      },
    },
    async (request) => getPreferences(contextOf(request)),
  );

  app.put(
    '/api/v1/notifications/preferences',
    {
      schema: {
        operationId: 'setNotificationPreferences',
        tags,
        summary: 'Choose the e-mail digest: off, daily or weekly (08:00 in the caller’s time zone)',
        body: NotificationPreferences,
        response: { 200: NotificationPreferences, ...commonErrors },
      },
    },
    async (request) => setPreferences(contextOf(request), request.body),
  );
}
