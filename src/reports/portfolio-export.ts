// The portfolio table as CSV or XLSX, with the same filters and order as the page. Text cells that
// look like formulas are neutralised in CSV and written as text cells in XLSX.
import { stringify } from 'csv-stringify/sync';
import { createPhrasebook } from '../charter/documents/document-language.ts';
import { neutraliseCell } from '../platform/cells.ts';
import type { Context } from '../platform/tenancy.ts';
import { kpiKeys, type PortfolioQuery } from './kpi.schema.ts';
import { kpiShape } from './kpi-shape.ts';
import { getPortfolio } from './portfolio.service.ts';
import { loadExcelJs } from './spreadsheet/exceljs.ts';

const MAX_ROWS = 2000;

export async function exportPortfolio(ctx: Context, query: PortfolioQuery, format: 'csv' | 'xlsx') {
  const portfolio = await getPortfolio(ctx, { ...query, page: 1, pageSize: MAX_ROWS });
  // The header in the reader's language: the pack's words (documents.json), one language only.
  const phrases = createPhrasebook(ctx.actor.locale);
  const word = (phrase: { text: string; translation: string | null }) =>
    phrase.translation ?? phrase.text;
  const header = [
    ...(['distributor', 'country', 'stage', 'tier'] as const).map((column) =>
      word(phrases.label(`pack.export.${column}`)),
    ),
    // Revenue in the reporting currency first; the original amount and currency beside it, and
    // the months whose rate is missing (then the converted cell is empty).
    word(phrases.label('pack.export.revenueReporting', { currency: portfolio.reportingCurrency })),
    ...(['revenueOriginal', 'currency', 'rateMissing', 'asOf'] as const).map((column) =>
      word(phrases.label(`pack.export.${column}`)),
    ),
    ...kpiKeys.map((key) => word(phrases.label(`pack.kpi.${key}`))),
  ];
  const firstKpiColumn = header.length - kpiKeys.length + 1;
  const rows = portfolio.items.map((row) => [
    row.name,
    row.country,
    row.lifecycleStage,
    row.tier ?? '',
    row.revenue12mConverted,
    row.revenue12m,
    row.currency ?? '',
    row.missingRates.map((missing) => `${missing.currency} ${missing.month}`).join(', '),
    row.asOf ?? '',
    ...kpiKeys.map((key) => row.kpis[key]),
  ]);
  if (format === 'csv') {
    const text = stringify(
      [
        header,
        ...rows.map((row) =>
          row.map((cell) => (typeof cell === 'string' ? neutraliseCell(cell) : cell)),
        ),
      ],
      { bom: true },
    );
    return { body: text, contentType: 'text/csv; charset=utf-8', fileName: 'portfolio.csv' };
  }
  const Excel = await loadExcelJs();
  const workbook = new Excel.Workbook();
  const sheet = workbook.addWorksheet('Portfolio', {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }],
  });
  sheet.addRow(header).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  kpiKeys.forEach((key, index) => {
    // Ratios read as percentages in the spreadsheet, as on the page.
    if (kpiShape[key].unit === 'ratio') sheet.getColumn(firstKpiColumn + index).numFmt = '0.0%';
  });
  sheet.columns.forEach((column) => {
    column.width = 16;
  });
  sheet.getColumn(1).width = 32;
  const body = Buffer.from(await workbook.xlsx.writeBuffer());
  return {
    body,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    fileName: 'portfolio.xlsx',
  };
}
