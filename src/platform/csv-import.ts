// The one way Liaison imports a CSV file (distributors, orders, report history, interactions):
// a header row of snake_case columns, every error named by its row (the file's line, the header
// being line 1) and column as `#/rows/<line>/<column>`, and all rows or none, checked and written
// in one transaction with one audit row for the file. A dry run checks everything and writes
// nothing. Each domain supplies what it looks up, how it checks a row and how it writes the rows.
import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import type { TFunction } from 'i18next';
import { z } from 'zod';
import type { Tx } from '../db/client.ts';
import { recordAudit } from './audit.ts';
import { AppError, type FieldError } from './errors.ts';
import { type Context, inTransaction, principalEditors, requireRole } from './tenancy.ts';
import { describeIssue } from './validation.ts';

export type ImportPhase = 'validate' | 'insert';
/** Called while a file is checked and written, for the command line's progress bar. */
export type ImportProgress = (phase: ImportPhase, done: number, total: number) => void;
export type ImportOptions = { dryRun?: boolean; onProgress?: ImportProgress };
export type ImportResult = { rows: number; imported: number; dryRun: boolean };

/** A data row: its line in the file and its cells by column name (trimmed, '' when empty). */
export type CsvRow = { row: number; cells: Record<string, string> };

/** An error of one cell of an import file. */
export function rowError(row: number, column: string, detail: string): FieldError {
  return { pointer: `#/rows/${row}/${column}`, row, column, detail };
}

function fileError(t: TFunction, key: string, params: Record<string, string | number> = {}) {
  return new AppError('validation_failed', {
    errors: [{ pointer: '#/rows', detail: t(key, params) }],
  });
}

/** What csv-parse threw, as a 422 naming the line where it could not go on. */
export function malformedCsv(t: TFunction, error: unknown): AppError {
  const line = (error as { lines?: unknown }).lines;
  const reason = error instanceof Error ? error.message : String(error);
  if (typeof line !== 'number') return fileError(t, 'imports.csv_malformed', { reason });
  return new AppError('validation_failed', {
    errors: [
      { pointer: `#/rows/${line}`, row: line, detail: t('imports.csv_malformed', { reason }) },
    ],
  });
}

/**
 * The file's data rows. A file that is not CSV, has no data rows or lacks a required column is
 * refused as a whole (422), naming the line or the column.
 */
export function readCsvRows(t: TFunction, csvText: string, required: readonly string[]): CsvRow[] {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(csvText, {
      columns: (header: string[]) => header.map((name) => name.trim().toLowerCase()),
      skip_empty_lines: true,
      trim: true,
      bom: true,
      info: true,
    });
  } catch (error) {
    throw malformedCsv(t, error);
  }
  if (!records.length) throw fileError(t, 'validation.csv_empty');
  const header = Object.keys(records[0]?.record ?? {});
  const missing = required.filter((column) => !header.includes(column));
  if (missing.length) {
    throw new AppError('validation_failed', {
      errors: missing.map((column) => rowError(1, column, t('validation.csv_header', { column }))),
    });
  }
  return records.map(({ record, info }) => ({ row: info.lines, cells: record }));
}

/**
 * Parses `candidate` (a row's cells under the schema's field names) with `schema`; each issue
 * becomes an error at the row and the column `columnOf` names for the field.
 */
export function parseCells<T extends z.ZodType>(
  t: TFunction,
  schema: T,
  row: number,
  candidate: unknown,
  columnOf: (field: string) => string,
  errors: FieldError[],
): z.output<T> | undefined {
  const parsed = schema.safeParse(candidate);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    errors.push(
      rowError(
        row,
        columnOf(String(issue.path[0] ?? '')),
        describeIssue(t, issue, { typedValues: true }),
      ),
    );
  }
  return undefined;
}

/** camelCase field → snake_case column: the import columns are the fields' names. */
export function columnOfField(field: string): string {
  return field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/** Empty cells as undefined, so optional columns read as absent. */
export function optionalCell(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

export type CsvImport<Lookups, Valid, Counts extends Record<string, number>> = {
  /** The columns a file must have. */
  required: readonly string[];
  /** What rows are checked against, read in the import's transaction. */
  load: (tx: Tx) => Promise<Lookups>;
  /** A row's value, or undefined after pushing its errors. */
  check: (row: CsvRow, lookups: Lookups, errors: FieldError[]) => Valid | undefined;
  /** Checks that need every row (duplicates, groups), after each row was checked on its own. */
  checkAll?: (valid: Valid[], lookups: Lookups, errors: FieldError[]) => void;
  /** Writes the rows; returns what the result and the audit row count. */
  write: (
    tx: Tx,
    valid: Valid[],
    lookups: Lookups,
    onProgress: (done: number) => void,
  ) => Promise<Counts>;
  /** The audit row of the file, e.g. `{ entityType: 'order_line', action: 'orders.imported' }`. */
  audit: { entityType: string; action: string };
};

/**
 * Runs an import: principal editors only, everything in one transaction that any error rolls
 * back, every error of the file reported at once.
 */
export async function runCsvImport<Lookups, Valid, Counts extends Record<string, number>>(
  ctx: Context,
  csvText: string,
  options: ImportOptions,
  spec: CsvImport<Lookups, Valid, Counts>,
): Promise<ImportResult & Partial<Counts>> {
  // A dry run counts nothing; TypeScript cannot see that {} satisfies Partial<Counts> here.
  type Result = ImportResult & Partial<Counts>;
  requireRole(ctx.actor, principalEditors);
  if (ctx.actor.distributorId !== null) throw new AppError('forbidden');
  const rows = readCsvRows(ctx.t, csvText, spec.required);
  const progress = options.onProgress;
  return inTransaction(ctx, async (tx) => {
    const lookups = await spec.load(tx);
    const errors: FieldError[] = [];
    const valid: Valid[] = [];
    rows.forEach((row, index) => {
      const value = spec.check(row, lookups, errors);
      if (value !== undefined) valid.push(value);
      if ((index + 1) % 500 === 0) progress?.('validate', index + 1, rows.length);
    });
    if (!errors.length) spec.checkAll?.(valid, lookups, errors);
    progress?.('validate', rows.length, rows.length);
    if (errors.length) {
      errors.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
      throw new AppError('validation_failed', { errors });
    }
    if (options.dryRun) return { rows: rows.length, imported: 0, dryRun: true } as Result;
    const counts = await spec.write(tx, valid, lookups, (done) =>
      progress?.('insert', done, valid.length),
    );
    await recordAudit(tx, ctx.actor, {
      entityType: spec.audit.entityType,
      entityId: randomUUID(),
      action: spec.audit.action,
      after: { rows: rows.length, ...counts },
    });
    return { rows: rows.length, imported: rows.length, dryRun: false, ...counts } as Result;
  });
}

// ---- cells every import reads the same way ----

/** A calendar day, YYYY-MM-DD, that exists (2026-02-30 does not). */
export function isCalendarDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

export const CalendarDayCell = z
  .string()
  .refine(isCalendarDay, { message: 'imports.validation.date' });

export const MonthCell = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'imports.validation.month' });

/** A decimal number written with a dot, e.g. 1250.50 (no thousands separators). */
export const DecimalCell = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/, { message: 'imports.validation.number' })
  .transform(Number);
