import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams } from '../distributors/distributors.schema.ts';
import { csvImportRoute } from '../platform/csv-import-route.ts';
import { sendFile } from '../platform/downloads.ts';
import { AppError } from '../platform/errors.ts';
import { contextOf } from '../platform/http.ts';
import { fileResponse, mediaTypes } from '../platform/openapi.ts';
import { commonErrors, ProblemSchema } from '../platform/problem.schema.ts';
import { acceptFileBodies, uploadTypes } from './file-bodies.ts';
import { reportFile, uploadReport } from './report-files.service.ts';
import { importReportHistoryCsv } from './report-history-import.service.ts';
import { confirmReport, submitReportOnBehalf } from './report-on-behalf.service.ts';
import { reviewReport } from './report-review.service.ts';
import {
  OnBehalfReason,
  PeriodParams,
  ReportDetail,
  ReportDraftInput,
  ReportMonths,
  ReportMonthsQuery,
  ReportOnBehalfInput,
  ReportReviewInput,
  ReportSubmitInput,
  RevisionParams,
  TemplateQuery,
} from './reports.schema.ts';
import { getReport, listReportMonths, saveReportDraft, submitReport } from './reports.service.ts';

const tags = ['Monthly reports'];
const errors = { ...commonErrors, 409: ProblemSchema, 413: ProblemSchema };
const base = '/api/v1/distributors/:id/reports';
export async function reportsRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  acceptFileBodies(app);

  app.get(
    base,
    {
      schema: {
        operationId: 'listReportMonths',
        tags,
        summary: 'The months a distributor owes a report, newest first, and where each stands',
        params: IdParams,
        querystring: ReportMonthsQuery,
        response: { 200: ReportMonths, ...commonErrors },
      },
    },
    async (request) =>
      listReportMonths(contextOf(request), request.params.id, request.query.months),
  );

  app.get(
    `${base}/:period`,
    {
      schema: {
        operationId: 'getReport',
        tags,
        summary: 'One month’s report: draft, latest revision, every revision and the review',
        params: PeriodParams,
        response: { 200: ReportDetail, ...commonErrors },
      },
    },
    async (request) => getReport(contextOf(request), request.params.id, request.params.period),
  );

  app.put(
    `${base}/:period/draft`,
    {
      schema: {
        operationId: 'saveReportDraft',
        tags,
        summary: 'Save what the form holds as a draft (checked only when submitted)',
        params: PeriodParams,
        body: ReportDraftInput,
        response: { 200: z.object({ draftSavedAt: z.date() }), ...errors },
      },
    },
    async (request) =>
      saveReportDraft(
        contextOf(request),
        request.params.id,
        request.params.period,
        request.body.draft,
      ),
  );

  app.post(
    `${base}/:period/submissions`,
    {
      schema: {
        operationId: 'submitReport',
        tags,
        summary:
          'Submit the report (the distributor’s people); a later submission is a new revision, the same one is no-op. Principal editors are refused: see submitReportOnBehalf',
        params: PeriodParams,
        body: ReportSubmitInput,
        response: { 200: ReportDetail, ...errors },
      },
    },
    async (request) =>
      submitReport(contextOf(request), request.params.id, request.params.period, {
        content: request.body.content,
        source: request.headers.cookie ? 'portal' : 'api',
      }),
  );

  app.post(
    `${base}/:period/on-behalf`,
    {
      schema: {
        operationId: 'submitReportOnBehalf',
        tags,
        summary:
          'Enter figures the distributor sent another way, on its behalf (principal editors, with a reason); the report then awaits the distributor’s confirmation',
        params: PeriodParams,
        body: ReportOnBehalfInput,
        response: { 200: ReportDetail, ...errors },
      },
    },
    async (request) =>
      submitReportOnBehalf(contextOf(request), request.params.id, request.params.period, {
        content: request.body.content,
        reason: request.body.reason,
        source: request.headers.cookie ? 'portal' : 'api',
      }),
  );

  app.post(
    `${base}/:period/confirmations`,
    {
      schema: {
        operationId: 'confirmReport',
        tags,
        summary:
          'The distributor confirms the figures entered on its behalf (to correct them, submit a revision instead)',
        params: PeriodParams,
        response: { 200: ReportDetail, ...errors },
      },
    },
    async (request) => confirmReport(contextOf(request), request.params.id, request.params.period),
  );

  app.post(
    `${base}/:period/uploads`,
    {
      schema: {
        operationId: 'uploadReport',
        tags,
        summary:
          'Upload the filled-in XLSX or CSV template as the body; every cell is checked before anything is stored',
        params: PeriodParams,
        querystring: z.object({ filename: z.string().trim().min(1).max(200) }),
        consumes: uploadTypes,
        body: z.unknown().meta({ description: 'The file’s bytes', format: 'binary' }),
        response: { 200: ReportDetail, ...errors, 415: ProblemSchema },
      },
    },
    async (request) => {
      if (!Buffer.isBuffer(request.body)) throw new AppError('unsupported_media_type');
      return uploadReport(contextOf(request), request.params.id, request.params.period, {
        bytes: request.body,
        fileName: request.query.filename,
      });
    },
  );

  app.post(
    `${base}/:period/on-behalf/uploads`,
    {
      schema: {
        operationId: 'uploadReportOnBehalf',
        tags,
        summary:
          'Enter the XLSX or CSV template the distributor sent another way, on its behalf (principal editors, with a reason); checked as an upload',
        params: PeriodParams,
        querystring: z.object({
          filename: z.string().trim().min(1).max(200),
          reason: OnBehalfReason,
        }),
        consumes: uploadTypes,
        body: z.unknown().meta({ description: 'The file’s bytes', format: 'binary' }),
        response: { 200: ReportDetail, ...errors, 415: ProblemSchema },
      },
    },
    async (request) => {
      if (!Buffer.isBuffer(request.body)) throw new AppError('unsupported_media_type');
      return uploadReport(
        contextOf(request),
        request.params.id,
        request.params.period,
        {
          bytes: request.body,
          fileName: request.query.filename,
        },
        { reason: request.query.reason },
      );
    },
  );

  app.get(
    `${base}/:period/template`,
    {
      schema: {
        operationId: 'getReportTemplate',
        tags,
        summary: 'The XLSX or CSV template, pre-filled with the product lines and the month',
        params: PeriodParams,
        querystring: TemplateQuery,
        response: {
          200: fileResponse('The template as XLSX or CSV', [mediaTypes.xlsx, mediaTypes.csv]),
          ...commonErrors,
        },
      },
    },
    async (request, reply) =>
      sendFile(
        reply,
        await reportFile(
          contextOf(request),
          request.params.id,
          request.params.period,
          request.query.format,
        ),
      ),
  );

  app.get(
    `${base}/:period/revisions/:revision`,
    {
      schema: {
        operationId: 'getReportRevisionFile',
        tags,
        summary:
          'A submitted revision as an XLSX or CSV file (cells that look like formulas are neutralised)',
        params: RevisionParams,
        querystring: TemplateQuery,
        response: {
          200: fileResponse('The revision as XLSX or CSV', [mediaTypes.xlsx, mediaTypes.csv]),
          ...commonErrors,
        },
      },
    },
    async (request, reply) =>
      sendFile(
        reply,
        await reportFile(
          contextOf(request),
          request.params.id,
          request.params.period,
          request.query.format,
          request.params.revision,
        ),
      ),
  );

  app.post(
    `${base}/:period/reviews`,
    {
      schema: {
        operationId: 'reviewReport',
        tags,
        summary: 'Comment on a submitted report, accept it, or ask for changes (principal editors)',
        params: PeriodParams,
        body: ReportReviewInput,
        response: { 200: ReportDetail, ...errors },
      },
    },
    async (request) =>
      reviewReport(contextOf(request), request.params.id, request.params.period, request.body),
  );

  csvImportRoute(root, {
    path: '/api/v1/imports/report-history',
    operationId: 'importReportHistory',
    tags,
    summary:
      'Import monthly report history (CSV): a submitted report per distributor and month, dated by received_on',
    counts: { reports: z.number().int(), facts: z.number().int() },
    run: importReportHistoryCsv,
  });
}
