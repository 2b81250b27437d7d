// Reads the cells of an uploaded XLSX report into rows; report-rows.ts judges them. Runs only
// after file-safety.ts has vetted the container. Formula cells become a marker: their formula is
// never evaluated and their cached result is never read, since either could be anything.
import type ExcelJS from 'exceljs';
import type { ShippedLanguage } from '../../platform/languages.ts';
import type { RawCell } from './cells.ts';
import { loadExcelJs } from './exceljs.ts';
import { fileLimits } from './file-safety.ts';
import {
  columnLetter,
  instructionsSheet,
  type SectionKey,
  sectionKeys,
  sections,
} from './layout.ts';
import type { LocatedCell, RawReport, RawRow } from './report-rows.ts';
import { columnHeader, findSheet, isColumnHeader } from './sheet-names.ts';
import { fileError, type SpreadsheetError } from './spreadsheet-error.ts';

/** ExcelJS's cell types: set when readXlsxReport loads the library, before any cell is read. */
let ValueType: typeof ExcelJS.ValueType;

export type ReadReport = { raw?: RawReport; errors: SpreadsheetError[] };

/** Reads what it can: a missing sheet or a wrong header is an error, the other sheets are read. */
export async function readXlsxReport(buffer: Buffer): Promise<ReadReport> {
  const Excel = await loadExcelJs();
  ValueType = Excel.ValueType;
  const workbook = new Excel.Workbook();
  try {
    // ExcelJS declares its own Buffer type; Node's Buffer is what it reads.
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch {
    return { errors: [fileError('file_unreadable')] };
  }
  const errors: SpreadsheetError[] = [];
  // The template names its sheets in its reader's language: any shipped language is accepted.
  const instructions = findSheet(workbook, 'instructions')?.sheet;
  const metaCell = (row: number): LocatedCell => {
    const address = `${instructionsSheet.valueColumn}${row}`;
    const value = instructions ? rawValue(instructions.getCell(address)) : null;
    const sheet = instructions?.name ?? instructionsSheet.name;
    return { value, sheet, row, column: instructionsSheet.valueColumn };
  };
  if (!instructions) errors.push(sheetMissing(instructionsSheet.name));
  const raw: RawReport = {
    period: metaCell(instructionsSheet.periodRow),
    currency: metaCell(instructionsSheet.currencyRow),
    sections: {
      sales: [],
      inventory: [],
      pipeline: [],
      marketIntelligence: [],
      competitiveActivity: [],
      customerSatisfaction: [],
    },
  };
  if (!instructions) return { errors };
  for (const key of sectionKeys) {
    const found = findSheet(workbook, key);
    if (!found) errors.push(sheetMissing(sections[key].sheet));
    else raw.sections[key] = readSectionRows(found.sheet, key, found.language, errors);
  }
  return { raw, errors };
}

function sheetMissing(name: string): SpreadsheetError {
  return { sheet: name, row: 0, column: '', code: 'sheet_missing', params: { name } };
}

function readSectionRows(
  sheet: ExcelJS.Worksheet,
  key: SectionKey,
  language: ShippedLanguage,
  errors: SpreadsheetError[],
): RawRow[] {
  const spec = sections[key];
  const sheetName = sheet.name;
  const letters = spec.columns.map((_, index) => columnLetter(index + 1));
  let isHeaderValid = true;
  spec.columns.forEach((column, index) => {
    const found = rawValue(sheet.getCell(1, index + 1));
    const text = typeof found === 'string' ? found.trim() : '';
    if (!isColumnHeader(text, column, language)) {
      isHeaderValid = false;
      errors.push({
        sheet: sheetName,
        row: 1,
        column: letters[index] ?? '',
        code: 'header_mismatch',
        params: { expected: columnHeader(column, language), found: text },
      });
    }
  });
  // With a column moved or missing, every value below would be read under the wrong name.
  if (!isHeaderValid) return [];
  const lastRow = key === 'customerSatisfaction' ? 2 : sheet.rowCount;
  if (lastRow - 1 > fileLimits.maxRowsPerSheet) {
    errors.push({
      sheet: sheetName,
      row: fileLimits.maxRowsPerSheet + 2,
      column: '',
      code: 'too_many_rows',
      params: { maximum: fileLimits.maxRowsPerSheet },
    });
    return [];
  }
  const rows: RawRow[] = [];
  for (let row = 2; row <= lastRow; row++) {
    const sheetRow = sheet.getRow(row);
    const cells: RawRow['cells'] = {};
    spec.columns.forEach((column, index) => {
      cells[column.key] = {
        value: rawValue(sheetRow.getCell(index + 1)),
        sheet: sheetName,
        row,
        column: letters[index] ?? '',
      };
    });
    rows.push({ row, cells });
  }
  return rows;
}

// ExcelJS types `value` as a union of every shape; `type` says which one this cell holds.
function rawValue(cell: ExcelJS.Cell): RawCell {
  switch (cell.type) {
    case ValueType.Formula:
      return { formula: true };
    case ValueType.Number:
    case ValueType.String:
    case ValueType.Boolean:
      return cell.value as number | string | boolean;
    case ValueType.Date:
      return cell.value as Date;
    case ValueType.Hyperlink:
      return (cell.value as ExcelJS.CellHyperlinkValue).text;
    case ValueType.RichText:
      return (cell.value as ExcelJS.CellRichTextValue).richText.map((run) => run.text).join('');
    case ValueType.Error:
      return { error: (cell.value as ExcelJS.CellErrorValue).error };
    default:
      // Empty cells, and the hidden parts of merged cells (the first cell holds the value).
      return null;
  }
}
