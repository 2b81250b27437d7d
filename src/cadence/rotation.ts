// Fair time-zone rotation: the time of day of each meeting in a series, chosen so that meeting
// outside working hours is shared between the principal's side and the distributor's over time.
// A pure module (no clock, no I/O). Every UTC offset comes from Luxon for the instant concerned,
// so a series that crosses a daylight-saving change in either zone stays right.
//
// Definitions (docs/decisions.md, "Fair time-zone rotation"):
// - A person's burden for a meeting: each minute outside their working hours, by their local
//   wall clock, weighted 4 at night (22:00–06:00), 2 early or late (06:00–07:00, 20:00–22:00)
//   and on days they do not work, 1 otherwise (07:00–20:00 on a working day).
// - A party's burden: its worst-off attendee's, so bringing a colleague does not tilt the scale.
// - The rule: in the window of the last 8 meetings up to each meeting (fewer at the start of a
//   series), the two parties' summed burdens differ by at most one meeting's worth: the largest
//   burden either party had in a single meeting of that window.
// - A fair slot: one that keeps the rule and is not dominated (no other slot is as good for both
//   sides and better for one): the planner never burdens someone for show.
import { DateTime, IANAZone } from 'luxon';
import {
  DAY_MINUTES,
  MINUTE_MS,
  modulo,
  offsetAt,
  type PartyBurden,
  spansOf,
  weighMeeting,
  type ZoneSpan,
  zoneSpan,
} from './rotation-burden.ts';
import {
  type PreparedInput as Context,
  prepare,
  type RotationInput,
  type RotationOccurrence,
} from './rotation-input.ts';
import {
  buildLedger,
  FAIRNESS_WINDOW,
  isoUtc,
  type LedgerMeeting,
  patternOf,
  type RotationAssessment,
  summarize,
} from './rotation-ledger.ts';

/** Why the planner could not keep the rule for a meeting. `one_sided`: every undominated slot
 * burdens the same party more (e.g. the day is one side's weekend), so the day itself is
 * lopsided; `window_imbalance`: no undominated slot keeps this window fair given the meetings
 * before it, even after revisiting up to 7 of them. */
export type NoFairSlotReason = 'one_sided' | 'window_imbalance';

export type PlannedOccurrence = LedgerMeeting & {
  date: string;
  noFairSlot: NoFairSlotReason | null;
};

export type RotationPlan = RotationAssessment<PlannedOccurrence> & {
  referenceZone: string;
  gridMinutes: number;
};

const SEARCH_BUDGET = 4000;

type Slot = { startMs: number; principal: number; distributor: number; referenceMinute: number };
type Day = {
  startMs: number;
  slots: Slot[];
  /** Each slot's burden per attendee, slot after slot. */
  personBurdens: Int32Array;
  /** Each attendee's zone offsets over the day. */
  spans: ZoneSpan[];
  /** The undominated slots, by start. */
  frontier: Slot[];
};

/** Every grid start on the occurrence's reference day, weighed, and the undominated ones. */
function evaluateDay(context: Context, occurrence: RotationOccurrence): Day {
  const { attendees, referenceZone, gridMinutes } = context;
  // From this midnight to the next, not start + 24 h: a day with a DST change has 23 or 25
  // hours, and where midnight itself is skipped (America/Santiago) the day starts at 01:00.
  const [year, month, day] = occurrence.date.split('-').map(Number);
  const next = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, (day ?? 1) + 1));
  const startMs = DateTime.fromObject({ year, month, day }, { zone: referenceZone }).toMillis();
  const endMs = DateTime.fromObject(
    { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() },
    { zone: referenceZone },
  ).toMillis();
  const spanEnd = endMs + occurrence.minutes * MINUTE_MS;
  const spans = spansOf(attendees, startMs, spanEnd);
  const referenceAttendee = attendees.find(({ zone }) => zone.name === referenceZone);
  const reference =
    (referenceAttendee && spans[attendees.indexOf(referenceAttendee)]) ??
    zoneSpan(IANAZone.create(referenceZone), startMs, spanEnd);
  const count = Math.ceil((endMs - startMs) / (gridMinutes * MINUTE_MS));
  const personBurdens = new Int32Array(count * attendees.length);
  const slots: Slot[] = [];
  for (let index = 0; index < count; index++) {
    const slotStart = startMs + index * gridMinutes * MINUTE_MS;
    const slotEnd = slotStart + occurrence.minutes * MINUTE_MS;
    const burden = weighMeeting(
      attendees,
      spans,
      slotStart,
      slotEnd,
      personBurdens,
      index * attendees.length,
    );
    const local = Math.floor(slotStart / MINUTE_MS) + offsetAt(reference, slotStart);
    slots.push({ startMs: slotStart, ...burden, referenceMinute: modulo(local, DAY_MINUTES) });
  }
  const byBurden = [...slots].sort(
    (a, b) => a.principal - b.principal || a.distributor - b.distributor || a.startMs - b.startMs,
  );
  const frontier: Slot[] = [];
  let best: Slot | undefined;
  for (const slot of byBurden) {
    if (!best || slot.distributor < best.distributor) best = slot;
    else if (slot.principal !== best.principal || slot.distributor !== best.distributor) continue;
    frontier.push(slot);
  }
  frontier.sort((a, b) => a.startMs - b.startMs);
  return { startMs, slots, personBurdens, spans, frontier };
}

type Trailing = { principal: number; distributor: number; allowance: number };

/** Sums of the meetings before `end` that share its window. */
function trailing(burdens: readonly PartyBurden[], end: number): Trailing {
  const sums = { principal: 0, distributor: 0, allowance: 0 };
  for (let index = Math.max(0, end - FAIRNESS_WINDOW + 1); index < end; index++) {
    const burden = burdens[index];
    if (!burden) continue;
    sums.principal += burden.principal;
    sums.distributor += burden.distributor;
    sums.allowance = Math.max(sums.allowance, burden.principal, burden.distributor);
  }
  return sums;
}

function judge(window: Trailing, slot: PartyBurden) {
  const imbalance = window.principal + slot.principal - window.distributor - slot.distributor;
  const allowance = Math.max(window.allowance, slot.principal, slot.distributor);
  return { imbalance, excess: Math.abs(imbalance) - allowance };
}

/**
 * Chooses each occurrence's start on its reference day. Among the fair slots it takes the one
 * with the least total burden plus the ledger's imbalance after it (so turns even out over the
 * whole series, not only within each window); then the smallest window imbalance; then the
 * reference time last used for the same kind of slot (stable times, also across DST changes);
 * then the earliest. When no slot is fair, up to 7 earlier choices are revisited before the
 * occurrence is flagged. Deterministic. Throws RotationInputError on bad input.
 */
export function planRotation(input: RotationInput): RotationPlan {
  const context = prepare(input);
  const days = input.occurrences.map((occurrence) => evaluateDay(context, occurrence));
  const history = input.history ?? [];
  const { chosen, flags } = chooseSlots(days, history);
  const width = context.attendees.length;
  const meetings = buildLedger(
    context.attendees,
    days.map((day, index) => {
      const slot = chosen[index] ?? day.frontier[0];
      const position = slot ? day.slots.indexOf(slot) : 0;
      return {
        startMs: slot?.startMs ?? day.startMs,
        minutes: input.occurrences[index]?.minutes ?? 0,
        personBurdens: day.personBurdens.subarray(position * width, (position + 1) * width),
        spans: day.spans,
      };
    }),
    history,
  ).map((meeting, index) => ({
    ...meeting,
    date: input.occurrences[index]?.date ?? '',
    noFairSlot: flags[index] ?? null,
  }));
  const { referenceZone, gridMinutes } = context;
  return { referenceZone, gridMinutes, ...summarize(meetings) };
}

function chooseSlots(days: Day[], history: readonly PartyBurden[]) {
  const burdens: PartyBurden[] = [...history];
  const chosen: Slot[] = [];
  const flags: (NoFairSlotReason | null)[] = [];
  let lastFlagged = -1;
  let budget = 0;

  /** The fair undominated slots of occurrence `index`, best first (in a search: one per pair
   * of burdens, since only the burdens matter there). */
  const rankFairSlots = (index: number, isSearch: boolean) => {
    const before = history.length + index;
    const window = trailing(burdens, before);
    let balance = 0; // the ledger's principal − distributor before this meeting
    for (const burden of burdens.slice(0, before)) balance += burden.principal - burden.distributor;
    const cost = ({ principal, distributor }: Slot) =>
      principal + distributor + Math.abs(balance + principal - distributor);
    const sticky = new Map<string, number>();
    for (let back = index - 1; back >= 0 && !isSearch && sticky.size < 4; back--) {
      const slot = chosen[back];
      if (slot && !sticky.has(patternOf(slot))) sticky.set(patternOf(slot), slot.referenceMinute);
    }
    const isSticky = (slot: Slot) => sticky.get(patternOf(slot)) === slot.referenceMinute;
    const seen = new Set<string>();
    return (days[index]?.frontier ?? [])
      .map((slot) => ({ slot, ...judge(window, slot), isSticky: isSticky(slot) }))
      .filter((option) => option.excess <= 0)
      .sort(
        (a, b) =>
          cost(a.slot) - cost(b.slot) ||
          Math.abs(a.imbalance) - Math.abs(b.imbalance) ||
          Number(b.isSticky) - Number(a.isSticky) ||
          a.slot.startMs - b.slot.startMs,
      )
      .filter(({ slot }) => {
        const key = `${slot.principal}/${slot.distributor}`;
        if (seen.has(key)) return !isSearch;
        seen.add(key);
        return true;
      });
  };
  const assign = (index: number, slot: Slot) => {
    chosen[index] = slot;
    burdens[history.length + index] = { principal: slot.principal, distributor: slot.distributor };
  };
  const search = (index: number, last: number): boolean => {
    if (budget-- <= 0) return false;
    for (const { slot } of rankFairSlots(index, true)) {
      assign(index, slot);
      if (index === last || search(index + 1, last)) return true;
    }
    return false;
  };
  /** Revisits the last 1, 2, … 7 choices (not past a flagged one) for a sequence that is fair
   * through `index`; keeps the old choices if none is found within the budget. */
  const repair = (index: number): boolean => {
    const deepest = Math.min(FAIRNESS_WINDOW - 1, index - lastFlagged - 1);
    for (let depth = 1; depth <= deepest; depth++) {
      const saved = chosen.slice(index - depth, index);
      budget = SEARCH_BUDGET;
      if (search(index - depth, index)) return true;
      for (const [offset, slot] of saved.entries()) assign(index - depth + offset, slot);
    }
    return false;
  };

  for (const [index, day] of days.entries()) {
    const best = rankFairSlots(index, false)[0];
    flags[index] = null;
    if (best) assign(index, best.slot);
    if (best || repair(index)) continue;
    const window = trailing(burdens, history.length + index);
    const [leastBad] = [...day.frontier].sort(
      (a, b) =>
        judge(window, a).excess - judge(window, b).excess ||
        a.principal + a.distributor - (b.principal + b.distributor) ||
        a.startMs - b.startMs,
    );
    if (leastBad) assign(index, leastBad); // a day has 23 to 25 hours of slots: never empty
    const isOneSided =
      day.frontier.every((slot) => slot.principal > slot.distributor) ||
      day.frontier.every((slot) => slot.distributor > slot.principal);
    flags[index] = isOneSided ? 'one_sided' : 'window_imbalance';
    lastFlagged = index;
  }
  return { chosen, flags };
}

/** Every slot the planner weighs for one occurrence, for "other times" in the UI and for tests. */
export function listCandidateSlots(input: RotationInput, occurrenceIndex: number) {
  const context = prepare(input);
  const occurrence = input.occurrences[occurrenceIndex];
  if (!occurrence) throw new RangeError(`no occurrence ${occurrenceIndex}`);
  const day = evaluateDay(context, occurrence);
  const frontier = new Set(day.frontier);
  return day.slots.map((slot) => ({
    startUtc: isoUtc(slot.startMs),
    burden: { principal: slot.principal, distributor: slot.distributor },
    isUndominated: frontier.has(slot),
  }));
}
