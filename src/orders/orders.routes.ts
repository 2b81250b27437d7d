import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams } from '../distributors/distributors.schema.ts';
import { csvImportRoute } from '../platform/csv-import-route.ts';
import { contextOf } from '../platform/http.ts';
import { commonErrors } from '../platform/problem.schema.ts';
import { OrderListQuery, OrderPage } from './orders.schema.ts';
import { listDistributorOrders } from './orders.service.ts';
import { importOrdersCsv } from './orders-import.service.ts';

const tags = ['Orders'];

export async function ordersRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/v1/distributors/:id/orders',
    {
      schema: {
        operationId: 'listDistributorOrders',
        tags,
        summary: 'A distributor’s order lines (sell-in), newest first',
        params: IdParams,
        querystring: OrderListQuery,
        response: { 200: OrderPage, ...commonErrors },
      },
    },
    async (request) => listDistributorOrders(contextOf(request), request.params.id, request.query),
  );

  csvImportRoute(root, {
    path: '/api/v1/imports/orders',
    operationId: 'importOrders',
    tags,
    summary: 'Import order lines from the ERP (CSV): every row valid, or nothing imported',
    counts: { inserted: z.number().int(), replaced: z.number().int() },
    run: importOrdersCsv,
  });
}
