import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { IdParams } from '../distributors/distributors.schema.ts';
import { contextOf } from '../platform/http.ts';
import { commonErrors } from '../platform/problem.schema.ts';
import {
  DistributorHealth,
  EarlyWarnings,
  EarlyWarningsQuery,
  Evaluation,
  WarningThresholds,
} from './warnings.schema.ts';
import {
  evaluateHealthNow,
  getDistributorHealth,
  getWarningSettings,
  listEarlyWarnings,
  setWarningSettings,
} from './warnings.service.ts';

const tags = ['Early warnings'];

export async function warningsRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/v1/early-warnings',
    {
      schema: {
        operationId: 'listEarlyWarnings',
        tags,
        summary:
          'Distributors on watch or at risk on a day (today, UTC, by default), with their signals (principal staff)',
        querystring: EarlyWarningsQuery,
        response: { 200: EarlyWarnings, ...commonErrors },
      },
    },
    async (request) => listEarlyWarnings(contextOf(request), request.query.asOf),
  );

  app.get(
    '/api/v1/early-warnings/settings',
    {
      schema: {
        operationId: 'getWarningSettings',
        tags,
        summary: 'The thresholds the warning signals use (principal staff)',
        response: { 200: WarningThresholds, ...commonErrors },
      },
    },
    async (request) => getWarningSettings(contextOf(request)),
  );

  app.put(
    '/api/v1/early-warnings/settings',
    {
      schema: {
        operationId: 'setWarningSettings',
        tags,
        summary: 'Change the thresholds the warning signals use (principal editors)',
        body: WarningThresholds,
        response: { 200: WarningThresholds, ...commonErrors },
      },
    },
    async (request) => setWarningSettings(contextOf(request), request.body),
  );

  app.post(
    '/api/v1/early-warnings/evaluate',
    {
      schema: {
        operationId: 'evaluateEarlyWarnings',
        tags,
        summary:
          'Assess every distributor now and record the states that changed, as the hourly job does (principal editors)',
        response: { 200: Evaluation, ...commonErrors },
      },
    },
    async (request) => evaluateHealthNow(contextOf(request)),
  );

  app.get(
    '/api/v1/distributors/:id/health',
    {
      schema: {
        operationId: 'getDistributorHealth',
        tags,
        summary:
          'A distributor’s health today with its signals, and the states recorded before (principal staff)',
        params: IdParams,
        response: { 200: DistributorHealth, ...commonErrors },
      },
    },
    async (request) => getDistributorHealth(contextOf(request), request.params.id),
  );
}
