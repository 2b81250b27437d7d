// The facts of the early warnings for a whole workspace at once: one set-based statement per kind
// of fact (the relationships and their terms, the report months, the meeting discipline, the
// orders, the communication, the plan's milestones), each composed from the owning domain's fragment and read for every
// assessed distributor together, so a scan costs the same few statements for 10 or 10,000.
import { type SQL, sql } from 'drizzle-orm';
import { disciplineCountsSql, planReportDueDaysSql } from '../cadence/cadence-facts.queries.ts';
import type { DisciplineWindow } from '../cadence/discipline.service.ts';
import { chartersInForceSql } from '../charter/charter-facts.queries.ts';
import { silenceFactsSql } from '../communication/silence-facts.queries.ts';
import type { Tx } from '../db/client.ts';
import { asJsonRows, readJsonRows } from '../db/json-rows.ts';
import { relationshipBaselinesSql } from '../distributors/baseline-facts.queries.ts';
import { orderFactsSql } from '../orders/order-facts.queries.ts';
import { overdueMilestoneFactsSql } from '../plan/plan-facts.queries.ts';
import { firstReportedMonthSql, reportMonthsAtSql } from '../reports/report-month-facts.queries.ts';

/** Numbers come back as strings from pg (numeric, int8) and as numbers from PGlite. */
export type Numeric = string | number | null;

/**
 * The scan's statements read every relationship at once, so PostgreSQL plans them as large and
 * would JIT-compile them: seconds of compiling for statements that run in milliseconds. Off for
 * the rest of the transaction (PGlite has no JIT; the setting is accepted and ignored). The report
 * months of 2,000 relationships (27,000 rows) are sorted by distributor to be gathered into
 * arrays: at the default 4 MB of `work_mem` that sort spills to disk (45 of the statement's 200
 * ms); 32 MB, for this transaction only, keeps it in memory.
 */
export async function prepareScanTransaction(tx: Tx) {
  await tx.execute(sql`set local jit = off`);
  await tx.execute(sql`set local work_mem = '32MB'`);
}

/** A statement's rows, through one JSON text (db/json-rows.ts). */
function rowsOf<Row>(tx: Tx, query: SQL): Promise<Row[]> {
  return readJsonRows<Row>(tx, asJsonRows(query));
}

/**
 * The distributors assessed: those in a running relationship, or the one asked for whatever its
 * stage. Each fact statement joins its fragment to this.
 */
function assessed(workspaceId: string, distributorId: string | undefined): SQL {
  return sql`d.workspace_id = ${workspaceId} and ${
    distributorId
      ? sql`d.id = ${distributorId}`
      : sql`d.lifecycle_stage in ('onboarding', 'active', 'at_risk')`
  }`;
}

export type RelationshipFactRow = {
  id: string;
  name: string;
  country: string;
  time_zone: string;
  created_on: string;
  entered_on: string | null;
  baseline_started_on: string | null;
  baseline_buffer_weeks: Numeric;
  baseline_report_due_day: number | null;
  charter_buffer_weeks: Numeric;
  charter_report_due_day: number | null;
  charter_starts_on: string | null;
  charter_response_hours: Numeric;
  plan_report_due_day: number | null;
  first_reported: string | null;
};

/** Each assessed distributor with its terms as they stood at `until`, in name order. */
function relationshipFactsSql(workspaceId: string, until: Date, distributorId?: string) {
  return sql`select d.id, d.name, d.country, d.time_zone,
        (d.created_at at time zone d.time_zone)::date::text as created_on,
        b.entered_on, b.baseline_started_on, b.baseline_buffer_weeks, b.baseline_report_due_day,
        c.buffer_weeks as charter_buffer_weeks, c.report_due_day as charter_report_due_day,
        c.starts_on as charter_starts_on, c.response_hours as charter_response_hours,
        p.report_due_day as plan_report_due_day,
        ${firstReportedMonthSql(workspaceId, sql`d.id`)} as first_reported
      from distributor d
      join (${relationshipBaselinesSql(workspaceId)}) b on b.distributor_id = d.id
      left join (${chartersInForceSql(workspaceId, until)}) c on c.distributor_id = d.id
      left join (${planReportDueDaysSql(workspaceId)}) p on p.distributor_id = d.id
      where ${assessed(workspaceId, distributorId)}
      order by d.name`;
}

export type ReportMonthRow = {
  period: string;
  due_on: string;
  submitted_on: string | null;
  revenue: Numeric;
  units: Numeric;
  units_on_hand: Numeric;
  currency: string | null;
  competitive_activity: unknown;
  market_intelligence: unknown;
};

/** A distributor's report months, column by column: the nth of each array is one month. */
export type ReportMonthsRow = {
  distributor_id: string;
  periods: string[];
  due_on: string[];
  submitted_on: (string | null)[];
  revenue: Numeric[];
  units: Numeric[];
  units_on_hand: Numeric[];
  currency: (string | null)[];
  competitive_activity: unknown[];
  market_intelligence: unknown[];
};

/**
 * The report months, one row per distributor with each column as an array (in one group, every
 * aggregate reads the rows in the same order; numbers as text, which both drivers read as a
 * text array): 2,000 rows instead of 30,000 many-columned ones,
 * which the drivers (PGlite above all) spent longer decoding than PostgreSQL spent finding.
 */
function reportMonthsSql(fragment: SQL, workspaceId: string, distributorId?: string) {
  return sql`select f.distributor_id, array_agg(f.period) as periods,
      array_agg(f.due_on) as due_on, array_agg(f.submitted_on) as submitted_on,
      array_agg(f.revenue::text) as revenue, array_agg(f.units::text) as units,
      array_agg(f.units_on_hand::text) as units_on_hand, array_agg(f.currency) as currency,
      json_agg(f.competitive_activity) as competitive_activity,
      json_agg(f.market_intelligence) as market_intelligence
    from (${fragment}) f
    join distributor d on d.workspace_id = ${workspaceId} and d.id = f.distributor_id
    where ${assessed(workspaceId, distributorId)}
    group by f.distributor_id`;
}

/** Joins a fragment's rows (one per distributor, or several) to the distributors assessed. */
function ofAssessed(fragment: SQL, workspaceId: string, distributorId?: string) {
  return sql`select f.* from (${fragment}) f
    join distributor d on d.workspace_id = ${workspaceId} and d.id = f.distributor_id
    where ${assessed(workspaceId, distributorId)}`;
}

export type DisciplineFactRow = {
  distributor_id: string;
  meetings_planned: number;
  meetings_held: number;
  notes_overdue: number;
  actions_overdue: number;
};

export type OrderFactRow = {
  distributor_id: string;
  recent: Numeric;
  prior: Numeric;
  last_year: Numeric;
  currencies: number;
  first_order_on: string;
  last_order_on: string;
  order_days: number;
  usual_interval_days: Numeric;
};

export type SilenceFactRow = {
  distributor_id: string;
  last_inbound_at: Numeric;
  inbound_year: number;
  inbound_recent: number;
  waiting_since: Numeric;
  waiting: number;
};

export type MilestoneFactRow = {
  distributor_id: string;
  overdue: number;
  oldest_due_on: string;
  titles: string[];
};

/** Instants come back as epoch milliseconds: one shape from both drivers. */
function silenceSql(workspaceId: string, until: Date, distributorId?: string) {
  const epoch = (column: string) =>
    sql`(extract(epoch from f.${sql.raw(column)}) * 1000)::float8 as ${sql.raw(column)}`;
  return sql`select f.distributor_id, ${epoch('last_inbound_at')}, f.inbound_year, f.inbound_recent,
      ${epoch('waiting_since')}, f.waiting
    from (${silenceFactsSql(
      workspaceId,
      until,
      sql`select d.id from distributor d where ${assessed(workspaceId, distributorId)}`,
    )}) f`;
}

export type FactDay = {
  /** The day assessed (YYYY-MM-DD) and its last instant. */
  asOf: string;
  until: Date;
  /** The report months read, first days: the oldest, the newest, the first read for notes. */
  months: { fromPeriod: string; toPeriod: string; notesFrom: string };
  discipline: DisciplineWindow;
};

/**
 * The scan's statements, one per kind of fact, for the distributors assessed (all in a running
 * relationship, or the one given). Built apart from running them so the bench can time the same
 * SQL bare.
 */
export function warningFactStatements(workspaceId: string, day: FactDay, distributorId?: string) {
  return {
    relationships: relationshipFactsSql(workspaceId, day.until, distributorId),
    reports: reportMonthsSql(
      reportMonthsAtSql(workspaceId, { ...day.months, until: day.until }),
      workspaceId,
      distributorId,
    ),
    discipline: ofAssessed(
      disciplineCountsSql(workspaceId, day.discipline),
      workspaceId,
      distributorId,
    ),
    orders: ofAssessed(orderFactsSql(workspaceId, day.asOf), workspaceId, distributorId),
    silence: silenceSql(workspaceId, day.until, distributorId),
    milestones: ofAssessed(
      overdueMilestoneFactsSql(workspaceId, day.asOf, day.until),
      workspaceId,
      distributorId,
    ),
  };
}

export type WarningFactStatements = ReturnType<typeof warningFactStatements>;

/** Runs the statements in turn (one connection: a transaction's statements do not overlap). */
export async function readWarningFacts(tx: Tx, statements: WarningFactStatements) {
  const relationships = await rowsOf<RelationshipFactRow>(tx, statements.relationships);
  if (!relationships.length) {
    return { relationships, reports: [], discipline: [], orders: [], silence: [], milestones: [] };
  }
  return {
    relationships,
    reports: await rowsOf<ReportMonthsRow>(tx, statements.reports),
    discipline: await rowsOf<DisciplineFactRow>(tx, statements.discipline),
    orders: await rowsOf<OrderFactRow>(tx, statements.orders),
    silence: await rowsOf<SilenceFactRow>(tx, statements.silence),
    milestones: await rowsOf<MilestoneFactRow>(tx, statements.milestones),
  };
}
