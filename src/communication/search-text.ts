// Text matching for communication search. Substring matching (ILIKE), not word search: Thai and
// Chinese write no spaces between words, so a tokenizing full-text index would miss them. A query
// typed without diacritics ("nguyen", "da nang") also finds the accented text ("Nguyễn",
// "Đà Nẵng"): both sides are folded letter by letter, so a match keeps its place in the text and
// the snippet can mark it.

// Accented Latin letters (Vietnamese, Polish, German, French, Spanish…) that fold to one letter.
const accented =
  'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ' +
  'äëïöüÿçñąćęłńśźżđøåãõâêîôûœ';

function baseLetter(letter: string) {
  if (letter === 'đ') return 'd';
  if (letter === 'ł') return 'l';
  if (letter === 'ø') return 'o';
  if (letter === 'œ') return 'o';
  return letter.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

const letters = [...new Set(accented)];
/** translate()'s from and to lists, one letter each, in the same order. */
export const foldFrom = letters.join('');
export const foldTo = letters.map(baseLetter).join('');
const foldMap = new Map(letters.map((letter) => [letter, baseLetter(letter)]));

/** Lower case without accents, one UTF-16 unit for one (so indexes stay where they were). */
export function foldText(text: string) {
  let out = '';
  for (const character of text) {
    const lower = character.toLowerCase();
    const folded = lower.length === character.length ? lower : character;
    out += foldMap.get(folded) ?? folded;
  }
  return out;
}

/** Whether the query asks for accents as written (then the match is exact but for case). */
export function hasAccents(query: string) {
  return foldText(query) !== query.toLowerCase();
}

/** `%text%` for ILIKE, with the user's own % and _ taken literally. */
export function likePattern(text: string) {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

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
