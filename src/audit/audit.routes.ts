import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sendFile } from '../platform/downloads.ts';
import { contextOf } from '../platform/http.ts';
import { mediaTypes, textResponse } from '../platform/openapi.ts';
import { commonErrors } from '../platform/problem.schema.ts';
import { AuditChainState, AuditPage, AuditQuery } from './audit.schema.ts';
import { exportAuditLogCsv, getAuditChainState, listAuditLog } from './audit.service.ts';

const tags = ['Audit log'];

export async function auditRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/v1/audit-log',
    {
      schema: {
        operationId: 'listAuditLog',
        tags,
        summary: 'Every change in the workspace, newest first (principal admins)',
        querystring: AuditQuery,
        response: { 200: AuditPage, ...commonErrors },
      },
    },
    async (request) => listAuditLog(contextOf(request), request.query),
  );
  app.get(
    '/api/v1/audit-log/chain',
    {
      schema: {
        operationId: 'verifyAuditChain',
        tags,
        summary:
          'Recompute the audit log’s hash chain: intact, or the first entry changed or deleted (principal admins)',
        response: { 200: AuditChainState, ...commonErrors },
      },
    },
    async (request) => getAuditChainState(contextOf(request)),
  );
  app.get(
    '/api/v1/audit-log/export.csv',
    {
      schema: {
        operationId: 'exportAuditLog',
        tags,
        summary: 'The audit log, same filters, as CSV (principal admins)',
        querystring: AuditQuery,
        response: { 200: textResponse('The audit log as CSV', mediaTypes.csv), ...commonErrors },
      },
    },
    async (request, reply) =>
      sendFile(reply, {
        contentType: 'text/csv; charset=utf-8',
        fileName: 'audit-log.csv',
        body: await exportAuditLogCsv(contextOf(request), request.query),
      }),
  );
}
