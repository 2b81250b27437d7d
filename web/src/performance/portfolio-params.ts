import { useSearchParams } from 'react-router';
import { PortfolioQuery } from '../../../src/reports/kpi.schema.ts';
import type { PortfolioParams } from './use-performance.ts';

const filterKeys = ['q', 'country', 'stage', 'tier', 'owner'] as const;
export type PortfolioFilterKey = (typeof filterKeys)[number];

/** "VN,TH" → ["VN", "TH"]: the multi-value filters travel as comma lists, as the API takes them. */
export const listOf = (value: string | undefined) =>
  value ? value.split(',').filter(Boolean) : [];

/**
 * The portfolio's search, filters, sort and page live in the URL, like the directory's, so a
 * view can be shared and the back button works. Values the API would refuse fall back to its
 * defaults.
 */
export function usePortfolioParams() {
  const [search, setSearch] = useSearchParams();
  const raw = Object.fromEntries(search.entries());
  // Health is joined in the browser (web/src/warnings/portfolio-health.tsx): the API is asked in
  // name order and the page sorts by health itself.
  const healthOrder: 'asc' | 'desc' | null =
    raw.sort === 'health' ? (raw.order === 'asc' ? 'asc' : 'desc') : null;
  const parsed = PortfolioQuery.safeParse(
    healthOrder ? { ...raw, sort: 'name', order: 'asc' } : raw,
  );
  const params: PortfolioParams = parsed.success ? parsed.data : PortfolioQuery.parse({});

  const update = (
    changes: Partial<Record<keyof PortfolioParams, string | number>> & { sort?: string },
  ) => {
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

  const hasFilters = filterKeys.some((key) => Boolean(search.get(key)));
  return { params, update, clearFilters, hasFilters, healthOrder };
}
