import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams } from '../distributors/distributors.schema.ts';
import { sendFile } from '../platform/downloads.ts';
import { AppError } from '../platform/errors.ts';
import { contextOf } from '../platform/http.ts';
import { fileResponse, mediaTypes } from '../platform/openapi.ts';
import { commonErrors } from '../platform/problem.schema.ts';
import { listUnitCosts, setUnitCosts, UnitCosts } from './costs.service.ts';
import { acceptFileBodies } from './file-bodies.ts';
import {
  Portfolio,
  PortfolioQuery,
  Scorecard,
  ScorecardQuery,
  TargetList,
  TargetsInput,
  TargetsQuery,
  TierRules,
} from './kpi.schema.ts';
import { renderPack } from './packs.service.ts';
import { getTierRules, setTierRules } from './portfolio.service.ts';
import { exportPortfolio } from './portfolio-export.ts';
import { getPortfolioSnapshot } from './portfolio-snapshot.service.ts';
import { getScorecard } from './scorecard.service.ts';
import { listTargets, setTargets } from './targets.service.ts';
import { importTargets } from './targets-import.service.ts';

const tags = ['Targets and KPIs'];

export async function kpiRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/v1/distributors/:id/targets',
    {
      schema: {
        operationId: 'listTargets',
        tags,
        summary: 'A distributor’s targets for a year, by product line and period',
        params: IdParams,
        querystring: TargetsQuery,
        response: { 200: TargetList, ...commonErrors },
      },
    },
    async (request) => listTargets(contextOf(request), request.params.id, request.query.year),
  );

  app.put(
    '/api/v1/distributors/:id/targets',
    {
      schema: {
        operationId: 'setTargets',
        tags,
        summary: 'Set targets (principal editors); `replaceYear` clears that year’s others first',
        params: IdParams,
        body: TargetsInput,
        response: { 200: z.object({ years: z.array(z.number().int()) }), ...commonErrors },
      },
    },
    async (request) => setTargets(contextOf(request), request.params.id, request.body),
  );

  app.register(async (scope) => {
    acceptFileBodies(scope);
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/api/v1/targets/import',
      {
        schema: {
          operationId: 'importTargets',
          tags,
          summary:
            'Import targets from CSV or XLSX (distributor, product_line, period_kind, period, revenue, units): every row valid, or nothing imported',
          querystring: z.object({
            filename: z.string().trim().min(1).max(200),
            dryRun: z.enum(['true', 'false']).default('false'),
          }),
          body: z.unknown().meta({ description: 'The file’s bytes', format: 'binary' }),
          response: {
            200: z.object({
              rows: z.number().int(),
              distributors: z.number().int(),
              imported: z.number().int(),
              dryRun: z.boolean(),
            }),
            ...commonErrors,
          },
        },
      },
      async (request) => {
        if (!Buffer.isBuffer(request.body)) throw new AppError('unsupported_media_type');
        return importTargets(
          contextOf(request),
          { bytes: request.body, fileName: request.query.filename },
          request.query.dryRun === 'true',
        );
      },
    );
  });

  app.get(
    '/api/v1/distributors/:id/scorecard',
    {
      schema: {
        operationId: 'getScorecard',
        tags,
        summary: 'KPIs against target and the portfolio median, monthly trends, review notes',
        params: IdParams,
        querystring: ScorecardQuery,
        response: { 200: Scorecard, ...commonErrors },
      },
    },
    async (request) => getScorecard(contextOf(request), request.params.id, request.query.months),
  );

  app.get(
    '/api/v1/distributors/:id/packs/:kind/:label',
    {
      schema: {
        operationId: 'getReviewPack',
        tags,
        summary:
          'The monthly review pack (`monthly/2026-10`) or the QBR pack (`quarterly/2026-Q3`) as PDF',
        params: IdParams.extend({
          kind: z.enum(['monthly', 'quarterly']),
          label: z
            .string()
            .regex(/^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/)
            .meta({ description: 'YYYY-MM for a monthly pack, YYYY-Qn for a quarterly one' }),
        }),
        response: { 200: fileResponse('The pack as PDF', [mediaTypes.pdf]), ...commonErrors },
      },
    },
    async (request, reply) => {
      const { id, kind, label } = request.params;
      const pack = await renderPack(contextOf(request), id, kind, label);
      return sendFile(reply, { ...pack, contentType: 'application/pdf' });
    },
  );

  app.get(
    '/api/v1/portfolio',
    {
      schema: {
        operationId: 'getPortfolio',
        tags,
        summary:
          'Every distributor with its KPIs and tier: filtered, sorted, paged (principal staff)',
        description:
          'The page is kept as a snapshot until its distributors, KPIs or reporting currency ' +
          'change. Its `ETag` sent back in `If-None-Match` gets 304 while the page is unchanged.',
        querystring: PortfolioQuery,
        headers: z.object({ 'if-none-match': z.string().optional() }),
        response: {
          200: Portfolio,
          304: z.null().meta({ description: 'Not modified: the page of the ETag sent is current' }),
          ...commonErrors,
        },
      },
    },
    async (request, reply) => {
      const snapshot = await getPortfolioSnapshot(contextOf(request), request.query);
      // Every use asks again (no-cache), and only the caller's browser keeps it (private).
      reply.header('etag', snapshot.etag).header('cache-control', 'private, no-cache');
      if (matchesEtag(request.headers['if-none-match'], snapshot.etag)) {
        // No payload at all: `null` would be serialized to "null" and sent with a length.
        return reply.code(304).send(undefined as never);
      }
      // The snapshot is the response's JSON already, as bytes (sent as they are, not serialized
      // again); the service's types held it to the Portfolio schema when it was built.
      return reply.type('application/json; charset=utf-8').send(snapshot.body as never);
    },
  );

  app.get(
    '/api/v1/portfolio/export',
    {
      schema: {
        operationId: 'exportPortfolio',
        tags,
        summary: 'The portfolio table (same filters and order) as CSV or XLSX, up to 2,000 rows',
        querystring: PortfolioQuery.extend({ format: z.enum(['csv', 'xlsx']).default('csv') }),
        response: {
          200: fileResponse('The portfolio as CSV or XLSX', [mediaTypes.csv, mediaTypes.xlsx]),
          ...commonErrors,
        },
      },
    },
    async (request, reply) => {
      const { format, ...query } = request.query;
      return sendFile(reply, await exportPortfolio(contextOf(request), query, format));
    },
  );

  const UnitCostList = z.object({
    costs: z.array(
      z.object({ productLine: z.string(), currency: z.string(), unitCost: z.number() }),
    ),
  });
  app.get(
    '/api/v1/product-line-costs',
    {
      schema: {
        operationId: 'listUnitCosts',
        tags,
        summary:
          'The principal’s unit cost per product line and currency, for margins (principal staff)',
        response: { 200: UnitCostList, ...commonErrors },
      },
    },
    async (request) => listUnitCosts(contextOf(request)),
  );
  app.put(
    '/api/v1/product-line-costs',
    {
      schema: {
        operationId: 'setUnitCosts',
        tags,
        summary:
          'Set or remove unit costs; every reported month is re-costed and margins recomputed',
        body: UnitCosts,
        response: { 200: UnitCostList, ...commonErrors },
      },
    },
    async (request) => setUnitCosts(contextOf(request), request.body),
  );

  app.get(
    '/api/v1/portfolio/tier-rules',
    {
      schema: {
        operationId: 'getTierRules',
        tags,
        summary: 'The criteria that assign tiers, first match wins',
        response: { 200: TierRules, ...commonErrors },
      },
    },
    async (request) => getTierRules(contextOf(request)),
  );

  app.put(
    '/api/v1/portfolio/tier-rules',
    {
      schema: {
        operationId: 'setTierRules',
        tags,
        summary: 'Change the tier criteria; the whole portfolio is re-tiered at once',
        body: TierRules,
        response: { 200: TierRules, ...commonErrors },
      },
    },
    async (request) => setTierRules(contextOf(request), request.body.rules),
  );
}

/** If-None-Match: `*`, or a list of ETags, weak ones (W/) compared by their value (RFC 9110 13.1.2). */
function matchesEtag(header: string | undefined, etag: string) {
  if (!header) return false;
  return header
    .split(',')
    .map((entry) => entry.trim().replace(/^W\//, ''))
    .some((entry) => entry === '*' || entry === etag);
}
