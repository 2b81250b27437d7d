import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/use-format.ts';
import { ConfirmDialog } from '../forms/ConfirmDialog.tsx';
import { canManageDistributors, isPrincipalRole, useSession } from '../session/use-session.ts';
import { EmptyState, ErrorState, QueryStatus } from '../shell/States.tsx';
import { usePageTitle } from '../shell/use-page-title.ts';
import { ProductLineFormDialog } from './ProductLineForm.tsx';
import { UnitCostsPanel } from './UnitCostsPanel.tsx';
import { type ProductLine, useProductLines, useUpdateProductLine } from './use-product-lines.ts';

type SortKey = 'code' | 'name' | 'category';
type Sort = { key: SortKey; order: 'asc' | 'desc' };

/** The principal's catalogue of product lines, which charters grant territories and goals for. */
export function ProductLinesPage() {
  const { t } = useTranslation();
  const me = useSession();
  usePageTitle(t('productLines.title'));
  if (!isPrincipalRole(me.role)) {
    return (
      <div className="page">
        <EmptyState title={t('productLines.principalOnly')} />
      </div>
    );
  }
  return <ProductLinesCatalogue canEdit={canManageDistributors(me.role)} />;
}

function ProductLinesCatalogue({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [query, setQuery] = useState('');
  const [showArchived, setShowArchived] = useState(false);
  const [sort, setSort] = useState<Sort>({ key: 'code', order: 'asc' });
  const [dialog, setDialog] = useState<
    { kind: 'create' } | { kind: 'edit' | 'archive'; line: ProductLine } | null
  >(null);
  const lines = useProductLines({ includeArchived: showArchived });
  const update = useUpdateProductLine();
  const ids = { search: useId(), archived: useId() };

  const collator = useMemo(
    () => new Intl.Collator(format.locale, { numeric: true, sensitivity: 'base' }),
    [format.locale],
  );
  const categories = useMemo(
    () =>
      [...new Set((lines.data ?? []).map((line) => line.category).filter((c) => c !== null))].sort(
        collator.compare,
      ),
    [lines.data, collator],
  );
  const shown = useMemo(() => {
    const needle = query.trim().toLocaleLowerCase(format.locale);
    const matching = (lines.data ?? []).filter((line) =>
      [line.code, line.name, line.category ?? ''].some((text) =>
        text.toLocaleLowerCase(format.locale).includes(needle),
      ),
    );
    const direction = sort.order === 'asc' ? 1 : -1;
    return matching.sort(
      (a, b) =>
        direction * collator.compare(a[sort.key] ?? '', b[sort.key] ?? '') ||
        collator.compare(a.code, b.code),
    );
  }, [lines.data, query, sort, collator, format.locale]);

  const setArchived = (line: ProductLine, archived: boolean) =>
    update.mutate({ id: line.id, patch: { archived } }, { onSuccess: () => setDialog(null) });

  const header = (key: SortKey, label: string) => {
    const isSorted = sort.key === key;
    return (
      <th
        scope="col"
        aria-sort={isSorted ? (sort.order === 'asc' ? 'ascending' : 'descending') : 'none'}
      >
        <button
          type="button"
          className="sort-button"
          onClick={() => setSort({ key, order: isSorted && sort.order === 'asc' ? 'desc' : 'asc' })}
        >
          {label}
          <span className="sort-indicator" aria-hidden="true">
            {isSorted ? (sort.order === 'desc' ? '▼' : '▲') : '↕'}
          </span>
        </button>
      </th>
    );
  };

  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1>{t('productLines.title')}</h1>
          <p>{t('productLines.intro')}</p>
        </div>
        {canEdit ? (
          <div className="page-actions">
            <button
              type="button"
              className="button button-primary"
              onClick={() => setDialog({ kind: 'create' })}
            >
              {t('productLines.new')}
            </button>
          </div>
        ) : null}
      </div>
      <search className="toolbar" aria-label={t('productLines.filters')}>
        <div className="toolbar-field toolbar-search">
          <label htmlFor={ids.search}>{t('productLines.search')}</label>
          <input
            id={ids.search}
            type="search"
            value={query}
            placeholder={t('productLines.searchPlaceholder')}
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
        <div className="field field-checkbox">
          <input
            id={ids.archived}
            type="checkbox"
            checked={showArchived}
            onChange={(event) => setShowArchived(event.target.checked)}
          />
          <label htmlFor={ids.archived}>{t('productLines.showArchived')}</label>
        </div>
      </search>
      {update.error && dialog?.kind !== 'archive' ? (
        <ErrorState error={update.error} onRetry={() => update.reset()} />
      ) : null}
      {lines.isPending || lines.isError ? (
        <QueryStatus query={lines} />
      ) : shown.length === 0 ? (
        <EmptyState
          title={
            lines.data.length === 0 ? t('productLines.empty') : t('productLines.emptyFiltered')
          }
        >
          {lines.data.length === 0 && canEdit ? <p>{t('productLines.emptyHint')}</p> : null}
        </EmptyState>
      ) : (
        <div className={`table-wrap${lines.isFetching ? ' is-refreshing' : ''}`}>
          <table className="table">
            <caption className="visually-hidden">{t('productLines.title')}</caption>
            <thead>
              <tr>
                {header('code', t('productLines.code'))}
                {header('name', t('productLines.name'))}
                {header('category', t('productLines.category'))}
                <th scope="col">{t('productLines.status')}</th>
                {canEdit ? (
                  <th scope="col">
                    <span className="visually-hidden">{t('productLines.actions')}</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {shown.map((line) => (
                <tr key={line.id} className={line.archivedAt ? 'row-muted' : undefined}>
                  <td className="strong nowrap">{line.code}</td>
                  <td>{line.name}</td>
                  <td>{line.category ?? <span className="muted">—</span>}</td>
                  <td>
                    {line.archivedAt ? (
                      <span className="badge badge-muted">
                        {t('productLines.archivedOn', { date: format.date(line.archivedAt) })}
                      </span>
                    ) : (
                      t('productLines.active')
                    )}
                  </td>
                  {canEdit ? (
                    <td className="row-actions">
                      <button
                        type="button"
                        className="button-link"
                        aria-label={t('productLines.editLabel', { code: line.code })}
                        onClick={() => setDialog({ kind: 'edit', line })}
                      >
                        {t('actions.edit')}
                      </button>
                      {line.archivedAt ? (
                        <button
                          type="button"
                          className="button-link"
                          aria-label={t('productLines.restoreLabel', { code: line.code })}
                          disabled={update.isPending}
                          onClick={() => setArchived(line, false)}
                        >
                          {t('productLines.restore')}
                        </button>
                      ) : (
                        <button
                          type="button"
                          className="button-link button-link-danger"
                          aria-label={t('productLines.archiveLabel', { code: line.code })}
                          onClick={() => setDialog({ kind: 'archive', line })}
                        >
                          {t('productLines.archive')}
                        </button>
                      )}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {dialog?.kind === 'create' ? (
        <ProductLineFormDialog categories={categories} onClose={() => setDialog(null)} />
      ) : null}
      {dialog?.kind === 'edit' ? (
        <ProductLineFormDialog
          line={dialog.line}
          categories={categories}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog?.kind === 'archive' ? (
        <ConfirmDialog
          title={t('productLines.archiveTitle', { code: dialog.line.code })}
          message={t('productLines.archiveMessage')}
          confirmLabel={t('productLines.archive')}
          isPending={update.isPending}
          error={update.error}
          onConfirm={() => setArchived(dialog.line, true)}
          onClose={() => {
            update.reset();
            setDialog(null);
          }}
        />
      ) : null}
      {lines.data ? <UnitCostsPanel lines={lines.data} canEdit={canEdit} /> : null}
    </div>
  );
}
