import { DateTime } from 'luxon';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiUrl } from '../api/client.ts';
import type { AuditEntryRecord } from '../api/types.ts';
import { useDistributorOptions } from '../distributors/use-distributors.ts';
import { useFormat } from '../format/use-format.ts';
import { EmptyState, QueryStatus } from '../shell/States.tsx';
import { usePageTitle } from '../shell/use-page-title.ts';
import { AuditChainStatus } from './AuditChainStatus.tsx';
import { type AuditFilters, useAuditLog } from './use-audit-log.ts';

const entityTypes = [
  'distributor',
  'contact',
  'escalation_step',
  'membership',
  'invitation',
  'api_token',
  'user',
];

type FormState = {
  entityType: string;
  action: string;
  actor: string;
  distributorId: string;
  from: string;
  to: string;
};
const emptyForm: FormState = {
  entityType: '',
  action: '',
  actor: '',
  distributorId: '',
  from: '',
  to: '',
};

/** A calendar day in the user's zone, as the UTC instant it starts (or ends) at. */
function dayBoundary(day: string, zone: string, edge: 'start' | 'end'): string | undefined {
  if (!day) return undefined;
  const date = DateTime.fromISO(day, { zone });
  if (!date.isValid) return undefined;
  return (edge === 'start' ? date.startOf('day') : date.endOf('day')).toUTC().toISO() ?? undefined;
}

export function AuditLogPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [form, setForm] = useState<FormState>(emptyForm);
  const [filters, setFilters] = useState<AuditFilters>({});
  const log = useAuditLog(filters);
  usePageTitle(t('audit.title'));
  const distributors = useDistributorOptions();
  const ids = {
    entityType: useId(),
    action: useId(),
    actor: useId(),
    distributorId: useId(),
    from: useId(),
    to: useId(),
  };

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setFilters({
      entityType: form.entityType || undefined,
      action: form.action.trim() || undefined,
      actor: form.actor.trim() || undefined,
      distributorId: form.distributorId || undefined,
      from: dayBoundary(form.from, format.timeZone, 'start'),
      to: dayBoundary(form.to, format.timeZone, 'end'),
    });
  };
  const set = (key: keyof FormState) => (event: { target: { value: string } }) =>
    setForm((current) => ({ ...current, [key]: event.target.value }));
  const entries = log.data?.pages.flatMap((page) => page.items) ?? [];
  const distributorNames = new Map((distributors.data ?? []).map((item) => [item.id, item.name]));

  return (
    <div className="page">
      <div className="page-header">
        <h1>{t('audit.title')}</h1>
        <div className="page-actions">
          <a className="button" href={apiUrl('/api/v1/audit-log/export.csv', {}, filters)} download>
            {t('audit.export')}
          </a>
        </div>
      </div>
      <AuditChainStatus />
      <form className="toolbar" onSubmit={apply} aria-label={t('audit.filters')}>
        <div className="toolbar-field">
          <label htmlFor={ids.entityType}>{t('audit.entityType')}</label>
          <select id={ids.entityType} value={form.entityType} onChange={set('entityType')}>
            <option value="">{t('audit.allEntities')}</option>
            {entityTypes.map((type) => (
              <option key={type} value={type}>
                {t(`audit.entity.${type}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="toolbar-field">
          <label htmlFor={ids.action}>{t('audit.action')}</label>
          <input
            id={ids.action}
            value={form.action}
            onChange={set('action')}
            placeholder="contact.created"
          />
        </div>
        <div className="toolbar-field">
          <label htmlFor={ids.actor}>{t('audit.actor')}</label>
          <input id={ids.actor} value={form.actor} onChange={set('actor')} />
        </div>
        <div className="toolbar-field">
          <label htmlFor={ids.distributorId}>{t('audit.distributor')}</label>
          <select id={ids.distributorId} value={form.distributorId} onChange={set('distributorId')}>
            <option value="">{t('audit.allDistributors')}</option>
            {(distributors.data ?? []).map((item) => (
              <option key={item.id} value={item.id}>
                {item.name}
              </option>
            ))}
          </select>
        </div>
        <div className="toolbar-field">
          <label htmlFor={ids.from}>{t('audit.from')}</label>
          <input id={ids.from} type="date" value={form.from} onChange={set('from')} />
        </div>
        <div className="toolbar-field">
          <label htmlFor={ids.to}>{t('audit.to')}</label>
          <input id={ids.to} type="date" value={form.to} onChange={set('to')} />
        </div>
        <div className="toolbar-buttons">
          <button type="submit" className="button button-primary">
            {t('audit.apply')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              setForm(emptyForm);
              setFilters({});
            }}
          >
            {t('audit.reset')}
          </button>
        </div>
      </form>
      {log.isPending || log.isError ? (
        <QueryStatus query={log} />
      ) : entries.length === 0 ? (
        <EmptyState title={t('audit.empty')} />
      ) : (
        <>
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('audit.columns.when')}</th>
                  <th scope="col">{t('audit.columns.actor')}</th>
                  <th scope="col">{t('audit.columns.action')}</th>
                  <th scope="col">{t('audit.columns.distributor')}</th>
                  <th scope="col">{t('audit.columns.changes')}</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((entry) => (
                  <AuditRow
                    key={entry.id}
                    entry={entry}
                    distributorName={
                      entry.distributorId ? distributorNames.get(entry.distributorId) : undefined
                    }
                    when={format.dateTime(entry.occurredAt)}
                  />
                ))}
              </tbody>
            </table>
          </div>
          <div className="load-more">
            {log.hasNextPage ? (
              <button
                type="button"
                className="button"
                disabled={log.isFetchingNextPage}
                onClick={() => void log.fetchNextPage()}
              >
                {log.isFetchingNextPage ? t('app.loading') : t('audit.loadMore')}
              </button>
            ) : (
              <span className="muted">{t('audit.end', { count: entries.length })}</span>
            )}
          </div>
        </>
      )}
    </div>
  );
}

function AuditRow({
  entry,
  distributorName,
  when,
}: {
  entry: AuditEntryRecord;
  distributorName: string | undefined;
  when: string;
}) {
  const { t } = useTranslation();
  const changes = describeChanges(entry.before, entry.after);
  return (
    <tr>
      <td className="nowrap">
        <time dateTime={entry.occurredAt}>{when}</time>
      </td>
      <td>
        {entry.actorName}
        <div className="muted">{t(`audit.via.${entry.actorVia}`)}</div>
      </td>
      <td>
        <code>{entry.action}</code>
        <div className="muted" title={entry.entityId}>
          {t(`audit.entity.${entry.entityType}`, { defaultValue: entry.entityType })}
        </div>
      </td>
      <td>
        {entry.distributorId ? (
          <Link to={`/distributors/${entry.distributorId}`}>
            {distributorName ?? t('audit.openDistributor')}
          </Link>
        ) : (
          <span className="muted">—</span>
        )}
      </td>
      <td className="audit-changes">
        {changes.length ? (
          <ul>
            {changes.slice(0, 6).map((change) => (
              // The record's fields and values as stored: data, in no language (translate="no"
              // also keeps a browser's page translation from rewriting them).
              <li key={change.key} translate="no">
                <span className="muted">{change.key}:</span>{' '}
                {change.before !== undefined ? (
                  <>
                    <del>{change.before}</del> →{' '}
                  </>
                ) : null}
                <ins>{change.after ?? '∅'}</ins>
              </li>
            ))}
            {changes.length > 6 ? (
              <li className="muted">{t('audit.more', { count: changes.length - 6 })}</li>
            ) : null}
          </ul>
        ) : (
          <span className="muted">—</span>
        )}
        {entry.requestId ? (
          <div className="muted small">{t('audit.request', { id: entry.requestId })}</div>
        ) : null}
      </td>
    </tr>
  );
}

const skipped = new Set(['id', 'workspaceId', 'createdAt', 'updatedAt', 'distributorId']);

function show(value: unknown): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  if (typeof value === 'string') return value.length > 80 ? `${value.slice(0, 79)}…` : value;
  if (Array.isArray(value)) return value.map(String).join(', ');
  return JSON.stringify(value);
}

/** Field-by-field differences of a before/after pair: what a reader needs at a glance. */
export function describeChanges(before: unknown, after: unknown) {
  const asRecord = (value: unknown): Record<string, unknown> =>
    // A plain object (checked here) is a record of its own keys.
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  const old = asRecord(before);
  const next = asRecord(after);
  // Ids are noise to a reader (the row links to the distributor); a missing key equals null.
  const keys = [...new Set([...Object.keys(old), ...Object.keys(next)])].filter(
    (key) => !skipped.has(key) && !key.endsWith('Id'),
  );
  return keys
    .filter((key) => JSON.stringify(old[key] ?? null) !== JSON.stringify(next[key] ?? null))
    .map((key) => ({
      key,
      before: before === null ? undefined : (show(old[key]) ?? '∅'),
      after: show(next[key]),
    }));
}
