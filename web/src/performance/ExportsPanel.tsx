import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiUrl, client, data } from '../api/client.ts';
import { ErrorState } from '../shell/States.tsx';
import type { PortfolioParams } from './use-performance.ts';

/** The portfolio table as a file, with the page's filters and order. */
function tableLink(params: PortfolioParams, format: 'csv' | 'xlsx') {
  const { page: _page, pageSize: _pageSize, ...filters } = params;
  return apiUrl('/api/v1/portfolio/export', {}, { ...filters, format });
}

/**
 * Downloads for the principal: the table as CSV or XLSX, and every report of a year as a ZIP,
 * built in the background with its progress shown while it runs.
 */
export function ExportsPanel({ params }: { params: PortfolioParams }) {
  const { t } = useTranslation();
  const lastYear = new Date().getFullYear() - 1;
  const [year, setYear] = useState(lastYear + 1);
  const start = useMutation({
    mutationFn: () => data(client.POST('/api/v1/report-exports', { body: { year } })),
  });
  const jobId = start.data?.id;
  const job = useQuery({
    queryKey: ['report-exports', jobId],
    queryFn: () =>
      data(
        client.GET('/api/v1/report-exports/{jobId}', { params: { path: { jobId: jobId ?? '' } } }),
      ),
    enabled: Boolean(jobId),
    refetchInterval: (query) => (query.state.data?.status === 'running' ? 500 : false),
  });
  const current = job.data ?? start.data;
  return (
    <section className="card section" aria-labelledby="portfolio-exports">
      <h2 id="portfolio-exports">{t('performance.exports.title')}</h2>
      <p>
        <a className="button" href={tableLink(params, 'csv')} download>
          {t('performance.exports.tableCsv')}
        </a>{' '}
        <a className="button" href={tableLink(params, 'xlsx')} download>
          {t('performance.exports.tableXlsx')}
        </a>
      </p>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          start.mutate();
        }}
      >
        <label htmlFor="export-year">{t('performance.exports.year')}</label>
        <select
          id="export-year"
          value={year}
          onChange={(event) => setYear(Number(event.target.value))}
        >
          {[0, 1, 2, 3].map((back) => (
            <option key={back} value={lastYear + 1 - back}>
              {lastYear + 1 - back}
            </option>
          ))}
        </select>
        <button type="submit" className="button" disabled={current?.status === 'running'}>
          {t('performance.exports.start')}
        </button>
      </form>
      {start.isError ? <ErrorState error={start.error} /> : null}
      {current ? (
        <div className="export-progress" aria-live="polite">
          {current.status === 'running' ? (
            <>
              <progress max={Math.max(current.total, 1)} value={current.done} />{' '}
              {t('performance.exports.progress', { done: current.done, total: current.total })}
            </>
          ) : current.status === 'done' ? (
            <a
              className="button button-primary"
              href={apiUrl('/api/v1/report-exports/{jobId}/file', { jobId: current.id })}
              download
            >
              {t('performance.exports.download', { file: current.fileName })}
            </a>
          ) : (
            <p role="alert">{t('performance.exports.failed', { error: current.error })}</p>
          )}
        </div>
      ) : null}
    </section>
  );
}
