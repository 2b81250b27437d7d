// What a rendered document is made of, before it becomes HTML or PDF. The charter and the handbook
// are built once as blocks; both renderers draw the same blocks, so the two formats cannot drift.

/**
 * A piece of text and, where the distributor's language has a catalogue entry that differs, its
 * translation. Names and free-text clauses are shown as written: `translation` is null.
 */
export type Phrase = { text: string; translation: string | null };

export type Field = { label: Phrase; value: Phrase };

/** `width` is relative: the columns of a table share the page width in proportion. */
export type Column = { title: Phrase; width: number };

export type Block =
  | { kind: 'heading'; number: number; text: Phrase }
  | { kind: 'subheading'; text: Phrase }
  | { kind: 'paragraph'; text: Phrase }
  | { kind: 'clause'; label: Phrase; text: string }
  | { kind: 'fields'; rows: Field[] }
  | { kind: 'table'; columns: Column[]; rows: Phrase[][]; empty: Phrase }
  | { kind: 'list'; items: Phrase[] };

export type Marker = { tone: 'draft' | 'signed' | 'superseded'; text: Phrase };

export type DocumentModel = {
  /** The catalogue language shown beside English, or null for English only. */
  secondLanguage: string | null;
  title: Phrase;
  /** "Principal — Distributor", as written. */
  subtitle: string;
  markers: Marker[];
  /** Printed faintly across every page of an unsigned charter. */
  watermark: string | null;
  blocks: Block[];
  /** Printed at the foot of every page beside the page number, as written. */
  footer: string;
  pageLabel: (page: number, pages: number) => Phrase;
  metadata: { title: string; author: string; subject: string; createdAt: Date };
};

/** Text shown as written, in one language. */
export function asWritten(text: string): Phrase {
  return { text, translation: null };
}

/** "English / Tiếng Việt" on one line, for headings and markers. */
export function joinedPhrase(phrase: Phrase): string {
  return phrase.translation ? `${phrase.text} / ${phrase.translation}` : phrase.text;
}
