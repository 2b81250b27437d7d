import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { contextOf } from '../platform/http.ts';
import { commonErrors } from '../platform/problem.schema.ts';
import { GlobalSearchQuery, GlobalSearchResults } from './search.schema.ts';
import { searchEverything } from './search.service.ts';

export async function searchRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/v1/search',
    {
      schema: {
        operationId: 'searchEverything',
        tags: ['Search and timeline'],
        summary: 'Find distributors, contacts, meetings, reports and charters by text',
        description:
          "Grouped by type, at most `limit` in each group. Principal staff search every distributor's " +
          "records (and the principal's own notes on a distributor); a distributor's user only their " +
          "own company's, and never the principal's internal fields. Reports the distributor has not " +
          'submitted yet and charter drafts are found only by the side that owns them.',
        querystring: GlobalSearchQuery,
        response: { 200: GlobalSearchResults, ...commonErrors },
      },
    },
    async (request) => searchEverything(contextOf(request), request.query),
  );
}
