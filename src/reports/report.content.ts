// A distributor's monthly report as structured data. One zod schema serves the portal form, the
// API and the spreadsheet import (src/reports/spreadsheet), so a report means the same wherever it
// was typed. Rows that belong to the reporting context (which product lines exist, which period and
// currency are due) are checked by the caller; this schema checks what the report alone can show.
import { z } from 'zod';
import { CurrencyCode, IsoDate, ProductLineCode } from '../platform/fields.ts';

export const pipelineStages = [
  'lead',
  'qualified',
  'proposal',
  'negotiation',
  'won',
  'lost',
] as const;
export type PipelineStage = (typeof pipelineStages)[number];

/** Calendar month being reported, e.g. "2026-03". */
export const ReportPeriod = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
  // There is no year 0 in PostgreSQL's calendar.
  .refine((value) => !value.startsWith('0000'), { message: 'validation.year_zero' })
  .meta({ description: 'Calendar month, YYYY-MM', examples: ['2026-03'] });

// A product line's short code as the principal defines it (platform/fields.ts).
export { ProductLineCode };

const Units = z.number().int().min(0).max(1e9);
// Money is a number of the report's currency with at most 2 decimals: spreadsheets hold numbers
// as doubles anyway, and amounts up to 1e12 keep cents exact. A string type would make every
// spreadsheet cell a text cell that Excel cannot sum. Currencies with 0 or 3 decimals still fit.
const Money = z.number().min(0).max(1e12).multipleOf(0.01);
const Text = (maximum: number) => z.string().trim().min(1).max(maximum);

export const SalesLine = z.object({ productLine: ProductLineCode, units: Units, revenue: Money });
export const InventoryLine = z.object({ productLine: ProductLineCode, unitsOnHand: Units });
export const PipelineOpportunity = z.object({
  account: Text(200),
  productLine: ProductLineCode,
  stage: z.enum(pipelineStages),
  value: Money,
  expectedClose: IsoDate.meta({ description: 'Calendar date, YYYY-MM-DD' }),
});
export const MarketNote = z.object({
  note: Text(4000),
  tags: z.array(Text(50)).max(20),
});
export const CompetitiveObservation = z.object({
  competitor: Text(200),
  product: Text(200).nullable(),
  pricePoint: Money.nullable(),
  observation: Text(4000),
});
export const CustomerSatisfaction = z.object({
  complaints: Units,
  returns: Units,
  /** 0–10, two decimals at most; null when the distributor did not measure it this month. */
  score: z.number().min(0).max(10).multipleOf(0.01).nullable(),
});

export const MonthlyReportContent = z
  .object({
    period: ReportPeriod,
    currency: CurrencyCode,
    sales: z.array(SalesLine).max(5000),
    inventory: z.array(InventoryLine).max(5000),
    pipeline: z.array(PipelineOpportunity).max(50_000),
    marketIntelligence: z.array(MarketNote).max(1000),
    competitiveActivity: z.array(CompetitiveObservation).max(1000),
    customerSatisfaction: CustomerSatisfaction,
  })
  .superRefine((report, ctx) => {
    const keyed = {
      sales: report.sales.map((line) => line.productLine),
      inventory: report.inventory.map((line) => line.productLine),
      pipeline: report.pipeline.map((row) => `${row.account.toLowerCase()}|${row.productLine}`),
    };
    for (const [section, keys] of Object.entries(keyed)) {
      const firstIndex = new Map<string, number>();
      keys.forEach((key, index) => {
        const earlier = firstIndex.get(key);
        if (earlier === undefined) firstIndex.set(key, index);
        else {
          ctx.addIssue({
            code: 'custom',
            path: [section, index],
            message: 'report.spreadsheet.duplicate_row',
            params: { value: key.replace('|', ', '), firstRow: earlier + 1 },
          });
        }
      });
    }
  });
export type MonthlyReportContent = z.infer<typeof MonthlyReportContent>;
