// An audit entry as a reader sees it: one sentence in their language ("Nguyễn Thị Lan submitted
// the report for October 2026, revision 2") and the fields that changed, old → new, with values
// formatted for them. The entries stay data in the API and the CSV export; words are made here.
import type { TFunction } from 'i18next';
import type { AuditEntryRecord } from '../api/types.ts';
import type { Format } from '../format/use-format.ts';

/** Record types named after their distributor ("the charter with Saigon Motor Parts"). */
const namedByDistributor = new Set([
  'charter',
  'charter_amendment',
  'charter_point',
  'plan_change',
  'cadence_plan',
  'meeting',
  'meeting_time_proposal',
  'communication_interaction',
  'performance_concern',
  'escalation_step',
  'escalation_action',
  'escalation_settings',
  'sales_target',
  'order_line',
  'playbook',
]);
const nameFields = ['name', 'title', 'subject', 'email', 'label', 'fileName', 'description'];

/** The record type an action's sentence is about, for the action filter's labels. */
export const actionRecordType: Record<string, string> = {
  cadence: 'cadence_plan',
  communication: 'communication_interaction',
  concern: 'performance_concern',
  costs: 'product_line_cost',
  distributors: 'distributor',
  escalation: 'escalation_action',
  exchange_rates: 'exchange_rate',
  export: 'export_job',
  notifications: 'notification_preference',
  orders: 'order_line',
  plan: 'plan_change',
  portfolio: 'portfolio_settings',
  report: 'monthly_report',
  reports: 'monthly_report',
  targets: 'sales_target',
  warnings: 'warning_settings',
};

const asRecord = (value: unknown): Record<string, unknown> =>
  // A plain object (checked here) is a record of its own keys.
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** "2026-10" as "October 2026", in the reader's language. */
function monthName(format: Format, period: string) {
  const [year = 0, month = 1] = period.split('-').map(Number);
  return new Intl.DateTimeFormat(format.locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(Date.UTC(year, month - 1, 1));
}

function shorten(text: string, length = 80) {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

function recordName(entry: AuditEntryRecord, format: Format, distributorName: string | undefined) {
  const after = asRecord(entry.after);
  const before = asRecord(entry.before);
  if (namedByDistributor.has(entry.entityType)) return distributorName;
  const period = after.period ?? before.period;
  if (entry.entityType === 'monthly_report') {
    if (typeof period === 'string' && MONTH.test(period.slice(0, 7)))
      return monthName(format, period.slice(0, 7));
    return distributorName;
  }
  for (const field of nameFields) {
    const value = after[field] ?? before[field];
    if (typeof value === 'string' && value.trim()) return shorten(value.trim(), 60);
  }
  return entry.entityType === 'distributor' ? distributorName : undefined;
}

/** The sentence for an entry; an action without one reads as a general change. */
export function describeEntry(
  entry: AuditEntryRecord,
  t: TFunction,
  format: Format,
  distributorName: string | undefined,
) {
  const name = recordName(entry, format, distributorName);
  const knownType = t(`audit:entity.${entry.entityType}`, { defaultValue: '' }) !== '';
  const record = !knownType
    ? entry.entityType.replaceAll('_', ' ')
    : name
      ? t(`audit:record.${entry.entityType}`, { name })
      : t(`audit:recordUnnamed.${entry.entityType}`);
  const after = asRecord(entry.after);
  const revision = after.revision ?? '';
  const [prefix = '', verb = ''] = entry.action.split('.');
  const values = { actor: entry.actorName, record, revision: String(revision) };
  const sentence = t(`audit:action.${prefix}.${verb}`, { ...values, defaultValue: '' });
  if (sentence) return sentence;
  return knownType
    ? t('audit:sentence.fallback', values)
    : t('audit:sentence.fallbackUnnamed', { ...values, action: entry.action });
}

/** An action's sentence with "Someone" and its record type in general: the filter's label. */
export function describeAction(action: string, t: TFunction) {
  const [prefix = '', verb = ''] = action.split('.');
  const type = actionRecordType[prefix] ?? prefix;
  return t(`audit:action.${prefix}.${verb}`, {
    actor: t('audit:someone'),
    record: t(`audit:recordUnnamed.${type}`, { defaultValue: '…' }),
    revision: '…',
  });
}

/** Where a field's values have names in the catalogues (a role, a stage, a status). */
const valueKeys: Record<string, string[]> = {
  role: ['roles'],
  lifecycleStage: ['lifecycle'],
  stage: ['lifecycle'],
  toStage: ['lifecycle'],
  fromStage: ['lifecycle'],
  relationshipStatus: ['relationship'],
  channel: ['channel'],
  side: ['side'],
  kind: ['cadence.kind'],
  status: ['charter.status', 'meeting.status', 'status'],
};

/** One value as a reader reads it: dates in their format, names translated, lists summarised. */
export function showValue(field: string, value: unknown, t: TFunction, format: Format): string {
  if (value === null || value === undefined || value === '') return t('audit:empty');
  if (typeof value === 'boolean') return t(value ? 'audit:yes' : 'audit:no');
  if (typeof value === 'number') return format.number(value);
  if (typeof value === 'string') {
    if (PLAIN_DATE.test(value)) {
      return new Intl.DateTimeFormat(format.locale, {
        dateStyle: 'medium',
        timeZone: 'UTC',
      }).format(new Date(`${value}T00:00:00Z`));
    }
    if (MONTH.test(value)) return monthName(format, value);
    if (INSTANT.test(value) && !Number.isNaN(Date.parse(value))) return format.dateTime(value);
    if (/^(language|languages|locale)$/.test(field)) return format.language(value);
    if (/^(country|countries)$/.test(field) && /^[A-Z]{2}$/.test(value)) {
      return format.country(value);
    }
    for (const prefix of valueKeys[field] ?? []) {
      const named = t(`common:${prefix}.${value}`, { defaultValue: '' });
      if (named && typeof named === 'string') return named;
    }
    const state = /^[a-z_]+$/.test(value) ? t(`audit:value.${value}`, { defaultValue: '' }) : '';
    if (state) return state;
    // A state with no name in the catalogues ("in_review") reads as words.
    if (/^[a-z]+(_[a-z]+)+$/.test(value)) return value.replaceAll('_', ' ');
    return shorten(value);
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return t('audit:empty');
    const simple = value.every((item) => ['string', 'number'].includes(typeof item));
    if (simple && value.length <= 5) {
      return value.map((item) => showValue(field, item, t, format)).join(', ');
    }
    return t('audit:items', { count: value.length });
  }
  const object = asRecord(value);
  for (const key of nameFields) {
    const named = object[key];
    if (typeof named === 'string' && named) return shorten(named);
  }
  return t('audit:fields', { count: Object.keys(object).length });
}

/** A field's label: the catalogue's, or its name in words ("responseDueOn" → "Response due on"). */
export function fieldLabel(field: string, t: TFunction) {
  const label = t(`audit:field.${field}`, { defaultValue: '' });
  if (label) return label;
  const words = field
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replaceAll('_', ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const skipped = new Set(['id', 'workspaceId', 'createdAt', 'updatedAt', 'distributorId']);

/** The fields that changed between before and after, labelled and formatted for the reader. */
export function describeChanges(entry: AuditEntryRecord, t: TFunction, format: Format) {
  const old = asRecord(entry.before);
  const next = asRecord(entry.after);
  // Ids and hashes are noise to a reader (the row links to the distributor); missing equals null.
  const keys = [...new Set([...Object.keys(old), ...Object.keys(next)])].filter(
    (key) => !skipped.has(key) && !key.endsWith('Id') && !key.endsWith('Hash'),
  );
  return keys
    .filter((key) => JSON.stringify(old[key] ?? null) !== JSON.stringify(next[key] ?? null))
    .map((key) => ({
      key,
      label: fieldLabel(key, t),
      before: entry.before === null ? undefined : showValue(key, old[key], t, format),
      after: showValue(key, next[key], t, format),
    }));
}
