import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../api/client.ts';
import { useFormat } from '../format/use-format.ts';
import { calendarDate } from '../reports/report-format.ts';
import { isPrincipalRole, useSession } from '../session/use-session.ts';
import { Pagination } from '../shell/Pagination.tsx';
import { EmptyState, QueryStatus } from '../shell/States.tsx';
import { usePageTitle } from '../shell/use-page-title.ts';
import { HealthBadge } from './HealthBadge.tsx';
import { SignalList } from './SignalList.tsx';
import { type FlaggedDistributor, useEarlyWarnings } from './use-warnings.ts';
import { useWarningsParams, type WarningsParams } from './warnings-params.ts';
import './warnings.css';

/**
 * /early-warnings: the distributors on watch or at risk on a day, at risk first, each with its
 * signals written out and links to their evidence. The principal's own assessment: a
 * distributor's users get words, and nothing is asked of the API on their behalf.
 */
export function EarlyWarningsPage() {
  const { t } = useTranslation();
  const me = useSession();
  usePageTitle(t('warnings.title'));
  if (!isPrincipalRole(me.role)) {
    return (
      <div className="page">
        <EmptyState title={t('warnings.forbidden')} />
      </div>
    );
  }
  return <EarlyWarnings />;
}

function EarlyWarnings() {
  const { t } = useTranslation();
  const format = useFormat();
  const { params, update } = useWarningsParams();
  const warnings = useEarlyWarnings(params.asOf);
  const asOfId = useId();
  // A day still to come is the server's to refuse; its words go under the date field.
  const asOfError =
    warnings.error instanceof ApiError && warnings.error.status === 422
      ? (warnings.error.problem.errors?.[0]?.detail ?? warnings.error.problem.title)
      : null;
  const flagged = warnings.data?.distributors;
  const shown = useMemo(() => filterFlagged(flagged ?? [], params), [flagged, params]);
  const pageItems = shown.slice((params.page - 1) * params.pageSize, params.page * params.pageSize);
  const hasFilters = Boolean(params.q || params.state);

  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1>{t('warnings.title')}</h1>
          <p className="muted">{t('warnings.intro')}</p>
        </div>
        <div className="page-actions">
          <Link className="button" to="/early-warnings/settings">
            {t('warnings.settings.open')}
          </Link>
        </div>
      </div>
      <search className="toolbar" aria-label={t('warnings.filters')}>
        <div className={`toolbar-field${asOfError ? ' field-invalid' : ''}`}>
          <label htmlFor={asOfId}>{t('warnings.asOf')}</label>
          <input
            id={asOfId}
            type="date"
            value={params.asOf ?? ''}
            aria-invalid={asOfError ? true : undefined}
            aria-describedby={asOfError ? `${asOfId}-error` : `${asOfId}-hint`}
            // A half-typed date is empty: only a whole day (or none, today) changes the view.
            onChange={(event) => update({ asOf: event.target.value })}
          />
        </div>
        <SearchField value={params.q ?? ''} onChange={(q) => update({ q })} />
        <StateFilter value={params.state} onChange={(state) => update({ state })} />
        {params.asOf ? (
          <div className="toolbar-buttons">
            <button type="button" className="button" onClick={() => update({ asOf: '' })}>
              {t('warnings.backToToday')}
            </button>
          </div>
        ) : null}
      </search>
      {asOfError ? (
        <p className="field-error warnings-as-of-error" id={`${asOfId}-error`} role="alert">
          {asOfError}
        </p>
      ) : (
        <p className="muted warnings-as-of" id={`${asOfId}-hint`}>
          {warnings.data
            ? t('warnings.assessedOn', { date: calendarDate(warnings.data.asOf, format.locale) })
            : t('warnings.asOfHint')}
        </p>
      )}
      {asOfError ? null : warnings.isPending || warnings.isError ? (
        <QueryStatus query={warnings} />
      ) : shown.length === 0 ? (
        hasFilters && warnings.data.distributors.length > 0 ? (
          <EmptyState title={t('warnings.emptyFiltered')}>
            <button type="button" className="button" onClick={() => update({ q: '', state: '' })}>
              {t('warnings.clearFilters')}
            </button>
          </EmptyState>
        ) : (
          <EmptyState title={t('warnings.empty')}>
            <p className="muted">{t('warnings.emptyHint')}</p>
          </EmptyState>
        )
      ) : (
        <>
          <WarningsTable items={pageItems} isRefreshing={warnings.isFetching} />
          <Pagination
            total={shown.length}
            page={params.page}
            pageSize={params.pageSize}
            onPage={(page) => update({ page })}
            onPageSize={(pageSize) => update({ pageSize })}
            summaryKey="warnings.summary"
          />
        </>
      )}
    </div>
  );
}

/** The API lists at risk first; the filters keep that order. */
function filterFlagged(items: readonly FlaggedDistributor[], params: WarningsParams) {
  const query = params.q?.toLocaleLowerCase();
  return items.filter(
    (item) =>
      (!params.state || item.state === params.state) &&
      (!query || item.name.toLocaleLowerCase().includes(query)),
  );
}

function SearchField({ value, onChange }: { value: string; onChange: (q: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState(value);
  // The box follows the URL (back button) and the URL the box, 300 ms after the last keystroke.
  useEffect(() => setQuery(value), [value]);
  useEffect(() => {
    if (query === value) return;
    const timer = window.setTimeout(() => onChange(query), 300);
    return () => window.clearTimeout(timer);
  }, [query, value, onChange]);
  return (
    <div className="toolbar-field toolbar-search">
      <label htmlFor={id}>{t('warnings.search')}</label>
      <input
        id={id}
        type="search"
        value={query}
        placeholder={t('warnings.searchPlaceholder')}
        onChange={(event) => setQuery(event.target.value)}
      />
    </div>
  );
}

function StateFilter({
  value,
  onChange,
}: {
  value: WarningsParams['state'];
  onChange: (state: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="toolbar-field">
      <label htmlFor={id}>{t('warnings.stateFilter')}</label>
      <select id={id} value={value ?? ''} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('warnings.allFlagged')}</option>
        <option value="at_risk">{t('warnings.state.at_risk')}</option>
        <option value="watch">{t('warnings.state.watch')}</option>
      </select>
    </div>
  );
}

function WarningsTable({
  items,
  isRefreshing,
}: {
  items: readonly FlaggedDistributor[];
  isRefreshing: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className={`table-wrap${isRefreshing ? ' is-refreshing' : ''}`}>
      <table className="table warnings-table">
        <caption className="visually-hidden">{t('warnings.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('warnings.columns.distributor')}</th>
            <th scope="col">{t('warnings.columns.health')}</th>
            <th scope="col">{t('warnings.columns.signals')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.distributorId}>
              <th scope="row">
                <Link to={`/distributors/${item.distributorId}`} className="strong">
                  {item.name}
                </Link>
                <div className="muted">{format.country(item.country)}</div>
              </th>
              <td>
                <HealthBadge state={item.state} />
              </td>
              <td>
                <SignalList signals={item.signals} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
