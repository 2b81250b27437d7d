import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { commonErrors } from '../platform/problem.schema.ts';
import { getHelpDoc, listHelpDocs } from './help.service.ts';

const tags = ['Search and timeline'];
const HelpDocName = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,60}$/)
  .meta({ description: 'The guide’s file name in docs/ without ".md"', examples: ['cadence'] });

export async function helpRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/v1/help',
    {
      schema: {
        operationId: 'listHelpDocs',
        tags,
        summary: 'The guides in docs/, for the in-app help',
        response: {
          200: z.object({ docs: z.array(z.object({ name: HelpDocName, title: z.string() })) }),
          ...commonErrors,
        },
      },
    },
    async () => listHelpDocs(),
  );
  app.get(
    '/api/v1/help/:name',
    {
      schema: {
        operationId: 'getHelpDoc',
        tags,
        summary: 'One guide from docs/, as Markdown',
        params: z.object({ name: HelpDocName }),
        response: {
          200: z.object({ name: HelpDocName, title: z.string(), markdown: z.string() }),
          ...commonErrors,
        },
      },
    },
    async (request) => getHelpDoc(request.params.name),
  );
}
