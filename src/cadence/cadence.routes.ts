import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams } from '../distributors/distributors.schema.ts';
import { AppError } from '../platform/errors.ts';
import { Uuid } from '../platform/fields.ts';
import { contextOf } from '../platform/http.ts';
import { mediaTypes, textResponse } from '../platform/openapi.ts';
import { commonErrors, ProblemSchema } from '../platform/problem.schema.ts';
import type { Services } from '../platform/tenancy.ts';
import {
  CadencePlanInput,
  CadencePlanPatch,
  CadenceView,
  MeetingChangeInput,
  MeetingView,
} from './cadence.schema.ts';
import { changeMeeting, createCadencePlan, getCadence } from './cadence.service.ts';
import { createCalendarFeed, renderCalendarFeed, revokeCalendarFeed } from './feed.service.ts';
import { updateCadencePlan } from './replan.service.ts';

const tags = ['Cadence'];
const errors = { ...commonErrors, 409: ProblemSchema };

export function cadenceRoutes(services: Services) {
  return async (root: FastifyInstance) => {
    const app = root.withTypeProvider<ZodTypeProvider>();

    app.post(
      '/api/v1/me/calendar-feed',
      {
        schema: {
          operationId: 'createCalendarFeed',
          tags,
          summary:
            'A new private iCalendar feed URL with your meetings (shown once; replaces the old one)',
          response: { 201: z.object({ url: z.string(), createdAt: z.date() }), ...commonErrors },
        },
      },
      async (request, reply) => reply.code(201).send(await createCalendarFeed(contextOf(request))),
    );

    app.delete(
      '/api/v1/me/calendar-feed',
      {
        schema: {
          operationId: 'revokeCalendarFeed',
          tags,
          summary: 'Stop your private calendar feed',
          response: { 200: z.object({ revoked: z.number().int() }), ...commonErrors },
        },
      },
      async (request) => revokeCalendarFeed(contextOf(request)),
    );

    app.get(
      '/api/calendar/:file',
      {
        config: { isPublic: true },
        schema: {
          operationId: 'getCalendarFeed',
          tags,
          summary: 'A private iCalendar feed (RFC 5545); the secret in the URL is the credential',
          params: z.object({ file: z.string().regex(/^cal_[A-Za-z0-9_-]+\.ics$/) }),
          response: {
            200: textResponse('The feed as iCalendar', mediaTypes.calendar),
            404: ProblemSchema,
          },
        },
      },
      async (request, reply) => {
        const body = await renderCalendarFeed(services, request.params.file.replace(/\.ics$/, ''));
        if (body === undefined) throw new AppError('not_found');
        return reply
          .type('text/calendar; charset=utf-8')
          .header('cache-control', 'private, max-age=300')
          .send(body);
      },
    );

    app.get(
      '/api/v1/distributors/:id/cadence',
      {
        schema: {
          operationId: 'getCadence',
          tags,
          summary: 'The meeting plan and its meetings, each with its rotation and fairness ledger',
          params: IdParams,
          response: { 200: CadenceView, ...commonErrors },
        },
      },
      async (request) => getCadence(contextOf(request), request.params.id),
    );

    app.post(
      '/api/v1/distributors/:id/cadence',
      {
        schema: {
          operationId: 'createCadence',
          tags,
          summary: 'Plan the layered cadence from the charter’s protocol, with fair meeting times',
          params: IdParams,
          body: CadencePlanInput,
          response: { 201: CadenceView, ...errors },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await createCadencePlan(contextOf(request), request.params.id, request.body)),
    );

    app.patch(
      '/api/v1/distributors/:id/cadence',
      {
        schema: {
          operationId: 'updateCadence',
          tags,
          summary: 'Change the plan; new attendees or weekdays re-plan the meetings to come',
          params: IdParams,
          body: CadencePlanPatch,
          response: { 200: CadenceView, ...errors },
        },
      },
      async (request) => updateCadencePlan(contextOf(request), request.params.id, request.body),
    );

    app.post(
      '/api/v1/distributors/:id/meetings/:meetingId/changes',
      {
        schema: {
          operationId: 'changeMeeting',
          tags,
          summary: 'Reschedule, cancel or skip a meeting (its calendar sequence rises)',
          params: z.object({ id: Uuid, meetingId: Uuid }),
          body: MeetingChangeInput,
          response: { 200: MeetingView, ...errors },
        },
      },
      async (request) =>
        changeMeeting(
          contextOf(request),
          request.params.id,
          request.params.meetingId,
          request.body,
        ),
    );
  };
}
