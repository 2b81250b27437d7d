// Distributor import and export as CSV. Columns are snake_case so files open cleanly in
// spreadsheets and CRMs; an export can be edited and imported into another workspace. Beside the
// directory's fields a row may carry what a relationship that predates Liaison had agreed (its
// start, buffer commitment and report due day), kept as its baseline (baseline.service.ts).
import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import type { Tx } from '../db/client.ts';
import { recordAuditMany } from '../platform/audit.ts';
import { neutraliseCell } from '../platform/cells.ts';
import {
  CalendarDayCell,
  type CsvRow,
  DecimalCell,
  type ImportOptions,
  optionalCell,
  parseCells,
  rowError,
  runCsvImport,
} from '../platform/csv-import.ts';
import { AppError, type FieldError, postgresErrorCode } from '../platform/errors.ts';
import { type Context, inTransaction } from '../platform/tenancy.ts';
import { listBaselines, upsertBaselines } from './baseline.queries.ts';
import { insertDistributors, listAllDistributors } from './distributors.queries.ts';
import { DistributorInput } from './distributors.schema.ts';
import { insertLifecycleEvents } from './lifecycle.queries.ts';

export type { ImportProgress, ImportResult } from '../platform/csv-import.ts';

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
  reportCurrency: 'report_currency',
  externalRef: 'external_ref',
  startedOn: 'relationship_started_on',
  bufferWeeks: 'buffer_weeks',
  bufferWeeksByLine: 'buffer_weeks_by_line',
  reportDueDay: 'report_due_day',
} as const;
type Field = keyof typeof csvColumns;
const requiredColumns = ['name', 'country', 'time_zone', 'languages'];

const Weeks = DecimalCell.pipe(z.number().min(0).max(104));
const Baseline = z.object({
  externalRef: z.string().max(100).optional(),
  startedOn: CalendarDayCell.optional(),
  bufferWeeks: Weeks.optional(),
  // Each CODE:weeks pair is checked against the catalogue in weeksByLine.
  bufferWeeksByLine: z
    .string()
    .regex(/^[^:;]+:[^:;]+(;[^:;]+:[^:;]+)*;?$/, { message: 'imports.validation.weeks_by_line' })
    .optional(),
  reportDueDay: z.coerce.number().int().min(1).max(28).optional(),
});
type Baseline = z.output<typeof Baseline>;
type Valid = {
  row: number;
  distributor: DistributorInput;
  baseline: Baseline;
  weeksByLine: Record<string, number>;
};

/**
 * The charter's product-line catalogue, for `buffer_weeks_by_line`. The charter domain depends on
 * this one, so its caller (routes, command line) passes it in rather than this file importing it.
 */
export type ProductLineCatalogue = (
  tx: Tx,
  workspaceId: string,
) => Promise<readonly { id: string; code: string }[]>;

/** `BRK-100:8;FLT-200:6` → product line id → weeks, pushing an error per unknown code. */
function weeksByLine(
  ctx: Context,
  row: number,
  text: string,
  lineIds: ReadonlyMap<string, string>,
  errors: FieldError[],
): Record<string, number> {
  const result: Record<string, number> = {};
  for (const entry of text.split(';').filter((part) => part.trim())) {
    const [code = '', weeks = ''] = entry.split(':').map((part) => part.trim());
    const id = lineIds.get(code);
    const parsed = Weeks.safeParse(weeks);
    if (!id) {
      const detail = ctx.t('imports.validation.unknown_product_line', { value: code });
      errors.push(rowError(row, csvColumns.bufferWeeksByLine, detail));
    } else if (!parsed.success) {
      const detail = ctx.t('imports.validation.weeks', { value: weeks });
      errors.push(rowError(row, csvColumns.bufferWeeksByLine, detail));
    } else {
      result[id] = parsed.data;
    }
  }
  return result;
}

/**
 * Checks every row, then imports all of them in one transaction, or none: any error (bad field,
 * duplicate name or reference in the file or the workspace, unknown product line) rejects the
 * whole file with every error.
 */
export async function importDistributorsCsv(
  ctx: Context,
  csvText: string,
  options: ImportOptions & { productLines?: ProductLineCatalogue } = {},
) {
  const { actor, t } = ctx;
  const seen = new Map<string, number>();
  const seenRefs = new Map<string, number>();
  return runCsvImport(ctx, csvText, options, {
    required: requiredColumns,
    load: async (tx) => {
      const existing = await listAllDistributors(tx, actor.workspaceId);
      return {
        names: new Set(existing.map((row) => row.name.toLowerCase())),
        refs: new Set(existing.flatMap((row) => row.externalRef?.toLowerCase() ?? [])),
        lineIds: new Map(
          ((await options.productLines?.(tx, actor.workspaceId)) ?? []).map((line) => [
            line.code,
            line.id,
          ]),
        ),
      };
    },
    check: ({ row, cells }: CsvRow, lookups, errors): Valid | undefined => {
      const candidate = {
        name: cells.name ?? '',
        legalName: cells.legal_name,
        country: cells.country ?? '',
        city: cells.city,
        timeZone: cells.time_zone ?? '',
        languages: (cells.languages ?? '').split(/[;,\s]+/).filter(Boolean),
        website: cells.website,
        lifecycleStage: optionalCell(cells.lifecycle_stage),
        notes: cells.notes,
        reportCurrency: optionalCell(cells.report_currency),
      };
      // Duplicates are checked on the name as written, so a row that also has other errors
      // still reports it, and a later copy of it points back to the first.
      const name = candidate.name.trim();
      const key = name.toLowerCase();
      const earlier = key ? seen.get(key) : undefined;
      if (earlier !== undefined) {
        const detail = t('validation.csv_duplicate', { value: name, other: earlier });
        errors.push(rowError(row, 'name', detail));
      } else if (key && lookups.names.has(key)) {
        errors.push(rowError(row, 'name', t('errors.distributor_exists.detail', { name })));
      }
      if (key && earlier === undefined) seen.set(key, row);
      const ref = optionalCell(cells.external_ref);
      const refKey = ref?.toLowerCase();
      if (refKey && (seenRefs.has(refKey) || lookups.refs.has(refKey))) {
        const other = seenRefs.get(refKey);
        const detail = other
          ? t('imports.validation.duplicate_ref', { value: ref, other })
          : t('imports.validation.ref_taken', { value: ref });
        errors.push(rowError(row, 'external_ref', detail));
      } else if (refKey) seenRefs.set(refKey, row);

      const before = errors.length;
      const columnOf = (field: string) => csvColumns[field as Field] ?? field;
      const distributor = parseCells(t, DistributorInput, row, candidate, columnOf, errors);
      const baseline = parseCells(
        t,
        Baseline,
        row,
        {
          externalRef: ref,
          startedOn: optionalCell(cells.relationship_started_on),
          bufferWeeks: optionalCell(cells.buffer_weeks),
          bufferWeeksByLine: optionalCell(cells.buffer_weeks_by_line),
          reportDueDay: optionalCell(cells.report_due_day),
        },
        columnOf,
        errors,
      );
      const byLine = cells.buffer_weeks_by_line
        ? weeksByLine(ctx, row, cells.buffer_weeks_by_line, lookups.lineIds, errors)
        : {};
      if (!distributor || !baseline || errors.length > before) return undefined;
      return { row, distributor, baseline, weeksByLine: byLine };
    },
    write: async (tx, valid, _lookups, onProgress) => {
      const ids = await insertDistributors(
        tx,
        actor.workspaceId,
        valid.map((item) => ({ ...item.distributor, externalRef: item.baseline.externalRef })),
        onProgress,
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
      const now = ctx.clock.now();
      const baselines = valid.flatMap((item, index) => {
        const { startedOn, bufferWeeks, reportDueDay } = item.baseline;
        const hasBaseline =
          startedOn !== undefined ||
          bufferWeeks !== undefined ||
          reportDueDay !== undefined ||
          Object.keys(item.weeksByLine).length > 0;
        const distributorId = ids[index];
        if (!hasBaseline || !distributorId) return [];
        return [
          {
            workspaceId: actor.workspaceId,
            distributorId,
            startedOn: startedOn ?? null,
            bufferWeeks: bufferWeeks === undefined ? null : String(bufferWeeks),
            bufferWeeksByLine: item.weeksByLine,
            reportDueDay: reportDueDay ?? null,
            updatedAt: now,
          },
        ];
      });
      await upsertBaselines(tx, baselines);
      await insertLifecycleEvents(
        tx,
        ids.map((id, index) => ({
          workspaceId: actor.workspaceId,
          distributorId: id,
          toStage: valid[index]?.distributor.lifecycleStage ?? 'prospect',
          reason: 'import',
          changedBy: actor.userId,
        })),
      );
      await recordAuditMany(
        tx,
        actor,
        ids.map((id, index) => ({
          entityType: 'distributor',
          entityId: id,
          distributorId: id,
          action: 'distributor.imported',
          after: { id, ...valid[index]?.distributor, ...valid[index]?.baseline },
        })),
      );
      return { distributors: ids.length, baselines: baselines.length };
    },
    audit: { entityType: 'distributor', action: 'distributors.imported' },
  });
}

export async function exportDistributorsCsv(
  ctx: Context,
  options: { productLines?: ProductLineCatalogue; ids?: readonly string[] } = {},
): Promise<{ csv: string; count: number }> {
  const { rows, baselines, lines } = await inTransaction(ctx, async (tx) => {
    if (ctx.actor.distributorId) throw new AppError('forbidden');
    return {
      rows: await listAllDistributors(tx, ctx.actor.workspaceId, options.ids),
      baselines: await listBaselines(tx, ctx.actor.workspaceId),
      lines: (await options.productLines?.(tx, ctx.actor.workspaceId)) ?? [],
    };
  });
  const codeOf = new Map(lines.map((line) => [line.id, line.code]));
  const baselineOf = new Map(baselines.map((row) => [row.distributorId, row]));
  const header = ['id', ...Object.values(csvColumns), 'status', 'created_at'];
  const body = rows.map((row) => {
    const baseline = baselineOf.get(row.id);
    return [
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
      row.reportCurrency,
      row.externalRef ?? '',
      baseline?.startedOn ?? '',
      baseline?.bufferWeeks === null || baseline?.bufferWeeks === undefined
        ? ''
        : String(Number(baseline.bufferWeeks)),
      Object.entries(baseline?.bufferWeeksByLine ?? {})
        .map(([id, weeks]) => `${codeOf.get(id) ?? id}:${weeks}`)
        .sort()
        .join(';'),
      String(baseline?.reportDueDay ?? ''),
      row.status,
      row.createdAt.toISOString(),
    ].map(neutraliseCell);
  });
  // With a byte-order mark, so that Excel opens "Hà Nội" as UTF-8 rather than the local code page.
  return { csv: stringify([header, ...body], { bom: true }), count: rows.length };
}
