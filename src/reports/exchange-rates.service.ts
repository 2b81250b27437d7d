// Exchange rates (#16): the workspace's reporting currency, set by a principal admin, and a rate
// per currency and month into it, entered by the principal's editors or imported from a CSV file
// (exchange-rates-import.service.ts). The portfolio converts with them (portfolio.service.ts).
import { recordAudit } from '../platform/audit.ts';
import { AppError } from '../platform/errors.ts';
import {
  type Context,
  inTransaction,
  principalEditors,
  principalRoles,
  requireRole,
} from '../platform/tenancy.ts';
import {
  deleteRate,
  findRate,
  listMissingRates,
  listRates,
  selectReportingCurrency,
  upsertRates,
  upsertReportingCurrency,
} from './exchange-rates.queries.ts';
import type { ExchangeRate, RateInput } from './exchange-rates.schema.ts';

type RateRow = Awaited<ReturnType<typeof listRates>>[number];

export function toExchangeRate(row: RateRow): ExchangeRate {
  return {
    currency: row.currency,
    month: row.month.slice(0, 7),
    rate: Number(row.rate),
    source: row.source,
    entry: row.entry,
    enteredByName: row.enteredByName,
    enteredAt: row.enteredAt,
  };
}

/** YYYY-MM → the first day of the month, as the tables keep months. */
export const firstDayOf = (month: string) => `${month}-01`;

export function getExchangeRates(ctx: Context) {
  requireRole(ctx.actor, principalRoles);
  return inTransaction(ctx, async (tx) => {
    const workspaceId = ctx.actor.workspaceId;
    const reportingCurrency = await selectReportingCurrency(tx, workspaceId);
    const rows = await listRates(tx, workspaceId, reportingCurrency);
    const missing = await listMissingRates(tx, workspaceId, reportingCurrency);
    return {
      reportingCurrency,
      items: rows.map(toExchangeRate),
      missing: missing.map((row) => ({ currency: row.currency, month: row.month.slice(0, 7) })),
    };
  });
}

export function getReportingCurrency(ctx: Context) {
  requireRole(ctx.actor, principalRoles);
  return inTransaction(ctx, async (tx) => ({
    currency: await selectReportingCurrency(tx, ctx.actor.workspaceId),
  }));
}

/** The reporting currency is the principal admin's choice; rates into the old one stay kept. */
export function setReportingCurrency(ctx: Context, currency: string) {
  requireRole(ctx.actor, ['principal_admin']);
  return inTransaction(ctx, async (tx) => {
    const workspaceId = ctx.actor.workspaceId;
    const before = await selectReportingCurrency(tx, workspaceId);
    await upsertReportingCurrency(tx, workspaceId, currency, ctx.actor.userId);
    if (before !== currency) {
      await recordAudit(tx, ctx.actor, {
        entityType: 'currency_settings',
        entityId: workspaceId,
        action: 'exchange_rates.reporting_currency_set',
        before: { reportingCurrency: before },
        after: { reportingCurrency: currency },
      });
    }
    return { currency };
  });
}

/** Enters or replaces the rate of one currency and month. */
export function putExchangeRate(ctx: Context, currency: string, month: string, input: RateInput) {
  requireRole(ctx.actor, principalEditors);
  if (ctx.actor.distributorId !== null) throw new AppError('forbidden');
  return inTransaction(ctx, async (tx) => {
    const workspaceId = ctx.actor.workspaceId;
    const reporting = await selectReportingCurrency(tx, workspaceId);
    if (currency === reporting) {
      throw new AppError('validation_failed', {
        errors: [
          {
            pointer: '#/currency',
            detail: ctx.t('validation.rate_same_currency', { currency: reporting }),
          },
        ],
      });
    }
    const day = firstDayOf(month);
    const before = await findRate(tx, workspaceId, reporting, currency, day);
    await upsertRates(
      tx,
      workspaceId,
      reporting,
      [{ currency, month: day, rate: input.rate, source: input.source, entry: 'entered' }],
      { userId: ctx.actor.userId, name: ctx.actor.name },
      ctx.clock.now(),
    );
    const after = await findRate(tx, workspaceId, reporting, currency, day);
    if (!after) throw new AppError('not_found');
    await recordAudit(tx, ctx.actor, {
      entityType: 'exchange_rate',
      entityId: workspaceId,
      action: before ? 'exchange_rates.rate_changed' : 'exchange_rates.rate_entered',
      before: before ? rateSummary(reporting, toExchangeRate(before)) : null,
      after: rateSummary(reporting, toExchangeRate(after)),
    });
    return toExchangeRate(after);
  });
}

export function removeExchangeRate(ctx: Context, currency: string, month: string) {
  requireRole(ctx.actor, principalEditors);
  if (ctx.actor.distributorId !== null) throw new AppError('forbidden');
  return inTransaction(ctx, async (tx) => {
    const workspaceId = ctx.actor.workspaceId;
    const reporting = await selectReportingCurrency(tx, workspaceId);
    const day = firstDayOf(month);
    const before = await findRate(tx, workspaceId, reporting, currency, day);
    if (!before) throw new AppError('not_found');
    await deleteRate(tx, workspaceId, reporting, currency, day);
    await recordAudit(tx, ctx.actor, {
      entityType: 'exchange_rate',
      entityId: workspaceId,
      action: 'exchange_rates.rate_deleted',
      before: rateSummary(reporting, toExchangeRate(before)),
      after: null,
    });
  });
}

function rateSummary(reportingCurrency: string, rate: ExchangeRate) {
  return {
    reportingCurrency,
    currency: rate.currency,
    month: rate.month,
    rate: rate.rate,
    source: rate.source,
  };
}
