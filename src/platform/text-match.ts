// Matching typed text against stored text, the one way for every search: substring matching
// (LIKE), not word search, because Thai and Chinese write no spaces between words. A query typed
// without diacritics ("thu duc", "lodz") also finds the accented text ("Thủ Đức", "Łódź"): both
// sides are folded letter by letter with translate(), which PostgreSQL 15 and PGlite have without
// an extension (docs/decisions.md, "Global search").
import { type SQL, sql } from 'drizzle-orm';

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
// Capitals too, for a database whose lower() leaves non-ASCII letters as they are (the C locale).
const capitals = letters
  .map((letter) => letter.toUpperCase())
  .filter((capital) => capital.length === 1 && !letters.includes(capital));
/** translate()'s from and to lists, one letter each, in the same order. */
export const foldFrom = [...letters, ...capitals].join('');
export const foldTo = [...letters, ...capitals]
  .map((letter) => baseLetter(letter.toLowerCase()))
  .join('');
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

/** `%text%` for LIKE, with the user's own % and _ taken literally. */
export function likePattern(text: string) {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/** What a search asks for: a LIKE pattern, on folded text when the query has no accents. */
export type TextMatch = { pattern: string; isFolded: boolean };

export function textMatch(query: string): TextMatch {
  const q = query.normalize('NFC').trim();
  const isFolded = !hasAccents(q);
  return { pattern: likePattern(isFolded ? foldText(q) : q.toLowerCase()), isFolded };
}

/** `column` contains the text, on folded text when asked; for a queries file's where clause. */
export function matchesText(column: SQL, match: TextMatch): SQL {
  return match.isFolded
    ? sql`translate(lower(${column}), ${foldFrom}, ${foldTo}) like ${match.pattern}`
    : sql`lower(${column}) like ${match.pattern}`;
}
