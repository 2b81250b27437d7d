import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams } from '../distributors/distributors.schema.ts';
import { contextOf } from '../platform/http.ts';
import { commonErrors, ProblemSchema } from '../platform/problem.schema.ts';
import { ProductLine, ProductLineInput, ProductLinePatch } from './charter.schema.ts';
import { createProductLine, listProductLines, updateProductLine } from './product-lines.service.ts';

const tags = ['Charter'];
const errors = { ...commonErrors, 409: ProblemSchema };

/** The principal's catalogue of product lines, which charters name. */
export async function productLineRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/v1/product-lines',
    {
      schema: {
        operationId: 'listProductLines',
        tags,
        summary: 'The principal’s product lines, archived ones on request',
        querystring: z.object({ includeArchived: z.enum(['true', 'false']).default('false') }),
        response: { 200: z.array(ProductLine), ...commonErrors },
      },
    },
    async (request) =>
      listProductLines(contextOf(request), {
        includeArchived: request.query.includeArchived === 'true',
      }),
  );

  app.post(
    '/api/v1/product-lines',
    {
      schema: {
        operationId: 'createProductLine',
        tags,
        summary: 'Add a product line to the catalogue (principal editors)',
        body: ProductLineInput,
        response: { 201: ProductLine, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createProductLine(contextOf(request), request.body)),
  );

  app.patch(
    '/api/v1/product-lines/:id',
    {
      schema: {
        operationId: 'updateProductLine',
        tags,
        summary: 'Rename, recode, recategorise, archive or restore a product line',
        params: IdParams,
        body: ProductLinePatch,
        response: { 200: ProductLine, ...errors },
      },
    },
    async (request) => updateProductLine(contextOf(request), request.params.id, request.body),
  );
}
