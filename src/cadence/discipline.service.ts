// Meeting discipline of a relationship over the last 90 days: meetings held against those planned,
// notes published within 24 hours, and action items closed by their due date. Definitions are in
// docs/cadence.md; the KPIs of the scorecard count with the same SQL (discipline.queries.ts).
import { DateTime } from 'luxon';
import type { Tx } from '../db/client.ts';
import { countActionDiscipline, countMeetingDiscipline } from './discipline.queries.ts';

export const DISCIPLINE_DAYS = 90;

export type Discipline = {
  since: string;
  meetingsPlanned: number;
  meetingsHeld: number;
  notesDue: number;
  notesOnTime: number;
  notesOverdue: number;
  actionsDue: number;
  actionsClosedOnTime: number;
  actionsOverdue: number;
  actionsOpen: number;
};

export type DisciplineWindow = { since: Date; now: Date; sinceDay: string; today: string };

/**
 * The 90 days before `now`. Days are UTC calendar days: the figures compare relationships across
 * the portfolio, so they share one calendar rather than each viewer's.
 */
export function disciplineWindow(now: Date): DisciplineWindow {
  const at = DateTime.fromJSDate(now, { zone: 'utc' });
  const since = at.minus({ days: DISCIPLINE_DAYS });
  return {
    since: since.toJSDate(),
    now,
    sinceDay: since.toISODate() ?? '',
    today: at.toISODate() ?? '',
  };
}

export async function disciplineOf(
  tx: Tx,
  workspaceId: string,
  distributorId: string,
  now: Date,
): Promise<Discipline> {
  const window = disciplineWindow(now);
  const meetings = await countMeetingDiscipline(tx, workspaceId, distributorId, window.since, now);
  const actions = await countActionDiscipline(
    tx,
    workspaceId,
    distributorId,
    window.sinceDay,
    window.today,
  );
  return {
    since: window.sinceDay,
    meetingsPlanned: meetings?.planned ?? 0,
    meetingsHeld: meetings?.held ?? 0,
    notesDue: meetings?.notesDue ?? 0,
    notesOnTime: meetings?.notesOnTime ?? 0,
    notesOverdue: meetings?.notesOverdue ?? 0,
    actionsDue: actions?.due ?? 0,
    actionsClosedOnTime: actions?.closedOnTime ?? 0,
    actionsOverdue: actions?.overdue ?? 0,
    actionsOpen: actions?.open ?? 0,
  };
}
