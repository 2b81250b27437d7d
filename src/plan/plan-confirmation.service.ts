// The joint plan re-agreed each year (#18): at the annual planning each side confirms the plan as
// it stands for a year, a lighter act than the charter's signature. A confirmation counts the
// changes agreed when it was given; the year is re-agreed once both sides confirmed the same
// state, so a change agreed in between asks the first side to confirm again. Changes still
// waiting for an answer are answered first: nobody confirms a plan with open questions.
import { DateTime } from 'luxon';
import type { Tx } from '../db/client.ts';
import type { Side } from '../db/types.ts';
import { getVisibleDistributor } from '../distributors/distributors.service.ts';
import { recordAudit } from '../platform/audit.ts';
import { todayIn } from '../platform/clock.ts';
import { AppError, fieldError } from '../platform/errors.ts';
import { publishEvent } from '../platform/events.ts';
import { type Context, inTransaction } from '../platform/tenancy.ts';
import { lockPlan } from './plan.queries.ts';
import type { ConfirmPlanInput, PlanConfirmations } from './plan.schema.ts';
import {
  type ConfirmationRow,
  countChanges,
  listConfirmations,
  upsertConfirmation,
} from './plan-confirmation.queries.ts';
import { isPlanWriter, sideOfActor } from './plan-views.ts';

/** The month from which the annual planning looks at the coming year. */
const PLANNING_MONTH = 10;

/** The years a plan may be confirmed for on `today`: this one, and from October the next. */
export function planningYears(today: string): number[] {
  const { year, month } = DateTime.fromISO(today, { zone: 'utc' });
  return month >= PLANNING_MONTH ? [year, year + 1] : [year];
}

function sideView(row: ConfirmationRow | undefined, agreed: number) {
  return row
    ? {
        name: row.confirmerName,
        at: row.confirmedAt,
        note: row.note,
        isCurrent: row.agreedChanges === agreed,
      }
    : null;
}

/** Each year's confirmations, the latest first, and what the caller may confirm now. */
export async function planConfirmations(
  ctx: Context,
  tx: Tx,
  distributorId: string,
  today: string,
): Promise<PlanConfirmations> {
  const workspaceId = ctx.actor.workspaceId;
  const rows = await listConfirmations(tx, workspaceId, distributorId);
  const changes = await countChanges(tx, workspaceId, distributorId);
  const years = [...new Set(rows.map((row) => row.year))];
  const of = (year: number, side: Side) =>
    rows.find((row) => row.year === year && row.side === side);
  const open = planningYears(today);
  const year = open.at(-1) ?? Number(today.slice(0, 4));
  return {
    planningYear: year,
    waitingChanges: changes.waiting,
    canConfirm: isPlanWriter(ctx.actor) && changes.waiting === 0,
    years: years.map((entry) => {
      const principal = of(entry, 'principal');
      const distributor = of(entry, 'distributor');
      return {
        year: entry,
        principal: sideView(principal, changes.agreed),
        distributor: sideView(distributor, changes.agreed),
        isAgreed: Boolean(
          principal && distributor && principal.agreedChanges === distributor.agreedChanges,
        ),
      };
    }),
  };
}

/**
 * The caller's side confirms the plan as it stands for a year (this one, or the next from
 * October), with its audit entry and an event for the other side, in one transaction.
 */
export function confirmPlan(ctx: Context, distributorId: string, input: ConfirmPlanInput) {
  if (!isPlanWriter(ctx.actor)) throw new AppError('forbidden');
  return inTransaction(ctx, async (tx) => {
    const distributor = await getVisibleDistributor(ctx, tx, distributorId);
    const workspaceId = ctx.actor.workspaceId;
    await lockPlan(tx, workspaceId, distributorId);
    const today = todayIn(ctx.clock, distributor.timeZone);
    const years = planningYears(today);
    if (!years.includes(input.year)) {
      throw fieldError(ctx.t, '#/year', 'plan.confirmYear', { years: years.join(', ') });
    }
    const changes = await countChanges(tx, workspaceId, distributorId);
    if (changes.waiting > 0) {
      throw new AppError('plan_changes_waiting', { params: { count: changes.waiting } });
    }
    const side = sideOfActor(ctx.actor);
    const now = ctx.clock.now();
    const row = await upsertConfirmation(tx, {
      workspaceId,
      distributorId,
      year: input.year,
      side,
      agreedChanges: changes.agreed,
      confirmedBy: ctx.actor.userId,
      confirmerName: ctx.actor.name,
      confirmedAt: now,
      note: input.note || null,
    });
    if (!row) throw new Error('plan confirmation upsert returned no row');
    const view = await planConfirmations(ctx, tx, distributorId, today);
    const isAgreed = view.years.find((entry) => entry.year === input.year)?.isAgreed ?? false;
    await recordAudit(tx, ctx.actor, {
      entityType: 'plan_confirmation',
      entityId: row.id,
      distributorId,
      action: 'plan.confirmed',
      after: { title: String(input.year), side, note: row.note, isAgreed },
    });
    await publishEvent(tx, workspaceId, {
      type: 'plan.confirmed',
      distributorId,
      subjectId: row.id,
      actorUserId: ctx.actor.userId,
      data: { year: input.year, confirmerName: ctx.actor.name, isAgreed },
      occurredAt: now,
    });
    return view;
  });
}
