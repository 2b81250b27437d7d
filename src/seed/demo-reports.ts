// The demo's monthly reports, up to 36 months a distributor, with yearly targets. Saigon Motor
// Parts tells the story: strong for a year after signing, then its orders stall about six months
// ago, its reports come later and later and the last two are missing, its brake-pad stock falls
// below the charter's 8-week buffer, a competing brake line shows up and complaints rise. Its
// reports go through submitReport, so facts, summaries and KPIs are computed as in production;
// the rest of the portfolio is written in bulk, and one KPI refresh covers everyone at the end.
// Submission times are then moved into the past, like the lifecycle history.
import { createHash, randomUUID } from 'node:crypto';
import { asc, eq, sql } from 'drizzle-orm';
import { canonicalize } from '../charter/charter.document.ts';
import type { Database, Tx } from '../db/client.ts';
import { distributor } from '../db/schema.ts';
import { type Context, makeContext } from '../platform/tenancy.ts';
import { refreshKpis } from '../reports/kpi.service.ts';
import { dueOn, recentPeriods } from '../reports/periods.ts';
import type { MonthlyReportContent } from '../reports/report.content.ts';
import { submitReport } from '../reports/reports.service.ts';
import { setTargets } from '../reports/targets.service.ts';
import { demoProductLines } from './demo-charters.ts';
import { demoDistributors, demoUsers } from './demo-data.ts';
import { saigonMonth, saigonStory } from './demo-reports-saigon.ts';

/** Units of each report currency per euro, so amounts look right in every currency. */
const perEuro: Record<string, number> = { EUR: 1, USD: 1.08, THB: 38, CNY: 7.8, PLN: 4.3, MXN: 19 };
/** Euro price a unit of each product line, by its code's category. */
const euroPrice: Record<string, number> = {
  BRK: 24,
  FLT: 5,
  CLU: 140,
  SUS: 45,
  STE: 28,
  COO: 60,
  ELE: 120,
  LGT: 85,
  BLT: 70,
  EXH: 190,
};
/** The principal's unit cost as a share of the euro price, by category: margins differ by mix. */
const costShare: Record<string, number> = {
  BRK: 0.55,
  FLT: 0.48,
  CLU: 0.62,
  SUS: 0.6,
  STE: 0.58,
  COO: 0.57,
  ELE: 0.66,
  LGT: 0.52,
  BLT: 0.6,
  EXH: 0.68,
};
/** How many months each lifecycle stage has reported, where the history does not say. */
const monthsByStage: Record<string, number> = {
  active: 36,
  at_risk: 36,
  suspended: 30,
  terminated: 24,
  onboarding: 2,
  prospect: 0,
};

/** mulberry32: the same demo on every start. */
function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), state | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const hashOf = (content: unknown) =>
  createHash('sha256').update(canonicalize(content)).digest('hex');

type DemoDistributorRow = {
  id: string;
  name: string;
  stage: string;
  currency: string;
};

/** Months reported, from the story's history where it has one (days since active or onboarding). */
function monthsReported(row: DemoDistributorRow) {
  const story = demoDistributors.find((demo) => demo.name === row.name);
  if (!story) return monthsByStage[row.stage] ?? 0;
  const index = story.stages.indexOf(story.stages.includes('active') ? 'active' : 'onboarding');
  if (index < 1) return 0;
  return Math.min(36, Math.floor((story.history[index]?.[0] ?? 0) / 30.4));
}

/** One distributor's reports, newest last: lines it sells, season, growth and habits. */
function portfolioReports(row: DemoDistributorRow, index: number, periods: string[]) {
  const random = seeded(1000 + index);
  const fx = perEuro[row.currency] ?? 1;
  const lines = demoProductLines
    .map(([code]) => code)
    .filter(() => random() < 0.5)
    .map((code) => ({ code, units: Math.round(40 + random() * 900) }));
  const isStory = demoDistributors.some((demo) => demo.name === row.name);
  const growth = row.stage === 'at_risk' ? -0.25 : -0.05 + random() * 0.3;
  const lateness = row.stage === 'at_risk' ? 0.45 : isStory ? 0.03 : random() * 0.15;
  const stopsAt = row.stage === 'suspended' ? 6 : row.stage === 'terminated' ? 12 : 0;
  const reported = periods.slice(periods.length - monthsReported(row), periods.length - stopsAt);
  return reported.map((period, month) => {
    const age = reported.length - 1 - month;
    const season = 1 + 0.15 * Math.sin(((Number(period.slice(5)) + index) / 12) * 2 * Math.PI);
    const level = (1 + growth) ** (-age / 12) * season;
    const sales = lines.map((line) => {
      const units = Math.round(line.units * level * (0.85 + random() * 0.3));
      const price = (euroPrice[line.code.slice(0, 3)] ?? 30) * fx;
      return { productLine: line.code, units, revenue: Math.round(units * price * 100) / 100 };
    });
    const content: MonthlyReportContent = {
      period,
      currency: row.currency,
      sales,
      inventory: sales.map((line) => ({
        productLine: line.productLine,
        unitsOnHand: Math.round((line.units / 4.345) * (5 + random() * 5)),
      })),
      pipeline: [],
      marketIntelligence: [],
      competitiveActivity: [],
      customerSatisfaction: {
        complaints: Math.floor(random() * 3),
        returns: Math.floor(random() * 2),
        score: Math.round((7 + random() * 2.5) * 10) / 10,
      },
    };
    const late = random() < lateness;
    const daysAfterDue = late ? 1 + Math.floor(random() * 14) : -1 - Math.floor(random() * 8);
    return { period, content, daysAfterDue };
  });
}

/** Yearly targets for all lines: each year's reported revenue, annualised, times an ambition. */
function yearlyTargets(
  reports: { period: string; content: MonthlyReportContent }[],
  ambition: number,
) {
  const byYear = new Map<string, { revenue: number; months: number }>();
  for (const report of reports) {
    const year = report.period.slice(0, 4);
    const sum = byYear.get(year) ?? { revenue: 0, months: 0 };
    sum.revenue += report.content.sales.reduce((total, line) => total + line.revenue, 0);
    sum.months += 1;
    byYear.set(year, sum);
  }
  return [...byYear].map(([year, sum]) => ({
    year,
    revenue: Math.round((sum.revenue / sum.months) * 12 * ambition),
  }));
}

/** Writes the reports of everyone but Saigon Motor Parts in a few statements. */
async function writePortfolioReports(
  tx: Tx,
  workspaceId: string,
  rows: DemoDistributorRow[],
  periods: string[],
) {
  const reports: Record<string, unknown>[] = [];
  const targets: Record<string, unknown>[] = [];
  rows.forEach((row, index) => {
    const generated = portfolioReports(row, index, periods);
    // Plans assume growth: a distributor in decline misses them by a wide margin.
    const ambition = (row.stage === 'at_risk' ? 1.2 : 0.9) + seeded(index)() * 0.25;
    for (const target of yearlyTargets(generated, ambition)) {
      targets.push({
        distributor_id: row.id,
        period: `${target.year}-01-01`,
        revenue: target.revenue,
      });
    }
    for (const [position, report] of generated.entries()) {
      const due = dueOn(report.period, 10);
      const submitted = new Date(Date.parse(`${due}T09:00:00Z`) + report.daysAfterDue * 86_400_000);
      reports.push({
        id: randomUUID(),
        distributor_id: row.id,
        distributor_name: row.name,
        period: `${report.period}-01`,
        currency: row.currency,
        status: position >= generated.length - 2 ? 'submitted' : 'accepted',
        due_on: due,
        submitted_at: new Date(Math.min(submitted.getTime(), Date.now() - 3_600_000)).toISOString(),
        content: report.content,
        content_hash: hashOf(report.content),
      });
    }
  });
  const json = JSON.stringify(reports);
  const recordset = sql`jsonb_to_recordset(${json}::jsonb) as r(id uuid, distributor_id uuid,
    distributor_name text, period date, currency text, status text, due_on date,
    submitted_at timestamptz, content jsonb, content_hash text)`;
  await tx.execute(sql`insert into sales_target (workspace_id, distributor_id, product_line_id,
      period_kind, period, revenue)
    select ${workspaceId}, t.distributor_id, null, 'year', t.period, t.revenue
    from jsonb_to_recordset(${JSON.stringify(targets)}::jsonb)
      as t(distributor_id uuid, period date, revenue numeric)`);
  await tx.execute(sql`insert into monthly_report (workspace_id, id, distributor_id, period,
      currency, status, revision, due_on, first_submitted_at, submitted_at, reviewed_at,
      created_at, updated_at)
    select ${workspaceId}, r.id, r.distributor_id, r.period, r.currency, r.status, 1, r.due_on,
      r.submitted_at, r.submitted_at,
      case when r.status = 'accepted' then r.submitted_at + interval '2 days' end,
      r.submitted_at, r.submitted_at
    from ${recordset}`);
  await tx.execute(sql`insert into monthly_report_revision (workspace_id, report_id, revision,
      content, source, content_hash, created_at)
    select ${workspaceId}, r.id, 1, r.content, 'xlsx', r.content_hash, r.submitted_at
    from ${recordset}`);
  await tx.execute(sql`insert into monthly_report_event (workspace_id, report_id, kind, revision,
      actor_name, created_at)
    select ${workspaceId}, r.id, 'submitted', 1, r.distributor_name, r.submitted_at
    from ${recordset}`);
  await tx.execute(sql`insert into sales_fact (workspace_id, distributor_id, period,
      product_line_id, units, revenue, units_on_hand)
    select ${workspaceId}, r.distributor_id, r.period, l.id, (s ->> 'units')::bigint,
      (s ->> 'revenue')::numeric, (i ->> 'unitsOnHand')::bigint
    from ${recordset}
    cross join jsonb_array_elements(r.content -> 'sales') s
    join product_line l on l.workspace_id = ${workspaceId} and l.code = s ->> 'productLine'
    left join jsonb_array_elements(r.content -> 'inventory') i
      on i ->> 'productLine' = s ->> 'productLine'`);
  // The month's summary as writeReportFacts keeps it, for all these months at once.
  await tx.execute(sql`insert into distributor_month (workspace_id, distributor_id, period,
      currency, revenue, units, units_on_hand, target_revenue, cost, complaints, returns,
      satisfaction, pipeline_value, report_due_on, report_submitted_at)
    select ${workspaceId}, r.distributor_id, r.period, r.currency, f.revenue, f.units,
      f.units_on_hand, round(t.revenue / 12, 2), f.cost,
      (r.content #>> '{customerSatisfaction,complaints}')::int,
      (r.content #>> '{customerSatisfaction,returns}')::int,
      (r.content #>> '{customerSatisfaction,score}')::numeric, 0, r.due_on, r.submitted_at
    from ${recordset}
    cross join lateral (
      select sum(s.revenue) as revenue, sum(s.units) as units,
        sum(s.units_on_hand) as units_on_hand,
        case when bool_and(c.unit_cost is not null) then sum(s.units * c.unit_cost) end as cost
      from sales_fact s
      left join product_line_cost c on c.workspace_id = s.workspace_id
        and c.product_line_id = s.product_line_id and c.currency = r.currency
      where s.workspace_id = ${workspaceId} and s.distributor_id = r.distributor_id
        and s.period = r.period
    ) f
    left join sales_target t on t.workspace_id = ${workspaceId}
      and t.distributor_id = r.distributor_id and t.product_line_id is null
      and t.period_kind = 'year' and t.period = date_trunc('year', r.period)::date`);
}

export async function loadDemoReports(
  database: Database,
  system: Context,
  people: { vietnamUserId: string },
) {
  const workspaceId = system.actor.workspaceId;
  const today = new Date().toISOString().slice(0, 10);
  const periods = recentPeriods(today, 36).reverse();
  const rows = await database.db.transaction(async (tx) => {
    // The owner is bound by the FORCE'd policies too: name the workspace it writes.
    await tx.execute(sql`select set_config('app.workspace_id', ${workspaceId}, true)`);
    // The principal's unit costs in every report currency, so margins show.
    await tx.execute(sql`insert into product_line_cost (workspace_id, product_line_id, currency,
        unit_cost)
      select ${workspaceId}, l.id, c.key, round((${JSON.stringify(euroPrice)}::jsonb
        ->> split_part(l.code, '-', 1))::numeric * c.value::numeric
        * (${JSON.stringify(costShare)}::jsonb ->> split_part(l.code, '-', 1))::numeric, 4)
      from product_line l cross join jsonb_each_text(${JSON.stringify(perEuro)}::jsonb) c
      where l.workspace_id = ${workspaceId}`);
    return tx
      .select({
        id: distributor.id,
        name: distributor.name,
        stage: distributor.lifecycleStage,
        currency: distributor.reportCurrency,
      })
      .from(distributor)
      .where(eq(distributor.workspaceId, workspaceId))
      .orderBy(asc(distributor.createdAt), asc(distributor.name));
  });
  const saigon = rows.find((row) => row.name === demoDistributors[0]?.name);
  if (!saigon) throw new Error('the demo has no Saigon Motor Parts');

  const lan = makeContext(system, {
    ...system.actor,
    userId: people.vietnamUserId,
    name: demoUsers.vietnam.name,
    email: demoUsers.vietnam.email,
    role: 'distributor_admin',
    distributorId: saigon.id,
  });
  const story = saigonStory(periods);
  await setTargets(system, saigon.id, {
    targets: story.targets.map((target) => ({ ...target, productLine: null, units: null })),
  });
  for (const month of story.months) {
    await submitReport(lan, saigon.id, month.period, {
      content: saigonMonth(month),
      source: month.index < 6 ? 'portal' : 'xlsx',
      fileName: month.index < 6 ? undefined : `saigon-motor-parts-report-${month.period}.xlsx`,
    });
  }

  await database.db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('app.workspace_id', ${workspaceId}, true)`);
    const others = rows.filter((row) => row.id !== saigon.id);
    await writePortfolioReports(tx, workspaceId, others, periods);
    // Saigon's submissions, moved to when they arrived: on time for a year, then later and later.
    for (const month of story.months) {
      const at = sql`(${dueOn(month.period, 10)}::date + interval '9 hours'
        + ${month.daysAfterDue} * interval '1 day')`;
      const report = sql`(select id from monthly_report where workspace_id = ${workspaceId}
        and distributor_id = ${saigon.id} and period = ${`${month.period}-01`}::date)`;
      await tx.execute(sql`update monthly_report set first_submitted_at = ${at},
          submitted_at = ${at}, created_at = ${at}, updated_at = ${at},
          status = ${month.daysAfterDue > 20 ? 'submitted' : 'accepted'},
          reviewed_at = case when ${month.daysAfterDue} > 20 then null else ${at} + interval '1 day' end
        where workspace_id = ${workspaceId} and id = ${report}`);
      await tx.execute(sql`update monthly_report_revision set created_at = ${at}
        where workspace_id = ${workspaceId} and report_id = ${report}`);
      await tx.execute(sql`update monthly_report_event set created_at = ${at}
        where workspace_id = ${workspaceId} and report_id = ${report}`);
      await tx.execute(sql`update distributor_month set report_submitted_at = ${at}
        where workspace_id = ${workspaceId} and distributor_id = ${saigon.id}
          and period = ${`${month.period}-01`}::date`);
    }
    // The hourly refresh, once for the whole portfolio.
    await refreshKpis(tx, workspaceId, null, new Date());
  });
}
