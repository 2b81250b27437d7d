// Line breaking for the PDF. pdfkit wraps text in one font only and breaks Thai and Chinese only at
// spaces; we lay lines out ourselves: ICU word boundaries (which know Thai words), a font per
// script run, and a hard break inside anything longer than a line, such as a hash.
import { type Script, type ScriptRun, splitScriptRuns } from './pdf-fonts.ts';

export type MeasuredRun = ScriptRun & { width: number };
export type Line = { runs: MeasuredRun[]; width: number };
export type Measure = (text: string, script: Script) => number;

const words = new Intl.Segmenter('en', { granularity: 'word' });
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

const breaksAnywhere = /[\u0e00-\u0e7f\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/u;
const whitespace = /\s/u;
/** "Non-|exclusive" may break after its hyphen; "VN-SG", "BRK-100" and dates may not. */
const hyphenatedWord = /\p{L}{2}-$/u;
const wordAfterHyphen = /^\p{L}{3}/u;

/**
 * Pieces that may end a line, in order. Between Thai or Chinese words a line may break without a
 * space; Latin words break only at spaces; punctuation stays with the word before it.
 */
export function breakablePieces(paragraph: string): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const { segment, isWordLike } of words.segment(paragraph)) {
    const previous = current.at(-1) ?? '';
    const canBreakBefore =
      current !== '' &&
      !whitespace.test(segment[0] ?? '') &&
      (whitespace.test(previous) ||
        (isWordLike === true &&
          (breaksAnywhere.test(previous) ||
            breaksAnywhere.test(segment[0] ?? '') ||
            (hyphenatedWord.test(current) && wordAfterHyphen.test(segment)))));
    if (canBreakBefore) {
      pieces.push(current);
      current = segment;
    } else {
      current += segment;
    }
  }
  if (current) pieces.push(current);
  return pieces;
}

function measureText(text: string, measure: Measure): number {
  return splitScriptRuns(text).reduce((sum, run) => sum + measure(run.text, run.script), 0);
}

function toLine(text: string, measure: Measure): Line {
  const runs = splitScriptRuns(text.trimEnd()).map((run) => ({
    ...run,
    width: measure(run.text, run.script),
  }));
  return { runs, width: runs.reduce((sum, run) => sum + run.width, 0) };
}

/** Splits one piece wider than a line at grapheme boundaries; the last part starts a new line. */
function splitLongPiece(piece: string, maxWidth: number, measure: Measure): string[] {
  const parts: string[] = [];
  let current = '';
  for (const { segment } of graphemes.segment(piece)) {
    if (current && measureText(current + segment, measure) > maxWidth) {
      parts.push(current);
      current = segment;
    } else {
      current += segment;
    }
  }
  if (current) parts.push(current);
  return parts;
}

/** Lays text out in lines no wider than `maxWidth`; "\n" starts a new line. */
export function breakLines(text: string, maxWidth: number, measure: Measure): Line[] {
  const lines: Line[] = [];
  for (const paragraph of text.normalize('NFC').split(/\r?\n/)) {
    let current = '';
    let currentWidth = 0;
    const pieces = breakablePieces(paragraph);
    for (let index = 0; index < pieces.length; index++) {
      const piece = pieces[index] ?? '';
      const width = measureText(piece, measure);
      const visibleWidth = measureText(piece.trimEnd(), measure);
      if (currentWidth + visibleWidth <= maxWidth) {
        current += piece;
        currentWidth += width;
      } else if (current) {
        lines.push(toLine(current, measure));
        current = '';
        currentWidth = 0;
        index--;
      } else {
        const parts = splitLongPiece(piece, maxWidth, measure);
        const last = parts.pop() ?? '';
        for (const part of parts) lines.push(toLine(part, measure));
        current = last;
        currentWidth = measureText(last, measure);
      }
    }
    lines.push(toLine(current, measure));
  }
  return lines;
}
