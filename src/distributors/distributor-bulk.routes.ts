// The account owner and the directory's bulk actions: one request, a result per row.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Text, Uuid } from '../platform/fields.ts';
import { contextOf } from '../platform/http.ts';
import { commonErrors, ProblemSchema } from '../platform/problem.schema.ts';
import {
  bulkChangeOwner,
  bulkChangeStage,
  listOwnerCandidates,
  setDistributorOwner,
} from './distributor-owner.service.ts';
import { Distributor, IdParams, LifecycleStage } from './distributors.schema.ts';

const tags = ['Distributors'];
const errors = { ...commonErrors, 409: ProblemSchema };

const OwnerId = Uuid.nullable().meta({
  description: 'A principal member of the workspace; null leaves the distributor unowned',
});
const BulkIds = z.array(Uuid).min(1).max(100);
const BulkResult = z.object({
  results: z.array(
    z.object({
      id: Uuid,
      name: z.string().nullable().meta({ description: 'Null for an id the caller cannot see' }),
      ok: z.boolean(),
      detail: z.string().nullable().meta({ description: 'Why the row was refused, in words' }),
    }),
  ),
});
const OwnerCandidate = z.object({ id: Uuid, name: z.string(), email: z.string() });

export function distributorBulkRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/v1/distributors/owners',
    {
      schema: {
        operationId: 'listDistributorOwners',
        tags,
        summary: 'The principal’s members, who can own a distributor (principal’s users)',
        response: { 200: z.array(OwnerCandidate), ...commonErrors },
      },
    },
    async (request) => listOwnerCandidates(contextOf(request)),
  );

  app.put(
    '/api/v1/distributors/:id/owner',
    {
      schema: {
        operationId: 'setDistributorOwner',
        tags,
        summary: 'Name the principal member who owns the relationship (principal editors)',
        params: IdParams,
        body: z.object({ ownerId: OwnerId }),
        response: { 200: Distributor, ...errors },
      },
    },
    async (request) =>
      setDistributorOwner(contextOf(request), request.params.id, request.body.ownerId),
  );

  app.post(
    '/api/v1/distributors/bulk/lifecycle',
    {
      schema: {
        operationId: 'bulkChangeLifecycleStage',
        tags,
        summary:
          'Move several distributors to a stage, with a reason: each row changed and audited on its own, refusals reported per row',
        body: z.object({
          ids: BulkIds,
          stage: LifecycleStage,
          // Required here, unlike the single change: a row among many says why only through it.
          reason: Text(1000),
        }),
        response: { 200: BulkResult, ...errors },
      },
    },
    async (request) => ({ results: await bulkChangeStage(contextOf(request), request.body) }),
  );

  app.post(
    '/api/v1/distributors/bulk/owner',
    {
      schema: {
        operationId: 'bulkChangeOwner',
        tags,
        summary: 'Give several distributors one owner (or none), with a result per row',
        body: z.object({ ids: BulkIds, ownerId: OwnerId }),
        response: { 200: BulkResult, ...errors },
      },
    },
    async (request) => ({ results: await bulkChangeOwner(contextOf(request), request.body) }),
  );
}
