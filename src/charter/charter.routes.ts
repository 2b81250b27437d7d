import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendFile } from '../platform/downloads.ts';
import { contextOf } from '../platform/http.ts';
import { fileResponse } from '../platform/openapi.ts';
import { commonErrors } from '../platform/problem.schema.ts';
import { charterDocumentInput } from './charter.documents.service.ts';
import { VersionParams } from './charter.schema.ts';
import { charterAmendmentRoutes } from './charter-amendments.routes.ts';
import { charterDraftingRoutes } from './charter-drafting.routes.ts';
import { charterNegotiationRoutes } from './charter-negotiation.routes.ts';
import { charterSigningRoutes } from './charter-signing.routes.ts';
import { productLineRoutes } from './product-lines.routes.ts';
import { subdivisionsOf } from './subdivisions.ts';

const tags = ['Charter'];
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

/** Every charter route: product lines, reference data, each step of a charter, its documents. */
export async function charterRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  // Registered in place (not as child plugins) so the routes keep their order in the API docs.
  await productLineRoutes(root);

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

  await charterDraftingRoutes(root);
  await charterNegotiationRoutes(root);
  await charterSigningRoutes(root);
  await charterAmendmentRoutes(root);

  // The renderers (PDF library and fonts) load on first use, not at every start.
  const documents = [
    [
      'charter.pdf',
      'getCharterPdf',
      'renderCharterPdf',
      'application/pdf',
      'The charter as PDF, in English beside a second language',
    ],
    [
      'charter.html',
      'getCharterHtml',
      'renderCharterHtml',
      'text/html; charset=utf-8',
      'The charter as a web page, in English beside a second language',
    ],
    [
      'handbook.pdf',
      'getHandbookPdf',
      'renderHandbookPdf',
      'application/pdf',
      'The Relationship Operating Handbook as PDF, in English beside a second language',
    ],
    [
      'handbook.html',
      'getHandbookHtml',
      'renderHandbookHtml',
      'text/html; charset=utf-8',
      'The Relationship Operating Handbook as a web page, in English beside a second language',
    ],
  ] as const;
  for (const [file, operationId, renderer, type, summary] of documents) {
    app.get(
      `${base}/versions/:version/${file}`,
      {
        schema: {
          operationId,
          tags,
          summary,
          params: VersionParams,
          querystring: DocumentQuery,
          response: {
            200: fileResponse(summary, [type.split(';')[0] ?? type]),
            ...commonErrors,
          },
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
