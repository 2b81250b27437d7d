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
  TimeProposalAnswer,
  TimeProposalInput,
} from './cadence.schema.ts';
import { createCadencePlan, getCadence } from './cadence.service.ts';
import {
  createCalendarFeed,
  getCalendarFeedStatus,
  renderCalendarFeed,
  revokeCalendarFeed,
} from './feed.service.ts';
import { changeMeeting } from './meeting-changes.service.ts';
import { MeetingDetail } from './notes.schema.ts';
import { updateCadencePlan } from './replan.service.ts';
import {
  answerTimeProposal,
  proposeMeetingTime,
  withdrawTimeProposal,
} from './time-proposals.service.ts';

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

    app.get(
      '/api/v1/me/calendar-feed',
      {
        schema: {
          operationId: 'getCalendarFeedStatus',
          tags,
          summary:
            'Whether you have a live calendar feed, and since when (its URL is not shown again)',
          response: {
            200: z.object({ active: z.boolean(), createdAt: z.date().nullable() }),
            ...commonErrors,
          },
        },
      },
      async (request) => getCalendarFeedStatus(contextOf(request)),
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
          summary:
            'Cancel or skip a meeting with a reason both sides read, or (principal’s editors) move ' +
            'it; its calendar sequence rises',
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

    const ProposalParams = z.object({ id: Uuid, meetingId: Uuid, proposalId: Uuid });

    app.post(
      '/api/v1/distributors/:id/meetings/:meetingId/time-proposals',
      {
        schema: {
          operationId: 'proposeMeetingTime',
          tags,
          summary: 'Propose a new time for a meeting; the other side accepts or declines it',
          params: z.object({ id: Uuid, meetingId: Uuid }),
          body: TimeProposalInput,
          response: { 201: MeetingDetail, ...errors },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(
            await proposeMeetingTime(
              contextOf(request),
              request.params.id,
              request.params.meetingId,
              request.body,
            ),
          ),
    );

    app.post(
      '/api/v1/distributors/:id/meetings/:meetingId/time-proposals/:proposalId/answer',
      {
        schema: {
          operationId: 'answerTimeProposal',
          tags,
          summary:
            'Accept (the meeting moves, calendars follow) or decline the other side’s proposed time',
          params: ProposalParams,
          body: TimeProposalAnswer,
          response: { 200: MeetingDetail, ...errors },
        },
      },
      async (request) =>
        answerTimeProposal(
          contextOf(request),
          {
            distributorId: request.params.id,
            meetingId: request.params.meetingId,
            proposalId: request.params.proposalId,
          },
          request.body,
        ),
    );

    app.post(
      '/api/v1/distributors/:id/meetings/:meetingId/time-proposals/:proposalId/withdraw',
      {
        schema: {
          operationId: 'withdrawTimeProposal',
          tags,
          summary: 'Withdraw your side’s proposed time while it waits for an answer',
          params: ProposalParams,
          response: { 200: MeetingDetail, ...errors },
        },
      },
      async (request) =>
        withdrawTimeProposal(contextOf(request), {
          distributorId: request.params.id,
          meetingId: request.params.meetingId,
          proposalId: request.params.proposalId,
        }),
    );
  };
}
