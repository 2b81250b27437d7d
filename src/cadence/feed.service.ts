// Private iCalendar feeds: each user subscribes their calendar app to a secret URL that lists
// the meetings they attend (as a contact with their e-mail address) in the workspace.
import { resolveMemberActor } from '../accounts/accounts.service.ts';
import { lookUpContacts } from '../distributors/contacts.service.ts';
import { recordAudit } from '../platform/audit.ts';
import { AppError } from '../platform/errors.ts';
import { hashSecret, newSecret } from '../platform/secrets.ts';
import { type Context, inTransaction, makeContext } from '../platform/tenancy.ts';
import { calendarMeetingOf } from './calendar-meeting.ts';
import {
  findCalendarFeedByTokenAsOwner,
  findLiveCalendarFeed,
  insertCalendarFeed,
  revokeCalendarFeeds,
} from './feeds.queries.ts';
import { type CalendarMeeting, renderFeed } from './ical.ts';
import { listPlanMeetings } from './meetings.queries.ts';
import { listPlansAttendedBy } from './plans.queries.ts';

export function feedUrl(publicUrl: string, token: string) {
  return `${publicUrl}/api/calendar/${token}.ics`;
}

/** A new private feed URL for the caller; an earlier one stops working. Shown once. */
export function createCalendarFeed(ctx: Context) {
  const userId = ctx.actor.userId;
  if (!userId) throw new AppError('forbidden');
  const token = newSecret('cal_');
  return inTransaction(ctx, async (tx) => {
    await revokeCalendarFeeds(tx, ctx.actor.workspaceId, userId, ctx.clock.now());
    const row = await insertCalendarFeed(tx, {
      workspaceId: ctx.actor.workspaceId,
      userId,
      tokenHash: hashSecret(token),
    });
    if (!row) throw new Error('feed insert returned no row');
    await recordAudit(tx, ctx.actor, {
      entityType: 'calendar_feed',
      entityId: row.id,
      action: 'calendar_feed.created',
    });
    return { url: feedUrl(ctx.config.publicUrl, token), createdAt: row.createdAt };
  });
}

/** Whether the caller has a live feed: "Stop the feed" means something only then. */
export function getCalendarFeedStatus(ctx: Context) {
  const userId = ctx.actor.userId;
  if (!userId) return { active: false, createdAt: null };
  return inTransaction(ctx, async (tx) => {
    const feed = await findLiveCalendarFeed(tx, ctx.actor.workspaceId, userId);
    return { active: feed !== undefined, createdAt: feed?.createdAt ?? null };
  });
}

export function revokeCalendarFeed(ctx: Context) {
  const userId = ctx.actor.userId;
  if (!userId) throw new AppError('forbidden');
  return inTransaction(ctx, async (tx) => {
    const revoked = await revokeCalendarFeeds(tx, ctx.actor.workspaceId, userId, ctx.clock.now());
    for (const row of revoked) {
      await recordAudit(tx, ctx.actor, {
        entityType: 'calendar_feed',
        entityId: row.id,
        action: 'calendar_feed.revoked',
      });
    }
    return { revoked: revoked.length };
  });
}

/** The feed behind a token, or undefined when the token is unknown or revoked (answered 404). */
export async function renderCalendarFeed(
  base: Omit<Context, 'actor' | 't'>,
  token: string,
): Promise<string | undefined> {
  const feed = await findCalendarFeedByTokenAsOwner(base.db, hashSecret(token));
  if (!feed) return undefined;
  // A disabled user or a former member gets nothing, as with any other credential.
  const member = await resolveMemberActor(base, feed, 'token');
  if (!member) return undefined;
  const { workspaceName, ...actor } = member;
  const ctx = makeContext(base, actor);
  const rows = await inTransaction(ctx, async (tx) => {
    // The meetings of every plan in which a contact with the user's e-mail attends.
    const mine = await lookUpContacts(tx, actor.workspaceId, { email: actor.email ?? '' });
    const plans = mine.length
      ? await listPlansAttendedBy(
          tx,
          actor.workspaceId,
          mine.map((person) => person.id),
        )
      : [];
    const result: CalendarMeeting[] = [];
    for (const { plan, distributorName } of plans) {
      const people = await lookUpContacts(tx, plan.workspaceId, {
        distributorId: plan.distributorId,
      });
      const meetings = await listPlanMeetings(tx, plan.workspaceId, plan.id);
      for (const row of meetings) {
        // A skipped meeting never happened; a cancelled one stays to tell calendars so.
        if (row.status === 'skipped') continue;
        result.push(
          calendarMeetingOf(
            row,
            plan,
            people,
            { principal: workspaceName, distributor: distributorName },
            ctx.t,
          ),
        );
      }
    }
    return result;
  });
  return renderFeed(`Liaison · ${workspaceName}`, rows, {
    uidDomain: new URL(base.config.publicUrl).hostname,
  });
}
