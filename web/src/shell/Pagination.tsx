import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/use-format.ts';

export const pageSizes = [10, 25, 50, 100] as const;

/**
 * A list's page and page size kept in the component (lists whose state is not in the URL): a new
 * page size starts again at the first page.
 */
export function usePaging(initialPageSize: (typeof pageSizes)[number] = 25) {
  const [page, setPage] = useState(1);
  const [pageSize, setSize] = useState<number>(initialPageSize);
  const setPageSize = (size: number) => {
    setSize(size);
    setPage(1);
  };
  return { page, pageSize, setPage, setPageSize };
}

/** "1–25 of 240", page size and previous/next: the footer of every paged list. */
export function Pagination({
  total,
  page,
  pageSize,
  onPage,
  onPageSize,
  summaryKey,
}: {
  total: number;
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
  onPageSize: (size: number) => void;
  /** A plural message with first, last and total, e.g. "1–25 of 240 distributors". */
  summaryKey: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const sizeId = useId();
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return (
    <nav className="pagination" aria-label={t('pagination.label')}>
      <p className="pagination-summary" aria-live="polite">
        {t(summaryKey, {
          first: format.number(first),
          last: format.number(last),
          total: format.number(total),
          count: total,
        })}
      </p>
      <div className="pagination-size">
        <label htmlFor={sizeId}>{t('pagination.pageSize')}</label>
        <select
          id={sizeId}
          value={pageSize}
          onChange={(event) => onPageSize(Number(event.target.value))}
        >
          {pageSizes.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </div>
      <div className="pagination-pages">
        <button
          type="button"
          className="button"
          disabled={page <= 1}
          onClick={() => onPage(page - 1)}
        >
          {t('pagination.previous')}
        </button>
        <span>
          {t('pagination.page', { page: format.number(page), pages: format.number(pageCount) })}
        </span>
        <button
          type="button"
          className="button"
          disabled={page >= pageCount}
          onClick={() => onPage(page + 1)}
        >
          {t('pagination.next')}
        </button>
      </div>
    </nav>
  );
}
