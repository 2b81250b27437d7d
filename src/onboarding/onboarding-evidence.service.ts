// What proves each onboarding step, read from the owning domains' services inside the caller's
// transaction: the cadence plan, the charter signed by both, the first accepted monthly report,
// the first order since the start, the first monthly review held with notes, and the manual tick.

import { findPlan } from '../cadence/cadence.service.ts';
import { listReviewMeetingNotes } from '../cadence/review-notes.service.ts';
import { charterEvidence } from '../charter/charter-evidence.service.ts';
import type { Tx } from '../db/client.ts';
import { firstOrderSince } from '../orders/orders.service.ts';
import { reportEvidence } from '../reports/report-evidence.service.ts';
import type { OnboardingTickRow } from './onboarding.queries.ts';
import type { OnboardingStepKey } from './onboarding-steps.ts';

/** A step's proof as a message code with values, so each reader gets their own language. */
export type StepEvidence = {
  isDone: boolean;
  doneAt: Date | null;
  code: string;
  values?: Record<string, string | number>;
  link: string | null;
};

/** How many review meetings with notes to look through for the first monthly one. */
const REVIEWS_READ = 200;

const day = (at: Date | null) => (at ? at.toISOString().slice(0, 10) : '');

export async function onboardingEvidence(
  tx: Tx,
  workspaceId: string,
  distributorId: string,
  start: Date,
  now: Date,
  tick: OnboardingTickRow | undefined,
): Promise<Record<OnboardingStepKey, StepEvidence>> {
  const base = `/distributors/${distributorId}`;
  const plan = await findPlan(tx, workspaceId, distributorId);
  const charter = await charterEvidence(tx, workspaceId, distributorId);
  const reports = await reportEvidence(tx, workspaceId, distributorId, now);
  const order = await firstOrderSince(tx, workspaceId, distributorId, day(start));
  const reviews = await listReviewMeetingNotes(tx, workspaceId, distributorId, REVIEWS_READ);
  const firstReview = reviews
    .filter(
      (review) =>
        review.kind === 'monthly' &&
        review.startsAt >= start &&
        review.startsAt <= now &&
        review.notes.trim() !== '',
    )
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())[0];
  const reportMonth = reports.firstAcceptedPeriod?.slice(0, 7);
  const charterLink = `${base}/charter`;
  return {
    cadence_planned: plan
      ? {
          isDone: true,
          doneAt: plan.createdAt,
          code: 'cadence_planned',
          values: { date: day(plan.createdAt) },
          link: `${base}/meetings`,
        }
      : { isDone: false, doneAt: null, code: 'cadence_missing', link: `${base}/meetings` },
    charter_signed: charter.signed
      ? {
          isDone: true,
          doneAt: charter.signed.signedAt,
          code: 'charter_signed',
          values: { version: charter.signed.version, date: day(charter.signed.signedAt) },
          link: charterLink,
        }
      : charter.pending
        ? {
            isDone: false,
            doneAt: null,
            code: 'charter_pending',
            values: { version: charter.pending.version },
            link: charterLink,
          }
        : { isDone: false, doneAt: null, code: 'charter_missing', link: charterLink },
    training_assigned: tick?.isDone
      ? {
          isDone: true,
          doneAt: tick.changedAt,
          code: 'training_ticked',
          values: { name: tick.tickerName, date: day(tick.changedAt) },
          link: null,
        }
      : { isDone: false, doneAt: null, code: 'training_missing', link: null },
    first_report: reportMonth
      ? {
          isDone: true,
          doneAt: reports.firstAcceptedAt,
          code: 'report_accepted',
          values: { month: reportMonth },
          link: `${base}/reports/${reportMonth}`,
        }
      : { isDone: false, doneAt: null, code: 'report_missing', link: `${base}/reports` },
    first_order: order
      ? {
          isDone: true,
          doneAt: new Date(`${order.orderedOn}T00:00:00Z`),
          code: order.orderRef ? 'order_in' : 'order_in_unnamed',
          values: { date: order.orderedOn, reference: order.orderRef ?? '' },
          link: `${base}/scorecard`,
        }
      : { isDone: false, doneAt: null, code: 'order_missing', link: `${base}/scorecard` },
    first_monthly_review: firstReview
      ? {
          isDone: true,
          doneAt: firstReview.startsAt,
          code: 'review_held',
          values: { date: day(firstReview.startsAt) },
          link: `${base}/meetings/${firstReview.meetingId}`,
        }
      : { isDone: false, doneAt: null, code: 'review_missing', link: `${base}/meetings` },
  };
}
