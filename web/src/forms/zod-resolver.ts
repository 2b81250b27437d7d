// react-hook-form validation with the API's own zod schemas. The shared schemas carry i18n keys
// and params in their custom issues, so issues are translated with the server's describeIssue
// instead of the stock zod resolver (which keeps only an untranslated message).
import type { TFunction } from 'i18next';
import type {
  FieldErrors,
  FieldPath,
  FieldValues,
  Resolver,
  UseFormSetError,
} from 'react-hook-form';
import type { z } from 'zod';
import { describeIssue } from '../../../src/platform/validation.ts';
import { ApiError } from '../api/client.ts';

type Issue = z.core.$ZodIssue;

/** Which form field an issue belongs to; by default the first segment of its path. */
export type FieldOf = (path: readonly PropertyKey[]) => string;
const firstSegment: FieldOf = (path) => String(path[0] ?? '');

export function i18nZodResolver<Values extends FieldValues, Output>(
  schema: z.ZodType<Output>,
  t: TFunction,
  toInput: (values: Values) => unknown = (values) => values,
  fieldOf: FieldOf = firstSegment,
): Resolver<Values, unknown, Output> {
  return async (values) => {
    const result = await schema.safeParseAsync(toInput(values));
    if (result.success) return { values: result.data, errors: {} };
    const errors: Record<string, { type: string; message: string }> = {};
    for (const issue of result.error.issues as Issue[]) {
      const field = fieldOf(issue.path) || 'root';
      errors[field] ??= { type: issue.code, message: describeIssue(t, issue) };
    }
    // The keys are the form's own field names (or 'root'), which is what FieldErrors indexes.
    return { values: {}, errors: errors as FieldErrors<Values> };
  };
}

/** "#/agendas/weekly/0" → ["agendas", "weekly", "0"]: a problem pointer as a zod issue path. */
export function pathOfPointer(pointer: string): string[] {
  return pointer
    .replace(/^#\/?/, '')
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** "#/languages/0" → "languages": the form field a problem's pointer names. */
export function fieldOfPointer(pointer: string, fieldOf: FieldOf = firstSegment): string {
  return fieldOf(pathOfPointer(pointer));
}

/**
 * Puts each field error of a failed request under its field and focuses the first one. Errors
 * no field of this form can take are listed by unplacedServerErrors, for the alert above it.
 */
export function placeServerErrors<Values extends FieldValues>(
  error: unknown,
  fields: readonly FieldPath<Values>[],
  setError: UseFormSetError<Values>,
  fieldOf: FieldOf = firstSegment,
): void {
  if (!(error instanceof ApiError)) return;
  let focused = false;
  for (const item of error.problem.errors ?? []) {
    const name = fieldOfPointer(item.pointer, fieldOf);
    const field = fields.find((candidate) => candidate === name);
    if (!field) continue;
    setError(field, { type: 'server', message: item.detail }, { shouldFocus: !focused });
    focused = true;
  }
}

export function unplacedServerErrors(
  error: unknown,
  fields: readonly string[],
  fieldOf: FieldOf = firstSegment,
): string[] {
  if (!(error instanceof ApiError)) return [];
  return (error.problem.errors ?? [])
    .filter((item) => !fields.includes(fieldOfPointer(item.pointer, fieldOf)))
    .map((item) => item.detail);
}
