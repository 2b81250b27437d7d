import { useSearchParams } from 'react-router';
import { z } from 'zod';
import { pageSizes } from '../shell/Pagination.tsx';

/** What the early warnings page shows, in the URL so a view (a day, a filter) can be shared. */
const WarningsParams = z.object({
  asOf: z.iso.date().optional().catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined),
  state: z.enum(['at_risk', 'watch']).optional().catch(undefined),
  page: z.coerce.number().int().min(1).catch(1).default(1),
  pageSize: z.coerce
    .number()
    .int()
    .refine((size) => (pageSizes as readonly number[]).includes(size))
    .catch(25)
    .default(25),
});
export type WarningsParams = z.output<typeof WarningsParams>;

export function useWarningsParams() {
  const [search, setSearch] = useSearchParams();
  const params = WarningsParams.parse(Object.fromEntries(search.entries()));

  const update = (changes: Partial<Record<keyof WarningsParams, string | number | undefined>>) => {
    const next = new URLSearchParams(search);
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined || value === '') next.delete(key);
      else next.set(key, String(value));
    }
    // Changing what is shown starts again on page one.
    if (!('page' in changes)) next.delete('page');
    setSearch(next, { replace: 'q' in changes });
  };
  return { params, update };
}
