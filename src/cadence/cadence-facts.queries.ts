// Set-based fragments of the cadence domain for the early warnings: each relationship's meeting
// discipline and its plan's report due day, for every distributor of a workspace at once. The
// counts are discipline.queries.ts's own expressions, so they agree with the cadence panel.
import { type SQL, sql } from 'drizzle-orm';
import { actionFigures, meetingFigures } from './discipline.queries.ts';
import type { DisciplineWindow } from './discipline.service.ts';

/**
 * One row per distributor with meetings or action items: `distributor_id`, `meetings_planned`,
 * `meetings_held`, `notes_overdue`, `actions_overdue`, over the discipline window, as they stood
 * at its end: notes published and items closed after it count as still owed and open. (A
 * meeting's status, held or cancelled, is read as it is now, and so is an item that exists: neither
 * is dated by the application's clock.)
 */
export function disciplineCountsSql(workspaceId: string, window: DisciplineWindow): SQL {
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
  return sql`select coalesce(meetings.distributor_id, actions.distributor_id) as distributor_id,
      coalesce(meetings.planned, 0)::int as meetings_planned,
      coalesce(meetings.held, 0)::int as meetings_held,
      coalesce(meetings.notes_overdue, 0)::int as notes_overdue,
      coalesce(actions.overdue, 0)::int as actions_overdue
    from (select m.distributor_id, ${m.planned} as planned, ${m.held} as held,
            ${m.notesOverdue} as notes_overdue
          from meeting m
          where m.workspace_id = ${workspaceId}
            and m.starts_at >= ${window.since} and m.starts_at <= ${window.now}
          group by m.distributor_id) meetings
    full join (select a.distributor_id, ${a.overdue} as overdue
          from action_item a
          where a.workspace_id = ${workspaceId}
          group by a.distributor_id) actions on actions.distributor_id = meetings.distributor_id`;
}

/** One row per distributor with a cadence plan: `distributor_id`, `report_due_day` (the latest plan's). */
export function planReportDueDaysSql(workspaceId: string): SQL {
  return sql`select distinct on (p.distributor_id) p.distributor_id, p.report_due_day
    from cadence_plan p where p.workspace_id = ${workspaceId}
    order by p.distributor_id, p.created_at desc`;
}
