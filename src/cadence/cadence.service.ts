// A relationship's meeting plan and its meetings. The plan takes the charter's communication
// protocol (meeting kinds and lengths, the report's due day) or sensible defaults; its dates come
// from planCadence() and each series' times from the fair rotation (planRotation()).
import { DateTime } from 'luxon';
import { signedCharterContent } from '../charter/charter-in-force.service.ts';
import type { Tx } from '../db/client.ts';
import { lookUpContacts } from '../distributors/contacts.service.ts';
import { getVisibleDistributor } from '../distributors/distributors.service.ts';
import { recordAudit } from '../platform/audit.ts';
import { nowIn } from '../platform/clock.ts';
import { AppError, type FieldError } from '../platform/errors.ts';
import { type Context, inTransaction, principalEditors, requireRole } from '../platform/tenancy.ts';
import { agendaFor, ownAgenda } from './agenda.ts';
import type { CadencePlanInput } from './cadence.schema.ts';
import { disciplineOf } from './discipline.service.ts';
import { insertMeetingRows, listPlanMeetings, type MeetingRow } from './meetings.queries.ts';
import { countsAsHeld, notesDueAt, notesState } from './notes-rules.ts';
import { findCadencePlan, insertCadencePlan, type PlanRow } from './plans.queries.ts';
import { type PlannedOccurrence, planRotation } from './rotation.ts';
import type { PartyBurden, RotationParticipant } from './rotation-burden.ts';
import { RotationInputError } from './rotation-input.ts';
import { type MeetingKind, meetingKinds, planCadence, rhythmOf } from './schedule.ts';

const defaultMeetings: { kind: MeetingKind; minutes: number }[] = [
  { kind: 'weekly', minutes: 30 },
  { kind: 'monthly', minutes: 60 },
  { kind: 'quarterly', minutes: 120 },
  { kind: 'annual', minutes: 240 },
];

/** The relationship's plan, in the caller's transaction (the demo seed reads it too). */
export function findPlan(tx: Tx, workspaceId: string, distributorId: string) {
  return findCadencePlan(tx, workspaceId, distributorId);
}

/** The protocol of the charter in force, if the relationship has one. */
export async function signedProtocol(tx: Tx, workspaceId: string, distributorId: string) {
  const content = await signedCharterContent(tx, workspaceId, distributorId);
  return content
    ? {
        meetings: content.communication.meetings,
        reportDueDay: content.reporting.monthlyReportDueDay,
        startsOn: content.term.startsOn,
      }
    : null;
}

/** The contacts given, or the relationship's primary contacts when none are. */
function attendeeRows(tx: Tx, workspaceId: string, distributorId: string, ids: string[]) {
  return lookUpContacts(
    tx,
    workspaceId,
    ids.length ? { distributorId, ids } : { distributorId, isPrimary: true },
  );
}

/** The people whose working hours the rotation weighs; every one must have a time zone. */
export async function participantsOf(
  ctx: Context,
  tx: Tx,
  plan: Pick<PlanRow, 'distributorId' | 'attendeeContactIds'>,
) {
  const rows = await attendeeRows(
    tx,
    ctx.actor.workspaceId,
    plan.distributorId,
    plan.attendeeContactIds,
  );
  const errors: FieldError[] = [];
  plan.attendeeContactIds.forEach((id, index) => {
    const found = rows.find((row) => row.id === id);
    if (!found) {
      errors.push({
        pointer: `#/attendeeContactIds/${index}`,
        detail: ctx.t('validation.contact_other_distributor'),
      });
    } else if (!found.timeZone) {
      errors.push({
        pointer: `#/attendeeContactIds/${index}`,
        detail: ctx.t('validation.attendee_time_zone', { name: found.name }),
      });
    }
  });
  for (const side of ['principal', 'distributor'] as const) {
    if (!rows.some((row) => row.side === side)) {
      errors.push({
        pointer: '#/attendeeContactIds',
        detail: ctx.t('validation.attendee_side', { side: ctx.t(`sideInSentence.${side}`) }),
      });
    }
  }
  if (errors.length) throw new AppError('validation_failed', { errors });
  return rows.map(
    (row): RotationParticipant => ({
      id: row.id,
      party: row.side,
      timeZone: row.timeZone ?? 'UTC',
      workingHours: { start: row.workStart, end: row.workEnd, weekdays: row.workWeekdays },
    }),
  );
}

/** Plans every series from now to `until`, each at the times the fair rotation chooses. */
export function scheduleMeetings(
  plan: PlanRow,
  participants: RotationParticipant[],
  now: DateTime,
  until: DateTime,
  history: Partial<Record<MeetingKind, PartyBurden[]>> = {},
) {
  const dates = planCadence({
    startsOn: plan.startsOn,
    from: now.toISODate() ?? '',
    until: until.toISODate() ?? '',
    meetings: plan.meetings,
    checkInWeekday: plan.checkInWeekday,
    reviewWeekday: plan.reviewWeekday,
    reportDueDay: plan.reportDueDay,
  });
  const planned: { kind: MeetingKind; number: number; occurrence: PlannedOccurrence }[] = [];
  for (const kind of meetingKinds) {
    const series = dates.filter((date) => date.kind === kind);
    if (!series.length) continue;
    const rotation = planRotation({
      participants,
      occurrences: series.map(({ date, minutes }) => ({ date, minutes })),
      history: history[kind] ?? [],
    });
    rotation.meetings.forEach((occurrence, index) => {
      const number = series[index]?.number ?? index + 1;
      if (DateTime.fromISO(occurrence.startUtc) > now) planned.push({ kind, number, occurrence });
    });
  }
  return planned;
}

/** New meetings of the plan, each with its own copy of its kind's agenda and the note-taker. */
export async function insertMeetings(
  tx: Tx,
  plan: PlanRow,
  planned: ReturnType<typeof scheduleMeetings>,
) {
  await insertMeetingRows(
    tx,
    planned.map(({ kind, number, occurrence }) => ({
      workspaceId: plan.workspaceId,
      distributorId: plan.distributorId,
      planId: plan.id,
      kind,
      number,
      startsAt: new Date(occurrence.startUtc),
      minutes: occurrence.minutes,
      videoUrl: plan.videoUrl,
      rotation: occurrence,
      agenda: ownAgenda(kind, plan.agendas),
      noteTakerContactId: plan.noteTakerContactId,
    })),
  );
}

export function rotationError(ctx: Context, error: unknown): never {
  if (error instanceof RotationInputError) {
    throw new AppError('validation_failed', {
      errors: error.issues.map((issue) => ({
        pointer: issue.pointer,
        detail: ctx.t(`validation.rotation.${issue.code}`, { value: String(issue.value ?? '') }),
      })),
    });
  }
  throw error;
}

export function createCadencePlan(ctx: Context, distributorId: string, input: CadencePlanInput) {
  requireRole(ctx.actor, principalEditors);
  return inTransaction(ctx, async (tx) => {
    await getVisibleDistributor(ctx, tx, distributorId);
    if (await findPlan(tx, ctx.actor.workspaceId, distributorId))
      throw new AppError('cadence_exists');
    const protocol = await signedProtocol(tx, ctx.actor.workspaceId, distributorId);
    const now = nowIn(ctx.clock, 'UTC');
    const values = {
      workspaceId: ctx.actor.workspaceId,
      distributorId,
      startsOn: input.startsOn ?? protocol?.startsOn ?? now.toISODate() ?? '',
      checkInWeekday: input.checkInWeekday,
      reviewWeekday: input.reviewWeekday,
      reportDueDay: protocol?.reportDueDay ?? 10,
      meetings: protocol?.meetings.length ? protocol.meetings : defaultMeetings,
      attendeeContactIds: input.attendeeContactIds ?? [],
      videoUrl: input.videoUrl,
      createdBy: ctx.actor.userId,
    };
    if (!values.attendeeContactIds.length) {
      const primaries = await attendeeRows(tx, ctx.actor.workspaceId, distributorId, []);
      values.attendeeContactIds = primaries.map((row) => row.id);
    }
    const participants = await participantsOf(ctx, tx, values);
    const noteTakerContactId = participants.find((person) => person.party === 'principal')?.id;
    const plan = await insertCadencePlan(tx, { ...values, noteTakerContactId });
    if (!plan) throw new Error('plan insert returned no row');
    let planned: ReturnType<typeof scheduleMeetings>;
    try {
      planned = scheduleMeetings(
        plan,
        participants,
        now,
        now.plus({ months: input.horizonMonths }),
      );
    } catch (error) {
      rotationError(ctx, error);
    }
    await insertMeetings(tx, plan, planned);
    await recordAudit(tx, ctx.actor, {
      entityType: 'cadence_plan',
      entityId: plan.id,
      distributorId,
      action: 'cadence.planned',
      after: { ...plan, meetings: plan.meetings, scheduled: planned.length },
    });
    return getPlanView(ctx, tx, distributorId);
  });
}

export async function getPlanView(ctx: Context, tx: Tx, distributorId: string) {
  const plan = await findPlan(tx, ctx.actor.workspaceId, distributorId);
  if (!plan) throw new AppError('not_found');
  const meetings = await listPlanMeetings(tx, plan.workspaceId, plan.id);
  const now = ctx.clock.now();
  return {
    plan: {
      startsOn: plan.startsOn,
      checkInWeekday: plan.checkInWeekday,
      reviewWeekday: plan.reviewWeekday,
      reportDueDay: plan.reportDueDay,
      meetings: plan.meetings,
      attendeeContactIds: plan.attendeeContactIds,
      videoUrl: plan.videoUrl,
      agendas: Object.fromEntries(
        meetingKinds.map((kind) => [kind, agendaFor(kind, plan.agendas, ctx.t)]),
      ),
      noteTakerContactId: plan.noteTakerContactId,
    },
    meetings: meetings.map((row) => meetingView(row, now, plan.startsOn)),
    discipline: await disciplineOf(tx, plan.workspaceId, distributorId, now),
  };
}

/** A meeting as the API shows it; `now` places its notes (upcoming, due, overdue…). */
export function meetingView(row: MeetingRow, now: Date, planStartsOn: string) {
  const rotation = row.rotation as PlannedOccurrence;
  return {
    id: row.id,
    kind: row.kind,
    rhythm: rhythmOf(row.kind, rotation.date, planStartsOn),
    number: row.number,
    startsAt: row.startsAt,
    minutes: row.minutes,
    status: row.status,
    sequence: row.sequence,
    videoUrl: row.videoUrl,
    attendees: rotation.attendees,
    burden: rotation.burden,
    burdenedParty: rotation.burdenedParty,
    ledger: rotation.ledger,
    noFairSlot: rotation.noFairSlot ?? null,
    notesDueAt: notesDueAt(row),
    notesState: notesState(row, now),
    countsAsHeld: countsAsHeld(row),
    statusReason: row.statusReason,
  };
}

export function getCadence(ctx: Context, distributorId: string) {
  return inTransaction(ctx, async (tx) => {
    await getVisibleDistributor(ctx, tx, distributorId);
    return getPlanView(ctx, tx, distributorId);
  });
}
