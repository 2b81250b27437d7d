// The monthly report as one CSV file, for people and systems that do not use Excel.
//
// Long format: one header row, then one row per record. The `section` column says what a row is,
// and each section uses only some of the columns; the others stay empty:
//
//   section                 columns used
//   report                  period (YYYY-MM), currency          exactly one row
//   sales                   product_line, product_line_name, units, amount (revenue), currency
//   inventory               product_line, product_line_name, units (on hand)
//   pipeline                account, product_line, stage, amount (value), currency, expected_close
//   market_intelligence     text (the note), tags (separated by ;)
//   competitive_activity    competitor, product, amount (price point), currency, text (observation)
//   customer_satisfaction   complaints, returns, score (0-10)   exactly one row
//
// product_line_name is informative and never read. An empty currency means the report's. Errors
// name sheet "CSV", the row as a spreadsheet shows it (header = row 1) and the column's header.
// Text that could start a formula is written with an apostrophe (neutraliseCell) and read back
// without it. Files start with a UTF-8 byte order mark so that Excel reads accents and scripts.
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { neutraliseCell, restoreCell } from '../../platform/cells.ts';
import type { RawCell } from './cells.ts';
import { fileLimits } from './file-safety.ts';
import { type CsvColumn, csvColumns, type SectionKey, sectionKeys, sections } from './layout.ts';
import type { LocatedCell, RawReport, RawRow } from './report-rows.ts';
import type { SpreadsheetError } from './spreadsheet-error.ts';
import type { TemplateInput } from './template.ts';
import { sectionRows } from './template-rows.ts';
import type { ReadReport } from './xlsx-read.ts';

const sheet = 'CSV';
const reportSection = 'report';

export function writeReportCsv(input: TemplateInput): string {
  const records: Record<string, string | number>[] = [
    { section: reportSection, period: input.period, currency: input.currency },
  ];
  const rowsBySection = sectionRows(input);
  for (const key of sectionKeys) {
    const spec = sections[key];
    for (const values of rowsBySection[key]) {
      const record: Record<string, string | number> = { section: spec.csvSection };
      spec.columns.forEach((column, index) => {
        const value = values[index];
        if (value instanceof Date) record[column.csv] = value.toISOString().slice(0, 10);
        else if (typeof value === 'string') record[column.csv] = neutraliseCell(value);
        else if (typeof value === 'number') record[column.csv] = value;
      });
      records.push(record);
    }
  }
  if (!rowsBySection.customerSatisfaction.length) {
    records.push({ section: sections.customerSatisfaction.csvSection });
  }
  const body = stringify(records, { header: true, columns: [...csvColumns] });
  return `\ufeff${body}`;
}

export function readCsvReport(text: string): ReadReport {
  let records: string[][];
  try {
    records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false });
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 0; // csv-parse errors carry `lines`.
    return { errors: [{ sheet, row: line, column: '', code: 'file_unreadable', params: {} }] };
  }
  if (records.length - 1 > fileLimits.maxRowsPerSheet * 2) {
    const row = fileLimits.maxRowsPerSheet * 2 + 2;
    const params = { maximum: fileLimits.maxRowsPerSheet * 2 };
    return { errors: [{ sheet, row, column: '', code: 'too_many_rows', params }] };
  }
  const header = (records[0] ?? []).map((name) => name.trim().toLowerCase());
  const missing = csvColumns.filter((name) => !header.includes(name));
  if (missing.length) {
    return {
      errors: missing.map((name) => ({
        sheet,
        row: 1,
        column: name,
        code: 'header_mismatch' as const,
        params: { expected: name, found: '' },
      })),
    };
  }
  const indexOf = new Map(csvColumns.map((name) => [name, header.indexOf(name)]));
  const errors: SpreadsheetError[] = [];
  const located = (record: string[], row: number, column: CsvColumn): LocatedCell => {
    const text = record[indexOf.get(column) ?? -1]?.trim() ?? '';
    // CSV has no formulas, but a cell that starts with "=" was meant as one by whoever wrote
    // it (our own export writes such text with an apostrophe), so it is refused as in XLSX.
    const value: RawCell =
      text === '' ? null : text.startsWith('=') ? { formula: true } : restoreCell(text);
    return { value, sheet, row, column };
  };
  const bySection = new Map(sectionKeys.map((key) => [sections[key].csvSection, key]));
  const sectionsRead = Object.fromEntries(sectionKeys.map((key) => [key, [] as RawRow[]]));
  let reportRow: number | undefined;
  let raw: Pick<RawReport, 'period' | 'currency'> = {
    period: { value: null, sheet, row: 0, column: 'period' },
    currency: { value: null, sheet, row: 0, column: 'currency' },
  };
  records.slice(1).forEach((record, index) => {
    const row = index + 2;
    if (record.every((value) => value.trim() === '')) return;
    const section = located(record, row, 'section');
    const name = typeof section.value === 'string' ? section.value.toLowerCase() : '';
    const key = bySection.get(name);
    let used: CsvColumn[];
    if (name === reportSection) {
      used = ['period', 'currency'];
      if (reportRow !== undefined) {
        errors.push({
          ...at(section),
          code: 'duplicate_row',
          params: { value: name, firstRow: reportRow },
        });
      } else {
        reportRow = row;
        raw = {
          period: located(record, row, 'period'),
          currency: located(record, row, 'currency'),
        };
      }
    } else if (key) {
      const spec = sections[key];
      used = spec.columns.map((column) => column.csv);
      const cells: RawRow['cells'] = {};
      for (const column of spec.columns) cells[column.key] = located(record, row, column.csv);
      sectionsRead[key]?.push({ row, cells });
    } else {
      errors.push(
        name
          ? { ...at(section), code: 'section_unknown', params: { value: String(section.value) } }
          : { ...at(section), code: 'required', params: {} },
      );
      return;
    }
    for (const column of csvColumns) {
      if (column === 'section' || used.includes(column)) continue;
      if (located(record, row, column).value !== null) {
        errors.push({ sheet, row, column, code: 'not_applicable', params: { section: name } });
      }
    }
  });
  const satisfaction = sectionsRead.customerSatisfaction;
  if (satisfaction && !satisfaction.length) {
    // No row at all reads like an empty one, so the required cells are named in the errors.
    const cells: RawRow['cells'] = {};
    for (const column of sections.customerSatisfaction.columns) {
      cells[column.key] = { value: null, sheet, row: 0, column: column.csv };
    }
    satisfaction.push({ row: 0, cells });
  }
  // Built from sectionKeys above, so every key is present.
  return { raw: { ...raw, sections: sectionsRead as Record<SectionKey, RawRow[]> }, errors };
}

function at(cell: LocatedCell): Pick<SpreadsheetError, 'sheet' | 'row' | 'column'> {
  return { sheet: cell.sheet, row: cell.row, column: cell.column };
}
