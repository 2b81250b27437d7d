// The charter and its Relationship Operating Handbook as printable HTML and as PDF, in English with
// the distributor's language beside it. Pure functions of their input: no database, no clock.
import type { CharterDocument, SignatureRecord } from '../charter.document.ts';
import { buildCharterModel } from './charter-model.ts';
import { buildHandbookModel } from './handbook-model.ts';
import { renderDocumentHtml } from './html-render.ts';
import { renderDocumentPdf } from './pdf-render.ts';

export type EscalationLadderStep = {
  level: number;
  contactName: string;
  contactRole: string;
  /** A channel code such as "phone" (translated) or any other text (shown as written). */
  channel: string;
  responseTimeHours: number;
};

export type Ladders = Record<'principal' | 'distributor', EscalationLadderStep[]>;

export type CharterRenderInput = {
  document: CharterDocument;
  status: 'draft' | 'negotiation' | 'agreed' | 'signed' | 'superseded';
  /** The agreed hash (SHA-256, hex), if agreed. */
  hash: string | null;
  signatures: SignatureRecord[];
  /** Escalation ladders of both sides (for the handbook). */
  ladders: Ladders;
  /** Printed on the documents; also the PDF's creation date, so the same input gives the same text. */
  generatedAt: Date;
  /**
   * The second language shown side by side, e.g. 'vi', 'th', 'zh', 'de' (any BCP 47 tag of those);
   * null, 'en' or a language without a catalogue = English only.
   */
  secondLanguage: string | null;
};

/** A complete printable HTML page (print CSS); every text is HTML-escaped. */
export function renderCharterHtml(input: CharterRenderInput): string {
  return renderDocumentHtml(buildCharterModel(input));
}

/** An A4 PDF with the Noto fonts it uses embedded as subsets. */
export function renderCharterPdf(input: CharterRenderInput): Promise<Buffer> {
  return renderDocumentPdf(buildCharterModel(input));
}

export function renderHandbookHtml(input: CharterRenderInput): string {
  return renderDocumentHtml(buildHandbookModel(input));
}

export function renderHandbookPdf(input: CharterRenderInput): Promise<Buffer> {
  return renderDocumentPdf(buildHandbookModel(input));
}
