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

export function describeIssue(t: TFunction, issue: Issue): string {
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
      if (issue.format === 'email') return t('validation.email');
      if (issue.format === 'url') return t('validation.url');
      return t('validation.format', { format: issue.format });
    case 'invalid_value':
      return t('validation.one_of', { values: issue.values.map(String).join(', ') });
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
