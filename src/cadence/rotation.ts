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
import { isTimeZone } from '../platform/codes.ts';

export type Party = 'principal' | 'distributor';

export type WorkingHours = {
  /** Local wall-clock start, HH:mm (24-hour). */
  start: string;
  /** Local wall-clock end, HH:mm, after the start on the same day ("24:00" for midnight). */
  end: string;
  /** ISO weekdays worked, 1 = Monday … 7 = Sunday. */
  weekdays: readonly number[];
};

export type RotationParticipant = {
  id: string;
  party: Party;
  /** An IANA zone name, e.g. "Asia/Ho_Chi_Minh". */
  timeZone: string;
  workingHours: WorkingHours;
};

/** One meeting of the series: its date in the reference zone and its length (planCadence's). */
export type RotationOccurrence = { date: string; minutes: number };

/** Weighted minutes outside working hours of each party's worst-off attendee. */
export type PartyBurden = { principal: number; distributor: number };

export type RotationInput = {
  participants: readonly RotationParticipant[];
  occurrences: readonly RotationOccurrence[];
  /** Burdens of the series' meetings already held, oldest first; they count in later windows. */
  history?: readonly PartyBurden[];
  /** Whose calendar `date` names and whose wall clock the grid follows: default, the first
   * principal attendee's zone. */
  referenceZone?: string;
  /** Start times lie on this grid of the reference wall clock (default 30). */
  gridMinutes?: 15 | 30;
};

/** The rule looks at this many consecutive meetings. */
export const FAIRNESS_WINDOW = 8;

/** Weights of a minute outside working hours: night 22:00–06:00, early or late 06:00–07:00 and
 * 20:00–22:00, day off the daytime of a day not worked, daytime 07:00–20:00 of a working day. */
export const inconvenienceWeights = { daytime: 1, earlyOrLate: 2, dayOff: 2, night: 4 } as const;

export type FairnessWindow = {
  /** The window's first and last meeting (0 = the first occurrence; negative = history). */
  first: number;
  last: number;
  principal: number;
  distributor: number;
  /** principal − distributor: positive when the principal's side carried more. */
  imbalance: number;
  /** One meeting's worth: the largest single-meeting party burden in the window. */
  allowance: number;
  isFair: boolean;
};

/** Running totals since the series began (history included): who took inconvenient slots. */
export type FairnessLedger = PartyBurden & {
  principalMeetings: number;
  distributorMeetings: number;
};

export type AttendeeTime = {
  participantId: string;
  party: Party;
  timeZone: string;
  /** ISO 8601 with the zone's offset on that date, e.g. "2026-03-31T14:00:00+07:00". */
  localStart: string;
  localDate: string;
  localTime: string;
  burden: number;
};

export type LedgerMeeting = {
  startUtc: string;
  endUtc: string;
  minutes: number;
  attendees: AttendeeTime[];
  burden: PartyBurden;
  burdenedParty: 'none' | Party | 'both';
  window: FairnessWindow;
  ledger: FairnessLedger;
};

/** Why the planner could not keep the rule for a meeting. `one_sided`: every undominated slot
 * burdens the same party more (e.g. the day is one side's weekend), so the day itself is
 * lopsided; `window_imbalance`: no undominated slot keeps this window fair given the meetings
 * before it, even after revisiting up to 7 of them. */
export type NoFairSlotReason = 'one_sided' | 'window_imbalance';

export type PlannedOccurrence = LedgerMeeting & {
  date: string;
  noFairSlot: NoFairSlotReason | null;
};

export type RotationAssessment<Meeting extends LedgerMeeting = LedgerMeeting> = {
  meetings: Meeting[];
  /** The largest |imbalance| of any window, in weighted minutes. */
  maxImbalance: number;
  unfairWindows: number;
};

export type RotationPlan = RotationAssessment<PlannedOccurrence> & {
  referenceZone: string;
  gridMinutes: number;
};

export type RotationIssueCode =
  | 'unknown_time_zone'
  | 'invalid_time'
  | 'hours_end_before_start'
  | 'invalid_weekdays'
  | 'party_missing'
  | 'invalid_date'
  | 'invalid_minutes'
  | 'occurrences_out_of_order'
  | 'invalid_burden'
  | 'invalid_grid';

export type RotationIssue = { pointer: string; code: RotationIssueCode; value?: unknown };

/** Every problem of the input, each with a JSON pointer, for the API's validation answer. */
export class RotationInputError extends Error {
  readonly issues: RotationIssue[];
  constructor(issues: RotationIssue[]) {
    super(issues.map((issue) => `${issue.pointer}: ${issue.code}`).join('; '));
    this.name = 'RotationInputError';
    this.issues = issues;
  }
}

const MINUTE_MS = 60_000;
const DAY_MINUTES = 1440;
const WEEK_MINUTES = 7 * DAY_MINUTES;
// 1970-01-01 was a Thursday: shifting by three days makes minute 0 of the week Monday 00:00.
const EPOCH_TO_MONDAY_MINUTES = 3 * DAY_MINUTES;
const SEARCH_BUDGET = 4000;

type Attendee = { participant: RotationParticipant; zone: IANAZone; prefix: Int32Array };
/** A zone's offsets over a span of at most ~26 hours: at most one change, at `changeMs`. */
type ZoneSpan = { before: number; after: number; changeMs: number };
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

const at = (values: Int32Array, index: number) => values[index] ?? 0;
const modulo = (value: number, base: number) => ((value % base) + base) % base;
const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

function minuteWeight(isWorkingDay: boolean, minute: number, start: number, end: number) {
  if (isWorkingDay && minute >= start && minute < end) return 0;
  if (minute < 360 || minute >= 1320) return inconvenienceWeights.night;
  if (minute < 420 || minute >= 1200) return inconvenienceWeights.earlyOrLate;
  return isWorkingDay ? inconvenienceWeights.daytime : inconvenienceWeights.dayOff;
}

const prefixCache = new Map<string, Int32Array>();

/** Cumulative weights over a local week (Monday 00:00 = 0), so any span costs two lookups. */
function weekPrefix(hours: WorkingHours): Int32Array {
  const key = `${hours.start}-${hours.end}-${[...hours.weekdays].sort().join('')}`;
  const cached = prefixCache.get(key);
  if (cached) return cached;
  const [start, end] = [toMinutes(hours.start), toMinutes(hours.end)];
  const prefix = new Int32Array(WEEK_MINUTES + 1);
  for (let minute = 0; minute < WEEK_MINUTES; minute++) {
    const isWorkingDay = hours.weekdays.includes(Math.floor(minute / DAY_MINUTES) + 1);
    const weight = minuteWeight(isWorkingDay, minute % DAY_MINUTES, start, end);
    prefix[minute + 1] = at(prefix, minute) + weight;
  }
  prefixCache.set(key, prefix);
  return prefix;
}

/** Luxon's offsets at both ends; where they differ, the minute of the change by bisection. */
function zoneSpan(zone: IANAZone, fromMs: number, toMs: number): ZoneSpan {
  const before = zone.offset(fromMs);
  const after = zone.offset(toMs);
  if (before === after) return { before, after, changeMs: Number.POSITIVE_INFINITY };
  let [low, high] = [fromMs, toMs];
  while (high - low > MINUTE_MS) {
    const middle = low + Math.floor((high - low) / 2 / MINUTE_MS) * MINUTE_MS;
    if (zone.offset(middle) === before) low = middle;
    else high = middle;
  }
  return { before, after, changeMs: high };
}

function pieceCost(prefix: Int32Array, fromMs: number, toMs: number, offset: number) {
  const length = Math.round((toMs - fromMs) / MINUTE_MS);
  const local = Math.floor(fromMs / MINUTE_MS) + Math.round(offset) + EPOCH_TO_MONDAY_MINUTES;
  const first = modulo(local, WEEK_MINUTES);
  const last = first + length;
  if (last <= WEEK_MINUTES) return at(prefix, last) - at(prefix, first);
  return at(prefix, WEEK_MINUTES) - at(prefix, first) + at(prefix, last - WEEK_MINUTES);
}

function spanCost(prefix: Int32Array, span: ZoneSpan, startMs: number, endMs: number) {
  if (span.changeMs <= startMs) return pieceCost(prefix, startMs, endMs, span.after);
  if (span.changeMs >= endMs) return pieceCost(prefix, startMs, endMs, span.before);
  return (
    pieceCost(prefix, startMs, span.changeMs, span.before) +
    pieceCost(prefix, span.changeMs, endMs, span.after)
  );
}

const offsetAt = (span: ZoneSpan, ms: number) => (ms < span.changeMs ? span.before : span.after);

/** Each attendee's span, looked up once per zone: most series have two zones for 2–4 people. */
function spansOf(attendees: Attendee[], fromMs: number, toMs: number): ZoneSpan[] {
  const byZone = new Map<string, ZoneSpan>();
  return attendees.map(({ zone }) => {
    const span = byZone.get(zone.name) ?? zoneSpan(zone, fromMs, toMs);
    byZone.set(zone.name, span);
    return span;
  });
}

const pad = (value: number) => String(value).padStart(2, '0');

/** ISO 8601 wall-clock time at an instant, given the zone's offset (Luxon's) at that instant;
 * the same text as Luxon's toISO() for an IANA zone, without a second offset lookup. */
function formatLocal(ms: number, offset: number) {
  const wall = new Date(ms + offset * MINUTE_MS).toISOString().slice(0, 19);
  const size = Math.abs(offset);
  return `${wall}${offset < 0 ? '-' : '+'}${pad(Math.floor(size / 60))}:${pad(size % 60)}`;
}

const isoUtc = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

// Checking a zone name builds an Intl formatter: remember the good ones.
const knownZones = new Set<string>();
function isKnownZone(name: string) {
  if (knownZones.has(name)) return true;
  if (!isTimeZone(name)) return false;
  knownZones.add(name);
  return true;
}

function validate(input: RotationInput): RotationIssue[] {
  const issues: RotationIssue[] = [];
  const report = (pointer: string, code: RotationIssueCode, value: unknown) =>
    issues.push({ pointer, code, value });
  const time = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;
  const isWeekday = (day: number) => Number.isInteger(day) && day >= 1 && day <= 7;
  input.participants.forEach(({ timeZone, workingHours }, index) => {
    const at = `#/participants/${index}`;
    if (!isKnownZone(timeZone)) report(`${at}/timeZone`, 'unknown_time_zone', timeZone);
    const { start, end, weekdays } = workingHours;
    const isStartValid = time.test(start) && start !== '24:00';
    if (!isStartValid) report(`${at}/workingHours/start`, 'invalid_time', start);
    if (!time.test(end)) report(`${at}/workingHours/end`, 'invalid_time', end);
    else if (isStartValid && toMinutes(end) <= toMinutes(start)) {
      report(`${at}/workingHours/end`, 'hours_end_before_start', end);
    }
    const isEachOnce = new Set(weekdays).size === weekdays.length;
    if (weekdays.length === 0 || !weekdays.every(isWeekday) || !isEachOnce) {
      report(`${at}/workingHours/weekdays`, 'invalid_weekdays', weekdays);
    }
  });
  for (const party of ['principal', 'distributor'] as const) {
    const isPresent = input.participants.some((participant) => participant.party === party);
    if (!isPresent) report('#/participants', 'party_missing', party);
  }
  input.occurrences.forEach(({ date, minutes }, index) => {
    const at = `#/occurrences/${index}`;
    const previous = input.occurrences[index - 1]?.date ?? '';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !DateTime.fromISO(date).isValid) {
      report(`${at}/date`, 'invalid_date', date);
    } else if (date < previous) report(`${at}/date`, 'occurrences_out_of_order', date);
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > DAY_MINUTES) {
      report(`${at}/minutes`, 'invalid_minutes', minutes);
    }
  });
  (input.history ?? []).forEach((burden, index) => {
    const values = [burden.principal, burden.distributor];
    const isValid = values.every((value) => Number.isFinite(value) && value >= 0);
    if (!isValid) report(`#/history/${index}`, 'invalid_burden', burden);
  });
  const { referenceZone, gridMinutes } = input;
  if (referenceZone !== undefined && !isKnownZone(referenceZone)) {
    report('#/referenceZone', 'unknown_time_zone', referenceZone);
  }
  if (gridMinutes !== undefined && gridMinutes !== 15 && gridMinutes !== 30) {
    report('#/gridMinutes', 'invalid_grid', gridMinutes);
  }
  return issues;
}

type Context = ReturnType<typeof prepare>;

/** Validates (with any issues the caller found) and readies the attendees' zones and weights. */
function prepare(input: RotationInput, extraIssues: RotationIssue[] = []) {
  const issues = [...validate(input), ...extraIssues];
  if (issues.length > 0) throw new RotationInputError(issues);
  const attendees: Attendee[] = input.participants.map((participant) => ({
    participant,
    zone: IANAZone.create(participant.timeZone),
    prefix: weekPrefix(participant.workingHours),
  }));
  const firstPrincipal = input.participants.find(
    (participant) => participant.party === 'principal',
  );
  const referenceZone = input.referenceZone ?? firstPrincipal?.timeZone ?? 'UTC';
  return { attendees, referenceZone, gridMinutes: input.gridMinutes ?? 30 };
}

/** Each attendee's burden and their party's (the worst-off attendee's) for a meeting. */
function weighMeeting(
  attendees: Attendee[],
  spans: ZoneSpan[],
  startMs: number,
  endMs: number,
  into: Int32Array,
  offset: number,
) {
  let principal = 0;
  let distributor = 0;
  attendees.forEach((attendee, index) => {
    const span = spans[index] ?? { before: 0, after: 0, changeMs: Number.POSITIVE_INFINITY };
    const cost = spanCost(attendee.prefix, span, startMs, endMs);
    into[offset + index] = cost;
    if (attendee.participant.party === 'principal') principal = Math.max(principal, cost);
    else distributor = Math.max(distributor, cost);
  });
  return { principal, distributor };
}

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

const patternOf = (burden: PartyBurden): LedgerMeeting['burdenedParty'] =>
  burden.principal > 0
    ? burden.distributor > 0
      ? 'both'
      : 'principal'
    : burden.distributor > 0
      ? 'distributor'
      : 'none';

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

function summarize<Meeting extends LedgerMeeting>(
  meetings: Meeting[],
): RotationAssessment<Meeting> {
  return {
    meetings,
    maxImbalance: Math.max(0, ...meetings.map((meeting) => Math.abs(meeting.window.imbalance))),
    unfairWindows: meetings.filter((meeting) => !meeting.window.isFair).length,
  };
}

/** Meetings at known times with each attendee's local time and burden, windows and ledger. */
function buildLedger(
  attendees: Attendee[],
  meetings: { startMs: number; minutes: number; personBurdens: Int32Array; spans: ZoneSpan[] }[],
  history: readonly PartyBurden[],
): LedgerMeeting[] {
  const burdens: PartyBurden[] = [...history];
  const ledger = { principal: 0, distributor: 0, principalMeetings: 0, distributorMeetings: 0 };
  const addToLedger = (burden: PartyBurden) => {
    ledger.principal += burden.principal;
    ledger.distributor += burden.distributor;
    if (burden.principal > 0) ledger.principalMeetings++;
    if (burden.distributor > 0) ledger.distributorMeetings++;
  };
  history.forEach(addToLedger);
  return meetings.map((meeting, index) => {
    const burden = { principal: 0, distributor: 0 };
    const times = attendees.map(({ participant }, position): AttendeeTime => {
      const cost = at(meeting.personBurdens, position);
      burden[participant.party] = Math.max(burden[participant.party], cost);
      const span = meeting.spans[position];
      const localStart = formatLocal(meeting.startMs, span ? offsetAt(span, meeting.startMs) : 0);
      return {
        participantId: participant.id,
        party: participant.party,
        timeZone: participant.timeZone,
        localStart,
        localDate: localStart.slice(0, 10),
        localTime: localStart.slice(11, 16),
        burden: cost,
      };
    });
    burdens.push(burden);
    addToLedger(burden);
    const window = measureWindow(burdens, burdens.length - 1, FAIRNESS_WINDOW);
    return {
      startUtc: isoUtc(meeting.startMs),
      endUtc: isoUtc(meeting.startMs + meeting.minutes * MINUTE_MS),
      minutes: meeting.minutes,
      attendees: times,
      burden,
      burdenedParty: patternOf(burden),
      window: { ...window, first: window.first - history.length, last: index },
      ledger: { ...ledger },
    };
  });
}

function measureWindow(burdens: readonly PartyBurden[], last: number, size: number) {
  const first = Math.max(0, last - size + 1);
  let [principal, distributor, allowance] = [0, 0, 0];
  for (const burden of burdens.slice(first, last + 1)) {
    principal += burden.principal;
    distributor += burden.distributor;
    allowance = Math.max(allowance, burden.principal, burden.distributor);
  }
  const imbalance = principal - distributor;
  const isFair = Math.abs(imbalance) <= allowance;
  return { first, last, principal, distributor, imbalance, allowance, isFair };
}

/** The rule over a sequence of burdens: the window ending at each meeting (fewer at the start). */
export function checkFairness(
  burdens: readonly PartyBurden[],
  windowSize = FAIRNESS_WINDOW,
): FairnessWindow[] {
  return burdens.map((_, last) => measureWindow(burdens, last, windowSize));
}

/** Weighted minutes outside working hours for one person; `startUtc` is ISO 8601. Does not
 * validate: pass participants that planRotation or assessRotation accepted. */
export function measureBurden(
  participant: RotationParticipant,
  startUtc: string,
  minutes: number,
): number {
  const startMs = DateTime.fromISO(startUtc).toMillis();
  const endMs = startMs + minutes * MINUTE_MS;
  const span = zoneSpan(IANAZone.create(participant.timeZone), startMs, endMs);
  return spanCost(weekPrefix(participant.workingHours), span, startMs, endMs);
}

function assessAt(
  context: Context,
  history: readonly PartyBurden[],
  startsMs: number[],
  minutes: number[],
) {
  const { attendees } = context;
  const meetings = startsMs.map((startMs, index) => {
    const endMs = startMs + (minutes[index] ?? 0) * MINUTE_MS;
    const spans = spansOf(attendees, startMs, endMs);
    const personBurdens = new Int32Array(attendees.length);
    weighMeeting(attendees, spans, startMs, endMs, personBurdens, 0);
    return { startMs, minutes: minutes[index] ?? 0, personBurdens, spans };
  });
  return summarize(buildLedger(attendees, meetings, history));
}

/** The ledger of a sequence whose times are already set (e.g. moved by hand): burdens, local
 * times and the rule's windows. Throws RotationInputError on bad input. */
export function assessRotation(
  input: Omit<RotationInput, 'occurrences'> & {
    meetings: readonly { startUtc: string; minutes: number }[];
  },
): RotationAssessment {
  const issues: RotationIssue[] = [];
  const startsMs = input.meetings.map(({ startUtc, minutes }, index) => {
    const start = DateTime.fromISO(startUtc, { setZone: true });
    if (!start.isValid)
      issues.push({
        pointer: `#/meetings/${index}/startUtc`,
        code: 'invalid_date',
        value: startUtc,
      });
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > DAY_MINUTES) {
      issues.push({
        pointer: `#/meetings/${index}/minutes`,
        code: 'invalid_minutes',
        value: minutes,
      });
    }
    return start.toMillis();
  });
  const context = prepare({ ...input, occurrences: [] }, issues);
  const minutes = input.meetings.map((meeting) => meeting.minutes);
  return assessAt(context, input.history ?? [], startsMs, minutes);
}

/** Every occurrence at one reference wall-clock time (HH:mm): a time the users pinned, or the
 * benchmark's naive baseline. Throws RotationInputError on bad input. */
export function planFixedTime(input: RotationInput, referenceTime: string): RotationAssessment {
  const isTime = /^([01]\d|2[0-3]):[0-5]\d$/.test(referenceTime);
  const context = prepare(
    input,
    isTime ? [] : [{ pointer: '#/referenceTime', code: 'invalid_time', value: referenceTime }],
  );
  const startsMs = input.occurrences.map(({ date }) =>
    DateTime.fromISO(`${date}T${referenceTime}`, { zone: context.referenceZone }).toMillis(),
  );
  const minutes = input.occurrences.map((occurrence) => occurrence.minutes);
  return assessAt(context, input.history ?? [], startsMs, minutes);
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
