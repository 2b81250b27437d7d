import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams } from '../distributors/distributors.schema.ts';
import { Uuid } from '../platform/fields.ts';
import { contextOf } from '../platform/http.ts';
import { commonErrors, ProblemSchema } from '../platform/problem.schema.ts';
import { createActionItem, listActionItems, updateActionItem } from './action-items.service.ts';
import {
  ActionItemInput,
  ActionItemList,
  ActionItemPatch,
  ActionItemQuery,
  ActionItemView,
  MeetingDetail,
  MeetingNotesInput,
  MeetingOverview,
  MeetingOverviewQuery,
} from './notes.schema.ts';
import { getMeeting, saveMeetingNotes } from './notes.service.ts';
import { listMeetings } from './overview.service.ts';

const tags = ['Meetings and action items'];
const errors = { ...commonErrors, 409: ProblemSchema };
const MeetingParams = z.object({ id: Uuid, meetingId: Uuid });

export async function notesRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/v1/distributors/:id/meetings/:meetingId',
    {
      schema: {
        operationId: 'getMeeting',
        tags,
        summary: 'One meeting: agenda, attendance, notes and their deadline, action items',
        params: MeetingParams,
        response: { 200: MeetingDetail, ...commonErrors },
      },
    },
    async (request) => getMeeting(contextOf(request), request.params.id, request.params.meetingId),
  );

  app.put(
    '/api/v1/distributors/:id/meetings/:meetingId/notes',
    {
      schema: {
        operationId: 'saveMeetingNotes',
        tags,
        summary:
          'Save the agenda, attendance and notes as a draft, or publish them to every attendee',
        params: MeetingParams,
        body: MeetingNotesInput,
        response: { 200: MeetingDetail, ...errors },
      },
    },
    async (request) =>
      saveMeetingNotes(
        contextOf(request),
        request.params.id,
        request.params.meetingId,
        request.body,
      ),
  );

  app.get(
    '/api/v1/meetings',
    {
      schema: {
        operationId: 'listMeetings',
        tags,
        summary:
          'Meetings of every relationship you can see: the week ahead, or the notes still owed',
        querystring: MeetingOverviewQuery,
        response: { 200: MeetingOverview, ...commonErrors },
      },
    },
    async (request) => listMeetings(contextOf(request), request.query),
  );

  app.get(
    '/api/v1/action-items',
    {
      schema: {
        operationId: 'listAllActionItems',
        tags,
        summary: 'Action items of every relationship you can see, soonest due first',
        querystring: ActionItemQuery,
        response: { 200: ActionItemList, ...commonErrors },
      },
    },
    async (request) => listActionItems(contextOf(request), request.query),
  );

  app.get(
    '/api/v1/distributors/:id/action-items',
    {
      schema: {
        operationId: 'listActionItems',
        tags,
        summary: 'Action items of one relationship, soonest due first',
        params: IdParams,
        querystring: ActionItemQuery,
        response: { 200: ActionItemList, ...commonErrors },
      },
    },
    async (request) => listActionItems(contextOf(request), request.query, request.params.id),
  );

  app.post(
    '/api/v1/distributors/:id/action-items',
    {
      schema: {
        operationId: 'createActionItem',
        tags,
        summary: 'Add an action item, owned by a contact of either side',
        params: IdParams,
        body: ActionItemInput,
        response: { 201: ActionItemView, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await createActionItem(contextOf(request), request.params.id, request.body)),
  );

  app.patch(
    '/api/v1/distributors/:id/action-items/:itemId',
    {
      schema: {
        operationId: 'updateActionItem',
        tags,
        summary: 'Change an action item: close it as done or dropped, reopen, reassign, move',
        params: z.object({ id: Uuid, itemId: Uuid }),
        body: ActionItemPatch,
        response: { 200: ActionItemView, ...errors },
      },
    },
    async (request) =>
      updateActionItem(contextOf(request), request.params.id, request.params.itemId, request.body),
  );
}
