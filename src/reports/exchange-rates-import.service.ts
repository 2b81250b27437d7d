// Exchange rates from a CSV file (docs/imports.md): columns currency, month, rate, source, one
// row per currency and month, the rate quoted as units of the currency for one unit of the
// reporting currency. A rate already there is replaced; all rows or none, like every import.
import { z } from 'zod';
import {
  columnOfField,
  DecimalCell,
  type ImportOptions,
  MonthCell,
  parseCells,
  rowError,
  runCsvImport,
} from '../platform/csv-import.ts';
import { CurrencyCode } from '../platform/fields.ts';
import type { Context } from '../platform/tenancy.ts';
import { type NewRate, selectReportingCurrency, upsertRates } from './exchange-rates.queries.ts';
import { RateSource, RateValue } from './exchange-rates.schema.ts';
import { firstDayOf } from './exchange-rates.service.ts';

export const rateColumns = ['currency', 'month', 'rate', 'source'] as const;

const Row = z.object({
  currency: z.string().toUpperCase().pipe(CurrencyCode),
  month: MonthCell,
  rate: DecimalCell.pipe(RateValue),
  source: RateSource,
});

type Rate = NewRate & { row: number };

export function importExchangeRatesCsv(ctx: Context, csvText: string, options: ImportOptions = {}) {
  const { t } = ctx;
  return runCsvImport(ctx, csvText, options, {
    required: rateColumns,
    load: async (tx) => ({ reporting: await selectReportingCurrency(tx, ctx.actor.workspaceId) }),
    check: ({ row, cells }, { reporting }, errors): Rate | undefined => {
      const parsed = parseCells(
        t,
        Row,
        row,
        {
          currency: cells.currency ?? '',
          month: cells.month ?? '',
          rate: cells.rate ?? '',
          source: cells.source ?? '',
        },
        columnOfField,
        errors,
      );
      if (!parsed) return undefined;
      if (parsed.currency === reporting) {
        const detail = t('validation.rate_same_currency', { currency: reporting });
        errors.push(rowError(row, 'currency', detail));
        return undefined;
      }
      return {
        row,
        currency: parsed.currency,
        month: firstDayOf(parsed.month),
        rate: parsed.rate,
        source: parsed.source,
        entry: 'imported',
      };
    },
    checkAll: (rates, _lookups, errors) => {
      const seen = new Map<string, number>();
      for (const rate of rates) {
        const key = `${rate.currency} ${rate.month}`;
        const other = seen.get(key);
        if (other !== undefined) {
          const detail = t('imports.validation.rate_duplicate', {
            currency: rate.currency,
            month: rate.month.slice(0, 7),
            other,
          });
          errors.push(rowError(rate.row, 'month', detail));
        } else seen.set(key, rate.row);
      }
    },
    write: async (tx, rates, { reporting }, onProgress) => {
      await upsertRates(
        tx,
        ctx.actor.workspaceId,
        reporting,
        rates,
        { userId: ctx.actor.userId, name: ctx.actor.name },
        ctx.clock.now(),
      );
      onProgress(rates.length);
      return { rates: rates.length };
    },
    audit: { entityType: 'exchange_rate', action: 'exchange_rates.imported' },
  });
}
