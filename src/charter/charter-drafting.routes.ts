import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf } from '../platform/http.ts';
import { commonErrors, ProblemSchema } from '../platform/problem.schema.ts';
import {
  CharterOverview,
  CharterVersion,
  CheckInput,
  CompareQuery,
  Comparison,
  ConflictSchema,
  ContentInput,
  CreateCharterInput,
  DistributorParams,
  VersionParams,
} from './charter.schema.ts';
import {
  checkCharterContent,
  compareCharterVersions,
  createCharter,
  getCharterOverview,
  getCharterVersion,
  updateCharterContent,
} from './charter-drafting.service.ts';

const tags = ['Charter'];
const errors = { ...commonErrors, 409: ProblemSchema };
const base = '/api/v1/distributors/:id/charter';

/** Reading, drafting, checking and comparing a distributor's charter versions. */
export async function charterDraftingRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    base,
    {
      schema: {
        operationId: 'getCharterOverview',
        tags,
        summary: 'A distributor’s charter versions, the one in force and the one being worked on',
        params: DistributorParams,
        response: { 200: CharterOverview, ...commonErrors },
      },
    },
    async (request) => getCharterOverview(contextOf(request), request.params.id),
  );

  app.post(
    base,
    {
      schema: {
        operationId: 'createCharter',
        tags,
        summary: 'Start the first draft, or an amendment of the signed version',
        params: DistributorParams,
        body: CreateCharterInput,
        response: { 201: CharterVersion, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await createCharter(contextOf(request), request.params.id, request.body)),
  );

  app.post(
    `${base}/check`,
    {
      schema: {
        operationId: 'checkCharter',
        tags,
        summary: 'Validate a charter text being edited and list its conflicts; changes nothing',
        params: DistributorParams,
        body: CheckInput,
        response: {
          200: z.object({
            valid: z.boolean(),
            errors: z.array(z.object({ pointer: z.string(), detail: z.string() })),
            conflicts: z.array(ConflictSchema),
          }),
          ...commonErrors,
        },
      },
    },
    async (request) =>
      checkCharterContent(contextOf(request), request.params.id, request.body.content),
  );

  app.get(
    `${base}/compare`,
    {
      schema: {
        operationId: 'compareCharterVersions',
        tags,
        summary: 'What changed between two versions of a charter, section by section',
        params: DistributorParams,
        querystring: CompareQuery,
        response: { 200: Comparison, ...commonErrors },
      },
    },
    async (request) =>
      compareCharterVersions(
        contextOf(request),
        request.params.id,
        request.query.from,
        request.query.to,
      ),
  );

  app.get(
    `${base}/versions/:version`,
    {
      schema: {
        operationId: 'getCharterVersion',
        tags,
        summary: 'One charter version with its signatures, open points and conflicts',
        params: VersionParams,
        response: { 200: CharterVersion, ...commonErrors },
      },
    },
    async (request) =>
      getCharterVersion(contextOf(request), request.params.id, request.params.version),
  );

  app.put(
    `${base}/versions/:version/content`,
    {
      schema: {
        operationId: 'updateCharterContent',
        tags,
        summary: 'Replace a draft’s text (principal editors; drafts only)',
        params: VersionParams,
        body: ContentInput,
        response: { 200: CharterVersion, ...errors },
      },
    },
    async (request) =>
      updateCharterContent(
        contextOf(request),
        request.params.id,
        request.params.version,
        request.body.content,
      ),
  );
}
