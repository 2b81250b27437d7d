import type { TFunction } from 'i18next';
import { DateTime } from 'luxon';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiUrl } from '../api/client.ts';
import type { AuditEntryRecord } from '../api/types.ts';
import { useDistributorOptions } from '../distributors/use-distributors.ts';
import { useFormat } from '../format/use-format.ts';
import { useMembers } from '../members/use-members.ts';
import { EmptyState, QueryStatus } from '../shell/States.tsx';
import { usePageTitle } from '../shell/use-page-title.ts';
import { AuditChainStatus } from './AuditChainStatus.tsx';
import { useAuditCatalogue } from './audit-catalogue.ts';
import { actionRecordType, describeAction, describeChanges, describeEntry } from './audit-entry.ts';
import { type AuditFilters, useAuditLog } from './use-audit-log.ts';

type FormState = {
  entityType: string;
  action: string;
  actorUserId: string;
  distributorId: string;
  from: string;
  to: string;
};
const emptyForm: FormState = {
  entityType: '',
  action: '',
  actorUserId: '',
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
  const members = useMembers();
  const isCatalogueReady = useAuditCatalogue();
  const entityTypes = isCatalogueReady ? recordTypes(t) : [];
  const actions = isCatalogueReady ? actionsOf(t, form.entityType) : [];
  const ids = {
    entityType: useId(),
    action: useId(),
    actorUserId: useId(),
    distributorId: useId(),
    from: useId(),
    to: useId(),
  };

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setFilters({
      entityType: form.entityType || undefined,
      action: form.action || undefined,
      actorUserId: form.actorUserId || undefined,
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
          <label htmlFor={ids.entityType}>{t('audit:recordType')}</label>
          <select
            id={ids.entityType}
            value={form.entityType}
            onChange={(event) =>
              setForm((current) => ({ ...current, entityType: event.target.value, action: '' }))
            }
          >
            <option value="">{t('audit:allRecordTypes')}</option>
            {entityTypes.map(({ type, label }) => (
              <option key={type} value={type}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="toolbar-field">
          <label htmlFor={ids.action}>{t('audit.action')}</label>
          <select id={ids.action} value={form.action} onChange={set('action')}>
            <option value="">{t('audit:allActions')}</option>
            {actions.map(({ action, label }) => (
              <option key={action} value={action}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="toolbar-field">
          <label htmlFor={ids.actorUserId}>{t('audit:person')}</label>
          <select id={ids.actorUserId} value={form.actorUserId} onChange={set('actorUserId')}>
            <option value="">{t('audit:everyone')}</option>
            {(members.data ?? []).map((member) => (
              <option key={member.userId} value={member.userId}>
                {member.distributorName
                  ? `${member.name} (${member.distributorName})`
                  : member.name}
              </option>
            ))}
          </select>
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
      {log.isPending || log.isError || !isCatalogueReady ? (
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
  const format = useFormat();
  const changes = describeChanges(entry, t, format);
  return (
    <tr>
      <td className="nowrap">
        <time dateTime={entry.occurredAt}>{when}</time>
      </td>
      <td>
        <span className="audit-sentence">{describeEntry(entry, t, format, distributorName)}</span>
        <div className="muted small">
          {t(`audit:entity.${entry.entityType}`, { defaultValue: entry.entityType })} ·{' '}
          {t(`audit.via.${entry.actorVia}`)}
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
          <ul aria-label={t('audit:changes')}>
            {changes.slice(0, 6).map((change) => (
              <li key={change.key}>
                <span className="muted">{change.label}:</span>{' '}
                {change.before !== undefined ? (
                  <>
                    <del>{change.before}</del> →{' '}
                  </>
                ) : null}
                <ins>{change.after}</ins>
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

/** Every record type the log knows, by its name in the reader's language. */
function recordTypes(t: TFunction) {
  const names = t('audit:entity', { returnObjects: true });
  return Object.keys(typeof names === 'object' && names ? names : {})
    .map((type) => ({ type, label: t(`audit:entity.${type}`) }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

/** The actions of one record type (or all), each as a sentence about "someone". */
function actionsOf(t: TFunction, entityType: string) {
  const sentences = t('audit:action', { returnObjects: true });
  const groups = typeof sentences === 'object' && sentences ? sentences : {};
  // An action belongs to a type by its prefix: "charter.amendment_proposed" to charter amendments
  // too. A type with no action of its own lists them all.
  const belongs = ([prefix]: [string, unknown]) =>
    (actionRecordType[prefix] ?? prefix) === entityType || entityType.startsWith(`${prefix}_`);
  const entries = Object.entries(groups);
  const chosen = entityType && entries.some(belongs) ? entries.filter(belongs) : entries;
  return chosen
    .flatMap(([prefix, verbs]) =>
      Object.keys(typeof verbs === 'object' && verbs ? verbs : {}).map(
        (verb) => `${prefix}.${verb}`,
      ),
    )
    .map((action) => ({ action, label: describeAction(action, t) }))
    .sort((a, b) => a.label.localeCompare(b.label));
}
