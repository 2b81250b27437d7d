// Errors and conflicts arrive located by JSON pointers ('#/content/territory/grants/0/region');
// each editor field knows its own pointer and shows what lands on it.
import type { FieldError } from 'react-hook-form';
import type { PointedMessage } from './types.ts';

/** The messages for exactly this pointer, or for anything inside it (a list's items). */
export function messagesAt(
  messages: readonly PointedMessage[] | undefined,
  pointer: string,
  options: { inside?: boolean } = {},
): string[] {
  const inside = options.inside ?? true;
  return (messages ?? [])
    .filter(
      (message) =>
        message.pointer === pointer || (inside && message.pointer.startsWith(`${pointer}/`)),
    )
    .map((message) => message.detail);
}

/** The field error the shared form fields show, for the messages at a pointer. */
export function fieldErrorAt(
  messages: readonly PointedMessage[] | undefined,
  pointer: string,
  options: { inside?: boolean } = {},
): FieldError | undefined {
  const found = [...new Set(messagesAt(messages, pointer, options))];
  return found.length ? { type: 'pointer', message: found.join(' ') } : undefined;
}

/** The value a pointer names inside a document: '#/term/endsOn' in { term: { endsOn } }. */
export function valueAt(document: unknown, pointer: string): unknown {
  let current = document;
  for (const part of pointer.replace(/^#\/?/, '').split('/')) {
    if (part === '') continue;
    const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
    if (typeof current !== 'object' || current === null) return undefined;
    // An object or array, checked above; both are read by string keys ("0" for an array).
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** '#/territory/grants/0' (a pointer into the content) → '#/content/territory/grants/0'. */
export function inContent(pointer: string): string {
  return `#/content${pointer.replace(/^#/, '')}`;
}

/**
 * The element a pointer belongs to: the field itself, else the nearest enclosing field (an error on
 * '#/…/productLineIds/2' lands on the product line picker of '#/…/productLineIds').
 */
export function elementFor(root: ParentNode, pointer: string): HTMLElement | null {
  for (let current = pointer; current.includes('/'); current = current.replace(/\/[^/]*$/, '')) {
    const found = root.querySelector<HTMLElement>(`[data-pointer="${CSS.escape(current)}"]`);
    if (found) return found;
  }
  return null;
}
