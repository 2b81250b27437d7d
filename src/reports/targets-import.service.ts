// Targets from a spreadsheet (CSV, or the first sheet of an XLSX): one row per distributor,
// product line (empty: all lines), period kind, period, revenue and units. Every row must be right
// or nothing is imported, and every error names its row and column. The file passes the same
// safety checks as report uploads first.
import { parse } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import { z } from 'zod';
import { columnOfField, malformedCsv, parseCells, rowError } from '../platform/csv-import.ts';
import { AppError, type FieldError } from '../platform/errors.ts';
import { type Context, inTransaction, principalEditors, requireRole } from '../platform/tenancy.ts';
import { TargetInput } from './kpi.schema.ts';
import { listAllProductLines } from './reports.queries.ts';
import { loadExcelJs } from './spreadsheet/exceljs.ts';
import { checkUploadedFile } from './spreadsheet/file-safety.ts';
import { listDistributorNames } from './targets.queries.ts';
import { targetProblems, writeTargets } from './targets.service.ts';

export const targetColumns = [
  'distributor',
  'product_line',
  'period_kind',
  'period',
  'revenue',
  'units',
] as const;

const Row = z.object({
  distributor: z.string().trim().min(1),
  productLine: TargetInput.shape.productLine,
  periodKind: TargetInput.shape.periodKind,
  period: TargetInput.shape.period,
  revenue: z.coerce.number().pipe(TargetInput.shape.revenue),
  units: z.preprocess(
    (value) => (value === '' || value === null ? null : value),
    z.coerce.number().int().min(0).nullable(),
  ),
});

type Cells = Record<string, string>;

async function readRows(
  ctx: Context,
  bytes: Buffer,
  fileName: string,
): Promise<{ rows: Cells[]; errors: FieldError[] }> {
  const checked = await checkUploadedFile(bytes, fileName);
  if (!checked.ok)
    throw new AppError('validation_failed', {
      errors: checked.errors.map((error) => ({
        pointer: '#/file',
        detail: ctx.t(`report.spreadsheet.${error.code}`, error.params),
      })),
    });
  if (checked.kind === 'csv') {
    try {
      const rows = parse(checked.text, {
        columns: true,
        skip_empty_lines: true,
        trim: true,
        bom: true,
      }) as Cells[];
      return { rows, errors: [] };
    } catch (error) {
      throw malformedCsv(ctx.t, error);
    }
  }
  const Excel = await loadExcelJs();
  const workbook = new Excel.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0];
  const rows: Cells[] = [];
  const errors: FieldError[] = [];
  const header =
    (sheet?.getRow(1).values as unknown[] | undefined)
      ?.slice(1)
      .map((value) => String(value ?? '').trim()) ?? [];
  sheet?.eachRow((row, number) => {
    if (number === 1) return;
    const cells: Cells = {};
    header.forEach((name, index) => {
      const cell = row.getCell(index + 1);
      if (cell.type === Excel.ValueType.Formula) {
        errors.push(rowError(number, name, ctx.t('report.spreadsheet.formula')));
      }
      cells[name] = cell.type === Excel.ValueType.Formula ? '' : String(cell.text ?? '').trim();
    });
    rows.push(cells);
  });
  return { rows, errors };
}

export async function importTargets(
  ctx: Context,
  file: { bytes: Buffer; fileName: string },
  dryRun: boolean,
) {
  requireRole(ctx.actor, principalEditors);
  const { rows, errors } = await readRows(ctx, file.bytes, file.fileName);
  const missing = targetColumns.filter((column) => rows.length && !(column in (rows[0] ?? {})));
  if (!rows.length || missing.length) {
    throw new AppError('validation_failed', {
      errors: [
        {
          pointer: '#/file',
          detail: rows.length
            ? ctx.t('validation.csv_header', { column: missing[0] })
            : ctx.t('validation.csv_empty'),
        },
      ],
    });
  }
  const { names, lines } = await inTransaction(ctx, async (tx) => ({
    names: await listDistributorNames(tx, ctx.actor.workspaceId),
    lines: await listAllProductLines(tx, ctx.actor.workspaceId),
  }));
  const lineId = new Map(lines.map((line) => [line.code, line.id]));
  const byName = new Map(names.map((row) => [row.name.toLowerCase(), row.id]));
  const grouped = new Map<string, z.infer<typeof TargetInput>[]>();
  rows.forEach((cells, index) => {
    const rowNumber = index + 2;
    const candidate = {
      distributor: cells.distributor,
      productLine: cells.product_line ? cells.product_line : null,
      periodKind: cells.period_kind,
      period: cells.period,
      revenue: cells.revenue,
      units: cells.units ?? '',
    };
    const parsed = parseCells(ctx.t, Row, rowNumber, candidate, columnOfField, errors);
    if (!parsed) return;
    const id = byName.get(parsed.distributor.toLowerCase());
    if (!id) {
      const detail = ctx.t('validation.unknown_distributor', { value: parsed.distributor });
      errors.push(rowError(rowNumber, 'distributor', detail));
      return;
    }
    const { distributor: _name, ...target } = parsed;
    const problems = targetProblems(ctx, target, lineId);
    for (const { field, detail } of problems) {
      errors.push(rowError(rowNumber, columnOfField(field), detail));
    }
    if (!problems.length) grouped.set(id, [...(grouped.get(id) ?? []), target]);
  });
  if (errors.length) throw new AppError('validation_failed', { errors });
  if (!dryRun) {
    // One transaction for the whole file: a product line unknown for any row stops every row.
    await inTransaction(ctx, async (tx) => {
      for (const [id, targets] of grouped) await writeTargets(ctx, tx, id, { targets });
    });
  }
  return {
    rows: rows.length,
    distributors: grouped.size,
    imported: dryRun ? 0 : rows.length,
    dryRun,
  };
}
