// The HTTP door of every history import (POST /api/v1/imports/…): the CSV as the body
// (`text/csv`) or as the `file` field of a multipart form, `?dryRun=true` to check only. The
// domain's routes file names the path and hands over its import service.
import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ImportOptions, ImportResult } from './csv-import.ts';
import { AppError } from './errors.ts';
import { contextOf } from './http.ts';
import { commonErrors } from './problem.schema.ts';
import type { Context } from './tenancy.ts';

/** History files are large (36 months of a portfolio's order lines): 50 MB. */
export const IMPORT_LIMIT = 50 * 1024 * 1024;

export const ImportResultSchema = z.object({
  rows: z.number().int().meta({ description: 'Data rows in the file' }),
  imported: z.number().int().meta({ description: 'Rows imported (0 on a dry run)' }),
  dryRun: z.boolean(),
});

async function csvTextOf(request: FastifyRequest): Promise<string> {
  if (request.isMultipart()) {
    for await (const part of request.parts()) {
      if (part.type === 'file' && part.fieldname === 'file') {
        return (await part.toBuffer()).toString('utf8');
      }
    }
    throw new AppError('validation_failed', {
      errors: [{ pointer: '#/file', detail: contextOf(request).t('imports.file_missing') }],
    });
  }
  if (typeof request.body === 'string') return request.body;
  // A scope that takes spreadsheets as bytes (reports) hands the CSV over undecoded.
  if (Buffer.isBuffer(request.body)) return request.body.toString('utf8');
  throw new AppError('unsupported_media_type');
}

export function csvImportRoute(
  app: FastifyInstance,
  spec: {
    path: string;
    operationId: string;
    tags: string[];
    summary: string;
    /** What the import counts besides rows (e.g. inserted, replaced), for the document. */
    counts: Record<string, z.ZodNumber>;
    run: (ctx: Context, csvText: string, options: ImportOptions) => Promise<ImportResult>;
  },
) {
  app.register(async (scope) => {
    await scope.register(fastifyMultipart, { limits: { fileSize: IMPORT_LIMIT, files: 1 } });
    scope.withTypeProvider<ZodTypeProvider>().post(
      spec.path,
      {
        bodyLimit: IMPORT_LIMIT,
        schema: {
          operationId: spec.operationId,
          tags: spec.tags,
          summary: spec.summary,
          description:
            'Send the CSV as the body (`text/csv`) or as the `file` field of a multipart form. ' +
            'Every row is checked; one error anywhere imports nothing and answers 422 with every ' +
            'error as `{pointer: "#/rows/<line>/<column>", row, column, detail}`. docs/imports.md ' +
            'describes the columns.',
          consumes: ['text/csv', 'multipart/form-data'],
          querystring: z.object({ dryRun: z.enum(['true', 'false']).default('false') }),
          body: z.unknown().meta({ description: 'The CSV file', format: 'binary' }),
          response: {
            200: z.looseObject({
              ...ImportResultSchema.shape,
              ...z.object(spec.counts).partial().shape,
            }),
            ...commonErrors,
          },
        },
      },
      async (request) =>
        spec.run(contextOf(request), await csvTextOf(request), {
          dryRun: request.query.dryRun === 'true',
        }),
    );
  });
}
