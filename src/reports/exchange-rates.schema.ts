// Exchange rates over HTTP (#16): the workspace's reporting currency and a rate per currency and
// month into it. A rate is quoted as the ECB does: units of the currency for one unit of the
// reporting currency (1 EUR = 38.4 THB), so an amount converts as amount / rate.
import { z } from 'zod';
import { CurrencyCode } from '../platform/fields.ts';
import { ReportPeriod } from './report.content.ts';

export const ReportingCurrency = z
  .object({ currency: CurrencyCode })
  .meta({ id: 'ReportingCurrency' });
export type ReportingCurrency = z.infer<typeof ReportingCurrency>;

export const RateValue = z
  .number()
  // A refinement, so the message says what a rate is rather than "Must be at least 0".
  .refine((value) => value > 0 && value <= 1e11, { message: 'validation.rate_positive' })
  .meta({
    description: 'Units of the currency for one unit of the reporting currency (1 EUR = 38.4 THB)',
    examples: [38.4],
  });

export const RateSource = z
  .string()
  .trim()
  .max(200)
  .refine((value) => value.length > 0, { message: 'validation.rate_source' })
  .meta({ description: 'Where the rate comes from, e.g. "ECB reference rate, monthly average"' });

export const RateParams = z.object({
  currency: z.string().toUpperCase().pipe(CurrencyCode),
  month: ReportPeriod,
});

export const RateInput = z.object({ rate: RateValue, source: RateSource });
export type RateInput = z.infer<typeof RateInput>;

export const ExchangeRate = z
  .object({
    currency: z.string(),
    month: z.string().meta({ description: 'YYYY-MM' }),
    rate: z.number(),
    source: z.string(),
    entry: z.enum(['entered', 'imported']),
    enteredByName: z.string(),
    enteredAt: z.date(),
  })
  .meta({ id: 'ExchangeRate' });
export type ExchangeRate = z.infer<typeof ExchangeRate>;

export const ExchangeRateList = z
  .object({
    reportingCurrency: z.string(),
    items: z.array(ExchangeRate),
    /** Months a distributor reported revenue in a currency without a rate: what to enter next. */
    missing: z.array(z.object({ currency: z.string(), month: z.string() })),
  })
  .meta({ id: 'ExchangeRateList' });

/** The web form's entry: the path's currency and month with the body's rate and source. */
export const RateEntry = RateParams.extend(RateInput.shape);
