import { z } from 'zod';
import { Text, Uuid } from '../platform/fields.ts';

/** The list pages whose filters can be saved. */
export const PageKey = z.enum(['directory']);

export const SavedFilterInput = z.object({
  page: PageKey,
  name: Text(100),
  query: z
    .string()
    .max(2000)
    .meta({ description: 'The page’s URL query without the "?", e.g. "country=VN&owner=me"' }),
});
export type SavedFilterInput = z.infer<typeof SavedFilterInput>;

export const SavedFilterPatch = z.object({ name: Text(100) });

export const SavedFilter = z.object({
  id: Uuid,
  page: PageKey,
  name: z.string(),
  query: z.string(),
  createdAt: z.date(),
  updatedAt: z.date(),
});

export const SavedFilterListQuery = z.object({ page: PageKey });
export const SavedFilterParams = z.object({ id: Uuid });
