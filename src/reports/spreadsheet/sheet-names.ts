// The report spreadsheet's sheet names and column headers in each shipped language
// (locales/<lang>/common.json, `report.template.sheets` and `.columns`). The template writes them
// in the reader's language; the reader accepts a sheet and its headers in any shipped language, so
// a template downloaded in Vietnamese and a colleague's in English both upload.
import type ExcelJS from 'exceljs';
import { translator } from '../../platform/i18n.ts';
import { type ShippedLanguage, shippedLanguages } from '../../platform/languages.ts';
import type { ColumnSpec, SectionKey } from './layout.ts';

export type SheetKey = SectionKey | 'instructions';

export function sheetName(key: SheetKey, locale: string | null | undefined): string {
  return translator(locale)(`report.template.sheets.${key}`);
}

export function columnHeader(column: ColumnSpec, locale: string | null | undefined): string {
  return translator(locale)(`report.template.columns.${column.key}`);
}

/** The worksheet of `key` under its name in any shipped language, and that language. */
export function findSheet(
  workbook: ExcelJS.Workbook,
  key: SheetKey,
): { sheet: ExcelJS.Worksheet; language: ShippedLanguage } | undefined {
  for (const language of shippedLanguages) {
    const sheet = workbook.getWorksheet(sheetName(key, language));
    if (sheet) return { sheet, language };
  }
  return undefined;
}

/** Whether `text` heads `column` in the sheet's language or in English (case aside). */
export function isColumnHeader(text: string, column: ColumnSpec, language: ShippedLanguage) {
  const found = text.trim().toLocaleLowerCase();
  return [language, 'en'].some(
    (candidate) => columnHeader(column, candidate).toLocaleLowerCase() === found,
  );
}
