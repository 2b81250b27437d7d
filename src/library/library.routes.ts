import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams } from '../distributors/distributors.schema.ts';
import { sendFile } from '../platform/downloads.ts';
import { contextOf } from '../platform/http.ts';
import { registerUploads, uploadReader } from '../platform/multipart.ts';
import { fileResponse } from '../platform/openapi.ts';
import { commonErrors, ProblemSchema } from '../platform/problem.schema.ts';
import { allowedMediaTypes } from '../platform/uploads.ts';
import { distributorCoverage, portfolioCoverage } from './coverage.service.ts';
import {
  addVersion,
  changeDocument,
  createDocument,
  getDocument,
  listLibrary,
  readLibraryFile,
} from './documents.service.ts';
import {
  DistributorCoverage,
  DocumentDetail,
  DocumentInput,
  DocumentListQuery,
  DocumentParams,
  DocumentPatch,
  FileParams,
  FileQuery,
  LibraryDocumentList,
  PortfolioCoverage,
  Reviewer,
  ReviewInput,
  TranslationInput,
  TranslationParams,
  VersionInput,
  WithdrawInput,
} from './library.schema.ts';
import {
  listReviewers,
  requestTranslation,
  reviewTranslation,
  uploadTranslation,
  withdrawTranslation,
} from './translations.service.ts';

const tags = ['Document library'];
const stateErrors = { ...commonErrors, 409: ProblemSchema };
const multipart = ['multipart/form-data'];

// One file per request, within LIAISON_DOCUMENT_MAX_MB.
const readUploads = uploadReader({
  maxBytes: (config) => config.documentMaxBytes,
  maxFiles: 1,
  arrayFields: ['productLineIds', 'countries'],
  unreadableKey: 'library.validation.upload_unreadable',
});

// Nothing uploaded is ever rendered as a page: a download is sandboxed with nothing allowed; an
// image shown inline may draw itself only; a PDF opens in the browser's own viewer, which a
// sandbox would block (Chromium treats it as a plugin), so it gets no script and no framing.
function safetyHeaders(contentType: string, disposition: 'inline' | 'attachment') {
  if (disposition === 'inline' && contentType === 'application/pdf') {
    return "default-src 'none'; object-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'none'";
  }
  return disposition === 'inline'
    ? "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'"
    : "sandbox; default-src 'none'";
}

export async function libraryRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  await registerUploads(root);

  app.get(
    '/api/v1/library/documents',
    {
      schema: {
        operationId: 'listLibraryDocuments',
        tags,
        summary:
          'The library by title; a distributor’s users see what reaches its territory and lines today, in its languages first',
        querystring: DocumentListQuery,
        response: { 200: LibraryDocumentList, ...commonErrors },
      },
    },
    async (request) => listLibrary(contextOf(request), request.query),
  );

  app.post(
    '/api/v1/library/documents',
    {
      schema: {
        operationId: 'createLibraryDocument',
        tags,
        summary: 'Add a document with its first file (principal editors)',
        consumes: multipart,
        body: DocumentInput,
        response: { 201: DocumentDetail, ...commonErrors },
      },
      preValidation: readUploads,
    },
    async (request, reply) =>
      reply.code(201).send(await createDocument(contextOf(request), request.body, request.uploads)),
  );

  app.get(
    '/api/v1/library/documents/:documentId',
    {
      schema: {
        operationId: 'getLibraryDocument',
        tags,
        summary: 'One document: its languages, versions and translations with their history',
        params: DocumentParams,
        response: { 200: DocumentDetail, ...commonErrors },
      },
    },
    async (request) => getDocument(contextOf(request), request.params.documentId),
  );

  app.patch(
    '/api/v1/library/documents/:documentId',
    {
      schema: {
        operationId: 'updateLibraryDocument',
        tags,
        summary:
          'Change what a document is, whom it reaches and when; archive it (principal editors)',
        params: DocumentParams,
        body: DocumentPatch,
        response: { 200: DocumentDetail, ...commonErrors },
      },
    },
    async (request) => changeDocument(contextOf(request), request.params.documentId, request.body),
  );

  app.post(
    '/api/v1/library/documents/:documentId/versions',
    {
      schema: {
        operationId: 'addLibraryDocumentVersion',
        tags,
        summary: 'Upload a new version of the source file; its translations become outdated',
        consumes: multipart,
        params: DocumentParams,
        body: VersionInput,
        response: { 201: DocumentDetail, ...commonErrors },
      },
      preValidation: readUploads,
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await addVersion(
            contextOf(request),
            request.params.documentId,
            request.body,
            request.uploads,
          ),
        ),
  );

  app.get(
    '/api/v1/library/documents/:documentId/reviewers',
    {
      schema: {
        operationId: 'listTranslationReviewers',
        tags,
        summary:
          'Who may review a translation: principal staff and users of the distributors it reaches',
        params: DocumentParams,
        response: { 200: z.array(Reviewer), ...commonErrors },
      },
    },
    async (request) => listReviewers(contextOf(request), request.params.documentId),
  );

  app.post(
    '/api/v1/library/documents/:documentId/translations',
    {
      schema: {
        operationId: 'requestTranslation',
        tags,
        summary: 'Request a translation of the current version (principal editors)',
        params: DocumentParams,
        body: TranslationInput,
        response: { 201: DocumentDetail, ...stateErrors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await requestTranslation(contextOf(request), request.params.documentId, request.body),
        ),
  );

  app.post(
    '/api/v1/library/translations/:translationId/files',
    {
      schema: {
        operationId: 'uploadTranslation',
        tags,
        summary:
          'Upload the translated file for review (principal editors, or users of a distributor reading the language)',
        consumes: multipart,
        params: TranslationParams,
        body: z.object({}).meta({ description: 'multipart/form-data: the file in `file`' }),
        response: { 201: DocumentDetail, ...stateErrors },
      },
      preValidation: readUploads,
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await uploadTranslation(
            contextOf(request),
            request.params.translationId,
            request.uploads,
          ),
        ),
  );

  app.post(
    '/api/v1/library/translations/:translationId/review',
    {
      schema: {
        operationId: 'reviewTranslation',
        tags,
        summary: 'Approve the uploaded translation or ask for changes (its named reviewer)',
        params: TranslationParams,
        body: ReviewInput,
        response: { 200: DocumentDetail, ...stateErrors },
      },
    },
    async (request) =>
      reviewTranslation(contextOf(request), request.params.translationId, request.body),
  );

  app.post(
    '/api/v1/library/translations/:translationId/withdraw',
    {
      schema: {
        operationId: 'withdrawTranslation',
        tags,
        summary: 'Call off an open translation, with the reason (principal editors)',
        params: TranslationParams,
        body: WithdrawInput,
        response: { 200: DocumentDetail, ...stateErrors },
      },
    },
    async (request) =>
      withdrawTranslation(contextOf(request), request.params.translationId, request.body.reason),
  );

  app.get(
    '/api/v1/library/files/:fileId',
    {
      schema: {
        operationId: 'downloadLibraryFile',
        tags,
        summary:
          'A file of the library under its own name; `inline=true` shows a PDF or an image in the browser',
        params: FileParams,
        querystring: FileQuery,
        response: {
          200: fileResponse('The file, as its content was detected', allowedMediaTypes),
          ...commonErrors,
        },
      },
    },
    async (request, reply) => {
      const file = await readLibraryFile(
        contextOf(request),
        request.params.fileId,
        request.query.inline === true,
      );
      reply
        .header('content-security-policy', safetyHeaders(file.contentType, file.disposition))
        .header('cache-control', 'private, no-cache');
      return sendFile(reply, file);
    },
  );

  app.get(
    '/api/v1/library/coverage',
    {
      schema: {
        operationId: 'getLibraryCoverage',
        tags,
        summary:
          'Every active distributor’s current documents by language: current, outdated, missing (principal staff)',
        response: { 200: PortfolioCoverage, ...commonErrors },
      },
    },
    async (request) => portfolioCoverage(contextOf(request)),
  );

  app.get(
    '/api/v1/distributors/:id/library-coverage',
    {
      schema: {
        operationId: 'getDistributorLibraryCoverage',
        tags,
        summary:
          'Which current documents reach the distributor, and their state in each of its languages (principal staff)',
        params: IdParams,
        response: { 200: DistributorCoverage, ...commonErrors },
      },
    },
    async (request) => distributorCoverage(contextOf(request), request.params.id),
  );
}
