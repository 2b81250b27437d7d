import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendFile } from '../platform/downloads.ts';
import { Uuid } from '../platform/fields.ts';
import { contextOf } from '../platform/http.ts';
import { fileResponse, mediaTypes } from '../platform/openapi.ts';
import { commonErrors } from '../platform/problem.schema.ts';
import { exportFile, getExport, startReportsExport } from './reports-export.service.ts';

const tags = ['Monthly reports'];

const ExportJob = z
  .object({
    id: Uuid,
    status: z.enum(['running', 'done', 'failed']),
    done: z.number().int().meta({ description: 'Distributors exported so far' }),
    total: z.number().int(),
    fileName: z.string().nullable(),
    error: z.string().nullable(),
    createdAt: z.date(),
    finishedAt: z.date().nullable(),
  })
  .meta({ id: 'ExportJob' });

export async function exportsRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.post(
    '/api/v1/report-exports',
    {
      schema: {
        operationId: 'startReportsExport',
        tags,
        summary:
          'Export every report of a year as a ZIP of CSV files; answers at once with the job',
        body: z.object({ year: z.number().int().min(2000).max(2100) }),
        response: { 202: ExportJob, ...commonErrors },
      },
    },
    async (request, reply) =>
      reply.code(202).send(await startReportsExport(contextOf(request), request.body.year)),
  );

  app.get(
    '/api/v1/report-exports/:jobId',
    {
      schema: {
        operationId: 'getReportsExport',
        tags,
        summary: 'An export’s progress',
        params: z.object({ jobId: Uuid }),
        response: { 200: ExportJob, ...commonErrors },
      },
    },
    async (request) => getExport(contextOf(request), request.params.jobId),
  );

  app.get(
    '/api/v1/report-exports/:jobId/file',
    {
      schema: {
        operationId: 'getReportsExportFile',
        tags,
        summary: 'The finished export (ZIP)',
        params: z.object({ jobId: Uuid }),
        response: { 200: fileResponse('The export as ZIP', [mediaTypes.zip]), ...commonErrors },
      },
    },
    async (request, reply) => {
      const file = await exportFile(contextOf(request), request.params.jobId);
      return sendFile(reply, {
        contentType: 'application/zip',
        fileName: file.fileName,
        body: file.content,
      });
    },
  );
}
