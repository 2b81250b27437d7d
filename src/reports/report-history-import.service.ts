// Monthly report history from before Liaison (docs/imports.md): one CSV row per distributor, month
// and product line. Each (distributor, month) becomes a submitted report dated by the day it was
// received, with one sales fact per product line, written as submitReport writes a report, so the
// report list, the scorecard, the KPIs and the early warnings read imported months like any other.
// A month that already has a report in Liaison is refused, never overwritten.
import { createHash, randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { z } from 'zod';
import { canonicalize } from '../charter/charter.document.ts';
import {
  type DistributorReference,
  distributorReferences,
} from '../distributors/baseline.service.ts';
import { todayIn } from '../platform/clock.ts';
import {
  CalendarDayCell,
  columnOfField,
  DecimalCell,
  type ImportOptions,
  MonthCell,
  optionalCell,
  parseCells,
  rowError,
  runCsvImport,
} from '../platform/csv-import.ts';
import type { FieldError } from '../platform/errors.ts';
import { CurrencyCode } from '../platform/fields.ts';
import type { Context } from '../platform/tenancy.ts';
import { refreshKpis } from './kpi.service.ts';
import { dueOn, periodDate } from './periods.ts';
import type { MonthlyReportContent } from './report.content.ts';
import {
  type HistoricReport,
  insertHistoricReports,
  listReportMonthKeys,
} from './report-history-import.queries.ts';
import { reportSchedule } from './report-schedule.service.ts';
import { listAllProductLines } from './reports.queries.ts';

export const reportHistoryColumns = [
  'distributor',
  'month',
  'product_line',
  'units_sold',
  'revenue',
  'units_on_hand',
  'received_on',
  'currency',
] as const;
const required = reportHistoryColumns.filter((column) => column !== 'currency');

const Count = DecimalCell.pipe(z.number().int().min(0).max(1e9));
const Row = z.object({
  month: MonthCell,
  unitsSold: Count,
  revenue: DecimalCell.pipe(z.number().min(0).max(1e12).multipleOf(0.01)),
  unitsOnHand: Count.optional(),
  receivedOn: CalendarDayCell,
  currency: z.string().toUpperCase().pipe(CurrencyCode).optional(),
});

type Line = {
  row: number;
  distributor: DistributorReference;
  month: string;
  productLine: string;
  unitsSold: number;
  revenue: number;
  unitsOnHand: number | undefined;
  receivedOn: string;
};

/** Validates every row and imports all months in one transaction, or none. */
export function importReportHistoryCsv(ctx: Context, csvText: string, options: ImportOptions = {}) {
  const { t } = ctx;
  const workspaceId = ctx.actor.workspaceId;
  return runCsvImport(ctx, csvText, options, {
    required,
    load: async (tx) => ({
      distributorOf: await distributorReferences(tx, workspaceId),
      lines: new Map(
        (await listAllProductLines(tx, workspaceId)).map((line) => [line.code.toLowerCase(), line]),
      ),
      reported: new Set(
        (await listReportMonthKeys(tx, workspaceId)).map(
          (key) => `${key.distributorId}|${key.period}`,
        ),
      ),
    }),
    check: ({ row, cells }, lookups, errors): Line | undefined => {
      const before = errors.length;
      const parsed = parseCells(
        t,
        Row,
        row,
        {
          month: cells.month ?? '',
          unitsSold: cells.units_sold ?? '',
          revenue: cells.revenue ?? '',
          unitsOnHand: optionalCell(cells.units_on_hand),
          receivedOn: cells.received_on ?? '',
          currency: optionalCell(cells.currency),
        },
        columnOfField,
        errors,
      );
      const distributor = lookups.distributorOf(cells.distributor ?? '');
      if (!distributor) {
        const detail = t('imports.validation.unknown_distributor', { value: cells.distributor });
        errors.push(rowError(row, 'distributor', detail));
      }
      const line = lookups.lines.get((cells.product_line ?? '').toLowerCase());
      if (!line) {
        const detail = t('imports.validation.unknown_product_line', { value: cells.product_line });
        errors.push(rowError(row, 'product_line', detail));
      }
      const currency = optionalCell(cells.currency)?.toUpperCase();
      const isCurrency = currency !== undefined && CurrencyCode.safeParse(currency).success;
      if (distributor && isCurrency && currency !== distributor.reportCurrency) {
        const detail = t('imports.validation.report_currency', {
          value: currency,
          distributor: distributor.name,
          expected: distributor.reportCurrency,
        });
        errors.push(rowError(row, 'currency', detail));
      }
      if (!parsed || !distributor) return undefined;
      if (lookups.reported.has(`${distributor.id}|${parsed.month}`)) {
        const detail = t('imports.validation.report_exists', {
          distributor: distributor.name,
          month: parsed.month,
        });
        errors.push(rowError(row, 'month', detail));
      }
      if (parsed.receivedOn < periodDate(parsed.month)) {
        errors.push(rowError(row, 'received_on', t('imports.validation.received_before_month')));
      } else if (parsed.receivedOn > todayIn(ctx.clock, distributor.timeZone)) {
        errors.push(rowError(row, 'received_on', t('imports.validation.in_future')));
      }
      if (!line || errors.length > before) return undefined;
      return {
        row,
        distributor,
        month: parsed.month,
        productLine: line.code,
        unitsSold: parsed.unitsSold,
        revenue: parsed.revenue,
        unitsOnHand: parsed.unitsOnHand,
        receivedOn: parsed.receivedOn,
      };
    },
    checkAll: (lines, _lookups, errors) => {
      groupMonths(ctx, lines, errors);
    },
    write: async (tx, lines, lookups, onProgress) => {
      const months = groupMonths(ctx, lines, []);
      const dueDays = new Map<string, number>();
      for (const { distributor } of months.values()) {
        if (dueDays.has(distributor.id)) continue;
        const schedule = await reportSchedule(tx, workspaceId, distributor, ctx.clock);
        dueDays.set(distributor.id, schedule.dueDay);
      }
      const reports: HistoricReport[] = [...months.values()].map((month) => {
        const content: MonthlyReportContent = {
          period: month.month,
          currency: month.distributor.reportCurrency,
          sales: month.lines.map((line) => ({
            productLine: line.productLine,
            units: line.unitsSold,
            revenue: line.revenue,
          })),
          inventory: month.lines.flatMap((line) =>
            line.unitsOnHand === undefined
              ? []
              : [{ productLine: line.productLine, unitsOnHand: line.unitsOnHand }],
          ),
          pipeline: [],
          marketIntelligence: [],
          competitiveActivity: [],
          customerSatisfaction: { complaints: 0, returns: 0, score: null },
        };
        // Noon on the distributor's calendar: "as of" that day counts it, the day before not.
        const submittedAt = DateTime.fromISO(month.receivedOn, { zone: month.distributor.timeZone })
          .set({ hour: 12 })
          .toUTC()
          .toISO();
        return {
          id: randomUUID(),
          distributorId: month.distributor.id,
          period: periodDate(month.month),
          currency: month.distributor.reportCurrency,
          dueOn: dueOn(month.month, dueDays.get(month.distributor.id) ?? 10),
          submittedAt: submittedAt ?? `${month.receivedOn}T12:00:00Z`,
          content,
          contentHash: createHash('sha256').update(canonicalize(content)).digest('hex'),
        };
      });
      const lineIds = Object.fromEntries([...lookups.lines.values()].map((l) => [l.code, l.id]));
      await insertHistoricReports(tx, workspaceId, reports, ctx.actor, lineIds);
      onProgress(lines.length);
      await refreshKpis(tx, workspaceId, null, ctx.clock.now());
      return { reports: reports.length, facts: lines.length };
    },
    audit: { entityType: 'monthly_report', action: 'reports.history_imported' },
  });
}

type Month = {
  distributor: DistributorReference;
  month: string;
  receivedOn: string;
  firstRow: number;
  lines: Line[];
};

/** The file's rows by distributor and month: one received_on each, each product line once. */
function groupMonths(ctx: Context, lines: Line[], errors: FieldError[]) {
  const months = new Map<string, Month>();
  for (const line of lines) {
    const key = `${line.distributor.id}|${line.month}`;
    const month = months.get(key);
    if (!month) {
      months.set(key, { ...line, firstRow: line.row, lines: [line] });
      continue;
    }
    const twin = month.lines.find((other) => other.productLine === line.productLine);
    if (twin) {
      const detail = ctx.t('imports.validation.duplicate_line', {
        value: line.productLine,
        other: twin.row,
      });
      errors.push(rowError(line.row, 'product_line', detail));
    } else if (line.receivedOn !== month.receivedOn) {
      const detail = ctx.t('imports.validation.received_differs', {
        other: month.firstRow,
        expected: month.receivedOn,
      });
      errors.push(rowError(line.row, 'received_on', detail));
    } else {
      month.lines.push(line);
    }
  }
  return months;
}
