// Meeting discipline of a relationship over the last 90 days: meetings held against those planned,
// notes published within 24 hours, and action items closed by their due date. Definitions are in
// docs/cadence.md; the KPIs of the scorecard read the same figures.
import { and, eq, gte, lte, sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { Tx } from '../db/client.ts';
import { actionItem, meeting } from '../db/schema.ts';

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

const count = (condition: ReturnType<typeof sql>) =>
  sql<number>`count(*) filter (where ${condition})`.mapWith(Number);

export async function disciplineOf(
  tx: Tx,
  workspaceId: string,
  distributorId: string,
  now = new Date(),
): Promise<Discipline> {
  const since = DateTime.fromJSDate(now, { zone: 'utc' }).minus({ days: DISCIPLINE_DAYS });
  const today = DateTime.fromJSDate(now, { zone: 'utc' }).toISODate() ?? '';
  const ends = sql`(${meeting.startsAt} + ${meeting.minutes} * interval '1 minute')`;
  const due = sql`(${ends} + interval '24 hours')`;
  const takesNotes = sql`${meeting.status} in ('scheduled', 'held')`;
  const [meetings] = await tx
    .select({
      planned: count(sql`${ends} <= ${now}`),
      held: count(sql`${meeting.status} = 'held'`),
      notesDue: count(
        sql`${takesNotes} and (${meeting.notesPublishedAt} is not null or ${due} < ${now})`,
      ),
      notesOnTime: count(sql`${meeting.notesPublishedAt} <= ${due}`),
      notesOverdue: count(
        sql`${takesNotes} and ${meeting.notesPublishedAt} is null and ${due} < ${now}`,
      ),
    })
    .from(meeting)
    .where(
      and(
        eq(meeting.workspaceId, workspaceId),
        eq(meeting.distributorId, distributorId),
        gte(meeting.startsAt, since.toJSDate()),
        lte(meeting.startsAt, now),
      ),
    );
  const open = sql`${actionItem.status} = 'open'`;
  const inWindow = sql`${actionItem.dueOn} >= ${since.toISODate()} and ${actionItem.dueOn} < ${today}`;
  const [actions] = await tx
    .select({
      due: count(inWindow),
      closedOnTime: count(
        sql`${inWindow} and ${actionItem.status} = 'done'
            and (${actionItem.closedAt} at time zone 'UTC')::date <= ${actionItem.dueOn}`,
      ),
      overdue: count(sql`${open} and ${actionItem.dueOn} < ${today}`),
      open: count(open),
    })
    .from(actionItem)
    .where(
      and(eq(actionItem.workspaceId, workspaceId), eq(actionItem.distributorId, distributorId)),
    );
  return {
    since: since.toISODate() ?? '',
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
