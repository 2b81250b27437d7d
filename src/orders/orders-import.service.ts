// Orders (sell-in) from the principal's ERP, one CSV row per order line (docs/imports.md). Rows of
// the same distributor, order and product line are one line (their quantities and values add up),
// and importing it again replaces it, so an overlapping export can be loaded twice.
import { z } from 'zod';
import { distributorReferences } from '../distributors/baseline.service.ts';
import { todayIn } from '../platform/clock.ts';
import {
  CalendarDayCell,
  columnOfField,
  DecimalCell,
  type ImportOptions,
  optionalCell,
  parseCells,
  rowError,
  runCsvImport,
} from '../platform/csv-import.ts';
import type { FieldError } from '../platform/errors.ts';
import { CurrencyCode } from '../platform/fields.ts';
import { queueJob } from '../platform/jobs.ts';
import type { Context } from '../platform/tenancy.ts';
import { listOrderProductLines, type NewOrderLine, upsertOrderLines } from './orders.queries.ts';

export const orderColumns = [
  'distributor',
  'order_ref',
  'ordered_on',
  'product_line',
  'quantity',
  'net_value',
  'currency',
] as const;
const required = orderColumns.filter((column) => column !== 'order_ref');

const Row = z.object({
  distributor: z.string().min(1),
  orderRef: z.string().max(100).optional(),
  orderedOn: CalendarDayCell,
  productLine: z.string().min(1),
  quantity: DecimalCell.pipe(z.number().min(0).max(1e11)),
  netValue: DecimalCell.pipe(z.number().min(-1e13).max(1e13)),
  currency: z.string().toUpperCase().pipe(CurrencyCode),
});

type Line = NewOrderLine & { row: number };

/** The job an orders import queues: the workspace's KPIs refreshed (reports/kpi.service.ts). */
export const ORDERS_IMPORTED_JOB = 'KPI refresh after an orders import';

/** Validates every row and imports all of them in one transaction, or none. */
export function importOrdersCsv(ctx: Context, csvText: string, options: ImportOptions = {}) {
  const { t } = ctx;
  return runCsvImport(ctx, csvText, options, {
    required,
    load: async (tx) => ({
      distributorOf: await distributorReferences(tx, ctx.actor.workspaceId),
      lineIds: new Map(
        (await listOrderProductLines(tx, ctx.actor.workspaceId)).map((line) => [
          line.code.toLowerCase(),
          line.id,
        ]),
      ),
    }),
    check: ({ row, cells }, lookups, errors): Line | undefined => {
      const before = errors.length;
      const parsed = parseCells(
        t,
        Row,
        row,
        {
          distributor: cells.distributor ?? '',
          orderRef: optionalCell(cells.order_ref),
          orderedOn: cells.ordered_on ?? '',
          productLine: cells.product_line ?? '',
          quantity: cells.quantity ?? '',
          netValue: cells.net_value ?? '',
          currency: cells.currency ?? '',
        },
        columnOfField,
        errors,
      );
      const distributor = cells.distributor ? lookups.distributorOf(cells.distributor) : undefined;
      if (cells.distributor && !distributor) {
        const detail = t('imports.validation.unknown_distributor', { value: cells.distributor });
        errors.push(rowError(row, 'distributor', detail));
      }
      const productLineId = lookups.lineIds.get((cells.product_line ?? '').toLowerCase());
      if (cells.product_line && !productLineId) {
        const detail = t('imports.validation.unknown_product_line', { value: cells.product_line });
        errors.push(rowError(row, 'product_line', detail));
      }
      if (parsed && distributor && parsed.orderedOn > todayIn(ctx.clock, distributor.timeZone)) {
        errors.push(rowError(row, 'ordered_on', t('imports.validation.in_future')));
      }
      if (!parsed || !distributor || !productLineId || errors.length > before) return undefined;
      return {
        row,
        distributorId: distributor.id,
        orderRef: parsed.orderRef ?? null,
        orderedOn: parsed.orderedOn,
        productLineId,
        quantity: parsed.quantity,
        netValue: parsed.netValue,
        currency: parsed.currency,
      };
    },
    checkAll: (lines, _lookups, errors) => mergeOrderLines(ctx, lines, errors),
    write: async (tx, lines, _lookups, onProgress) => {
      const counts = await upsertOrderLines(
        tx,
        ctx.actor.workspaceId,
        mergeOrderLines(ctx, lines, []),
        ctx.clock.now(),
        onProgress,
      );
      // The orders KPI and the scorecard's order trend follow within seconds, not at the next
      // hourly refresh. The reports domain keeps the KPIs (and reads the orders), so the import
      // queues its refresh rather than calling it; once per workspace while one is pending.
      await queueJob(tx, ctx.actor.workspaceId, {
        name: ORDERS_IMPORTED_JOB,
        runAt: ctx.clock.now(),
        now: ctx.clock.now(),
        dedupeKey: ctx.actor.workspaceId,
      });
      return counts;
    },
    audit: { entityType: 'order_line', action: 'orders.imported' },
  });
}

/** Lines of one order and product line as one: quantities and values added, one currency. */
function mergeOrderLines(ctx: Context, lines: Line[], errors: FieldError[]): NewOrderLine[] {
  const merged = new Map<string, Line>();
  const result: NewOrderLine[] = [];
  for (const line of lines) {
    const { row, ...value } = line;
    if (line.orderRef === null) {
      result.push(value);
      continue;
    }
    const key = [line.distributorId, line.orderRef, line.productLineId].join('\u0000');
    const first = merged.get(key);
    if (!first) {
      const copy = { ...line };
      merged.set(key, copy);
      result.push(copy);
    } else if (first.currency !== line.currency) {
      const detail = ctx.t('imports.validation.currency_mixed', {
        value: line.currency,
        other: first.row,
        expected: first.currency,
      });
      errors.push(rowError(row, 'currency', detail));
    } else {
      first.quantity += line.quantity;
      first.netValue = Math.round((first.netValue + line.netValue) * 100) / 100;
    }
  }
  // The merged copies still carry their row; the database does not want it.
  return result.map(({ row: _row, ...value }: NewOrderLine & { row?: number }) => value);
}
