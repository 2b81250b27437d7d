// The editor's messages: issues from the browser's validation in the server's words, and the
// small rules for merging them with the server's answers.
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { charterSections } from '../../../../src/charter/charter.content.ts';
import { describeIssue, pointerFor } from '../../../../src/platform/validation.ts';
import { valueAt } from './pointers.ts';
import type { CharterSection, PointedMessage } from './types.ts';

/** One message per zod issue of the content, at the pointer the API would report it. */
export function describeIssues(
  issues: readonly z.core.$ZodIssue[],
  content: unknown,
  t: TFunction,
): PointedMessage[] {
  return issues.map((issue) => {
    const pointer = pointerFor(issue.path, '#/content');
    const value = valueAt({ content }, pointer);
    // An emptied box reads "required" rather than "expected a number" or "not a date".
    const isEmpty = value === '' || (typeof value === 'number' && Number.isNaN(value));
    return { pointer, detail: isEmpty ? t('validation.required') : describeIssue(t, issue) };
  });
}

/** '#/content/territory/grants/0' → 'territory'. */
export function sectionOf(pointer: string): CharterSection | undefined {
  const name = pointer.split('/')[2];
  return charterSections.find((section) => section === name);
}

/** Deep equality for JSON values (the content, a section, a field). */
export function isSame(a: unknown, b: unknown) {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Messages minus repeats (the client and the server may both report a field). */
export function unique(messages: PointedMessage[]) {
  const seen = new Set<string>();
  return messages.filter((message) => {
    const key = `${message.pointer}\n${message.detail}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
