import { useSearchParams } from 'react-router';
import { DistributorListQuery } from '../../../src/distributors/distributors.schema.ts';
import type { DistributorListParams } from './use-distributors.ts';

const filterKeys = ['q', 'country', 'status', 'stage', 'owner'] as const;

/** The list's parameters in a URL's query; values the API would refuse give its defaults. */
export function listParamsOf(search: URLSearchParams): DistributorListParams {
  const parsed = DistributorListQuery.safeParse(Object.fromEntries(search.entries()));
  return parsed.success ? parsed.data : DistributorListQuery.parse({});
}

/**
 * The list's search, filters, sort and page live in the URL, so a view can be bookmarked and
 * the back button works. Values the API would refuse fall back to its defaults.
 */
export function useDistributorListParams() {
  const [search, setSearch] = useSearchParams();
  const params = listParamsOf(search);

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
