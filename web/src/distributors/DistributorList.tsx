import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate } from 'react-router';
import { LifecycleStage } from '../../../src/distributors/distributors.schema.ts';
import { apiUrl } from '../api/client.ts';
import type { DistributorListItem } from '../api/types.ts';
import { countryOptions } from '../format/countries.ts';
import { useFormat } from '../format/use-format.ts';
import { canManageDistributors, isPrincipalRole, useSession } from '../session/use-session.ts';
import { Pagination } from '../shell/Pagination.tsx';
import { EmptyState, QueryStatus } from '../shell/States.tsx';
import { usePageTitle } from '../shell/use-page-title.ts';
import { BulkActions, type Selection } from './BulkActions.tsx';
import { DistributorFormDialog } from './DistributorForm.tsx';
import { ImportDialog } from './ImportDialog.tsx';
import { StageOrStatusBadge, StatusBadge } from './LifecycleBadge.tsx';
import { useDistributorListParams } from './list-params.ts';
import { SavedFilters } from './SavedFilters.tsx';
import { useOwnerOptions } from './use-directory.ts';
import { type DistributorListParams, useDistributorPage } from './use-distributors.ts';

type SortKey = NonNullable<DistributorListParams['sort']>;

export function DistributorList() {
  const { t } = useTranslation();
  const me = useSession();
  const navigate = useNavigate();
  const { params, update, clearFilters, hasFilters } = useDistributorListParams();
  const page = useDistributorPage(params);
  const [dialog, setDialog] = useState<'create' | 'import' | null>(null);
  // The selected rows, kept across pages and filters until cleared: the bar says how many.
  const [selection, setSelection] = useState<Selection>(() => new Map());
  const canManage = canManageDistributors(me.role);
  usePageTitle(t('distributors.title'));

  if (!isPrincipalRole(me.role) && me.distributorId) {
    return <Navigate to={`/distributors/${me.distributorId}`} replace />;
  }

  return (
    <div className="page">
      <div className="page-header">
        <h1>{t('distributors.title')}</h1>
        <div className="page-actions">
          <a className="button" href={apiUrl('/api/v1/distributors/export.csv')} download>
            {t('distributors.export')}
          </a>
          {canManage ? (
            <>
              <button type="button" className="button" onClick={() => setDialog('import')}>
                {t('distributors.import.open')}
              </button>
              <button
                type="button"
                className="button button-primary"
                onClick={() => setDialog('create')}
              >
                {t('distributors.new')}
              </button>
            </>
          ) : null}
        </div>
      </div>
      <SavedFilters />
      <Filters params={params} update={update} />
      {selection.size > 0 ? (
        <BulkActions
          selection={selection}
          canManage={canManage}
          onClear={() => setSelection(new Map())}
        />
      ) : null}
      {page.isPending || page.isError ? (
        <QueryStatus query={page} />
      ) : page.data.items.length === 0 ? (
        hasFilters ? (
          <EmptyState title={t('distributors.emptyFiltered')}>
            <button type="button" className="button" onClick={clearFilters}>
              {t('distributors.clearFilters')}
            </button>
          </EmptyState>
        ) : (
          <EmptyState title={t('distributors.empty')} />
        )
      ) : (
        <>
          <DistributorTable
            items={page.data.items}
            params={params}
            onSort={(sort) =>
              update({
                sort,
                order: params.sort === sort && params.order === 'asc' ? 'desc' : 'asc',
              })
            }
            isRefreshing={page.isFetching}
            selection={selection}
            onSelect={setSelection}
          />
          <Pagination
            total={page.data.total}
            page={page.data.page}
            pageSize={page.data.pageSize}
            onPage={(next) => update({ page: next })}
            onPageSize={(size) => update({ pageSize: size })}
            summaryKey="distributors.summary"
          />
        </>
      )}
      {dialog === 'create' ? (
        <DistributorFormDialog
          onClose={() => setDialog(null)}
          onSaved={(distributor) => navigate(`/distributors/${distributor.id}`)}
        />
      ) : null}
      {dialog === 'import' ? <ImportDialog onClose={() => setDialog(null)} /> : null}
    </div>
  );
}

function Filters({
  params,
  update,
}: {
  params: DistributorListParams;
  update: ReturnType<typeof useDistributorListParams>['update'];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const countries = useMemo(() => countryOptions(format), [format]);
  const [query, setQuery] = useState(params.q ?? '');
  const ids = { q: useId(), country: useId(), status: useId(), stage: useId(), owner: useId() };
  const owners = useOwnerOptions();

  // The box follows the URL (back button, clear filters) ...
  useEffect(() => setQuery(params.q ?? ''), [params.q]);
  // ... and the URL follows the box, 300 ms after the last keystroke.
  useEffect(() => {
    if (query === (params.q ?? '')) return;
    const timer = window.setTimeout(() => update({ q: query }), 300);
    return () => window.clearTimeout(timer);
  }, [query, params.q, update]);

  return (
    <search className="toolbar" aria-label={t('distributors.filters')}>
      <div className="toolbar-field toolbar-search">
        <label htmlFor={ids.q}>{t('distributors.search')}</label>
        <input
          id={ids.q}
          type="search"
          value={query}
          placeholder={t('distributors.searchPlaceholder')}
          onChange={(event) => setQuery(event.target.value)}
        />
      </div>
      <div className="toolbar-field">
        <label htmlFor={ids.country}>{t('distributors.country')}</label>
        <select
          id={ids.country}
          value={params.country ?? ''}
          onChange={(event) => update({ country: event.target.value })}
        >
          <option value="">{t('distributors.allCountries')}</option>
          {countries.map((country) => (
            <option key={country.code} value={country.code}>
              {country.name}
            </option>
          ))}
        </select>
      </div>
      <div className="toolbar-field">
        {/* Whether the record is archived, not the relationship: that is the stage. */}
        <label htmlFor={ids.status}>{t('distributors.archive')}</label>
        <select
          id={ids.status}
          value={params.status ?? 'active'}
          onChange={(event) => update({ status: event.target.value })}
        >
          <option value="active">{t('distributors.notArchived')}</option>
          <option value="archived">{t('distributors.archivedOnly')}</option>
          <option value="all">{t('distributors.withArchived')}</option>
        </select>
      </div>
      <div className="toolbar-field">
        <label htmlFor={ids.stage}>{t('distributors.stage')}</label>
        <select
          id={ids.stage}
          value={params.stage ?? ''}
          onChange={(event) => update({ stage: event.target.value })}
        >
          <option value="">{t('distributors.allStages')}</option>
          {LifecycleStage.options.map((stage) => (
            <option key={stage} value={stage}>
              {t(`lifecycle.${stage}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="toolbar-field">
        <label htmlFor={ids.owner}>{t('directory.owner.label')}</label>
        <select
          id={ids.owner}
          value={params.owner ?? ''}
          onChange={(event) => update({ owner: event.target.value })}
        >
          <option value="">{t('directory.owner.all')}</option>
          <option value="me">{t('directory.owner.mine')}</option>
          <option value="none">{t('directory.owner.none')}</option>
          {(owners.data ?? []).map((owner) => (
            <option key={owner.id} value={owner.id}>
              {owner.name}
            </option>
          ))}
        </select>
      </div>
    </search>
  );
}

function DistributorTable({
  items,
  params,
  onSort,
  isRefreshing,
  selection,
  onSelect,
}: {
  items: DistributorListItem[];
  params: DistributorListParams;
  onSort: (sort: SortKey) => void;
  isRefreshing: boolean;
  selection: Selection;
  onSelect: (next: Selection) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const allOnPage = items.length > 0 && items.every((item) => selection.has(item.id));
  const someOnPage = items.some((item) => selection.has(item.id));
  const toggle = (item: DistributorListItem, on: boolean) => {
    const next = new Map(selection);
    if (on) next.set(item.id, item.name);
    else next.delete(item.id);
    onSelect(next);
  };
  const togglePage = (on: boolean) => {
    const next = new Map(selection);
    for (const item of items) {
      if (on) next.set(item.id, item.name);
      else next.delete(item.id);
    }
    onSelect(next);
  };
  const header = (key: SortKey, label: string, className?: string) => {
    const isSorted = params.sort === key;
    const direction = params.order === 'desc' ? 'descending' : 'ascending';
    return (
      <th scope="col" aria-sort={isSorted ? direction : 'none'} className={className}>
        <button type="button" className="sort-button" onClick={() => onSort(key)}>
          {label}
          <span className="sort-indicator" aria-hidden="true">
            {isSorted ? (params.order === 'desc' ? '▼' : '▲') : '↕'}
          </span>
        </button>
      </th>
    );
  };
  return (
    <div className={`table-wrap${isRefreshing ? ' is-refreshing' : ''}`}>
      <table className="table">
        <caption className="visually-hidden">{t('distributors.title')}</caption>
        <thead>
          <tr>
            <th scope="col" className="select-cell">
              <input
                type="checkbox"
                aria-label={t('directory.bulk.selectPage')}
                checked={allOnPage}
                ref={(box) => {
                  if (box) box.indeterminate = someOnPage && !allOnPage;
                }}
                onChange={(event) => togglePage(event.target.checked)}
              />
            </th>
            {header('name', t('distributors.columns.name'))}
            {header('country', t('distributors.columns.country'))}
            <th scope="col" className="hide-tablet">
              {t('distributors.columns.timeZone')}
            </th>
            <th scope="col" className="hide-tablet">
              {t('distributors.columns.languages')}
            </th>
            {header('lifecycleStage', t('distributors.columns.stage'))}
            <th scope="col">{t('directory.owner.column')}</th>
            <th scope="col" className="numeric">
              {t('distributors.columns.contacts')}
            </th>
            {header('updatedAt', t('distributors.columns.updated'), 'hide-narrow')}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <td className="select-cell">
                <input
                  type="checkbox"
                  aria-label={t('directory.bulk.selectRow', { name: item.name })}
                  checked={selection.has(item.id)}
                  onChange={(event) => toggle(item, event.target.checked)}
                />
              </td>
              <td>
                <Link to={`/distributors/${item.id}`} className="strong">
                  {item.name}
                </Link>{' '}
                <StatusBadge status={item.status} />
              </td>
              <td>
                {format.country(item.country)}
                {item.city ? <span className="muted"> · {item.city}</span> : null}
              </td>
              <td className="hide-tablet">
                {item.timeZone} <span className="muted">{format.offset(item.timeZone)}</span>
              </td>
              <td className="hide-tablet">
                {item.languages.map((code) => format.language(code)).join(', ')}
              </td>
              <td>
                <StageOrStatusBadge stage={item.lifecycleStage} status={item.relationshipStatus} />
              </td>
              <td>{item.ownerName ?? <span className="muted">—</span>}</td>
              <td className="numeric">{format.number(item.contactCount)}</td>
              <td className="hide-narrow">{format.date(item.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
