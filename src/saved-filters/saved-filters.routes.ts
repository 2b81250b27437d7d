import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf } from '../platform/http.ts';
import { commonErrors } from '../platform/problem.schema.ts';
import {
  SavedFilter,
  SavedFilterInput,
  SavedFilterListQuery,
  SavedFilterParams,
  SavedFilterPatch,
} from './saved-filters.schema.ts';
import {
  listMySavedFilters,
  removeFilter,
  renameFilter,
  saveFilter,
} from './saved-filters.service.ts';

const tags = ['Saved filters'];

export async function savedFiltersRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/v1/saved-filters',
    {
      schema: {
        operationId: 'listSavedFilters',
        tags,
        summary: 'My saved filters of a list page, by name (principal’s users)',
        querystring: SavedFilterListQuery,
        response: { 200: z.array(SavedFilter), ...commonErrors },
      },
    },
    async (request) => listMySavedFilters(contextOf(request), request.query.page),
  );

  app.post(
    '/api/v1/saved-filters',
    {
      schema: {
        operationId: 'createSavedFilter',
        tags,
        summary: 'Save a list page’s current filter and sort under a name',
        body: SavedFilterInput,
        response: { 201: SavedFilter, ...commonErrors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await saveFilter(contextOf(request), request.body)),
  );

  app.patch(
    '/api/v1/saved-filters/:id',
    {
      schema: {
        operationId: 'renameSavedFilter',
        tags,
        summary: 'Rename one of my saved filters',
        params: SavedFilterParams,
        body: SavedFilterPatch,
        response: { 200: SavedFilter, ...commonErrors },
      },
    },
    async (request) => renameFilter(contextOf(request), request.params.id, request.body.name),
  );

  app.delete(
    '/api/v1/saved-filters/:id',
    {
      schema: {
        operationId: 'deleteSavedFilter',
        tags,
        summary: 'Delete one of my saved filters',
        params: SavedFilterParams,
        response: { 204: z.null(), ...commonErrors },
      },
    },
    async (request, reply) => {
      await removeFilter(contextOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
}
