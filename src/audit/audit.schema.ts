import { z } from 'zod';
import { IsoDateTime, Uuid } from '../platform/fields.ts';

export const AuditQuery = z.object({
  entityType: z.string().trim().max(60).optional(),
  action: z.string().trim().max(80).optional(),
  actor: z.string().trim().max(200).optional(),
  /** One person's entries (a member's user id); `actor` matches a name instead. */
  actorUserId: Uuid.optional(),
  distributorId: Uuid.optional(),
  from: IsoDateTime.optional(),
  to: IsoDateTime.optional(),
  /** Entries older than this id: the cursor of the next page. */
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditEntry = z.object({
  id: z.number().int(),
  occurredAt: z.date(),
  actorUserId: Uuid.nullable(),
  actorName: z.string(),
  actorVia: z.enum(['session', 'token', 'cli', 'system']),
  requestId: z.string().nullable(),
  distributorId: Uuid.nullable(),
  entityType: z.string(),
  entityId: z.string(),
  action: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});

export const AuditPage = z.object({
  items: z.array(AuditEntry),
  nextBefore: z.number().int().nullable(),
});

export const AuditChainState = z
  .object({
    verifiedEntries: z.number().int().meta({ description: 'Sealed entries that verified' }),
    head: z
      .object({ seq: z.number().int(), hash: z.string(), sealedAt: z.date() })
      .nullable()
      .meta({ description: 'The last sealed place and its hash; null before the first seal' }),
    intact: z.boolean(),
    problem: z
      .discriminatedUnion('kind', [
        z.object({ kind: z.literal('changed'), seq: z.number().int(), entryId: z.number().int() }),
        z.object({ kind: z.literal('deleted'), seq: z.number().int() }),
        z.object({ kind: z.literal('rewritten'), seq: z.number().int() }),
        z.object({ kind: z.literal('unsealed'), count: z.number().int() }),
      ])
      .nullable()
      .meta({ description: 'The first problem in chain order; null when intact' }),
  })
  .meta({ id: 'AuditChainState' });
