// The onboarding journey (#18): the first 90 days of a relationship, from the day it entered the
// onboarding stage. Each step is read from the owning domain's evidence (or, for training, a
// person's tick with a note), is due a number of days after the start, and an open step past its
// due day makes the journey stalled. Both sides see their journey; the principal sees them all.
import type { Tx } from '../db/client.ts';
import type { Role, Side } from '../db/types.ts';
import {
  getVisibleDistributor,
  type OnboardingSpan,
  onboardingSpans,
} from '../distributors/distributors.service.ts';
import { recordAudit } from '../platform/audit.ts';
import {
  type Context,
  inTransaction,
  isPrincipal,
  principalEditors,
  principalRoles,
  requireRole,
} from '../platform/tenancy.ts';
import { listOnboardingTicks, upsertOnboardingTick } from './onboarding.queries.ts';
import type {
  ManualStepInput,
  OnboardingJourney,
  OnboardingPortfolio,
  OnboardingStep,
} from './onboarding.schema.ts';
import { onboardingEvidence } from './onboarding-evidence.service.ts';
import { dueDaysOf } from './onboarding-settings.service.ts';
import {
  type DueDays,
  daysBetween,
  isFollowed,
  isManualStep,
  JOURNEY_DAYS,
  type ManualStepKey,
  onboardingStepKeys,
  stepTiming,
} from './onboarding-steps.ts';

/** Who may tick the manual steps: editors of either side, not viewers. */
const tickers: readonly Role[] = [...principalEditors, 'distributor_admin', 'distributor_member'];

const sideOf = (ctx: Context): Side => (isPrincipal(ctx.actor) ? 'principal' : 'distributor');

async function journeyOf(
  ctx: Context,
  tx: Tx,
  distributorId: string,
  span: OnboardingSpan | undefined,
  days: DueDays,
): Promise<OnboardingJourney> {
  const workspaceId = ctx.actor.workspaceId;
  const now = ctx.clock.now();
  const [tick] = await listOnboardingTicks(tx, workspaceId, [distributorId]);
  const start = span?.startedAt ?? null;
  const evidence = await onboardingEvidence(
    tx,
    workspaceId,
    distributorId,
    start ?? now,
    now,
    tick,
  );
  const mayTick = tickers.includes(ctx.actor.role);
  const steps: OnboardingStep[] = onboardingStepKeys.map((key) => {
    const proof = evidence[key];
    const timing = start ? stepTiming(days[key], start, now, proof.isDone) : null;
    const manualTick = isManualStep(key) ? tick : undefined;
    return {
      key,
      title: ctx.t(`onboarding.steps.${key}`),
      isManual: isManualStep(key),
      dueDay: days[key],
      dueOn: timing?.dueOn ?? null,
      isDone: proof.isDone,
      doneAt: proof.doneAt,
      isLate: timing?.isLate ?? false,
      lateByDays: timing?.lateByDays ?? 0,
      evidence: {
        text: ctx.t(`onboarding.evidence.${proof.code}`, { ...proof.values }),
        link: proof.link,
      },
      tickedBy: manualTick ? { name: manualTick.tickerName, side: manualTick.tickerSide } : null,
      note: manualTick?.note ?? null,
      canTick: isManualStep(key) && mayTick,
    };
  });
  const late = steps.find((step) => step.isLate);
  const done = steps.filter((step) => step.isDone).length;
  return {
    distributorId,
    startedAt: start,
    leftAt: span?.leftAt ?? null,
    day: start ? daysBetween(start, now) : 0,
    journeyDays: JOURNEY_DAYS,
    done,
    total: steps.length,
    isComplete: done === steps.length,
    isStalled: Boolean(late),
    lateStep: late ? { key: late.key, title: late.title, lateByDays: late.lateByDays } : null,
    steps,
  };
}

async function journeyIn(ctx: Context, tx: Tx, distributorId: string) {
  await getVisibleDistributor(ctx, tx, distributorId);
  const [span] = await onboardingSpans(ctx, tx, distributorId);
  return journeyOf(ctx, tx, distributorId, span, await dueDaysOf(tx, ctx.actor.workspaceId));
}

/** One relationship's journey; a distributor's user sees only its own (404 otherwise). */
export function getOnboardingJourney(ctx: Context, distributorId: string) {
  return inTransaction(ctx, (tx) => journeyIn(ctx, tx, distributorId));
}

/** Ticks or un-ticks a manual step with a note, with its audit entry in the same transaction. */
export function tickOnboardingStep(
  ctx: Context,
  distributorId: string,
  key: ManualStepKey,
  input: ManualStepInput,
) {
  requireRole(ctx.actor, tickers);
  return inTransaction(ctx, async (tx) => {
    await getVisibleDistributor(ctx, tx, distributorId);
    const side = sideOf(ctx);
    await upsertOnboardingTick(tx, {
      workspaceId: ctx.actor.workspaceId,
      distributorId,
      stepKey: key,
      isDone: input.isDone,
      note: input.note,
      tickedBy: ctx.actor.userId,
      tickerName: ctx.actor.name,
      tickerSide: side,
      changedAt: ctx.clock.now(),
    });
    await recordAudit(tx, ctx.actor, {
      entityType: 'onboarding',
      entityId: distributorId,
      distributorId,
      action: input.isDone ? 'onboarding.step_ticked' : 'onboarding.step_unticked',
      after: {
        item: ctx.t(`onboarding.steps.${key}`),
        isDone: input.isDone,
        note: input.note,
        side,
      },
    });
    return journeyIn(ctx, tx, distributorId);
  });
}

/**
 * Every relationship in onboarding, and those that left it in the last 90 days: its day of the
 * journey, steps done, and whether (and where) it is stalled. Principal side only.
 */
export function getOnboardingPortfolio(ctx: Context) {
  requireRole(ctx.actor, principalRoles);
  return inTransaction(ctx, async (tx): Promise<OnboardingPortfolio> => {
    const now = ctx.clock.now();
    const spans = (await onboardingSpans(ctx, tx, null))
      .filter((span) => isFollowed(span.leftAt, now))
      .sort((a, b) => a.name.localeCompare(b.name));
    const days = await dueDaysOf(tx, ctx.actor.workspaceId);
    const distributors = [];
    for (const span of spans) {
      const journey = await journeyOf(ctx, tx, span.distributorId, span, days);
      distributors.push({
        id: span.distributorId,
        name: span.name,
        country: span.country,
        startedAt: span.startedAt,
        leftAt: span.leftAt,
        day: journey.day,
        done: journey.done,
        total: journey.total,
        isComplete: journey.isComplete,
        isStalled: journey.isStalled,
        lateStep: journey.lateStep,
      });
    }
    return { journeyDays: JOURNEY_DAYS, distributors };
  });
}
