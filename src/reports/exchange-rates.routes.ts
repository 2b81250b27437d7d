// Exchange rates over HTTP (#16): the reporting currency, the monthly rates into it, and their
// CSV import. docs/kpis.md explains how the portfolio converts with them.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { csvImportRoute } from '../platform/csv-import-route.ts';
import { contextOf } from '../platform/http.ts';
import { commonErrors } from '../platform/problem.schema.ts';
import {
  ExchangeRate,
  ExchangeRateList,
  RateInput,
  RateParams,
  ReportingCurrency,
} from './exchange-rates.schema.ts';
import {
  getExchangeRates,
  getReportingCurrency,
  putExchangeRate,
  removeExchangeRate,
  setReportingCurrency,
} from './exchange-rates.service.ts';
import { importExchangeRatesCsv } from './exchange-rates-import.service.ts';

const tags = ['Exchange rates'];

export async function exchangeRatesRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/v1/reporting-currency',
    {
      schema: {
        operationId: 'getReportingCurrency',
        tags,
        summary: 'The currency the portfolio converts, sorts and totals in (EUR until set)',
        response: { 200: ReportingCurrency, ...commonErrors },
      },
    },
    async (request) => getReportingCurrency(contextOf(request)),
  );

  app.put(
    '/api/v1/reporting-currency',
    {
      schema: {
        operationId: 'setReportingCurrency',
        tags,
        summary: 'Set the reporting currency (principal admins); rates into it are used from then',
        body: ReportingCurrency,
        response: { 200: ReportingCurrency, ...commonErrors },
      },
    },
    async (request) => setReportingCurrency(contextOf(request), request.body.currency),
  );

  app.get(
    '/api/v1/exchange-rates',
    {
      schema: {
        operationId: 'listExchangeRates',
        tags,
        summary: 'The monthly rates into the reporting currency, and the months still without one',
        response: { 200: ExchangeRateList, ...commonErrors },
      },
    },
    async (request) => getExchangeRates(contextOf(request)),
  );

  app.put(
    '/api/v1/exchange-rates/:currency/:month',
    {
      schema: {
        operationId: 'putExchangeRate',
        tags,
        summary: 'Enter or replace the rate of a currency for a month (1 reporting unit = rate)',
        params: RateParams,
        body: RateInput,
        response: { 200: ExchangeRate, ...commonErrors },
      },
    },
    async (request) =>
      putExchangeRate(
        contextOf(request),
        request.params.currency,
        request.params.month,
        request.body,
      ),
  );

  app.delete(
    '/api/v1/exchange-rates/:currency/:month',
    {
      schema: {
        operationId: 'deleteExchangeRate',
        tags,
        summary: 'Delete the rate of a currency for a month',
        params: RateParams,
        response: { 204: z.null(), ...commonErrors },
      },
    },
    async (request, reply) => {
      await removeExchangeRate(contextOf(request), request.params.currency, request.params.month);
      return reply.code(204).send(null);
    },
  );

  csvImportRoute(root, {
    path: '/api/v1/imports/exchange-rates',
    operationId: 'importExchangeRates',
    tags,
    summary: 'Import monthly exchange rates (CSV: currency, month, rate, source), all or none',
    counts: { rates: z.number().int() },
    run: importExchangeRatesCsv,
  });
}
