import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { contextOf } from '../platform/http.ts';
import { commonErrors } from '../platform/problem.schema.ts';
import { TimelinePageResult, TimelineParams, TimelineQuery } from './timeline.schema.ts';
import { getTimeline } from './timeline.service.ts';

export async function timelineRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/v1/distributors/:id/timeline',
    {
      schema: {
        operationId: 'getDistributorTimeline',
        tags: ['Search and timeline'],
        summary: 'Everything that happened with a distributor, both sides, newest first',
        description:
          'Meetings held or cancelled, notes published, action items, monthly reports, charter ' +
          'versions, signatures and amendments, logged interactions and formal concerns; for ' +
          "principal staff also lifecycle changes and concern drafts. A distributor's user sees " +
          "only its own company's, without the principal's internal entries. Page with " +
          '`nextCursor`.',
        params: TimelineParams,
        querystring: TimelineQuery,
        response: { 200: TimelinePageResult, ...commonErrors },
      },
    },
    async (request) => getTimeline(contextOf(request), request.params.id, request.query),
  );
}
