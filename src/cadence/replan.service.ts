// Editing a plan. Attendees, weekdays and the horizon change when meetings fall, so the meetings
// still to come are planned again, with the burdens already carried counting in the new rotation:
// a meeting that moves keeps its id (calendars update it through a higher SEQUENCE), one that no
// longer fits is cancelled, new ones are added. Past meetings never change.
import { DateTime } from 'luxon';
import type { Tx } from '../db/client.ts';
import { lookUpContacts } from '../distributors/contacts.service.ts';
import { getVisibleDistributor } from '../distributors/distributors.service.ts';
import { recordAudit } from '../platform/audit.ts';
import { nowIn } from '../platform/clock.ts';
import { AppError } from '../platform/errors.ts';
import { type Context, inTransaction, principalEditors, requireRole } from '../platform/tenancy.ts';
import { ownAgenda } from './agenda.ts';
import type { CadencePlanPatch } from './cadence.schema.ts';
import {
  findPlan,
  getPlanView,
  insertMeetings,
  participantsOf,
  rotationError,
  scheduleMeetings,
} from './cadence.service.ts';
import {
  listPlanMeetings,
  type MeetingRow,
  updateMeetingRow,
  updateUpcomingAgendas,
} from './meetings.queries.ts';
import { type PlanRow, updateCadencePlanRow } from './plans.queries.ts';
import type { PlannedOccurrence } from './rotation.ts';
import type { PartyBurden, RotationParticipant } from './rotation-burden.ts';
import type { MeetingKind } from './schedule.ts';

const DEFAULT_HORIZON_MONTHS = 6;

/** The burdens each series has carried so far: they count in the fairness windows ahead. */
function historyOf(past: MeetingRow[]) {
  const history: Partial<Record<MeetingKind, PartyBurden[]>> = {};
  for (const row of past) {
    if (row.status === 'cancelled' || row.status === 'skipped') continue;
    const list = history[row.kind] ?? [];
    list.push((row.rotation as PlannedOccurrence).burden);
    history[row.kind] = list;
  }
  return history;
}

async function replan(
  ctx: Context,
  tx: Tx,
  plan: PlanRow,
  participants: RotationParticipant[],
  horizonMonths: number | undefined,
) {
  const now = nowIn(ctx.clock, 'UTC');
  const all = await listPlanMeetings(tx, plan.workspaceId, plan.id);
  const future = all.filter((row) => row.startsAt > now.toJSDate());
  const lastStart = future.at(-1)?.startsAt;
  const until = horizonMonths
    ? now.plus({ months: horizonMonths })
    : lastStart
      ? DateTime.fromJSDate(lastStart).plus({ days: 1 })
      : now.plus({ months: DEFAULT_HORIZON_MONTHS });
  let planned: ReturnType<typeof scheduleMeetings>;
  try {
    const past = all.filter((row) => !future.includes(row));
    planned = scheduleMeetings(plan, participants, now, until, historyOf(past));
  } catch (error) {
    rotationError(ctx, error);
  }
  const key = (kind: string, number: number) => `${kind}#${number}`;
  const existing = new Map(future.map((row) => [key(row.kind, row.number), row]));
  // A week whose meeting already took place (say, on the old weekday) does not get a second one.
  const taken = new Set(
    all.filter((row) => !future.includes(row)).map((row) => key(row.kind, row.number)),
  );
  const counts = { moved: 0, cancelled: 0, added: 0 };
  const fresh: typeof planned = [];
  for (const entry of planned) {
    const row = existing.get(key(entry.kind, entry.number));
    existing.delete(key(entry.kind, entry.number));
    if (!row) {
      if (!taken.has(key(entry.kind, entry.number))) fresh.push(entry);
      continue;
    }
    // Called off meetings stay called off; the plan does not resurrect them.
    if (row.status !== 'scheduled') continue;
    const startsAt = new Date(entry.occurrence.startUtc);
    const moved =
      startsAt.getTime() !== row.startsAt.getTime() || entry.occurrence.minutes !== row.minutes;
    if (moved) counts.moved += 1;
    await updateMeetingRow(
      tx,
      row.workspaceId,
      row.id,
      {
        startsAt,
        minutes: entry.occurrence.minutes,
        rotation: entry.occurrence,
        videoUrl: plan.videoUrl,
        updatedAt: now.toJSDate(),
      },
      { raiseSequence: moved || row.videoUrl !== plan.videoUrl },
    );
  }
  for (const row of existing.values()) {
    if (row.status !== 'scheduled') continue;
    counts.cancelled += 1;
    await updateMeetingRow(
      tx,
      row.workspaceId,
      row.id,
      { status: 'cancelled', updatedAt: now.toJSDate() },
      { raiseSequence: true },
    );
  }
  await insertMeetings(tx, plan, fresh);
  counts.added = fresh.length;
  return counts;
}

/** New agenda templates apply to the meetings still to come that nobody has written notes for. */
async function applyAgendas(tx: Tx, plan: PlanRow, kinds: MeetingKind[], now: Date) {
  for (const kind of kinds) {
    await updateUpcomingAgendas(
      tx,
      plan.workspaceId,
      plan.id,
      kind,
      ownAgenda(kind, plan.agendas),
      now,
    );
  }
}

export function updateCadencePlan(ctx: Context, distributorId: string, patch: CadencePlanPatch) {
  requireRole(ctx.actor, principalEditors);
  return inTransaction(ctx, async (tx) => {
    await getVisibleDistributor(ctx, tx, distributorId);
    const before = await findPlan(tx, ctx.actor.workspaceId, distributorId);
    if (!before) throw new AppError('not_found');
    if (patch.noteTakerContactId) {
      const found = await lookUpContacts(tx, before.workspaceId, {
        distributorId,
        ids: [patch.noteTakerContactId],
      });
      if (!found.length) {
        throw new AppError('validation_failed', {
          errors: [
            {
              pointer: '#/noteTakerContactId',
              detail: ctx.t('validation.contact_other_distributor'),
            },
          ],
        });
      }
    }
    const { horizonMonths, agendas, ...fields } = patch;
    const attendeeContactIds = patch.attendeeContactIds ?? before.attendeeContactIds;
    const participants = await participantsOf(ctx, tx, { distributorId, attendeeContactIds });
    const now = ctx.clock.now();
    const plan = await updateCadencePlanRow(tx, before.workspaceId, before.id, {
      ...fields,
      ...(agendas ? { agendas: { ...before.agendas, ...agendas } } : {}),
      updatedAt: now,
    });
    if (!plan) throw new Error('plan update returned no row');
    const reschedules =
      patch.attendeeContactIds !== undefined ||
      patch.checkInWeekday !== undefined ||
      patch.reviewWeekday !== undefined ||
      patch.videoUrl !== undefined ||
      horizonMonths !== undefined;
    const counts = reschedules
      ? await replan(ctx, tx, plan, participants, horizonMonths)
      : { moved: 0, cancelled: 0, added: 0 };
    if (agendas) await applyAgendas(tx, plan, Object.keys(agendas) as MeetingKind[], now);
    await recordAudit(tx, ctx.actor, {
      entityType: 'cadence_plan',
      entityId: plan.id,
      distributorId,
      action: 'cadence.updated',
      before,
      after: { ...plan, ...counts },
    });
    return getPlanView(ctx, tx, distributorId);
  });
}
