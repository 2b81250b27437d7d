// Targets, KPIs, scorecards and the portfolio over HTTP. Definitions of every KPI: docs/kpis.md.
import { z } from 'zod';
import { ResponsivenessKpi } from '../communication/communication.schema.ts';
import { RelationshipStatus } from '../distributors/distributors.schema.ts';
import { Uuid } from '../platform/fields.ts';
import { ProductLineCode, ReportPeriod } from './report.content.ts';

export const kpiKeys = [
  'attainment',
  'growth',
  'sellThrough',
  'inventoryTurns',
  'weeksOfCover',
  'timeliness',
  'meetingsHeld',
  'notesOnTime',
  'actionsOnTime',
  'complaints',
  'returns',
  'satisfaction',
  'margin',
  'orderGrowth',
] as const;
export type KpiKey = (typeof kpiKeys)[number];

/**
 * KPIs only the principal's staff see: the margin rests on the principal's unit costs, which
 * revenue × (1 − margin) would give away to the distributor.
 */
export const principalOnlyKpis: ReadonlySet<KpiKey> = new Set(['margin']);

/** How a KPI reads: a ratio shows as a percentage; higher is better unless `lowerIsBetter`. */
export const KpiUnit = z.enum(['ratio', 'weeks', 'turns', 'count', 'score']);

export const Target = z
  .object({
    id: Uuid,
    productLine: z.object({ id: Uuid, code: z.string(), name: z.string() }).nullable(),
    periodKind: z.enum(['month', 'quarter', 'year']),
    period: ReportPeriod.meta({ description: 'First month of the period' }),
    revenue: z.number(),
    units: z.number().int().nullable(),
  })
  .meta({ id: 'Target' });

export const TargetInput = z.object({
  productLine: ProductLineCode.nullable().meta({ description: 'null: all product lines' }),
  periodKind: z.enum(['month', 'quarter', 'year']),
  period: ReportPeriod,
  revenue: z.number().min(0).max(1e13),
  units: z.number().int().min(0).max(1e12).nullable().default(null),
});

export const TargetsInput = z.object({
  targets: z.array(TargetInput).max(5000),
  replaceYear: z
    .number()
    .int()
    .min(2000)
    .max(2100)
    .optional()
    .meta({ description: 'Remove this year’s other targets of the distributor first' }),
});
export type TargetsInput = z.infer<typeof TargetsInput>;

export const TargetsQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

export const TargetSource = z
  .object({
    kind: z.enum(['entered', 'quarter', 'year', 'lines', 'months']),
    period: ReportPeriod.nullable().meta({
      description: 'The first month of the quarter or year the figure is derived from',
    }),
  })
  .meta({
    id: 'TargetSource',
    description:
      'Where a period’s target comes from: entered for it, derived from its quarter or year, the sum of the product lines’ or of its months’',
  });

export const PeriodTarget = z.object({
  productLine: z
    .string()
    .nullable()
    .meta({ description: 'A product line code; null for all lines' }),
  periodKind: z.enum(['month', 'quarter', 'year']),
  period: ReportPeriod,
  revenue: z.number(),
  source: TargetSource,
});

export const TargetList = z.object({
  currency: z.string(),
  targets: z.array(Target),
  periods: z
    .array(PeriodTarget)
    .meta({ description: 'Every period’s target as the scorecard uses it, entered or derived' }),
});

const KpiValue = z.number().nullable();

export const Kpi = z.object({
  key: z.enum(kpiKeys),
  unit: KpiUnit,
  lowerIsBetter: z.boolean(),
  value: KpiValue,
  target: KpiValue.meta({ description: 'The target or commitment, where the KPI has one' }),
  portfolioMedian: KpiValue,
  trend: z.array(z.object({ period: ReportPeriod, value: KpiValue })),
});

export const ScorecardMonth = z.object({
  period: ReportPeriod,
  revenue: z.number().nullable(),
  targetRevenue: z.number().nullable(),
  targetSource: TargetSource.nullable(),
  units: z.number().nullable(),
  unitsOnHand: z.number().nullable(),
  complaints: z.number().nullable(),
  returns: z.number().nullable(),
  satisfaction: z.number().nullable(),
  reported: z.boolean(),
  onTime: z.boolean().nullable(),
  orderValue: z
    .number()
    .nullable()
    .meta({ description: 'Net value of the month’s orders (sell-in), in orderCurrency' }),
});

export const Scorecard = z
  .object({
    distributor: z.object({
      id: Uuid,
      name: z.string(),
      country: z.string(),
      relationshipStatus: RelationshipStatus,
      lifecycleStage: z.string().nullable().meta({
        description: 'The principal’s internal lifecycle stage; null for a distributor’s users',
      }),
      tier: z.string().nullable(),
    }),
    currency: z.string(),
    orderCurrency: z
      .string()
      .nullable()
      .meta({ description: 'The currency most of the distributor’s orders are in' }),
    asOf: ReportPeriod.nullable().meta({ description: 'The latest month with a report' }),
    kpis: z.array(Kpi),
    months: z.array(ScorecardMonth),
    responsiveness: ResponsivenessKpi,
    reviews: z.array(
      z.object({
        meetingId: Uuid,
        kind: z.string(),
        startsAt: z.date(),
        notes: z.string(),
      }),
    ),
  })
  .meta({ id: 'Scorecard' });

export const ScorecardQuery = z.object({
  months: z.coerce.number().int().min(3).max(36).default(36),
});

export const PortfolioQuery = z.object({
  q: z.string().trim().max(200).optional(),
  country: z
    .string()
    .regex(/^[A-Z]{2}(,[A-Z]{2})*$/)
    .optional(),
  stage: z.string().max(200).optional(),
  tier: z.string().max(200).optional(),
  owner: z
    .literal('me')
    .optional()
    .meta({ description: 'me: only the distributors the caller owns (my distributors)' }),
  sort: z.enum(['name', 'country', 'tier', 'revenue12m', ...kpiKeys]).default('attainment'),
  order: z.enum(['asc', 'desc']).default('desc'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(2000).default(100),
});
export type PortfolioQuery = z.infer<typeof PortfolioQuery>;

export const PortfolioRow = z.object({
  distributorId: Uuid,
  name: z.string(),
  country: z.string(),
  lifecycleStage: z.string(),
  tier: z.string().nullable(),
  currency: z.string().nullable(),
  revenue12m: z.number().nullable().meta({ description: 'Revenue 12 m in `currency`' }),
  revenue12mConverted: z.number().nullable().meta({
    description:
      'Revenue 12 m in the reporting currency, each month at its rate; null when a rate is missing',
  }),
  missingRates: z
    .array(z.object({ currency: z.string(), month: z.string() }))
    .meta({ description: 'Months with revenue in a currency that has no rate for that month' }),
  asOf: z.string().nullable(),
  kpis: z.record(z.enum(kpiKeys), KpiValue),
});

export const Portfolio = z
  .object({
    items: z.array(PortfolioRow),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    medians: z.record(z.enum(kpiKeys), KpiValue),
    tiers: z.array(z.object({ tier: z.string(), count: z.number().int() })),
    reportingCurrency: z.string(),
    revenueTotal: z.number().nullable().meta({
      description: 'Revenue 12 m of every matching row in the reporting currency, rows with a rate',
    }),
    revenueUnconverted: z
      .number()
      .int()
      .meta({ description: 'Matching rows left out of the total for a missing rate' }),
  })
  .meta({ id: 'Portfolio' });

export const TierRule = z.object({
  tier: z.string().trim().min(1).max(20),
  minAttainment: z.number().min(0).max(10).nullable().default(null),
  minGrowth: z.number().min(-1).max(10).nullable().default(null),
  minTimeliness: z.number().min(0).max(1).nullable().default(null),
  minSatisfaction: z.number().min(0).max(10).nullable().default(null),
});
export type TierRule = z.infer<typeof TierRule>;

export const TierRules = z
  .object({
    rules: z
      .array(TierRule)
      .min(1)
      .max(10)
      .meta({ description: 'First match wins; a rule without minimums catches the rest' }),
  })
  .meta({ id: 'TierRules' });
