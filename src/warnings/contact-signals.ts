// The signals read from the principal's own records of the relationship rather than from the
// distributor's reports: the contact it has (silence) and the orders it places (orders down, an
// order gap). Pure rules like those of signals.ts, which lists them among its rules.
import type { Evidence, Signal, Thresholds, WarningFacts } from './signals.ts';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** Inbound contacts a year must have held before silence means something: a rhythm to break. */
const CONTACT_HISTORY = 3;
/** Days with an order a year must have held before its order gaps are compared. */
const ORDER_HISTORY = 4;
/**
 * The longest usual interval between orders whose three-month totals are compared: below three orders
 * a window, one order early or late moves a total by a third, which is noise, not a trend. A
 * monthly rhythm counts: ordering on any day of each month puts the average a day or two over 30.
 */
const LONGEST_COMPARED_INTERVAL_DAYS = 35;
/** Times its usual interval between inbound contacts a silence must last to count. */
const SILENCE_FACTOR = 4;
/** Inbound contacts a relationship's rhythm must promise in three months before fewer can count. */
const FEWER_EXPECTED = 4;
/**
 * How unlikely, by chance alone, so few contacts must be to count as fewer: contact comes at
 * random (a Poisson process at the relationship's usual rate), so only a 1-in-100 shortfall
 * reads as a change rather than a quiet quarter.
 */
const FEWER_CHANCE = 0.01;

/** P(X ≤ observed) for X ~ Poisson(expected). */
function poissonAtMost(observed: number, expected: number): number {
  let term = Math.exp(-expected);
  let sum = term;
  for (let count = 1; count <= observed; count++) {
    term *= expected / count;
    sum += term;
  }
  return sum;
}
/** Days of quiet ordering that never count as a stretched interval, however regular the rhythm. */
const SHORTEST_ORDER_GAP_DAYS = 30;

/** The end of `asOf` (UTC): everything up to then counts. */
const endOf = (asOf: string) => Date.parse(`${asOf}T00:00:00Z`) + DAY_MS;
const daysFrom = (from: string, asOf: string) =>
  Math.round((Date.parse(`${asOf}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

const path = (facts: WarningFacts, kind: Evidence['kind'], tail: string): Evidence => ({
  kind,
  path: `/api/v1/distributors/${facts.distributorId}/${tail}`,
});

/**
 * Silence: no inbound contact for `silenceWeeks` (or four times the relationship's usual
 * interval between inbound contacts, if that is longer), and/or the principal's messages and contacts
 * unanswered past the protocol's response time (the charter's normal one, else the threshold).
 * Contact thinning out far below its rhythm (so few in three months that chance explains it less
 * than once in a hundred) counts too, before the last contact is long past. Silence needs a
 * history of contact: a relationship whose communication was never recorded in Liaison is not
 * silent, only unrecorded; unanswered contacts count without one from the second on. Critical
 * when the silence lasts twice its limit.
 */
export function silenceSignal(facts: WarningFacts, thresholds: Thresholds): Signal | undefined {
  const contact = facts.communication;
  if (!contact) return undefined;
  const end = endOf(facts.asOf);
  let silentDays: number | null = null;
  let limitDays = thresholds.silenceWeeks * 7;
  if (contact.lastInboundAt && contact.inboundInYear >= CONTACT_HISTORY) {
    // Contact comes at random: gaps of two or three times the usual interval are ordinary.
    limitDays = Math.max(limitDays, Math.round((SILENCE_FACTOR * 365) / contact.inboundInYear));
    const days = Math.floor((end - Date.parse(contact.lastInboundAt)) / DAY_MS);
    if (days >= limitDays) silentDays = days;
  }
  const responseHours = facts.responseHours ?? thresholds.responseHours;
  const waitingHours = contact.waitingSince
    ? Math.floor((end - Date.parse(contact.waitingSince)) / HOUR_MS)
    : 0;
  const unanswered =
    waitingHours > responseHours && (contact.lastInboundAt !== null || contact.waiting >= 2);
  // Contact thinning out: far fewer inbound contacts in the latest 90 days than its rhythm gives.
  // Three months of a twelve-month rhythm.
  const expected = contact.inboundInYear / 4;
  const isFewer =
    silentDays === null &&
    contact.inboundInYear >= CONTACT_HISTORY &&
    expected >= FEWER_EXPECTED &&
    poissonAtMost(contact.inboundRecent, expected) < FEWER_CHANCE;
  if (silentDays === null && !unanswered && !isFewer) return undefined;
  const isCritical = silentDays !== null && silentDays >= 2 * limitDays;
  return {
    kind: 'silence',
    severity: isCritical ? 'critical' : 'warning',
    params: {
      // i18next's context picks the reason's wording: silent, unanswered, or both.
      context:
        silentDays !== null
          ? unanswered
            ? 'both'
            : 'silent'
          : isFewer
            ? unanswered
              ? 'fewer_unanswered'
              : 'fewer'
            : 'unanswered',
      recentContacts: contact.inboundRecent,
      usualContacts: Math.round(expected),
      silentWeeks: silentDays === null ? '—' : Math.floor(silentDays / 7),
      lastInboundOn: contact.lastInboundAt?.slice(0, 10) ?? '—',
      unanswered: unanswered ? contact.waiting : 0,
      waitingDays: unanswered ? Math.floor(waitingHours / 24) : 0,
      responseHours,
    },
    evidence: [path(facts, 'threads', 'threads'), path(facts, 'interactions', 'interactions')],
  };
}

/**
 * Net order value of the three months that had ended down `orderDropPercent` or more against the
 * three months before and against the same three months a year earlier (against the one of them that can be
 * compared, where the orders do not reach back a year); compared only in one currency, for a
 * rhythm of an order a month or more often. Always a warning.
 */
export function ordersDownSignal(facts: WarningFacts, thresholds: Thresholds): Signal | undefined {
  const orders = facts.orders;
  if (
    !orders ||
    orders.currencies > 1 ||
    orders.orderDays < ORDER_HISTORY ||
    !orders.usualIntervalDays ||
    orders.usualIntervalDays > LONGEST_COMPARED_INTERVAL_DAYS
  ) {
    return undefined;
  }
  const history = daysFrom(orders.firstOrderOn, facts.asOf);
  const drop = (base: number, coveredFrom: number) =>
    history >= coveredFrom && base > 0 ? Math.round((1 - orders.recent / base) * 100) : null;
  const isDown = (value: number | null): value is number =>
    value !== null && value >= thresholds.orderDropPercent;
  const againstPrior = drop(orders.prior, 182);
  const againstLastYear = drop(orders.lastYear, 456);
  const compared = [againstPrior, againstLastYear].filter((value) => value !== null);
  // Down against every comparison that could be made: a seasonal dip is down against the
  // quarter before but not against last year, one lumpy quarter rarely against both.
  if (!compared.length || !compared.every(isDown)) return undefined;
  // Always a warning: order totals swing with one large order or one month's pause, so a fall
  // means at risk only beside other signs (or as a stretched interval, order_gap).
  return {
    kind: 'orders_down',
    severity: 'warning',
    params: {
      againstPrior3MonthsPercent: isDown(againstPrior) ? againstPrior : '—',
      againstLastYearPercent: isDown(againstLastYear) ? againstLastYear : '—',
    },
    evidence: [path(facts, 'scorecard', 'scorecard')],
  };
}

/**
 * Days since the last order beyond `orderGapFactor` times the usual (average) interval between
 * order days in the year up to it (and beyond 30 days); needs four order days in that year.
 * Critical at twice that.
 */
export function orderGapSignal(facts: WarningFacts, thresholds: Thresholds): Signal | undefined {
  const orders = facts.orders;
  if (!orders || orders.orderDays < ORDER_HISTORY || !orders.usualIntervalDays) return undefined;
  const gapDays = daysFrom(orders.lastOrderOn, facts.asOf);
  const limit = Math.max(
    SHORTEST_ORDER_GAP_DAYS,
    thresholds.orderGapFactor * orders.usualIntervalDays,
  );
  if (gapDays <= limit) return undefined;
  return {
    kind: 'order_gap',
    severity: gapDays > 2 * limit ? 'critical' : 'warning',
    params: {
      gapDays,
      usualIntervalDays: Math.round(orders.usualIntervalDays),
      lastOrderOn: orders.lastOrderOn,
    },
    evidence: [path(facts, 'scorecard', 'scorecard')],
  };
}
