// Charter values in words: calendar days, product lines, JSON pointers and raw values of a diff.
import type { TFunction } from 'i18next';
import type { Format } from '../format/use-format.ts';
import type { ProductLine } from './use-charter.ts';

export type ProductLineNames = ReadonlyMap<string, { code: string; name: string }>;

/** The version's own names first (what it was written with), then the live catalogue. */
export function productLineNames(
  fromVersion: Record<string, { code: string; name: string }>,
  catalogue: readonly ProductLine[] = [],
): ProductLineNames {
  const names = new Map<string, { code: string; name: string }>();
  for (const line of catalogue) names.set(line.id, { code: line.code, name: line.name });
  for (const [id, line] of Object.entries(fromVersion)) names.set(id, line);
  return names;
}

/** "BRK-100 Brake pads"; an unknown id is shown as it is rather than hidden. */
export function productLineLabel(names: ProductLineNames, id: string) {
  const line = names.get(id);
  return line ? `${line.code} ${line.name}` : id;
}

/**
 * A calendar day (YYYY-MM-DD) in the user's language. It is a date, not an instant, so it is
 * formatted in UTC: no zone may move it to the day before.
 */
export function formatDay(format: Format, day: string) {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(format.locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    date,
  );
}

export function formatMoney(format: Format, amount: number, currency: string) {
  try {
    return new Intl.NumberFormat(format.locale, {
      style: 'currency',
      currency,
      maximumFractionDigits: 0,
    }).format(amount);
  } catch {
    return `${format.number(amount)} ${currency}`;
  }
}

/** "#/territory/grants/0/exclusive" → "Territory › Grant 1 › Exclusive". */
export function describePointer(t: TFunction, pointer: string) {
  const segments = pointer.replace(/^#\/?/, '').split('/').filter(Boolean);
  return segments
    .flatMap((segment, index) => {
      if (index === 0) return t(`charter.sections.${segment}`, { defaultValue: segment });
      // "grants/0" reads as "Grant 1": the list's name is in the item's.
      if (/^\d+$/.test(segments[index + 1] ?? '')) return [];
      if (/^\d+$/.test(segment)) {
        const parent = segments[index - 1] ?? '';
        return t(`charter.items.${parent}`, {
          number: Number(segment) + 1,
          defaultValue: `#${Number(segment) + 1}`,
        });
      }
      return t(`charter.fields.${segment}`, { defaultValue: segment });
    })
    .join(' › ');
}

/** Fields whose values are codes with their own words. */
const enumerations: Record<string, string> = {
  financing: 'charter.financing',
  renewal: 'charter.renewal',
  mode: 'charter.mode',
  escalation: 'charter.escalation',
  kind: 'charter.meetingKind',
  severity: 'charter.severity',
  contents: 'charter.reportContents',
  channels: 'channel',
};

/** The field a pointer ends in, skipping array positions: "#/reporting/contents/2" → "contents". */
export function fieldOfPointer(pointer: string) {
  return (
    pointer
      .split('/')
      .filter((segment) => !/^\d+$/.test(segment))
      .at(-1) ?? ''
  );
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const day = /^\d{4}-\d{2}-\d{2}$/;

/** One value of a difference in words: a product line by name, a country by name, yes or no. */
export function describeValue(
  t: TFunction,
  format: Format,
  names: ProductLineNames,
  value: unknown,
  key = '',
): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? t('charter.yes') : t('charter.no');
  if (typeof value === 'number') return format.number(value);
  if (typeof value === 'string') {
    if (uuid.test(value)) return productLineLabel(names, value);
    if (key === 'country' && /^[A-Z]{2}$/.test(value)) return format.country(value);
    if (key === 'workingLanguage') return format.language(value);
    const enumeration = enumerations[key];
    if (enumeration) return t(`${enumeration}.${value}`, { defaultValue: value });
    if (day.test(value)) return formatDay(format, value);
    return value;
  }
  if (Array.isArray(value)) {
    // No product lines named means every line (a grant's, the coverage's).
    if (value.length === 0) return key === 'productLineIds' ? t('charter.view.allLines') : '—';
    return value.map((item) => describeValue(t, format, names, item, key)).join('; ');
  }
  if (typeof value === 'object') {
    return Object.entries(value)
      .filter(([, item]) => item !== '' && item !== null)
      .map(
        ([field, item]) =>
          `${t(`charter.fields.${field}`, { defaultValue: field })}: ${describeValue(t, format, names, item, field)}`,
      )
      .join(', ');
  }
  return String(value);
}

/** The value a JSON pointer ("#/territory/grants/0") names in a content, if any. */
export function valueAtPointer(content: unknown, pointer: string): unknown {
  let value: unknown = content;
  for (const segment of pointer.replace(/^#\/?/, '').split('/').filter(Boolean)) {
    if (typeof value !== 'object' || value === null) return undefined;
    // Objects and arrays alike are indexed by the segment's text ("grants" or "0").
    value = (value as Record<string, unknown>)[segment];
  }
  return value;
}
