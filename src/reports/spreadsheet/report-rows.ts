// Turns the rows read from an XLSX or CSV file into a MonthlyReportContent, collecting every
// error with its sheet, row and column. Both file formats end here, so they check the same things.
import type { z } from 'zod';
import {
  CompetitiveObservation,
  CustomerSatisfaction,
  InventoryLine,
  MarketNote,
  MonthlyReportContent,
  PipelineOpportunity,
  SalesLine,
} from '../report.content.ts';
import { type CellContext, isEmptyCell, type RawCell, readCell } from './cells.ts';
import { type SectionKey, sectionKeys, sections } from './layout.ts';
import type { ParseResult, SpreadsheetError, SpreadsheetErrorCode } from './spreadsheet-error.ts';

export type LocatedCell = { value: RawCell; sheet: string; row: number; column: string };
/** One row of a section: a cell for every column key of the section, empty ones as null. */
export type RawRow = { row: number; cells: Record<string, LocatedCell> };
export type RawReport = {
  period: LocatedCell;
  currency: LocatedCell;
  sections: Record<SectionKey, RawRow[]>;
};

export type ReportContext = {
  /** The month being reported, YYYY-MM. */
  period: string;
  currency: string;
  productLines: readonly { code: string; name: string }[];
  /** Today's date (YYYY-MM-DD) in the workspace's time zone; decides what "future" means. */
  today: string;
};

const rowSchemas: Record<SectionKey, z.ZodObject> = {
  sales: SalesLine,
  inventory: InventoryLine,
  pipeline: PipelineOpportunity,
  marketIntelligence: MarketNote,
  competitiveActivity: CompetitiveObservation,
  customerSatisfaction: CustomerSatisfaction,
};

function errorAt(
  cell: LocatedCell,
  code: SpreadsheetErrorCode,
  params: SpreadsheetError['params'] = {},
): SpreadsheetError {
  return { sheet: cell.sheet, row: cell.row, column: cell.column, code, params };
}

/** `readErrors` are the reader's own (a missing sheet, a bad header); they come first. */
export function buildReportContent(
  raw: RawReport,
  context: ReportContext,
  readErrors: readonly SpreadsheetError[] = [],
): ParseResult<MonthlyReportContent> {
  const errors = [...readErrors];
  checkPeriod(raw.period, context, errors);
  checkCurrency(raw.currency, context, errors);
  const cellContext: CellContext = {
    currency: context.currency,
    productLineCodes: new Set(context.productLines.map((line) => line.code)),
  };
  const rowsBySection: Record<string, { row: number; values: Record<string, unknown> }[]> = {};
  for (const key of sectionKeys) {
    rowsBySection[key] = readSection(key, raw.sections[key], cellContext, errors);
  }
  if (errors.length) return { ok: false, errors };

  const rowsOf = (key: SectionKey) => (rowsBySection[key] ?? []).map((row) => row.values);
  const candidate = {
    period: context.period,
    currency: context.currency,
    sales: rowsOf('sales'),
    inventory: rowsOf('inventory'),
    pipeline: rowsOf('pipeline'),
    marketIntelligence: rowsOf('marketIntelligence'),
    competitiveActivity: rowsOf('competitiveActivity'),
    customerSatisfaction: rowsOf('customerSatisfaction')[0],
  };
  const parsed = MonthlyReportContent.safeParse(candidate);
  if (parsed.success) return { ok: true, content: parsed.data };
  // Every cell passed its own check, so what is left is a rule across cells: point at the row.
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) => {
      const [section, index] = issue.path;
      const spec = sections[section as SectionKey]; // Paths start with a section's key.
      const row = typeof index === 'number' ? rowsBySection[String(section)]?.[index]?.row : 0;
      return { sheet: spec?.sheet ?? '', row: row ?? 0, column: '', code: 'invalid', params: {} };
    }),
  };
}

function readSection(
  key: SectionKey,
  rows: RawRow[],
  context: CellContext,
  errors: SpreadsheetError[],
): { row: number; values: Record<string, unknown> }[] {
  const spec = sections[key];
  const schema = rowSchemas[key];
  // Customer satisfaction is one required row; elsewhere a row of untouched cells means "nothing".
  const isRequiredRow = key === 'customerSatisfaction';
  const read: { row: number; values: Record<string, unknown> }[] = [];
  const firstRowByKey = new Map<string, number>();
  let firstRequiredRow: number | undefined;
  for (const row of rows) {
    const isEmpty = spec.columns.every(
      (column) => column.isPrefilled || isEmptyCell(row.cells[column.key]?.value ?? null),
    );
    if (isEmpty && !(isRequiredRow && firstRequiredRow === undefined)) continue;
    if (isRequiredRow) {
      const first = Object.values(row.cells)[0];
      if (firstRequiredRow !== undefined && first) {
        errors.push(
          errorAt(first, 'duplicate_row', { value: first.sheet, firstRow: firstRequiredRow }),
        );
        continue;
      }
      firstRequiredRow = row.row;
    }
    const values: Record<string, unknown> = {};
    const failed = new Set<string>();
    for (const column of spec.columns) {
      const cell = row.cells[column.key];
      if (!cell || column.kind === 'label') continue;
      // Undefined for columns the report does not keep (the currency of a row).
      const fieldSchema = schema.shape[column.key] as z.ZodType | undefined;
      if (isEmptyCell(cell.value)) {
        if (column.isOptional) {
          if (fieldSchema) values[column.key] = column.kind === 'tags' ? [] : null;
        } else {
          errors.push(errorAt(cell, 'required'));
          failed.add(column.key);
        }
        continue;
      }
      const reading = readCell(
        cell.value as Exclude<RawCell, null>, // isEmptyCell above ruled null out.
        column.kind,
        fieldSchema,
        context,
      );
      if (!reading.ok) {
        errors.push(errorAt(cell, reading.problem.code, reading.problem.params));
        failed.add(column.key);
      } else if (fieldSchema) values[column.key] = reading.value;
    }
    // A row with a bad amount still claims its product line, so a later copy is reported too.
    if (spec.uniqueBy?.every((field) => !failed.has(field))) {
      const uniqueKey = spec.uniqueBy.map((field) => String(values[field]).toLowerCase()).join('|');
      const firstRow = firstRowByKey.get(uniqueKey);
      const cell = row.cells[spec.uniqueBy[0] ?? ''];
      if (firstRow !== undefined && cell) {
        const shown = spec.uniqueBy.map((field) => String(values[field])).join(', ');
        errors.push(errorAt(cell, 'duplicate_row', { value: shown, firstRow }));
        failed.add(spec.uniqueBy[0] ?? '');
      } else firstRowByKey.set(uniqueKey, row.row);
    }
    if (!failed.size) read.push({ row: row.row, values });
  }
  return read;
}

function checkPeriod(cell: LocatedCell, context: ReportContext, errors: SpreadsheetError[]): void {
  const { value } = cell;
  if (isEmptyCell(value)) {
    errors.push(errorAt(cell, 'period_missing', { expected: context.period }));
    return;
  }
  if (value !== null && typeof value === 'object' && 'formula' in value) {
    errors.push(errorAt(cell, 'formula'));
    return;
  }
  // Excel and LibreOffice turn a typed "2026-03" into the date 2026-03-01; accept that too.
  const period = value instanceof Date ? value.toISOString().slice(0, 7) : String(value).trim();
  const currentMonth = context.today.slice(0, 7);
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(period)) {
    errors.push(errorAt(cell, 'period_malformed', { value: period }));
  } else if (period > currentMonth) {
    errors.push(errorAt(cell, 'period_future', { value: period, current: currentMonth }));
  } else if (period !== context.period) {
    errors.push(errorAt(cell, 'period_mismatch', { value: period, expected: context.period }));
  }
}

function checkCurrency(cell: LocatedCell, context: ReportContext, errors: SpreadsheetError[]) {
  if (isEmptyCell(cell.value)) {
    errors.push(errorAt(cell, 'required'));
    return;
  }
  // isEmptyCell above ruled null out.
  const reading = readCell(cell.value as Exclude<RawCell, null>, 'currency', undefined, {
    currency: context.currency,
    productLineCodes: new Set(),
  });
  if (!reading.ok) errors.push(errorAt(cell, reading.problem.code, reading.problem.params));
}
