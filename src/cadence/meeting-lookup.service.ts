// What global search and the relationship timeline ask of the cadence domain; the caller owns
// the transaction. Meetings and action items are shared by both sides.
import type { Tx } from '../db/client.ts';
import type { MeetingKind } from '../db/types.ts';
import type { Context } from '../platform/tenancy.ts';
import type { TextMatch } from '../platform/text-match.ts';
import type { TimelinePage } from '../platform/timeline.ts';
import {
  actionItemTimeline,
  meetingTimeline,
  searchMeetingRows,
} from './meeting-lookup.queries.ts';
import { rhythmOf } from './schedule.ts';

export async function searchMeetings(ctx: Context, tx: Tx, match: TextMatch, limit: number) {
  const rows = await searchMeetingRows(tx, ctx.actor.workspaceId, {
    distributorId: ctx.actor.distributorId,
    match,
    now: ctx.clock.now(),
    limit,
  });
  return rows.map((row) => ({
    ...row,
    rhythm: rhythmOf(row.kind as MeetingKind, row.local_date, row.plan_starts_on),
  }));
}

/** Meetings' events, each meeting named by its rhythm ("twice_weekly" in onboarding month one). */
export async function meetingEvents(
  ctx: Context,
  tx: Tx,
  distributorId: string,
  page: TimelinePage,
) {
  const events = await meetingTimeline(tx, ctx.actor.workspaceId, distributorId, page);
  return events.map((event) => {
    const [kind, localDate, startsOn] = (event.subject ?? '').split(' ');
    return kind && localDate && startsOn
      ? { ...event, subject: rhythmOf(kind as MeetingKind, localDate, startsOn) }
      : event;
  });
}

export function actionItemEvents(ctx: Context, tx: Tx, distributorId: string, page: TimelinePage) {
  return actionItemTimeline(tx, ctx.actor.workspaceId, distributorId, page);
}
