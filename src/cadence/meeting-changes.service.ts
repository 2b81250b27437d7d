// Calling a meeting off (cancelled or skipped, with a reason both sides read) and moving it. Each
// change raises the meeting's iCalendar sequence, so the hourly invitation job mails the update or
// the cancellation, and tells the other side in the app.
import { DateTime } from 'luxon';
import type { Tx } from '../db/client.ts';
import type { Role, Side } from '../db/types.ts';
import { getVisibleDistributor } from '../distributors/distributors.service.ts';
import { recordAudit } from '../platform/audit.ts';
import { AppError } from '../platform/errors.ts';
import { type EventType, publishEvent } from '../platform/events.ts';
import {
  type Context,
  inTransaction,
  isPrincipal,
  principalEditors,
  requireRole,
} from '../platform/tenancy.ts';
import type { MeetingChangeInput } from './cadence.schema.ts';
import { meetingView } from './cadence.service.ts';
import { findMeeting, type MeetingRow, updateMeetingRow } from './meetings.queries.ts';
import { findCadencePlanById } from './plans.queries.ts';
import type { PlannedOccurrence } from './rotation.ts';
import { closePendingTimeProposal } from './time-proposals.queries.ts';

/**
 * Who may cancel or skip a meeting and propose or answer a new time: the principal's editors and
 * the distributor's admin. Moving a meeting outright stays with the principal's editors, who keep
 * the plan; the distributor proposes a time instead, which the principal accepts.
 */
export const meetingEditors: readonly Role[] = [...principalEditors, 'distributor_admin'];

/** The caller's side of the relationship. */
export function sideOf(ctx: Context): Side {
  return isPrincipal(ctx.actor) ? 'principal' : 'distributor';
}

/** Whether the caller may change this meeting's schedule now: cancel, skip, propose a time. */
export function mayChangeSchedule(ctx: Context, row: MeetingRow) {
  return (
    meetingEditors.includes(ctx.actor.role) &&
    row.status === 'scheduled' &&
    row.startsAt > ctx.clock.now()
  );
}

/** The meeting, locked; refused unless it is still scheduled and still ahead. */
export async function changeableMeeting(
  ctx: Context,
  tx: Tx,
  distributorId: string,
  meetingId: string,
) {
  const row = await findMeeting(tx, ctx.actor.workspaceId, distributorId, meetingId, {
    forUpdate: true,
  });
  if (!row) throw new AppError('not_found');
  if (row.status !== 'scheduled' || row.startsAt <= ctx.clock.now()) {
    throw new AppError('meeting_state', {
      params: { status: ctx.t(`meeting.status.${row.status}`) },
    });
  }
  return row;
}

/** A moved meeting's attendees read their own wall-clock time of the new start. */
function movedRotation(row: MeetingRow, startsAt: Date) {
  const rotation = row.rotation as PlannedOccurrence;
  return {
    ...rotation,
    startUtc: startsAt.toISOString(),
    endUtc: new Date(startsAt.getTime() + row.minutes * 60_000).toISOString(),
    attendees: rotation.attendees.map((attendee) => {
      const localStart =
        DateTime.fromJSDate(startsAt, { zone: attendee.timeZone }).toISO({
          suppressMilliseconds: true,
          includeOffset: true,
        }) ?? attendee.localStart;
      return {
        ...attendee,
        localStart,
        localDate: localStart.slice(0, 10),
        localTime: localStart.slice(11, 16),
      };
    }),
  };
}

/** Moves a locked, scheduled meeting to `startsAt` and raises its sequence. */
export async function moveMeeting(ctx: Context, tx: Tx, before: MeetingRow, startsAt: Date) {
  const now = ctx.clock.now();
  if (startsAt <= now) {
    throw new AppError('validation_failed', {
      errors: [{ pointer: '#/startsAt', detail: ctx.t('validation.meeting_in_past') }],
    });
  }
  const after = await updateMeetingRow(
    tx,
    ctx.actor.workspaceId,
    before.id,
    { startsAt, rotation: movedRotation(before, startsAt), updatedAt: now },
    { raiseSequence: true },
  );
  if (!after) throw new Error('meeting update returned no row');
  return after;
}

/** Tells both sides (but not the one who did it) of a change to a meeting. */
export function publishMeetingEvent(
  ctx: Context,
  tx: Tx,
  type: EventType,
  row: MeetingRow,
  data: Record<string, unknown>,
) {
  return publishEvent(tx, ctx.actor.workspaceId, {
    type,
    distributorId: row.distributorId,
    subjectId: row.id,
    actorUserId: ctx.actor.userId,
    data: {
      meetingId: row.id,
      kind: row.kind,
      number: row.number,
      day: row.startsAt.toISOString().slice(0, 10),
      byName: ctx.actor.name,
      ...data,
    },
    occurredAt: ctx.clock.now(),
  });
}

/** Reschedule, cancel or skip one meeting; each change raises its iCalendar sequence. */
export function changeMeeting(
  ctx: Context,
  distributorId: string,
  meetingId: string,
  input: MeetingChangeInput,
) {
  requireRole(ctx.actor, input.action === 'reschedule' ? principalEditors : meetingEditors);
  return inTransaction(ctx, async (tx) => {
    await getVisibleDistributor(ctx, tx, distributorId);
    const before = await changeableMeeting(ctx, tx, distributorId, meetingId);
    const now = ctx.clock.now();
    const after =
      input.action === 'reschedule'
        ? await moveMeeting(ctx, tx, before, new Date(input.startsAt ?? ''))
        : await updateMeetingRow(
            tx,
            ctx.actor.workspaceId,
            meetingId,
            {
              status: input.action === 'cancel' ? 'cancelled' : 'skipped',
              statusReason: input.reason,
              statusChangedBy: ctx.actor.userId,
              statusChangedByName: ctx.actor.name,
              statusChangedAt: now,
              updatedAt: now,
            },
            { raiseSequence: true },
          );
    if (!after) throw new Error('meeting update returned no row');
    // A time still waiting for an answer no longer means anything.
    await closePendingTimeProposal(tx, ctx.actor.workspaceId, meetingId, {
      userId: ctx.actor.userId,
      name: ctx.actor.name,
      now,
    });
    await recordAudit(tx, ctx.actor, {
      entityType: 'meeting',
      entityId: meetingId,
      distributorId,
      action: `meeting.${input.action === 'reschedule' ? 'rescheduled' : input.action === 'cancel' ? 'cancelled' : 'skipped'}`,
      before: { startsAt: before.startsAt, status: before.status, sequence: before.sequence },
      after: {
        startsAt: after.startsAt,
        status: after.status,
        sequence: after.sequence,
        reason: input.reason,
      },
    });
    if (input.action === 'reschedule') {
      await publishMeetingEvent(ctx, tx, 'meeting.rescheduled', before, {
        newDay: after.startsAt.toISOString().slice(0, 10),
      });
    } else {
      await publishMeetingEvent(ctx, tx, 'meeting.cancelled', before, {
        status: after.status,
        reason: input.reason ?? '',
      });
    }
    const plan = await findCadencePlanById(tx, ctx.actor.workspaceId, after.planId);
    return meetingView(after, now, plan?.startsOn ?? after.startsAt.toISOString().slice(0, 10));
  });
}
