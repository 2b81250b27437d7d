// Every SQL statement of the exchange rates: the reporting currency, the rates into it, and the
// months a distributor reported revenue in a currency that has no rate yet.
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { currencySettings, distributor, distributorMonth, exchangeRate } from '../db/schema.ts';
import { convertKpiRevenue } from './kpi.queries.ts';

export const DEFAULT_REPORTING_CURRENCY = 'EUR';

export async function selectReportingCurrency(tx: Tx, workspaceId: string): Promise<string> {
  const [row] = await tx
    .select({ currency: currencySettings.reportingCurrency })
    .from(currencySettings)
    .where(eq(currencySettings.workspaceId, workspaceId));
  return row?.currency ?? DEFAULT_REPORTING_CURRENCY;
}

// Every write below converts the KPI snapshot's revenue again (kpi.queries.ts), in the same
// transaction: the portfolio reads it converted.

export async function upsertReportingCurrency(
  tx: Tx,
  workspaceId: string,
  currency: string,
  userId: string | null,
) {
  await tx
    .insert(currencySettings)
    .values({ workspaceId, reportingCurrency: currency, updatedBy: userId })
    .onConflictDoUpdate({
      target: currencySettings.workspaceId,
      set: { reportingCurrency: currency, updatedBy: userId, updatedAt: sql`now()` },
    });
  await convertKpiRevenue(tx, workspaceId, null);
}

const rateColumns = {
  currency: exchangeRate.currency,
  month: exchangeRate.month,
  rate: exchangeRate.rate,
  source: exchangeRate.source,
  entry: exchangeRate.entry,
  enteredByName: exchangeRate.enteredByName,
  enteredAt: exchangeRate.enteredAt,
};

/** The rates into `reportingCurrency`, newest month first. */
export function listRates(tx: Tx, workspaceId: string, reportingCurrency: string) {
  return tx
    .select(rateColumns)
    .from(exchangeRate)
    .where(
      and(
        eq(exchangeRate.workspaceId, workspaceId),
        eq(exchangeRate.reportingCurrency, reportingCurrency),
      ),
    )
    .orderBy(desc(exchangeRate.month), asc(exchangeRate.currency));
}

export function findRate(
  tx: Tx,
  workspaceId: string,
  reportingCurrency: string,
  currency: string,
  month: string,
) {
  return tx
    .select(rateColumns)
    .from(exchangeRate)
    .where(
      and(
        eq(exchangeRate.workspaceId, workspaceId),
        eq(exchangeRate.reportingCurrency, reportingCurrency),
        eq(exchangeRate.currency, currency),
        eq(exchangeRate.month, month),
      ),
    )
    .then((rows) => rows[0]);
}

export type NewRate = {
  currency: string;
  month: string;
  rate: number;
  source: string;
  entry: 'entered' | 'imported';
};

/** Writes rates (a month given as its first day); a rate already there is replaced. */
export async function upsertRates(
  tx: Tx,
  workspaceId: string,
  reportingCurrency: string,
  rates: NewRate[],
  by: { userId: string | null; name: string },
  now: Date,
) {
  for (let start = 0; start < rates.length; start += 500) {
    await tx
      .insert(exchangeRate)
      .values(
        rates.slice(start, start + 500).map((rate) => ({
          workspaceId,
          reportingCurrency,
          currency: rate.currency,
          month: rate.month,
          rate: String(rate.rate),
          source: rate.source,
          entry: rate.entry,
          enteredBy: by.userId,
          enteredByName: by.name,
          enteredAt: now,
        })),
      )
      .onConflictDoUpdate({
        target: [
          exchangeRate.workspaceId,
          exchangeRate.reportingCurrency,
          exchangeRate.currency,
          exchangeRate.month,
        ],
        set: {
          rate: sql`excluded.rate`,
          source: sql`excluded.source`,
          entry: sql`excluded.entry`,
          enteredBy: sql`excluded.entered_by`,
          enteredByName: sql`excluded.entered_by_name`,
          enteredAt: sql`excluded.entered_at`,
        },
      });
  }
  await convertKpiRevenue(tx, workspaceId, null);
}

export async function deleteRate(
  tx: Tx,
  workspaceId: string,
  reportingCurrency: string,
  currency: string,
  month: string,
) {
  const deleted = await tx
    .delete(exchangeRate)
    .where(
      and(
        eq(exchangeRate.workspaceId, workspaceId),
        eq(exchangeRate.reportingCurrency, reportingCurrency),
        eq(exchangeRate.currency, currency),
        eq(exchangeRate.month, month),
      ),
    )
    .returning({ currency: exchangeRate.currency });
  await convertKpiRevenue(tx, workspaceId, null);
  return deleted;
}

/**
 * Months in which an active distributor reported revenue in another currency than the reporting
 * one and no rate exists, over the last 36 months of reports: the rates still to enter.
 */
export function listMissingRates(tx: Tx, workspaceId: string, reportingCurrency: string) {
  return tx
    .selectDistinct({ currency: distributorMonth.currency, month: distributorMonth.period })
    .from(distributorMonth)
    .innerJoin(
      distributor,
      and(
        eq(distributor.workspaceId, distributorMonth.workspaceId),
        eq(distributor.id, distributorMonth.distributorId),
        eq(distributor.status, 'active'),
      ),
    )
    .leftJoin(
      exchangeRate,
      and(
        eq(exchangeRate.workspaceId, distributorMonth.workspaceId),
        eq(exchangeRate.reportingCurrency, reportingCurrency),
        eq(exchangeRate.currency, distributorMonth.currency),
        eq(exchangeRate.month, distributorMonth.period),
      ),
    )
    .where(
      and(
        eq(distributorMonth.workspaceId, workspaceId),
        sql`${distributorMonth.currency} <> ${reportingCurrency}`,
        sql`${distributorMonth.revenue} <> 0`,
        sql`${distributorMonth.period} > (select max(p.period) from distributor_month p
          where p.workspace_id = ${workspaceId}) - interval '36 months'`,
        sql`${exchangeRate.rate} is null`,
      ),
    )
    .orderBy(desc(distributorMonth.period), asc(distributorMonth.currency))
    .limit(500);
}
