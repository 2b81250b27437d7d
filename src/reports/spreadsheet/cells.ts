// Reading one cell of an uploaded report: the value a person typed, whether the file is XLSX or
// CSV, becomes a typed value or one error. Limits (ranges, lengths, decimals) come from the zod
// schema in report.content.ts, so the portal form and the spreadsheet agree on what is valid.
import type { z } from 'zod';
import { pipelineStages } from '../report.content.ts';
import type { CellKind } from './layout.ts';
import { tagSeparator } from './layout.ts';
import type { SpreadsheetErrorCode } from './spreadsheet-error.ts';

/** A cell as the file holds it. Formulas are kept only as a marker: never evaluated, never read. */
export type RawCell =
  | null
  | string
  | number
  | boolean
  | Date
  | { formula: true }
  | { error: string };

export type CellContext = { currency: string; productLineCodes: ReadonlySet<string> };

export type CellProblem = { code: SpreadsheetErrorCode; params: Record<string, string | number> };
export type CellReading = { ok: true; value: unknown } | { ok: false; problem: CellProblem };

const problem = (code: SpreadsheetErrorCode, params: CellProblem['params'] = {}): CellReading => ({
  ok: false,
  problem: { code, params },
});
const value = (read: unknown): CellReading => ({ ok: true, value: read });

// Excel counts days from 1899-12-30 (its 1900 leap-year bug folded in); 1 day = 86,400,000 ms.
const excelEpochMs = Date.UTC(1899, 11, 30);
const dayMs = 86_400_000;

export function isEmptyCell(cell: RawCell): boolean {
  return cell === null || (typeof cell === 'string' && cell.trim() === '');
}

/** Text of a cell that holds a plain value; numbers as written, dates as YYYY-MM-DD. */
export function cellText(cell: string | number | boolean | Date): string {
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return String(cell).trim();
}

function readNumber(cell: string | number | boolean | Date): CellReading {
  if (typeof cell === 'number') return value(cell);
  const text = cellText(cell);
  // Only plain decimal notation: "1.234,50" or "1e3" in a text cell is more likely a mistake
  // than a number, and guessing a locale's separators would silently misread amounts.
  if (typeof cell === 'string' && /^-?\d+(\.\d+)?$/.test(text)) return value(Number(text));
  return problem('not_a_number', { value: text });
}

function readDate(cell: string | number | boolean | Date): CellReading {
  if (cell instanceof Date) return value(cellText(cell));
  if (typeof cell === 'number' && Number.isInteger(cell) && cell > 0 && cell < 2_958_466) {
    // A date serial in a cell formatted as a number (LibreOffice keeps them when pasting).
    return value(new Date(excelEpochMs + cell * dayMs).toISOString().slice(0, 10));
  }
  const text = cellText(cell);
  if (typeof cell === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(text)) return value(text);
  return problem('not_a_date', { value: text });
}

/** Reads a non-empty cell as the column's kind; `schema` is the field's zod schema. */
export function readCell(
  cell: Exclude<RawCell, null>,
  kind: CellKind,
  schema: z.ZodType | undefined,
  context: CellContext,
): CellReading {
  if (typeof cell === 'object' && 'formula' in cell) return problem('formula');
  if (typeof cell === 'object' && 'error' in cell)
    return problem('cell_error', { value: cell.error });
  const reading = convert(cell, kind, context);
  if (!reading.ok || !schema) return reading;
  const checked = schema.safeParse(reading.value);
  if (checked.success) return value(checked.data);
  const [issue] = checked.error.issues;
  return issue ? { ok: false, problem: problemForIssue(issue, reading.value) } : reading;
}

function convert(
  cell: string | number | boolean | Date,
  kind: CellKind,
  context: CellContext,
): CellReading {
  switch (kind) {
    case 'integer':
    case 'money':
    case 'score':
      return readNumber(cell);
    case 'date':
      return readDate(cell);
    case 'productLine': {
      const code = cellText(cell).toUpperCase();
      return context.productLineCodes.has(code)
        ? value(code)
        : problem('unknown_product_line', { value: cellText(cell) });
    }
    case 'stage': {
      const stage = cellText(cell).toLowerCase();
      return (pipelineStages as readonly string[]).includes(stage)
        ? value(stage)
        : problem('invalid_stage', { value: cellText(cell), allowed: pipelineStages.join(', ') });
    }
    case 'currency': {
      const currency = cellText(cell).toUpperCase();
      return currency === context.currency
        ? value(currency)
        : problem('currency_mismatch', { value: cellText(cell), expected: context.currency });
    }
    case 'tags':
      return value([
        ...new Set(
          cellText(cell)
            .split(tagSeparator)
            .map((tag) => tag.trim())
            .filter(Boolean),
        ),
      ]);
    case 'text':
    case 'label':
      return value(cellText(cell));
  }
}

/** The spreadsheet code for the first zod issue of a cell. */
function problemForIssue(issue: z.core.$ZodIssue, input: unknown): CellProblem {
  const shown = Array.isArray(input) ? input.join(tagSeparator) : String(input);
  switch (issue.code) {
    case 'invalid_type':
      return {
        code: issue.expected === 'int' ? 'not_integer' : 'invalid',
        params: { value: shown },
      };
    case 'too_small':
      if (issue.origin === 'string') return { code: 'required', params: {} };
      if (Number(issue.minimum) === 0) return { code: 'negative', params: { value: shown } };
      return { code: 'out_of_range', params: { value: shown, minimum: Number(issue.minimum) } };
    case 'too_big':
      if (issue.origin === 'string') {
        return { code: 'too_long', params: { maximum: Number(issue.maximum) } };
      }
      if (issue.origin === 'array') {
        return { code: 'too_many_values', params: { maximum: Number(issue.maximum) } };
      }
      return { code: 'out_of_range', params: { value: shown, maximum: Number(issue.maximum) } };
    case 'not_multiple_of':
      return { code: 'too_many_decimals', params: { value: shown, maximum: 2 } };
    case 'invalid_format':
      return issue.format === 'date'
        ? { code: 'not_a_date', params: { value: shown } }
        : { code: 'invalid', params: { value: shown } };
    default:
      return { code: 'invalid', params: { value: shown } };
  }
}
