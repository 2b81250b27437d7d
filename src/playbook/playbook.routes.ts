import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DistributorParams } from '../charter/charter.schema.ts';
import { contextOf } from '../platform/http.ts';
import { commonErrors, ProblemSchema } from '../platform/problem.schema.ts';
import {
  DistributorPlaybook,
  Playbook,
  PlaybookInput,
  PlaybookItemParams,
  PlaybookProgress,
  TickInput,
} from './playbook.schema.ts';
import {
  evaluateAllNow,
  getDistributorPlaybook,
  getPlaybookProgress,
  judgePlaybookItem,
} from './playbook.service.ts';
import { getPlaybook, savePlaybook } from './playbook-versions.service.ts';

const tags = ['Playbook'];
const errors = { ...commonErrors, 409: ProblemSchema };
const item = '/api/v1/distributors/:id/playbook/items/:key';

/** The workspace's playbook, each relationship's progress through it, and judgement ticks. */
export async function playbookRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/v1/playbook',
    {
      schema: {
        operationId: 'getPlaybook',
        tags,
        summary: 'The workspace’s playbook: its items in the reader’s language, and its versions',
        response: { 200: Playbook, ...commonErrors },
      },
    },
    async (request) => getPlaybook(contextOf(request)),
  );

  app.put(
    '/api/v1/playbook',
    {
      schema: {
        operationId: 'savePlaybook',
        tags,
        summary:
          'Save the items in their new order as a new version (principal admins); automatic items keep their rule',
        body: PlaybookInput,
        response: { 200: Playbook, ...errors },
      },
    },
    async (request) => savePlaybook(contextOf(request), request.body),
  );

  app.get(
    '/api/v1/playbook/progress',
    {
      schema: {
        operationId: 'getPlaybookProgress',
        tags,
        summary:
          'Progress of every relationship through the playbook, and per item how many ticked it and stall at it (principal)',
        response: { 200: PlaybookProgress, ...commonErrors },
      },
    },
    async (request) => getPlaybookProgress(contextOf(request)),
  );

  app.post(
    '/api/v1/playbook/evaluations',
    {
      schema: {
        operationId: 'evaluatePlaybooks',
        tags,
        summary: 'Evaluate every relationship’s automatic items now (principal editors)',
        response: { 200: PlaybookProgress, ...commonErrors },
      },
    },
    async (request) => evaluateAllNow(contextOf(request)),
  );

  app.get(
    '/api/v1/distributors/:id/playbook',
    {
      schema: {
        operationId: 'getDistributorPlaybook',
        tags,
        summary:
          'The relationship’s playbook, evaluated now, with what proves each item and its history',
        params: DistributorParams,
        response: { 200: DistributorPlaybook, ...commonErrors },
      },
    },
    async (request) => getDistributorPlaybook(contextOf(request), request.params.id),
  );

  app.post(
    `${item}/tick`,
    {
      schema: {
        operationId: 'tickPlaybookItem',
        tags,
        summary: 'Tick a judgement item with a note (editors of either side)',
        params: PlaybookItemParams,
        body: TickInput,
        response: { 200: DistributorPlaybook, ...errors },
      },
    },
    async (request) =>
      judgePlaybookItem(
        contextOf(request),
        request.params.id,
        request.params.key,
        'tick',
        request.body.note,
      ),
  );

  app.post(
    `${item}/untick`,
    {
      schema: {
        operationId: 'untickPlaybookItem',
        tags,
        summary: 'Un-tick a judgement item, saying why (editors of either side)',
        params: PlaybookItemParams,
        body: TickInput,
        response: { 200: DistributorPlaybook, ...errors },
      },
    },
    async (request) =>
      judgePlaybookItem(
        contextOf(request),
        request.params.id,
        request.params.key,
        'untick',
        request.body.note,
      ),
  );

  app.post(
    `${item}/confirm`,
    {
      schema: {
        operationId: 'confirmPlaybookItem',
        tags,
        summary: 'Confirm the other side’s tick of a judgement item (editors of the other side)',
        params: PlaybookItemParams,
        body: z.object({}).optional(),
        response: { 200: DistributorPlaybook, ...errors },
      },
    },
    async (request) =>
      judgePlaybookItem(contextOf(request), request.params.id, request.params.key, 'confirm', null),
  );
}
