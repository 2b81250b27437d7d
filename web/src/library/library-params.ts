import { useSearchParams } from 'react-router';
import { DocumentKind } from '../../../src/library/library.schema.ts';
import { pageSizes } from '../shell/Pagination.tsx';
import type { LibraryQuery } from './use-library.ts';

const filterKeys = ['q', 'kind', 'language', 'archived'] as const;
type FilterKey = (typeof filterKeys)[number];
export type LibraryParams = {
  q: string;
  kind: LibraryQuery['kind'];
  language: string;
  archived: boolean;
  page: number;
  pageSize: number;
};

/**
 * The library's search, filters and page live in the URL, so a view can be bookmarked and shared
 * ("everything missing in Vietnamese") and the back button works. Values the API would refuse
 * fall back to its defaults.
 */
export function useLibraryParams() {
  const [search, setSearch] = useSearchParams();
  const kind = DocumentKind.safeParse(search.get('kind'));
  const page = Number(search.get('page'));
  const size = Number(search.get('pageSize'));
  const params: LibraryParams = {
    q: search.get('q')?.trim() ?? '',
    kind: kind.success ? kind.data : undefined,
    language: search.get('language') ?? '',
    archived: search.get('archived') === 'true',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    pageSize: (pageSizes as readonly number[]).includes(size) ? size : 25,
  };
  const query: LibraryQuery = {
    q: params.q || undefined,
    kind: params.kind,
    language: params.language || undefined,
    archived: params.archived ? 'true' : undefined,
    limit: params.pageSize,
    offset: (params.page - 1) * params.pageSize,
  };

  const update = (changes: Partial<Record<FilterKey | 'page' | 'pageSize', string | number>>) => {
    const next = new URLSearchParams(search);
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined || value === '' || value === 'false') next.delete(key);
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

  return { params, query, update, clearFilters };
}
