import { useSearchParams } from 'react-router';
import { DistributorListQuery } from '../../../src/distributors/distributors.schema.ts';
import type { DistributorListParams } from './use-distributors.ts';

const filterKeys = ['q', 'country', 'status', 'stage', 'owner'] as const;

/**
 * The list's search, filters, sort and page live in the URL, so a view can be bookmarked and
 * the back button works. Values the API would refuse fall back to its defaults.
 */
export function useDistributorListParams() {
  const [search, setSearch] = useSearchParams();
  const raw = Object.fromEntries(search.entries());
  const parsed = DistributorListQuery.safeParse(raw);
  const params: DistributorListParams = parsed.success
    ? parsed.data
    : DistributorListQuery.parse({});

  const update = (changes: Partial<Record<keyof DistributorListParams, string | number>>) => {
    const next = new URLSearchParams(search);
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined || value === '') next.delete(key);
      else next.set(key, String(value));
    }
    // Changing what is shown starts again on page one.
    if (!('page' in changes)) next.delete('page');
    setSearch(next, { replace: 'q' in changes });
  };

  const clearFilters = () => {
    const next = new URLSearchParams(search);
    for (const key of filterKeys) next.delete(key);
    next.delete('page');
    setSearch(next);
  };

  const hasFilters = filterKeys.some((key) => search.has(key) && search.get(key) !== '');
  return { params, update, clearFilters, hasFilters };
}
