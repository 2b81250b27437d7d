// The one entry point for an uploaded monthly report file, XLSX or CSV. It never throws on bad
// input and never stops at the first problem: the result is the report, or every error found.
import type { MonthlyReportContent } from '../report.content.ts';
import { readCsvReport } from './csv.ts';
import { checkUploadedFile } from './file-safety.ts';
import { buildReportContent, type ReportContext } from './report-rows.ts';
import type { ParseResult } from './spreadsheet-error.ts';
import { readXlsxReport } from './xlsx-read.ts';

/**
 * `filename` decides which format is expected (.xlsx or .csv); the bytes must then prove it.
 * `context.today` is today's date in the workspace's zone, so the caller owns the clock.
 */
export async function parseReportFile(
  buffer: Buffer,
  filename: string,
  context: ReportContext,
): Promise<ParseResult<MonthlyReportContent>> {
  const checked = await checkUploadedFile(buffer, filename);
  if (!checked.ok) return checked;
  const read = checked.kind === 'csv' ? readCsvReport(checked.text) : await readXlsxReport(buffer);
  if (!read.raw) return { ok: false, errors: read.errors };
  return buildReportContent(read.raw, context, read.errors);
}
