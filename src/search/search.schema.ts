import { z } from 'zod';
import { Uuid } from '../platform/fields.ts';

export const GlobalSearchQuery = z.object({
  q: z
    .string()
    .trim()
    .min(2)
    .max(100)
    .meta({
      description:
        'Text to find; without accents it also finds accented text ("thu duc" finds "Thủ Đức", ' +
        '"lodz" finds "Łódź")',
    }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(20)
    .default(5)
    .meta({ description: 'At most this many results in each group' }),
});
export type GlobalSearchQuery = z.infer<typeof GlobalSearchQuery>;

const DistributorRef = z.object({ id: Uuid, name: z.string() });

export const GlobalSearchResults = z.object({
  distributors: z.array(
    z.object({
      id: Uuid,
      name: z.string(),
      city: z.string().nullable(),
      country: z.string(),
      status: z.enum(['active', 'archived']),
    }),
  ),
  contacts: z.array(
    z.object({
      id: Uuid,
      name: z.string(),
      title: z.string().nullable(),
      email: z.string().nullable(),
      side: z.enum(['principal', 'distributor']),
      distributor: DistributorRef,
    }),
  ),
  meetings: z.array(
    z.object({
      id: Uuid,
      kind: z.enum(['weekly', 'monthly', 'quarterly', 'annual']),
      rhythm: z.enum(['twice_weekly', 'weekly', 'monthly', 'quarterly', 'annual']),
      number: z.number().int(),
      startsAt: z.date(),
      status: z.enum(['scheduled', 'held', 'cancelled', 'skipped']),
      distributor: DistributorRef,
    }),
  ),
  reports: z.array(
    z.object({
      id: Uuid,
      period: z.string().meta({ description: 'The month, YYYY-MM' }),
      status: z.enum([
        'draft',
        'submitted',
        'changes_requested',
        'accepted',
        'awaiting_confirmation',
      ]),
      revision: z.number().int(),
      distributor: DistributorRef,
    }),
  ),
  charters: z.array(
    z.object({
      id: Uuid,
      version: z.number().int(),
      status: z.enum(['draft', 'negotiation', 'agreed', 'signed', 'superseded']),
      distributor: DistributorRef,
    }),
  ),
});
export type GlobalSearchResults = z.infer<typeof GlobalSearchResults>;
