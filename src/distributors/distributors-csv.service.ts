// Distributor import and export as CSV. Columns are snake_case so files open cleanly in
// spreadsheets and CRMs; an export can be edited and imported into another workspace.
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { recordAuditMany } from '../platform/audit.ts';
import { neutraliseCell } from '../platform/cells.ts';
import { AppError, type FieldError, postgresErrorCode } from '../platform/errors.ts';
import { type Context, inTransaction, principalEditors, requireRole } from '../platform/tenancy.ts';
import { fieldErrorsFromIssues } from '../platform/validation.ts';
import {
  insertDistributors,
  listAllDistributors,
  listExistingNames,
} from './distributors.queries.ts';
import { DistributorInput } from './distributors.schema.ts';
import { insertLifecycleEvents } from './lifecycle.queries.ts';

export const csvColumns = {
  name: 'name',
  legalName: 'legal_name',
  country: 'country',
  city: 'city',
  timeZone: 'time_zone',
  languages: 'languages',
  website: 'website',
  lifecycleStage: 'lifecycle_stage',
  notes: 'notes',
} as const;
type Field = keyof typeof csvColumns;
const requiredColumns = ['name', 'country', 'time_zone', 'languages'];

export type ImportProgress = (phase: 'validate' | 'insert', done: number, total: number) => void;
export type ImportResult = { rows: number; imported: number; dryRun: boolean };

/** CSV errors carry the file's line number (the header is row 1) and the column name. */
function rowError(row: number, column: string, detail: string): FieldError {
  return { pointer: `#/rows/${row}/${column}`, row, column, detail };
}

/**
 * Validates every row, then imports all of them in one transaction, or none: any error (bad
 * field, duplicate name in the file or the workspace) rejects the whole file with every error.
 */
export async function importDistributorsCsv(
  ctx: Context,
  csvText: string,
  options: { dryRun?: boolean; onProgress?: ImportProgress } = {},
): Promise<ImportResult> {
  const { actor, t } = ctx;
  requireRole(actor, principalEditors);
  let records: Record<string, string>[];
  try {
    records = parse(csvText, { columns: true, skip_empty_lines: true, trim: true, bom: true });
  } catch (error) {
    throw new AppError('malformed_request', {
      params: { reason: String((error as Error).message) },
    });
  }
  const header = Object.keys(records[0] ?? {});
  const missing = requiredColumns.filter((column) => records.length && !header.includes(column));
  if (missing.length) {
    throw new AppError('validation_failed', {
      errors: missing.map((column) => rowError(1, column, t('validation.csv_header', { column }))),
    });
  }
  if (!records.length) {
    throw new AppError('validation_failed', {
      errors: [{ pointer: '#/rows', detail: t('validation.csv_empty') }],
    });
  }

  const existing = new Set(
    await inTransaction(ctx, (tx) => listExistingNames(tx, actor.workspaceId)),
  );
  const seen = new Map<string, number>();
  const errors: FieldError[] = [];
  const valid: DistributorInput[] = [];
  records.forEach((record, index) => {
    const row = index + 2;
    const candidate = {
      name: record.name ?? '',
      legalName: record.legal_name,
      country: record.country ?? '',
      city: record.city,
      timeZone: record.time_zone ?? '',
      languages: (record.languages ?? '').split(/[;,\s]+/).filter(Boolean),
      website: record.website,
      lifecycleStage: record.lifecycle_stage || undefined,
      notes: record.notes,
    };
    // Duplicates are checked on the name as written, so a row that also has other errors still
    // reports it, and a later copy of it points back to the first.
    const name = candidate.name.trim();
    const key = name.toLowerCase();
    const earlier = key ? seen.get(key) : undefined;
    if (earlier !== undefined) {
      const detail = t('validation.csv_duplicate', { value: name, other: earlier });
      errors.push(rowError(row, 'name', detail));
    } else if (key && existing.has(key)) {
      errors.push(rowError(row, 'name', t('errors.distributor_exists.detail', { name })));
    }
    if (key && earlier === undefined) seen.set(key, row);
    const parsed = DistributorInput.safeParse(candidate);
    if (parsed.success) {
      valid.push(parsed.data);
    } else {
      for (const error of fieldErrorsFromIssues(t, parsed.error.issues)) {
        // The pointer's first segment is a DistributorInput field, named by the csv column.
        const field = error.pointer.split('/')[1] as Field;
        errors.push(rowError(row, csvColumns[field] ?? field, error.detail));
      }
    }
    if ((index + 1) % 500 === 0) options.onProgress?.('validate', index + 1, records.length);
  });
  options.onProgress?.('validate', records.length, records.length);
  if (errors.length) throw new AppError('validation_failed', { errors });
  if (options.dryRun) return { rows: records.length, imported: 0, dryRun: true };

  await inTransaction(ctx, async (tx) => {
    const ids = await insertDistributors(tx, actor.workspaceId, valid, (done) =>
      options.onProgress?.('insert', done, valid.length),
    ).catch((error: unknown) => {
      // A distributor created by someone else since the names were checked meets the unique
      // index: the same 409 as creating it by hand, and nothing of the file is imported.
      if (postgresErrorCode(error) === '23505') {
        const detail = String((error as { cause?: { detail?: string } }).cause?.detail ?? '');
        const name = /=\([^,]*, (.*)\) already exists/.exec(detail)?.[1] ?? '';
        throw new AppError('distributor_exists', { params: { name } });
      }
      throw error;
    });
    const events = ids.map((id, index) => ({
      workspaceId: actor.workspaceId,
      distributorId: id,
      toStage: valid[index]?.lifecycleStage ?? 'prospect',
      reason: 'import',
      changedBy: actor.userId,
    }));
    await insertLifecycleEvents(tx, events);
    await recordAuditMany(
      tx,
      actor,
      ids.map((id, index) => ({
        entityType: 'distributor',
        entityId: id,
        distributorId: id,
        action: 'distributor.imported',
        after: { id, ...valid[index] },
      })),
    );
  });
  return { rows: records.length, imported: valid.length, dryRun: false };
}

export async function exportDistributorsCsv(ctx: Context): Promise<{ csv: string; count: number }> {
  const rows = await inTransaction(ctx, (tx) => {
    if (ctx.actor.distributorId) throw new AppError('forbidden');
    return listAllDistributors(tx, ctx.actor.workspaceId);
  });
  const header = ['id', ...Object.values(csvColumns), 'status', 'created_at'];
  const body = rows.map((row) =>
    [
      row.id,
      row.name,
      row.legalName ?? '',
      row.country,
      row.city ?? '',
      row.timeZone,
      row.languages.join(';'),
      row.website ?? '',
      row.lifecycleStage,
      row.notes ?? '',
      row.status,
      row.createdAt.toISOString(),
    ].map(neutraliseCell),
  );
  return { csv: stringify([header, ...body]), count: rows.length };
}
