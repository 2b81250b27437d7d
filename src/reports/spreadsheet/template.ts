// The XLSX template a distributor fills offline, and the export of a submitted report: the same
// workbook, empty or filled. Layout in layout.ts and docs/monthly-report-spreadsheet.md.
import type ExcelJS from 'exceljs';
import { translator } from '../../platform/i18n.ts';
import { type MonthlyReportContent, pipelineStages } from '../report.content.ts';
import { loadExcelJs } from './exceljs.ts';
import {
  type CellKind,
  columnLetter,
  instructionsSheet,
  listsSheet,
  type SectionKey,
  sectionKeys,
  sections,
  tagSeparator,
} from './layout.ts';
import { columnHeader, sheetName } from './sheet-names.ts';
import { sectionRows, type TemplateCellValue } from './template-rows.ts';

export type TemplateInput = {
  distributorName: string;
  period: string;
  currency: string;
  productLines: readonly { code: string; name: string }[];
  /** A submitted report to write into the template: this is also the report's export. */
  content?: MonthlyReportContent;
  /** BCP 47 tag for the instructions, month and currency names; English when absent. */
  locale?: string;
};

// Text columns are formatted as text ("@") so that what a person types there, even "=1+1",
// stays text. Strings are written as string cells, which no spreadsheet program evaluates; an
// apostrophe prefix (neutraliseCell, used for CSV) would show up as part of the value in XLSX.
const numberFormats: Record<CellKind, string> = {
  productLine: '@',
  label: '@',
  text: '@',
  tags: '@',
  stage: '@',
  currency: '@',
  integer: '#,##0',
  money: '#,##0.00',
  score: '0.0#',
  date: 'yyyy-mm-dd',
};
/** Rows below the last written one that still get dropdowns and number checks. */
const spareRows = 1000;

export async function writeReportTemplate(input: TemplateInput): Promise<Buffer> {
  const Excel = await loadExcelJs();
  const workbook = new Excel.Workbook();
  workbook.creator = 'Liaison';
  writeInstructions(workbook, input);
  const rowsBySection = sectionRows(input);
  for (const key of sectionKeys) {
    writeSection(workbook, key, rowsBySection[key], input);
  }
  const lists = workbook.addWorksheet(listsSheet, { state: 'hidden' });
  lists.getCell('A1').value = 'Product line codes';
  input.productLines.forEach((line, index) => {
    lists.getCell(`A${index + 2}`).value = line.code;
  });
  // ExcelJS types Buffer loosely across its Node versions; writeBuffer returns a Node Buffer.
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function writeInstructions(workbook: ExcelJS.Workbook, input: TemplateInput): void {
  const t = translator(input.locale);
  const sheet = workbook.addWorksheet(sheetName('instructions', input.locale));
  sheet.getColumn(1).width = 22;
  sheet.getColumn(2).width = 70;
  sheet.getCell('A1').value = t('report.template.title');
  sheet.getCell('A1').font = { bold: true, size: 14 };
  const fields: [number, string, string][] = [
    [instructionsSheet.distributorRow, t('report.template.distributor'), input.distributorName],
    [instructionsSheet.periodRow, t('report.template.period'), input.period],
    [instructionsSheet.currencyRow, t('report.template.currency'), input.currency],
  ];
  for (const [row, label, value] of fields) {
    sheet.getCell(`A${row}`).value = label;
    sheet.getCell(`A${row}`).font = { bold: true };
    const cell = sheet.getCell(`${instructionsSheet.valueColumn}${row}`);
    cell.numFmt = '@';
    cell.value = value;
  }
  sheet.getCell(`C${instructionsSheet.periodRow}`).value = monthName(input.period, input.locale);
  sheet.getCell(`C${instructionsSheet.currencyRow}`).value = currencyName(
    input.currency,
    input.locale,
  );
  sheet.getColumn(3).width = 24;
  const steps = ['step_fill', 'step_rows', 'step_amounts', 'step_formulas', 'step_upload'].map(
    (step) => t(`report.template.${step}`, { separator: tagSeparator }),
  );
  steps.forEach((step, index) => {
    const cell = sheet.getCell(`A${instructionsSheet.currencyRow + 2 + index}`);
    cell.value = step;
  });
}

function writeSection(
  workbook: ExcelJS.Workbook,
  key: SectionKey,
  rows: TemplateCellValue[][],
  input: TemplateInput,
): void {
  const spec = sections[key];
  // Sheet names and headers in the reader's language; the reader accepts every shipped language.
  const sheet = workbook.addWorksheet(sheetName(key, input.locale), {
    views: [{ state: 'frozen', ySplit: 1, activeCell: 'A2' }],
  });
  spec.columns.forEach((column, index) => {
    const sheetColumn = sheet.getColumn(index + 1);
    sheetColumn.width = column.width;
    sheetColumn.numFmt = numberFormats[column.kind];
    const header = sheet.getCell(1, index + 1);
    header.value = columnHeader(column, input.locale);
    header.font = { bold: true };
    header.numFmt = '@';
    header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };
  });
  rows.forEach((values, rowIndex) => {
    values.forEach((value, columnIndex) => {
      if (value !== null) sheet.getCell(rowIndex + 2, columnIndex + 1).value = value;
    });
  });
  const lastRow = key === 'customerSatisfaction' ? 2 : rows.length + spareRows;
  spec.columns.forEach((column, index) => {
    const validation = validationFor(column.kind, input);
    if (!validation) return;
    const letter = columnLetter(index + 1);
    // ExcelJS writes range keys as one rule but leaves `dataValidations` out of its types.
    const rules = (sheet as unknown as { dataValidations: { add(a: string, v: object): void } })
      .dataValidations;
    rules.add(`${letter}2:${letter}${lastRow + 1}`, validation);
  });
}

function validationFor(kind: CellKind, input: TemplateInput): ExcelJS.DataValidation | undefined {
  const shared = { allowBlank: true, showErrorMessage: true, errorStyle: 'stop' };
  switch (kind) {
    case 'productLine': {
      const last = Math.max(input.productLines.length + 1, 2);
      return { ...shared, type: 'list', formulae: [`${listsSheet}!$A$2:$A$${last}`] };
    }
    case 'stage':
      return { ...shared, type: 'list', formulae: [`"${pipelineStages.join(',')}"`] };
    case 'currency':
      return { ...shared, type: 'list', formulae: [`"${input.currency}"`] };
    case 'integer':
      return { ...shared, type: 'whole', operator: 'greaterThanOrEqual', formulae: [0] };
    case 'money':
      return { ...shared, type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0] };
    case 'score':
      return { ...shared, type: 'decimal', operator: 'between', formulae: [0, 10] };
    default:
      return undefined;
  }
}

function monthName(period: string, locale: string | undefined): string {
  const date = new Date(`${period}-01T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return '';
  try {
    const options = { month: 'long', year: 'numeric', timeZone: 'UTC' } as const;
    return new Intl.DateTimeFormat(locale ?? 'en', options).format(date);
  } catch {
    return '';
  }
}

function currencyName(currency: string, locale: string | undefined): string {
  try {
    return new Intl.DisplayNames([locale ?? 'en'], { type: 'currency' }).of(currency) ?? '';
  } catch {
    return '';
  }
}
