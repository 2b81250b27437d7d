// Text matching for communication search. Substring matching (ILIKE), not word search: Thai and
// Chinese write no spaces between words, so a tokenizing full-text index would miss them. A query
// typed without diacritics ("nguyen", "da nang") also finds the accented text ("Nguyễn",
// "Đà Nẵng"): both sides are folded letter by letter, so a match keeps its place in the text and
// the snippet can mark it.

import { foldText, hasAccents } from '../platform/text-match.ts';

// The folding itself is shared by every search (platform/text-match.ts).
export { foldFrom, foldText, foldTo, hasAccents, likePattern } from '../platform/text-match.ts';

export type Snippet = { before: string; match: string; after: string };

const CONTEXT = 60;

/** The text around the first match, the match itself apart, for highlighting. */
export function snippetOf(text: string, query: string): Snippet {
  const flat = text.replace(/\s+/g, ' ').trim();
  const exact = hasAccents(query);
  const haystack = exact ? flat.toLowerCase() : foldText(flat);
  const needle = exact ? query.toLowerCase() : foldText(query);
  const at = haystack.length === flat.length ? haystack.indexOf(needle) : -1;
  if (at < 0) {
    return { before: flat.slice(0, CONTEXT * 2), match: '', after: '' };
  }
  const start = Math.max(0, at - CONTEXT);
  const end = Math.min(flat.length, at + needle.length + CONTEXT);
  return {
    before: (start > 0 ? '…' : '') + flat.slice(start, at),
    match: flat.slice(at, at + needle.length),
    after: flat.slice(at + needle.length, end) + (end < flat.length ? '…' : ''),
  };
}
