// The SQL of meeting discipline: meetings held of those planned, notes published within the
// notes rule (notes-rules.ts), action items closed by their due date. The per-relationship panel
// (discipline.service.ts) and the KPI refresh (a fragment, for every distributor at once) both
// count with the expressions below, so the two can never disagree.
import { and, eq, gte, lte, type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { actionItem, meeting } from '../db/schema.ts';
import { NOTES_DUE_HOURS } from './notes-rules.ts';

/** When a meeting's notes fall due: its end plus the notes rule's hours. */
export function notesDueAtSql(startsAt: SQLWrapper, minutes: SQLWrapper): SQL {
  return sql`(${startsAt} + ${minutes} * interval '1 minute' + ${NOTES_DUE_HOURS} * interval '1 hour')`;
}

/** An open action item is overdue from the day after its due date (isActionOverdue in SQL). */
export function actionOverdueSql(status: SQLWrapper, dueOn: SQLWrapper, today: string): SQL {
  return sql`(${status} = 'open' and ${dueOn} < ${today}::date)`;
}

/**
 * The held rule (countsAsHeld() in notes-rules.ts): notes published, and someone of each side
 * attended. A meeting whose notes record nobody, or one side only, took place on paper alone.
 */
export function heldSql(status: SQLWrapper, bothSidesPresent: SQLWrapper): SQL {
  return sql`(${status} = 'held' and ${bothSidesPresent})`;
}

export function meetingFigures(
  startsAt: SQLWrapper,
  minutes: SQLWrapper,
  status: SQLWrapper,
  published: SQLWrapper,
  bothSidesPresent: SQLWrapper,
  now: Date,
) {
  const ends = sql`(${startsAt} + ${minutes} * interval '1 minute')`;
  const due = notesDueAtSql(startsAt, minutes);
  const takesNotes = sql`${status} in ('scheduled', 'held')`;
  // Notes published after `now` were still owed then: the figures hold as of any instant.
  const publishedBy = sql`(${published} is not null and ${published} <= ${now})`;
  return {
    planned: sql`count(*) filter (where ${ends} <= ${now})`,
    held: sql`count(*) filter (where ${heldSql(status, bothSidesPresent)})`,
    notesDue: sql`count(*) filter (where ${takesNotes} and (${publishedBy} or ${due} < ${now}))`,
    notesOnTime: sql`count(*) filter (where ${publishedBy} and ${published} <= ${due})`,
    notesOverdue: sql`count(*) filter (where ${takesNotes} and not ${publishedBy} and ${due} < ${now})`,
  };
}

export function actionFigures(
  dueOn: SQLWrapper,
  status: SQLWrapper,
  closedAt: SQLWrapper,
  since: string,
  today: string,
) {
  const inWindow = sql`${dueOn} >= ${since}::date and ${dueOn} < ${today}::date`;
  const open = sql`${status} = 'open'`;
  // Open at the end of `today` (UTC): open now, or closed only after that day. Today itself, the
  // same as actionOverdueSql; an earlier day, as it stood then.
  const openThen = sql`(${open} or (${closedAt} at time zone 'UTC')::date > ${today}::date)`;
  return {
    due: sql`count(*) filter (where ${inWindow})`,
    closedOnTime: sql`count(*) filter (where ${inWindow} and ${status} = 'done'
      and (${closedAt} at time zone 'UTC')::date <= ${dueOn})`,
    overdue: sql`count(*) filter (where ${openThen} and ${dueOn} < ${today}::date)`,
    open: sql`count(*) filter (where ${open})`,
  };
}

/** Meetings of one relationship that started in [since, now], counted. */
export async function countMeetingDiscipline(
  tx: Tx,
  workspaceId: string,
  distributorId: string,
  since: Date,
  now: Date,
) {
  const figures = meetingFigures(
    meeting.startsAt,
    meeting.minutes,
    meeting.status,
    meeting.notesPublishedAt,
    meeting.bothSidesPresent,
    now,
  );
  const [row] = await tx
    .select({
      planned: figures.planned.mapWith(Number),
      held: figures.held.mapWith(Number),
      notesDue: figures.notesDue.mapWith(Number),
      notesOnTime: figures.notesOnTime.mapWith(Number),
      notesOverdue: figures.notesOverdue.mapWith(Number),
    })
    .from(meeting)
    .where(
      and(
        eq(meeting.workspaceId, workspaceId),
        eq(meeting.distributorId, distributorId),
        gte(meeting.startsAt, since),
        lte(meeting.startsAt, now),
      ),
    );
  return row;
}

/** Action items of one relationship: due in [since, today), closed on time, overdue, open. */
export async function countActionDiscipline(
  tx: Tx,
  workspaceId: string,
  distributorId: string,
  since: string,
  today: string,
) {
  const figures = actionFigures(
    actionItem.dueOn,
    actionItem.status,
    actionItem.closedAt,
    since,
    today,
  );
  const [row] = await tx
    .select({
      due: figures.due.mapWith(Number),
      closedOnTime: figures.closedOnTime.mapWith(Number),
      overdue: figures.overdue.mapWith(Number),
      open: figures.open.mapWith(Number),
    })
    .from(actionItem)
    .where(
      and(eq(actionItem.workspaceId, workspaceId), eq(actionItem.distributorId, distributorId)),
    );
  return row;
}

/**
 * For set-based SQL over many relationships (the KPI refresh): a subquery yielding one row with
 * `held_rate`, `notes_rate` and `actions_rate` (null where nothing was due) for the relationship
 * named by the two expressions, over the discipline window before `now`. Use it as
 * `left join lateral (${disciplineRatesSql(...)}) discipline on true`.
 */
export function disciplineRatesSql(
  workspaceId: SQLWrapper,
  distributorId: SQLWrapper,
  window: { since: Date; now: Date; sinceDay: string; today: string },
): SQL {
  const m = meetingFigures(
    sql`m.starts_at`,
    sql`m.minutes`,
    sql`m.status`,
    sql`m.notes_published_at`,
    sql`m.both_sides_present`,
    window.now,
  );
  const a = actionFigures(
    sql`a.due_on`,
    sql`a.status`,
    sql`a.closed_at`,
    window.sinceDay,
    window.today,
  );
  // Aggregates without GROUP BY give exactly one row each, so the two subqueries cross-join
  // into the single row the caller joins; meetings are read once for both rates.
  return sql`select meetings.held_rate, meetings.notes_rate, actions.actions_rate
    from (select ${m.held}::numeric / nullif(${m.planned}, 0) as held_rate,
            ${m.notesOnTime}::numeric / nullif(${m.notesDue}, 0) as notes_rate
          from meeting m
          where m.workspace_id = ${workspaceId} and m.distributor_id = ${distributorId}
            and m.starts_at >= ${window.since} and m.starts_at <= ${window.now}) meetings,
      (select ${a.closedOnTime}::numeric / nullif(${a.due}, 0) as actions_rate
          from action_item a
          where a.workspace_id = ${workspaceId} and a.distributor_id = ${distributorId}) actions`;
}
