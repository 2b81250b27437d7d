// The facts of the early warnings for a whole workspace at once: one set-based statement per kind
// of fact (the relationships and their terms, the report months, the meeting discipline, the
// orders, the communication), each composed from the owning domain's fragment and read for every
// assessed distributor together, so a scan costs the same few statements for 10 or 10,000.
import { type SQL, sql } from 'drizzle-orm';
import { disciplineCountsSql, planReportDueDaysSql } from '../cadence/cadence-facts.queries.ts';
import type { DisciplineWindow } from '../cadence/discipline.service.ts';
import { chartersInForceSql } from '../charter/charter-facts.queries.ts';
import { silenceFactsSql } from '../communication/silence-facts.queries.ts';
import type { Tx } from '../db/client.ts';
import { relationshipBaselinesSql } from '../distributors/baseline-facts.queries.ts';
import { orderFactsSql } from '../orders/order-facts.queries.ts';
import {
  firstReportedMonthsSql,
  reportMonthsAtSql,
} from '../reports/report-month-facts.queries.ts';

/** Numbers come back as strings from pg (numeric, int8) and as numbers from PGlite. */
export type Numeric = string | number | null;

/**
 * The scan's statements read every relationship at once, so PostgreSQL plans them as large and
 * would JIT-compile them: seconds of compiling for statements that run in milliseconds. Off for
 * the rest of the transaction (PGlite has no JIT; the setting is accepted and ignored).
 */
export async function skipJitCompilation(tx: Tx) {
  await tx.execute(sql`set local jit = off`);
}

async function rowsOf<Row>(tx: Tx, query: SQL): Promise<Row[]> {
  // Both drivers answer `execute` with an object carrying `rows`; drizzle types it per driver.
  const result = (await tx.execute(query)) as unknown as { rows: Row[] };
  return result.rows;
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
export function listRelationshipFacts(
  tx: Tx,
  workspaceId: string,
  until: Date,
  distributorId?: string,
) {
  return rowsOf<RelationshipFactRow>(
    tx,
    sql`select d.id, d.name, d.country, d.time_zone,
        (d.created_at at time zone d.time_zone)::date::text as created_on,
        b.entered_on, b.baseline_started_on, b.baseline_buffer_weeks, b.baseline_report_due_day,
        c.buffer_weeks as charter_buffer_weeks, c.report_due_day as charter_report_due_day,
        c.starts_on as charter_starts_on, c.response_hours as charter_response_hours,
        p.report_due_day as plan_report_due_day, f.first_reported
      from distributor d
      join (${relationshipBaselinesSql(workspaceId)}) b on b.distributor_id = d.id
      left join (${chartersInForceSql(workspaceId, until)}) c on c.distributor_id = d.id
      left join (${planReportDueDaysSql(workspaceId)}) p on p.distributor_id = d.id
      left join (${firstReportedMonthsSql(workspaceId)}) f on f.distributor_id = d.id
      where ${assessed(workspaceId, distributorId)}
      order by d.name`,
  );
}

export type ReportMonthRow = {
  distributor_id: string;
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

/** The reports of the months `fromPeriod`..`toPeriod` as they stood at `until`. */
export function listReportMonthFacts(
  tx: Tx,
  workspaceId: string,
  span: { fromPeriod: string; toPeriod: string; notesFrom: string; until: Date },
  distributorId?: string,
) {
  return rowsOf<ReportMonthRow>(
    tx,
    sql`select f.* from (${reportMonthsAtSql(workspaceId, span)}) f
      join distributor d on d.workspace_id = ${workspaceId} and d.id = f.distributor_id
      where ${assessed(workspaceId, distributorId)}`,
  );
}

export type DisciplineFactRow = {
  distributor_id: string;
  meetings_planned: number;
  meetings_held: number;
  notes_overdue: number;
  actions_overdue: number;
};

export function listDisciplineFacts(
  tx: Tx,
  workspaceId: string,
  window: DisciplineWindow,
  distributorId?: string,
) {
  return rowsOf<DisciplineFactRow>(
    tx,
    sql`select f.* from (${disciplineCountsSql(workspaceId, window)}) f
      join distributor d on d.workspace_id = ${workspaceId} and d.id = f.distributor_id
      where ${assessed(workspaceId, distributorId)}`,
  );
}

export type OrderFactRow = {
  distributor_id: string;
  recent: Numeric;
  prior: Numeric;
  last_year: Numeric;
  currencies: number;
  first_order_on: string;
  last_order_on: string;
  order_days: number;
  median_interval_days: Numeric;
};

export function listOrderFacts(tx: Tx, workspaceId: string, asOf: string, distributorId?: string) {
  return rowsOf<OrderFactRow>(
    tx,
    sql`select f.* from (${orderFactsSql(workspaceId, asOf)}) f
      join distributor d on d.workspace_id = ${workspaceId} and d.id = f.distributor_id
      where ${assessed(workspaceId, distributorId)}`,
  );
}

export type SilenceFactRow = {
  distributor_id: string;
  last_inbound_at: Numeric;
  inbound_year: number;
  waiting_since: Numeric;
  waiting: number;
};

/** Instants come back as epoch milliseconds: one shape from both drivers. */
export function listSilenceFacts(tx: Tx, workspaceId: string, until: Date, distributorId?: string) {
  const epoch = (column: string) =>
    sql`(extract(epoch from f.${sql.raw(column)}) * 1000)::float8 as ${sql.raw(column)}`;
  return rowsOf<SilenceFactRow>(
    tx,
    sql`select f.distributor_id, ${epoch('last_inbound_at')}, f.inbound_year, ${epoch('waiting_since')}, f.waiting
      from (${silenceFactsSql(workspaceId, until)}) f
      join distributor d on d.workspace_id = ${workspaceId} and d.id = f.distributor_id
      where ${assessed(workspaceId, distributorId)}`,
  );
}
