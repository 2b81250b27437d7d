import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { DistributorParams } from '../charter/charter.schema.ts';
import { sendFile } from '../platform/downloads.ts';
import { contextOf } from '../platform/http.ts';
import { fileResponse } from '../platform/openapi.ts';
import { commonErrors, ProblemSchema } from '../platform/problem.schema.ts';
import { completeEvaluation, reopenEvaluation } from './evaluation-completion.service.ts';
import { evaluationDocument } from './evaluation-document.service.ts';
import {
  AssessmentInput,
  CompleteInput,
  Evaluation,
  EvaluationList,
  EvaluationParams,
  PrincipalPartInput,
  ReopenInput,
  StartEvaluationInput,
} from './evaluations.schema.ts';
import {
  getEvaluation,
  listDistributorEvaluations,
  refreshEvaluation,
  startEvaluation,
  writeAssessment,
  writePrincipalPart,
} from './evaluations.service.ts';

const tags = ['Evaluations'];
const one = '/api/v1/distributors/:id/evaluations/:evaluationId';
const conflict = { 409: ProblemSchema };

/** The yearly (or on-demand) evaluation of a relationship, prepared from the data, completed by
 * people, kept year on year and printable in both languages. */
export async function evaluationsRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/v1/distributors/:id/evaluations',
    {
      schema: {
        operationId: 'listEvaluations',
        tags,
        summary: 'The relationship’s evaluations, newest year first, with their headline figures',
        params: DistributorParams,
        response: { 200: EvaluationList, ...commonErrors },
      },
    },
    async (request) => listDistributorEvaluations(contextOf(request), request.params.id),
  );

  app.post(
    '/api/v1/distributors/:id/evaluations',
    {
      schema: {
        operationId: 'startEvaluation',
        tags,
        summary:
          'Start an evaluation (the year’s, or on demand with a title), prepared from the data (principal editors)',
        params: DistributorParams,
        body: StartEvaluationInput,
        response: { 201: Evaluation, ...commonErrors, ...conflict },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await startEvaluation(contextOf(request), request.params.id, request.body)),
  );

  app.get(
    one,
    {
      schema: {
        operationId: 'getEvaluation',
        tags,
        summary:
          'One evaluation: its figures, both assessments and (for a distributor once completed) the decision',
        params: EvaluationParams,
        response: { 200: Evaluation, ...commonErrors },
      },
    },
    async (request) =>
      getEvaluation(contextOf(request), request.params.id, request.params.evaluationId),
  );

  app.patch(
    one,
    {
      schema: {
        operationId: 'writeEvaluationPrincipalPart',
        tags,
        summary:
          'The principal’s part of a draft: areas for improvement, decision, reasons, follow-ups, internal note',
        params: EvaluationParams,
        body: PrincipalPartInput,
        response: { 200: Evaluation, ...commonErrors, ...conflict },
      },
    },
    async (request) =>
      writePrincipalPart(
        contextOf(request),
        request.params.id,
        request.params.evaluationId,
        request.body,
      ),
  );

  app.put(
    `${one}/assessment`,
    {
      schema: {
        operationId: 'writeEvaluationAssessment',
        tags,
        summary: 'The caller’s side’s assessment of a draft (editors of either side)',
        params: EvaluationParams,
        body: AssessmentInput,
        response: { 200: Evaluation, ...commonErrors, ...conflict },
      },
    },
    async (request) =>
      writeAssessment(
        contextOf(request),
        request.params.id,
        request.params.evaluationId,
        request.body,
      ),
  );

  app.post(
    `${one}/refresh`,
    {
      schema: {
        operationId: 'refreshEvaluation',
        tags,
        summary: 'Prepare a draft’s figures again from today’s data (principal editors)',
        params: EvaluationParams,
        response: { 200: Evaluation, ...commonErrors, ...conflict },
      },
    },
    async (request) =>
      refreshEvaluation(contextOf(request), request.params.id, request.params.evaluationId),
  );

  app.post(
    `${one}/completion`,
    {
      schema: {
        operationId: 'completeEvaluation',
        tags,
        summary:
          'Complete a draft: both assessments (or why the distributor did not respond), a decision and its reasons',
        params: EvaluationParams,
        body: CompleteInput,
        response: { 200: Evaluation, ...commonErrors, ...conflict },
      },
    },
    async (request) =>
      completeEvaluation(
        contextOf(request),
        request.params.id,
        request.params.evaluationId,
        request.body,
      ),
  );

  app.post(
    `${one}/reopening`,
    {
      schema: {
        operationId: 'reopenEvaluation',
        tags,
        summary: 'Reopen a completed evaluation as a draft, with a reason (principal editors)',
        params: EvaluationParams,
        body: ReopenInput,
        response: { 200: Evaluation, ...commonErrors, ...conflict },
      },
    },
    async (request) =>
      reopenEvaluation(
        contextOf(request),
        request.params.id,
        request.params.evaluationId,
        request.body,
      ),
  );

  app.get(
    `${one}/document.pdf`,
    {
      schema: {
        operationId: 'getEvaluationPdf',
        tags,
        summary: 'The evaluation as a PDF, in English beside the distributor’s language',
        params: EvaluationParams,
        response: {
          200: fileResponse('The evaluation as a PDF', ['application/pdf']),
          ...commonErrors,
        },
      },
    },
    async (request, reply) => {
      const file = await evaluationDocument(
        contextOf(request),
        request.params.id,
        request.params.evaluationId,
      );
      return sendFile(reply, {
        contentType: 'application/pdf',
        fileName: file.fileName,
        body: file.body,
        disposition: 'inline',
      });
    },
  );
}
