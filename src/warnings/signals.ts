// The early-warning signals as pure rules: each reads the facts of one relationship on one day
// (gathered by warnings.service.ts from the reports and cadence domains) and the workspace's
// thresholds, and returns a signal or nothing. docs/early-warnings.md defines each one. The rules
// on orders and contact are in contact-signals.ts.
import { orderGapSignal, ordersDownSignal, silenceSignal } from './contact-signals.ts';
import { milestonesOverdueSignal, onboardingStalledSignal } from './plan-signals.ts';

export type Severity = 'warning' | 'critical';
export type SignalKind =
  | 'report_late'
  | 'revenue_down'
  | 'stock_below_buffer'
  | 'meetings_missed'
  | 'follow_ups_overdue'
  | 'competitor_mentioned'
  | 'silence'
  | 'orders_down'
  | 'order_gap'
  | 'milestones_overdue'
  | 'onboarding_stalled';

export type Evidence = {
  kind: 'report' | 'scorecard' | 'cadence' | 'threads' | 'interactions' | 'plan' | 'onboarding';
  path: string;
};
export type Signal = {
  kind: SignalKind;
  severity: Severity;
  /** The numbers the reason's message is written with. */
  params: Record<string, string | number | string[]>;
  evidence: Evidence[];
};

export type Thresholds = {
  /** Days after its due date before a report counts as late. */
  reportGraceDays: number;
  /** The fall in revenue, in percent, that counts as down. */
  revenueDropPercent: number;
  /** Meetings missed or cancelled within the 90-day discipline window. */
  missedMeetings: number;
  /** Notes and action items overdue together. */
  overdueFollowUps: number;
  /** Weeks without inbound contact that count as silence (longer where contact is rarer). */
  silenceWeeks: number;
  /** The protocol's response time, in hours, where no charter is in force. */
  responseHours: number;
  /** The fall in net order value, in percent, that counts as down. */
  orderDropPercent: number;
  /** How many times its usual interval between orders a gap must reach to count as stretched. */
  orderGapFactor: number;
  /** Milestones of the joint plan past their deadline and not done that raise a signal. */
  overdueMilestones: number;
  /** Days an onboarding step may run past its due day before it raises a signal. */
  onboardingLateDays: number;
  /** Signals together that put a relationship at risk (one critical signal always does). */
  atRiskSignals: number;
};

export const defaultThresholds: Thresholds = {
  reportGraceDays: 3,
  revenueDropPercent: 20,
  missedMeetings: 2,
  overdueFollowUps: 3,
  silenceWeeks: 6,
  responseHours: 72,
  orderDropPercent: 30,
  orderGapFactor: 2,
  overdueMilestones: 1,
  onboardingLateDays: 7,
  // Three coinciding warnings put 13 % of the backtest's healthy relationships at risk at least
  // once in two years; four, under 5 % (docs/early-warnings.md, "Where at risk begins").
  atRiskSignals: 4,
};

/** One month of a relationship's reporting, as it stood on the day evaluated. */
export type MonthFacts = {
  period: string;
  dueOn: string;
  expected: boolean;
  submittedOn: string | null;
  revenue: number | null;
  units: number | null;
  unitsOnHand: number | null;
  currency: string | null;
  competitors: string[];
  competitionNoted: boolean;
};

export type WarningFacts = {
  distributorId: string;
  /** The day evaluated, YYYY-MM-DD. */
  asOf: string;
  /** The months that had ended by `asOf`, newest first (15 of them: a year and a quarter). */
  months: MonthFacts[];
  /**
   * The buffer in weeks of cover: the charter's in force on `asOf`, else the relationship's
   * baseline (terms from before Liaison); null without either.
   */
  bufferWeeks: number | null;
  /** The normal response time of the charter in force, in hours; null without one. */
  responseHours: number | null;
  /** The principal's orders (sell-in); null where none are recorded. */
  orders: OrderFacts | null;
  /** Contact with the distributor; null where none is recorded. */
  communication: CommunicationFacts | null;
  /** The joint plan's milestones overdue on `asOf`; null where none are. */
  milestones: MilestoneFacts | null;
  /** The onboarding journey's late steps on `asOf`; null where no journey has one. */
  onboarding: OnboardingFacts | null;
  discipline: {
    meetingsPlanned: number;
    meetingsHeld: number;
    notesOverdue: number;
    actionsOverdue: number;
  };
};

/** Net order values of the latest three-month windows, and the rhythm of ordering. */
export type OrderFacts = {
  /**
   * The three months that had ended by `asOf`, the three before them, and the same three months
   * a year earlier.
   */
  recent: number;
  prior: number;
  lastYear: number;
  /** Currencies ordered in (sums of several are not compared). */
  currencies: number;
  /** The first order of the 17 months before the month of `asOf`, and the last one. */
  firstOrderOn: string;
  lastOrderOn: string;
  /**
   * Days with an order in the twelve months up to `asOf`, and the average days between the first
   * and the last of them (null below two).
   */
  orderDays: number;
  usualIntervalDays: number | null;
};

export type OnboardingFacts = {
  /** The journey's day on `asOf`. */
  day: number;
  /** The open steps past their due day (their keys), the latest first. */
  lateSteps: { key: string; lateByDays: number }[];
};

export type MilestoneFacts = {
  overdue: number;
  /** The oldest deadline missed (YYYY-MM-DD), and the first three titles by deadline. */
  oldestDueOn: string;
  titles: string[];
};

export type CommunicationFacts = {
  /**
   * The last inbound contact (ISO instant) of the 15 months before the month of `asOf` or of that
   * month, and how many there were in the twelve months before the latest three that had ended:
   * the relationship's usual rhythm, before any recent silence.
   */
  lastInboundAt: string | null;
  inboundInYear: number;
  /** Inbound contacts in the latest three months that had ended. */
  inboundRecent: number;
  /** The principal's earliest contact since then still without a reply, and how many wait. */
  waitingSince: string | null;
  waiting: number;
};

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

const reportPath = (facts: WarningFacts, period: string): Evidence => ({
  kind: 'report',
  path: `/api/v1/distributors/${facts.distributorId}/reports/${period}`,
});
const scorecardPath = (facts: WarningFacts): Evidence => ({
  kind: 'scorecard',
  path: `/api/v1/distributors/${facts.distributorId}/scorecard`,
});
const cadencePath = (facts: WarningFacts): Evidence => ({
  kind: 'cadence',
  path: `/api/v1/distributors/${facts.distributorId}/cadence`,
});

/**
 * Of the last three owed months, those whose report came more than the grace days late or has
 * not come that long after its due date. Late reports are a warning; a missing one, or all three
 * late, is critical.
 */
export function reportLateSignal(facts: WarningFacts, thresholds: Thresholds): Signal | undefined {
  const owed = facts.months.slice(0, 3).filter((month) => month.expected);
  const late = owed.filter((month) => {
    const arrived = month.submittedOn ?? (month.dueOn < facts.asOf ? facts.asOf : null);
    return arrived !== null && daysBetween(month.dueOn, arrived) > thresholds.reportGraceDays;
  });
  if (!late.length) return undefined;
  const missing = late.filter((month) => month.submittedOn === null);
  return {
    kind: 'report_late',
    // Two late of three is a habit many healthy relationships have; all three late, or one not
    // there at all, is not.
    severity: missing.length || late.length >= 3 ? 'critical' : 'warning',
    params: {
      late: late.length - missing.length,
      missing: missing.length,
      periods: late.map((month) => month.period),
    },
    evidence: late.map((month) => reportPath(facts, month.period)),
  };
}

/** Sum of revenue over `months` when every one was reported in one currency. */
function totalRevenue(
  months: (MonthFacts | undefined)[],
): { total: number; currency: string } | null {
  if (months.some((month) => month?.revenue == null)) return null;
  const currencies = new Set(months.map((month) => month?.currency));
  if (currencies.size !== 1) return null;
  const total = months.reduce((sum, month) => sum + (month?.revenue ?? 0), 0);
  return { total, currency: [...currencies][0] ?? '' };
}

/**
 * The three latest reported months against the three before them and against the same three
 * months a year earlier; compared only where every month was reported, in one currency. Down
 * against one is a warning, against both by one and a half times the threshold critical.
 */
export function revenueDownSignal(facts: WarningFacts, thresholds: Thresholds): Signal | undefined {
  const firstReported = facts.months.findIndex((month) => month.revenue !== null);
  if (firstReported < 0) return undefined;
  const window = (from: number) => facts.months.slice(from, from + 3);
  const recent = totalRevenue(window(firstReported));
  if (!recent || window(firstReported).length < 3) return undefined;
  const drop = (base: ReturnType<typeof totalRevenue>) =>
    base && base.currency === recent.currency && base.total > 0
      ? Math.round((1 - recent.total / base.total) * 100)
      : null;
  const againstPrior = drop(totalRevenue(window(firstReported + 3)));
  const againstLastYear = drop(totalRevenue(window(firstReported + 12)));
  const isDown = (value: number | null): value is number =>
    value !== null && value >= thresholds.revenueDropPercent;
  const down = [againstPrior, againstLastYear].filter(isDown);
  if (!down.length) return undefined;
  // A comparison that is not down (or could not be made) reads as a dash, not as a negative fall.
  return {
    kind: 'revenue_down',
    // Down a fifth against both is worth a look; critical takes half as much again against both,
    // as a slow year and a soft quarter together reach a fifth in healthy relationships.
    severity:
      down.length === 2 && down.every((value) => value >= 1.5 * thresholds.revenueDropPercent)
        ? 'critical'
        : 'warning',
    params: {
      againstPrior3MonthsPercent: isDown(againstPrior) ? againstPrior : '—',
      againstLastYearPercent: isDown(againstLastYear) ? againstLastYear : '—',
      periods: window(firstReported).map((month) => month.period),
    },
    evidence: [scorecardPath(facts)],
  };
}

/**
 * Weeks of cover of the latest reported month (its stock over the average weekly units of up to
 * three reported months) below the signed charter's buffer; under half of it is critical.
 */
export function stockBelowBufferSignal(facts: WarningFacts): Signal | undefined {
  if (facts.bufferWeeks === null) return undefined;
  const reported = facts.months.filter((month) => month.units !== null).slice(0, 3);
  const latest = reported[0];
  if (!latest || latest.unitsOnHand === null) return undefined;
  const weeklyUnits =
    reported.reduce((sum, month) => sum + (month.units ?? 0), 0) / ((reported.length * 52) / 12);
  if (weeklyUnits <= 0) return undefined;
  const weeksOfCover = Math.round((latest.unitsOnHand / weeklyUnits) * 10) / 10;
  if (weeksOfCover >= facts.bufferWeeks) return undefined;
  return {
    kind: 'stock_below_buffer',
    severity: weeksOfCover < facts.bufferWeeks / 2 ? 'critical' : 'warning',
    params: { weeksOfCover, bufferWeeks: facts.bufferWeeks, period: latest.period },
    evidence: [reportPath(facts, latest.period), scorecardPath(facts)],
  };
}

/** Planned meetings of the last 90 days not held (missed or cancelled); twice the limit: critical. */
export function meetingsMissedSignal(
  facts: WarningFacts,
  thresholds: Thresholds,
): Signal | undefined {
  const missed = facts.discipline.meetingsPlanned - facts.discipline.meetingsHeld;
  if (missed < thresholds.missedMeetings) return undefined;
  return {
    kind: 'meetings_missed',
    severity: missed >= 2 * thresholds.missedMeetings ? 'critical' : 'warning',
    params: { missed, planned: facts.discipline.meetingsPlanned },
    evidence: [cadencePath(facts)],
  };
}

/** Meeting notes and action items overdue, together at or above the limit. Always a warning. */
export function followUpsOverdueSignal(
  facts: WarningFacts,
  thresholds: Thresholds,
): Signal | undefined {
  const { notesOverdue, actionsOverdue } = facts.discipline;
  if (notesOverdue + actionsOverdue < thresholds.overdueFollowUps) return undefined;
  return {
    kind: 'follow_ups_overdue',
    severity: 'warning',
    params: { notesOverdue, actionsOverdue },
    evidence: [cadencePath(facts)],
  };
}

/**
 * A competitor named in the competitive activity, or a market note tagged as competition, in a
 * report of the last three months. Always a warning: a fact to act on, not a verdict.
 */
export function competitorMentionedSignal(facts: WarningFacts): Signal | undefined {
  const months = facts.months
    .slice(0, 3)
    .filter((month) => month.competitors.length || month.competitionNoted);
  if (!months.length) return undefined;
  return {
    kind: 'competitor_mentioned',
    severity: 'warning',
    params: { competitors: [...new Set(months.flatMap((month) => month.competitors))] },
    evidence: months.map((month) => reportPath(facts, month.period)),
  };
}

export const signalRules: ((facts: WarningFacts, thresholds: Thresholds) => Signal | undefined)[] =
  [
    reportLateSignal,
    revenueDownSignal,
    stockBelowBufferSignal,
    meetingsMissedSignal,
    followUpsOverdueSignal,
    competitorMentionedSignal,
    silenceSignal,
    ordersDownSignal,
    orderGapSignal,
    milestonesOverdueSignal,
    onboardingStalledSignal,
  ];

export function evaluateSignals(facts: WarningFacts, thresholds: Thresholds): Signal[] {
  return signalRules.flatMap((rule) => rule(facts, thresholds) ?? []);
}

export type HealthState = 'healthy' | 'watch' | 'at_risk';

/**
 * At risk: a critical signal, or `atRiskSignals` signals or more (four by default). Watch: any
 * other signal. Healthy: none. A single warning is worth a look; one severe sign, or many
 * together, need action.
 */
export function healthOf(
  signals: readonly Signal[],
  atRiskSignals = defaultThresholds.atRiskSignals,
): HealthState {
  if (signals.some((signal) => signal.severity === 'critical') || signals.length >= atRiskSignals) {
    return 'at_risk';
  }
  return signals.length ? 'watch' : 'healthy';
}
