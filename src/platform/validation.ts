import type { TFunction } from 'i18next';
import type { z } from 'zod';
import type { FieldError } from './errors.ts';

/** JSON pointer for a zod issue path: ["contacts", 0, "email"] → "#/contacts/0/email". */
export function pointerFor(path: readonly PropertyKey[], prefix = '#'): string {
  return [prefix, ...path.map((part) => String(part).replace(/~/g, '~0').replace(/\//g, '~1'))]
    .join('/')
    .replace(/^#$/, '#/');
}

type Issue = z.core.$ZodIssue;

/** One translated sentence per zod issue; every issue is reported, not only the first. */
const namedTypes = new Set([
  'string',
  'number',
  'int',
  'boolean',
  'array',
  'object',
  'date',
  'null',
]);

/** "a whole number", "eine Liste": the type a field wants, in the reader's words. */
function typeName(t: TFunction, expected: string): string {
  return t(`validation.types.${namedTypes.has(expected) ? expected : 'other'}`);
}

// Enum values are codes ("general_manager"): an error names them by their labels in the common
// catalogue. A field's own labels come first; any other list whose labels cover every value next.
const labelsByField: Record<string, readonly string[]> = {
  role: ['contactRole', 'roles'],
  contactRole: ['contactRole'],
  side: ['side'],
  channel: ['channel'],
  stage: ['lifecycle'],
  lifecycleStage: ['lifecycle'],
  toStage: ['lifecycle'],
  relationshipStatus: ['relationship'],
  kind: ['cadence.kind'],
};
const labelLists = [
  'contactRole',
  'roles',
  'lifecycle',
  'relationship',
  'status',
  'side',
  'channel',
  'meeting.status',
  'charter.status',
  'cadence.kind',
];

/** The values' labels in the reader's language, or null where some value has none. */
export function valueLabels(
  t: TFunction,
  values: readonly unknown[],
  field?: PropertyKey,
): string[] | null {
  const own = typeof field === 'string' ? (labelsByField[field] ?? []) : [];
  for (const list of [...own, ...labelList(own)]) {
    const labels = values.map((value) => {
      const key = `${list}.${String(value)}`;
      const label = t(key, { ns: 'common' });
      return typeof label === 'string' && label !== key ? label : null;
    });
    if (labels.every((label) => label !== null)) return labels as string[];
  }
  return null;
}

function labelList(skip: readonly string[]) {
  return labelLists.filter((list) => !skip.includes(list));
}

export type DescribeOptions = {
  /**
   * Where the user types the value itself (a command-line option, a spreadsheet cell), an enum
   * error lists the values as typed; elsewhere (forms, the API) it names them in words.
   */
  typedValues?: boolean;
};

export function describeIssue(t: TFunction, issue: Issue, options: DescribeOptions = {}): string {
  switch (issue.code) {
    case 'custom': {
      const params = (issue.params ?? {}) as Record<string, string>;
      return /^(validation|report|imports)\./.test(issue.message)
        ? t(issue.message, params)
        : issue.message;
    }
    case 'invalid_type':
      // zod 4 leaves the input out of issues; its message ends "received undefined" when absent.
      return issue.input === undefined && /received undefined$/.test(issue.message)
        ? t('validation.required')
        : t('validation.invalid_type', { expected: typeName(t, issue.expected) });
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1
          ? t('validation.required')
          : t('validation.too_short', { count: Number(issue.minimum) });
      }
      if (issue.origin === 'array')
        return t('validation.too_few', { count: Number(issue.minimum) });
      return t('validation.too_small', { minimum: String(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'string')
        return t('validation.too_long', { count: Number(issue.maximum) });
      if (issue.origin === 'array')
        return t('validation.too_many', { count: Number(issue.maximum) });
      return t('validation.too_big', { maximum: String(issue.maximum) });
    case 'invalid_format':
      // A pattern given its own words (`.regex(…, 'validation.currency')`) says them.
      if (/^(validation|report|imports)\./.test(issue.message)) return t(issue.message);
      if (issue.format === 'email') return t('validation.email');
      if (issue.format === 'url') return t('validation.url');
      return t('validation.format', { format: issue.format });
    case 'invalid_value': {
      if (options.typedValues) {
        return t('validation.one_of', { values: issue.values.map(String).join(', ') });
      }
      const field = [...issue.path]
        .reverse()
        .find((part) => typeof part === 'string' && !/^\d+$/.test(part));
      const labels = valueLabels(t, issue.values, field);
      return labels
        ? t('validation.one_of_labels', { values: labels.join(', ') })
        : t('validation.choose_listed');
    }
    case 'unrecognized_keys':
      return t('validation.unknown_keys', { keys: issue.keys.join(', ') });
    default:
      return t('validation.invalid');
  }
}

export function fieldErrorsFromIssues(
  t: TFunction,
  issues: readonly Issue[],
  prefix = '#',
): FieldError[] {
  return issues.map((issue) => ({
    pointer: pointerFor(issue.path, prefix),
    detail: describeIssue(t, issue),
  }));
}
