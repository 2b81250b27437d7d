// Reports as files: the XLSX or CSV template pre-filled with the principal's product lines and the
// month (or with a submitted revision, as its export), and uploads, parsed and checked cell by cell
// before anything is stored. An upload with any error stores nothing and lists every error.
import { type FileToSend, fileNameSlug } from '../platform/downloads.ts';
import { AppError, type FieldError } from '../platform/errors.ts';
import { type Context, inTransaction, principalEditors, requireRole } from '../platform/tenancy.ts';
import type { MonthlyReportContent } from './report.content.ts';
import { findMonthReport, reportScope } from './report-detail.service.ts';
import { type OnBehalf, storeRevision } from './report-revisions.service.ts';
import { findRevisionContent } from './reports.queries.ts';
import { requireReportAuthor } from './reports.service.ts';
import { writeReportCsv } from './spreadsheet/csv.ts';
import { parseReportFile } from './spreadsheet/parse.ts';
import type { SpreadsheetError } from './spreadsheet/spreadsheet-error.ts';
import { writeReportTemplate } from './spreadsheet/template.ts';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The template for a month, or (with `revision`) a submitted revision as a filled-in file. */
export function reportFile(
  ctx: Context,
  distributorId: string,
  period: string,
  format: 'xlsx' | 'csv',
  revision?: number,
): Promise<FileToSend> {
  return inTransaction(ctx, async (tx) => {
    const scope = await reportScope(ctx, tx, distributorId);
    let content: MonthlyReportContent | undefined;
    if (revision !== undefined) {
      const report = await findMonthReport(tx, ctx.actor.workspaceId, distributorId, period);
      const row = report
        ? await findRevisionContent(tx, report.workspaceId, report.id, revision)
        : undefined;
      if (!row) throw new AppError('not_found');
      content = row.content as MonthlyReportContent;
    }
    const input = {
      distributorName: scope.distributor.name,
      period,
      currency: content?.currency ?? scope.currency,
      productLines: scope.productLines,
      content,
      locale: ctx.actor.locale,
    };
    const slug = fileNameSlug(scope.distributor.name);
    const fileName = `${slug}-report-${period}${revision ? `-rev${revision}` : ''}.${format}`;
    return format === 'xlsx'
      ? { body: await writeReportTemplate(input), contentType: xlsxType, fileName }
      : { body: writeReportCsv(input), contentType: 'text/csv; charset=utf-8', fileName };
  });
}

function fieldError(ctx: Context, error: SpreadsheetError): FieldError {
  const where = error.row ? `${error.sheet} ${error.column}${error.row}` : error.sheet;
  const message = ctx.t(`report.spreadsheet.${error.code}`, error.params);
  return {
    pointer: error.row ? `#/${error.sheet}/${error.row}/${error.column}` : '#/file',
    detail: where ? `${where}: ${message}` : message,
    ...(error.row ? { row: error.row, column: `${error.sheet}!${error.column}` } : {}),
  };
}

/**
 * Parses an uploaded file and, if every cell is right, submits it as the month's next revision:
 * the distributor's own, or (`onBehalf`, principal editors) the file it sent another way, entered
 * on its behalf.
 */
export async function uploadReport(
  ctx: Context,
  distributorId: string,
  period: string,
  file: { bytes: Buffer; fileName: string },
  onBehalf: OnBehalf | null = null,
) {
  if (onBehalf) requireRole(ctx.actor, principalEditors);
  else requireReportAuthor(ctx);
  const scope = await inTransaction(ctx, (tx) => reportScope(ctx, tx, distributorId));
  const parsed = await parseReportFile(file.bytes, file.fileName, {
    period,
    currency: scope.currency,
    productLines: scope.productLines,
    today: scope.today,
  });
  if (!parsed.ok) {
    throw new AppError('validation_failed', {
      errors: parsed.errors.map((error) => fieldError(ctx, error)),
    });
  }
  return storeRevision(
    ctx,
    distributorId,
    period,
    {
      content: parsed.content,
      source: file.fileName.toLowerCase().endsWith('.csv') ? 'csv' : 'xlsx',
      fileName: file.fileName,
    },
    onBehalf,
  );
}
