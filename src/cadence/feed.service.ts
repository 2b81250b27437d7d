// Private iCalendar feeds: each user subscribes their calendar app to a secret URL that lists
// the meetings they attend (as a contact with their e-mail address) in the workspace.
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { actorColumns } from '../accounts/accounts.queries.ts';
import type { Db } from '../db/client.ts';
import {
  appUser,
  cadencePlan,
  calendarFeed,
  contact,
  distributor,
  meeting,
  membership,
  workspace,
} from '../db/schema.ts';
import { recordAudit } from '../platform/audit.ts';
import { AppError } from '../platform/errors.ts';
import { hashSecret, newSecret } from '../platform/secrets.ts';
import { type Context, inTransaction, makeContext } from '../platform/tenancy.ts';
import { calendarMeetingOf } from './calendar-meeting.ts';
import { type CalendarMeeting, renderFeed } from './ical.ts';

export function feedUrl(publicUrl: string, token: string) {
  return `${publicUrl}/api/calendar/${token}.ics`;
}

/** A new private feed URL for the caller; an earlier one stops working. Shown once. */
export function createCalendarFeed(ctx: Context) {
  const userId = ctx.actor.userId;
  if (!userId) throw new AppError('forbidden');
  const token = newSecret('cal_');
  return inTransaction(ctx, async (tx) => {
    await tx
      .update(calendarFeed)
      .set({ revokedAt: sql`now()` })
      .where(
        and(
          eq(calendarFeed.workspaceId, ctx.actor.workspaceId),
          eq(calendarFeed.userId, userId),
          isNull(calendarFeed.revokedAt),
        ),
      );
    const [row] = await tx
      .insert(calendarFeed)
      .values({ workspaceId: ctx.actor.workspaceId, userId, tokenHash: hashSecret(token) })
      .returning({ id: calendarFeed.id, createdAt: calendarFeed.createdAt });
    if (!row) throw new Error('feed insert returned no row');
    await recordAudit(tx, ctx.actor, {
      entityType: 'calendar_feed',
      entityId: row.id,
      action: 'calendar_feed.created',
    });
    return { url: feedUrl(ctx.config.publicUrl, token), createdAt: row.createdAt };
  });
}

export function revokeCalendarFeed(ctx: Context) {
  const userId = ctx.actor.userId;
  if (!userId) throw new AppError('forbidden');
  return inTransaction(ctx, async (tx) => {
    const revoked = await tx
      .update(calendarFeed)
      .set({ revokedAt: sql`now()` })
      .where(
        and(
          eq(calendarFeed.workspaceId, ctx.actor.workspaceId),
          eq(calendarFeed.userId, userId),
          isNull(calendarFeed.revokedAt),
        ),
      )
      .returning({ id: calendarFeed.id });
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
  const owner: Db = base.db;
  const [found] = await owner
    .select({ ...actorColumns, workspaceName: workspace.name })
    .from(calendarFeed)
    .innerJoin(appUser, eq(appUser.id, calendarFeed.userId))
    .innerJoin(workspace, eq(workspace.id, calendarFeed.workspaceId))
    .innerJoin(
      membership,
      and(
        eq(membership.userId, calendarFeed.userId),
        eq(membership.workspaceId, calendarFeed.workspaceId),
      ),
    )
    .where(
      and(
        eq(calendarFeed.tokenHash, hashSecret(token)),
        isNull(calendarFeed.revokedAt),
        isNull(appUser.disabledAt),
      ),
    );
  if (!found) return undefined;
  const { workspaceName, ...actor } = found;
  const ctx = makeContext(base, { ...actor, via: 'token', requestId: null });
  const rows = await inTransaction(ctx, async (tx) => {
    // The meetings of every plan in which a contact with the user's e-mail attends.
    const mine = tx
      .select({ id: contact.id })
      .from(contact)
      .where(
        and(
          eq(contact.workspaceId, actor.workspaceId),
          sql`lower(${contact.email}) = lower(${actor.email})`,
        ),
      );
    const plans = await tx
      .select({ plan: cadencePlan, distributorName: distributor.name })
      .from(cadencePlan)
      .innerJoin(
        distributor,
        and(
          eq(distributor.workspaceId, cadencePlan.workspaceId),
          eq(distributor.id, cadencePlan.distributorId),
        ),
      )
      .where(
        and(
          eq(cadencePlan.workspaceId, actor.workspaceId),
          sql`${cadencePlan.attendeeContactIds} && array(${mine})`,
        ),
      );
    const result: CalendarMeeting[] = [];
    for (const { plan, distributorName } of plans) {
      const people = await tx
        .select({ id: contact.id, name: contact.name, email: contact.email, side: contact.side })
        .from(contact)
        .where(
          and(
            eq(contact.workspaceId, plan.workspaceId),
            eq(contact.distributorId, plan.distributorId),
          ),
        );
      const meetings = await tx
        .select()
        .from(meeting)
        .where(and(eq(meeting.workspaceId, plan.workspaceId), eq(meeting.planId, plan.id)))
        .orderBy(asc(meeting.startsAt));
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
