import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams } from '../distributors/distributors.schema.ts';
import { sendFile } from '../platform/downloads.ts';
import { contextOf } from '../platform/http.ts';
import { commonErrors, ProblemSchema } from '../platform/problem.schema.ts';
import { charterDocumentInput } from './charter.documents.service.ts';
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
  Point,
  PointEventInput,
  PointInput,
  PointParams,
  ProductLine,
  ProductLineInput,
  ProductLinePatch,
  SignInput,
  TransitionInput,
  VerificationSchema,
  VersionParams,
} from './charter.schema.ts';
import {
  checkCharterContent,
  compareCharterVersions,
  createCharter,
  getCharterOverview,
  getCharterVersion,
  listCharterPoints,
  raiseCharterPoint,
  respondToCharterPoint,
  signCharter,
  signedBundle,
  transitionCharter,
  updateCharterContent,
  verifyCharter,
} from './charter.service.ts';
import { createProductLine, listProductLines, updateProductLine } from './product-lines.service.ts';
import { subdivisionsOf } from './subdivisions.ts';

const tags = ['Charter'];
const errors = { ...commonErrors, 409: ProblemSchema };
const base = '/api/v1/distributors/:id/charter';

const DocumentQuery = z.object({
  lang: z
    .string()
    .regex(/^[a-z]{2,3}$/)
    .optional()
    .meta({
      description: 'Second language beside English (vi, th, zh, de); default: the distributor’s',
    }),
  download: z.enum(['true', 'false']).default('false'),
});

export async function charterRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/v1/product-lines',
    {
      schema: {
        operationId: 'listProductLines',
        tags,
        querystring: z.object({ includeArchived: z.enum(['true', 'false']).default('false') }),
        response: { 200: z.array(ProductLine), ...commonErrors },
      },
    },
    async (request) =>
      listProductLines(contextOf(request), {
        includeArchived: request.query.includeArchived === 'true',
      }),
  );

  app.post(
    '/api/v1/product-lines',
    {
      schema: {
        operationId: 'createProductLine',
        tags,
        body: ProductLineInput,
        response: { 201: ProductLine, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createProductLine(contextOf(request), request.body)),
  );

  app.patch(
    '/api/v1/product-lines/:id',
    {
      schema: {
        operationId: 'updateProductLine',
        tags,
        params: IdParams,
        body: ProductLinePatch,
        response: { 200: ProductLine, ...errors },
      },
    },
    async (request) => updateProductLine(contextOf(request), request.params.id, request.body),
  );

  app.get(
    '/api/v1/reference/subdivisions/:country',
    {
      schema: {
        operationId: 'listSubdivisions',
        tags,
        summary: 'ISO 3166-2 subdivisions of a country, for territory pickers',
        params: z.object({ country: z.string().regex(/^[A-Z]{2}$/) }),
        response: {
          200: z.array(z.object({ code: z.string(), name: z.string() })),
          ...commonErrors,
        },
      },
    },
    async (request) => subdivisionsOf(request.params.country),
  );

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

  app.post(
    `${base}/versions/:version/transitions`,
    {
      schema: {
        operationId: 'transitionCharter',
        tags,
        summary: 'Send a draft for negotiation, agree a text, or reopen an agreed text',
        params: VersionParams,
        body: TransitionInput,
        response: { 200: CharterVersion, ...errors },
      },
    },
    async (request) =>
      transitionCharter(
        contextOf(request),
        request.params.id,
        request.params.version,
        request.body,
      ),
  );

  app.get(
    `${base}/versions/:version/points`,
    {
      schema: {
        operationId: 'listCharterPoints',
        tags,
        params: VersionParams,
        response: { 200: z.array(Point), ...commonErrors },
      },
    },
    async (request) =>
      listCharterPoints(contextOf(request), request.params.id, request.params.version),
  );

  app.post(
    `${base}/versions/:version/points`,
    {
      schema: {
        operationId: 'raiseCharterPoint',
        tags,
        summary:
          'Raise a negotiation point on a section, with your position and optionally a proposal',
        params: VersionParams,
        body: PointInput,
        response: { 201: z.object({ number: z.number().int() }), ...errors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await raiseCharterPoint(
            contextOf(request),
            request.params.id,
            request.params.version,
            request.body,
          ),
        ),
  );

  app.post(
    `${base}/versions/:version/points/:number/events`,
    {
      schema: {
        operationId: 'respondToCharterPoint',
        tags,
        summary: 'State a position, comment, agree, concede or withdraw a negotiation point',
        params: PointParams,
        body: PointEventInput,
        response: { 200: z.object({ number: z.number().int() }), ...errors },
      },
    },
    async (request) =>
      respondToCharterPoint(
        contextOf(request),
        request.params.id,
        request.params.version,
        request.params.number,
        request.body,
      ),
  );

  app.post(
    `${base}/versions/:version/signatures`,
    {
      schema: {
        operationId: 'signCharter',
        tags,
        summary: 'Sign an agreed version for your party (principal admin or distributor admin)',
        params: VersionParams,
        body: SignInput,
        response: { 200: CharterVersion, ...errors },
      },
    },
    async (request) =>
      signCharter(contextOf(request), request.params.id, request.params.version, request.body, {
        ip: request.ip ?? null,
        userAgent: request.headers['user-agent'] ?? null,
      }),
  );

  app.get(
    `${base}/versions/:version/signed.json`,
    {
      schema: {
        operationId: 'getSignedCharter',
        tags,
        summary: 'The canonical document, its hash and the signatures, for offline verification',
        params: VersionParams,
        response: { 200: z.unknown(), ...errors },
      },
    },
    async (request, reply) => {
      const bundle = await signedBundle(
        contextOf(request),
        request.params.id,
        request.params.version,
      );
      return sendFile(reply, {
        contentType: 'application/json; charset=utf-8',
        fileName: `charter-v${request.params.version}.signed.json`,
        body: JSON.stringify(bundle),
      });
    },
  );

  app.get(
    `${base}/versions/:version/verify`,
    {
      schema: {
        operationId: 'verifyCharter',
        tags,
        summary: 'Check that the stored text, its hash and both signatures agree',
        params: VersionParams,
        response: { 200: VerificationSchema, ...errors },
      },
    },
    async (request) => verifyCharter(contextOf(request), request.params.id, request.params.version),
  );

  // The renderers (PDF library and fonts) load on first use, not at every start.
  const documents = [
    ['charter.pdf', 'getCharterPdf', 'renderCharterPdf', 'application/pdf'],
    ['charter.html', 'getCharterHtml', 'renderCharterHtml', 'text/html; charset=utf-8'],
    ['handbook.pdf', 'getHandbookPdf', 'renderHandbookPdf', 'application/pdf'],
    ['handbook.html', 'getHandbookHtml', 'renderHandbookHtml', 'text/html; charset=utf-8'],
  ] as const;
  for (const [file, operationId, renderer, type] of documents) {
    app.get(
      `${base}/versions/:version/${file}`,
      {
        schema: {
          operationId,
          tags,
          params: VersionParams,
          querystring: DocumentQuery,
          response: { 200: z.unknown(), ...commonErrors },
        },
      },
      async (request, reply) => {
        const input = await charterDocumentInput(
          contextOf(request),
          request.params.id,
          request.params.version,
          request.query.lang,
        );
        const render = (await import('./documents/index.ts'))[renderer];
        const body = await render(input);
        return sendFile(reply, {
          contentType: type,
          fileName: file.replace('.', `-v${request.params.version}.`),
          body,
          disposition: request.query.download === 'true' ? 'attachment' : 'inline',
        });
      },
    );
  }
}
