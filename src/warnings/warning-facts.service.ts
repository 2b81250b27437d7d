// Gathers the facts of every assessed relationship of a workspace on one day with a fixed handful
// of set-based statements (warning-facts.queries.ts), then shapes them into the `WarningFacts`
// the pure rules read. Only data dated on or before the day counts: the charter signed by then,
// the reports that had arrived by then in the revision current then, the orders and contacts
// dated up to then. Until a charter is signed, the relationship's baseline (its terms from before
// Liaison) gives the start, the buffer and the report due day.
import { DateTime } from 'luxon';
import { disciplineWindow } from '../cadence/discipline.service.ts';
import type { Tx } from '../db/client.ts';
import { onboardingStalls } from '../onboarding/onboarding-stalls.service.ts';
import { DEFAULT_DUE_DAY, periodDate, recentPeriods, shiftPeriod } from '../reports/periods.ts';
import type { MonthFacts, WarningFacts } from './signals.ts';
import {
  type Numeric,
  prepareScanTransaction,
  type RelationshipFactRow,
  type ReportMonthRow,
  readWarningFacts,
  warningFactStatements,
} from './warning-facts.queries.ts';

/** A year and a quarter of months: the latest three and the same three a year before. */
export const HISTORY_MONTHS = 15;

export type AssessedRelationship = {
  distributor: { id: string; name: string; country: string };
  facts: WarningFacts;
};

const numberOf = (value: Numeric) => (value === null ? null : Number(value));

/** The last instant of `day` (UTC): data dated on or before it counts. */
export function endOfDay(day: string): Date {
  return DateTime.fromISO(day, { zone: 'utc' }).endOf('day').toJSDate();
}

/**
 * When the relationship began owing reports: the baseline's start (it may predate the charter by
 * years), else the charter's term. Without agreed terms, the first month reported (nothing said
 * a report was owed before it), else the day the distributor entered a running stage, else its
 * record's creation. A month reported before the start belongs to the relationship too.
 */
function startOf(row: RelationshipFactRow): string {
  const agreed = row.baseline_started_on ?? row.charter_starts_on;
  const began = agreed ?? row.first_reported ?? row.entered_on ?? row.created_on;
  return row.first_reported && row.first_reported < began ? row.first_reported : began;
}

function competitorsOf(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  // The revision's content was checked by MonthlyReportContent when it was submitted.
  const names = (value as { competitor?: unknown }[]).map((entry) => entry.competitor);
  return [...new Set(names.filter((name): name is string => typeof name === 'string'))];
}

function notesCompetition(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  return (value as { tags?: unknown }[]).some(
    (note) => Array.isArray(note.tags) && note.tags.some((tag) => /compet/i.test(String(tag))),
  );
}

function monthFacts(
  row: RelationshipFactRow,
  periods: string[],
  reports: Map<string, ReportMonthRow> | undefined,
): MonthFacts[] {
  const dueDay =
    row.charter_report_due_day ??
    row.baseline_report_due_day ??
    row.plan_report_due_day ??
    DEFAULT_DUE_DAY;
  const startsOn = startOf(row);
  return periods.map((period) => {
    const report = reports?.get(period);
    const next = shiftPeriod(period, 1);
    const arrived = Boolean(report?.submitted_on);
    return {
      period,
      dueOn: report?.due_on ?? `${next}-${String(dueDay).padStart(2, '0')}`,
      // Owed once the relationship has begun by the month's last day (isExpected in reports).
      expected: periodDate(next) > startsOn,
      submittedOn: report?.submitted_on ?? null,
      revenue: arrived ? numberOf(report?.revenue ?? null) : null,
      units: arrived ? numberOf(report?.units ?? null) : null,
      unitsOnHand: arrived ? numberOf(report?.units_on_hand ?? null) : null,
      currency: arrived ? (report?.currency ?? null) : null,
      competitors: competitorsOf(report?.competitive_activity),
      competitionNoted: notesCompetition(report?.market_intelligence),
    };
  });
}

/** Every assessed relationship's facts on `asOf` (YYYY-MM-DD, UTC), in name order. */
export async function gatherWarningFacts(
  tx: Tx,
  workspaceId: string,
  asOf: string,
  distributorId?: string,
): Promise<AssessedRelationship[]> {
  const until = endOfDay(asOf);
  const periods = recentPeriods(asOf, HISTORY_MONTHS);
  const day = {
    asOf,
    until,
    months: {
      fromPeriod: periodDate(periods.at(-1) ?? ''),
      toPeriod: periodDate(periods[0] ?? ''),
      notesFrom: periodDate(periods[2] ?? ''),
    },
    discipline: disciplineWindow(until),
  };
  await prepareScanTransaction(tx);
  const facts = await readWarningFacts(tx, warningFactStatements(workspaceId, day, distributorId));
  const relationships = facts.relationships;
  const reportRows = facts.reports;
  const disciplineRows = facts.discipline;
  const orderRows = facts.orders;
  const silenceRows = facts.silence;
  const milestones = new Map(facts.milestones.map((entry) => [entry.distributor_id, entry]));
  const stalls = await onboardingStalls(tx, workspaceId, until, distributorId);
  const reports = new Map<string, Map<string, ReportMonthRow>>();
  for (const row of reportRows) {
    const months = new Map<string, ReportMonthRow>();
    row.periods.forEach((period, index) => {
      months.set(period, {
        period,
        due_on: row.due_on[index] ?? '',
        submitted_on: row.submitted_on[index] ?? null,
        revenue: row.revenue[index] ?? null,
        units: row.units[index] ?? null,
        units_on_hand: row.units_on_hand[index] ?? null,
        currency: row.currency[index] ?? null,
        competitive_activity: row.competitive_activity[index],
        market_intelligence: row.market_intelligence[index],
      });
    });
    reports.set(row.distributor_id, months);
  }
  const discipline = new Map(disciplineRows.map((entry) => [entry.distributor_id, entry]));
  const orders = new Map(orderRows.map((entry) => [entry.distributor_id, entry]));
  const silence = new Map(silenceRows.map((entry) => [entry.distributor_id, entry]));
  const instant = (value: Numeric) =>
    value === null ? null : new Date(Number(value)).toISOString();

  return relationships.map((row) => {
    const meetings = discipline.get(row.id);
    const order = orders.get(row.id);
    const contact = silence.get(row.id);
    const overdue = milestones.get(row.id);
    const bufferWeeks = numberOf(row.charter_buffer_weeks) ?? numberOf(row.baseline_buffer_weeks);
    return {
      distributor: { id: row.id, name: row.name, country: row.country },
      facts: {
        distributorId: row.id,
        asOf,
        months: monthFacts(row, periods, reports.get(row.id)),
        bufferWeeks,
        responseHours: numberOf(row.charter_response_hours),
        discipline: {
          meetingsPlanned: meetings?.meetings_planned ?? 0,
          meetingsHeld: meetings?.meetings_held ?? 0,
          notesOverdue: meetings?.notes_overdue ?? 0,
          actionsOverdue: meetings?.actions_overdue ?? 0,
        },
        orders: order
          ? {
              recent: Number(order.recent),
              prior: Number(order.prior),
              lastYear: Number(order.last_year),
              currencies: Number(order.currencies),
              firstOrderOn: order.first_order_on,
              lastOrderOn: order.last_order_on,
              orderDays: Number(order.order_days),
              usualIntervalDays: numberOf(order.usual_interval_days),
            }
          : null,
        communication: contact
          ? {
              lastInboundAt: instant(contact.last_inbound_at),
              inboundInYear: Number(contact.inbound_year),
              inboundRecent: Number(contact.inbound_recent),
              waitingSince: instant(contact.waiting_since),
              waiting: Number(contact.waiting),
            }
          : null,
        milestones: overdue
          ? {
              overdue: Number(overdue.overdue),
              oldestDueOn: overdue.oldest_due_on,
              titles: overdue.titles,
            }
          : null,
        onboarding: stalls.get(row.id) ?? null,
      },
    };
  });
}
