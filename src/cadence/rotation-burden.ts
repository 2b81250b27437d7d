// The burden of one meeting for one person: weighted minutes outside their working hours by
// their local wall clock, in whichever UTC offset Luxon gives their zone at each instant.
// Definitions are in rotation.ts.
import { DateTime, IANAZone } from 'luxon';
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

/** Weighted minutes outside working hours of each party's worst-off attendee. */
export type PartyBurden = { principal: number; distributor: number };

/** Weights of a minute outside working hours: night 22:00–06:00, early or late 06:00–07:00 and
 * 20:00–22:00, day off the daytime of a day not worked, daytime 07:00–20:00 of a working day. */
export const inconvenienceWeights = { daytime: 1, earlyOrLate: 2, dayOff: 2, night: 4 } as const;

export const MINUTE_MS = 60_000;
export const DAY_MINUTES = 1440;
const WEEK_MINUTES = 7 * DAY_MINUTES;
// 1970-01-01 was a Thursday: shifting by three days makes minute 0 of the week Monday 00:00.
const EPOCH_TO_MONDAY_MINUTES = 3 * DAY_MINUTES;

export type Attendee = { participant: RotationParticipant; zone: IANAZone; prefix: Int32Array };
/** A zone's offsets over a span of at most ~26 hours: at most one change, at `changeMs`. */
export type ZoneSpan = { before: number; after: number; changeMs: number };

export const at = (values: Int32Array, index: number) => values[index] ?? 0;
export const modulo = (value: number, base: number) => ((value % base) + base) % base;
export const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

function minuteWeight(isWorkingDay: boolean, minute: number, start: number, end: number) {
  if (isWorkingDay && minute >= start && minute < end) return 0;
  if (minute < 360 || minute >= 1320) return inconvenienceWeights.night;
  if (minute < 420 || minute >= 1200) return inconvenienceWeights.earlyOrLate;
  return isWorkingDay ? inconvenienceWeights.daytime : inconvenienceWeights.dayOff;
}

const prefixCache = new Map<string, Int32Array>();

/** Cumulative weights over a local week (Monday 00:00 = 0), so any span costs two lookups. */
export function weekPrefix(hours: WorkingHours): Int32Array {
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
export function zoneSpan(zone: IANAZone, fromMs: number, toMs: number): ZoneSpan {
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

export function spanCost(prefix: Int32Array, span: ZoneSpan, startMs: number, endMs: number) {
  if (span.changeMs <= startMs) return pieceCost(prefix, startMs, endMs, span.after);
  if (span.changeMs >= endMs) return pieceCost(prefix, startMs, endMs, span.before);
  return (
    pieceCost(prefix, startMs, span.changeMs, span.before) +
    pieceCost(prefix, span.changeMs, endMs, span.after)
  );
}

export const offsetAt = (span: ZoneSpan, ms: number) =>
  ms < span.changeMs ? span.before : span.after;

/** Each attendee's span, looked up once per zone: most series have two zones for 2–4 people. */
export function spansOf(attendees: Attendee[], fromMs: number, toMs: number): ZoneSpan[] {
  const byZone = new Map<string, ZoneSpan>();
  return attendees.map(({ zone }) => {
    const span = byZone.get(zone.name) ?? zoneSpan(zone, fromMs, toMs);
    byZone.set(zone.name, span);
    return span;
  });
}

/** Each attendee's burden and their party's (the worst-off attendee's) for a meeting. */
export function weighMeeting(
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
