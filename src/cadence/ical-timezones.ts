// VTIMEZONEs for iCalendar: the TZID a meeting's times are written with (or UTC where a client
// could read them otherwise), and the VTIMEZONE block for it, from timezones-ical-library.
import type { DateTime } from 'luxon';
import { tzlib_get_ical_block, tzlib_get_timezones } from 'timezones-ical-library';

/**
 * The TZID to write a meeting's times with, or null to write them in UTC, which every client reads
 * alike. The TZID is the library's canonical name (Asia/Saigon → Asia/Ho_Chi_Minh), so it matches
 * the VTIMEZONE written for it, and is used only when that VTIMEZONE, read as RFC 5545 says, gives
 * each time the offset the runtime's tz data (which the cadence planner uses) gives it. It does not
 * for zones whose changes follow no yearly rule (Morocco's Ramadan hour, Gaza), nor where the
 * library's data and the runtime's differ. Times near a change go out in UTC too: there a
 * wall-clock time may occur twice (RFC 5545 reads it as the first), and parsers differ at the
 * boundary (ical.js reads 02:00 on the day Chicago falls back as 02:00 CDT, an hour early).
 */
export function chooseTzid(timeZone: string, instants: readonly DateTime[]): string | null {
  const tzid = findTzid(timeZone);
  const rules = tzid ? findZoneRules(tzid) : null;
  if (!tzid || !rules?.observances) return null;
  const { observances } = rules;
  const isSteadyAndAgreed = (instant: DateTime) =>
    [-offsetChangeMargin, 0, offsetChangeMargin].every((shift) => {
      const moment = instant.plus({ milliseconds: shift });
      return (
        moment.offset === instant.offset &&
        findObservedOffset(observances, moment.toMillis()) === instant.offset
      );
    });
  return instants.every(isSteadyAndAgreed) ? tzid : null;
}

// Longer than any daylight-saving shift (two hours, in Antarctica/Troll).
const offsetChangeMargin = 3 * 3_600_000;

let vtimezoneZones: ReadonlySet<string> | undefined;
const tzidsByZone = new Map<string, string | null>();

function findTzid(timeZone: string): string | null {
  const cached = tzidsByZone.get(timeZone);
  if (cached !== undefined) return cached;
  vtimezoneZones ??= new Set(tzlib_get_timezones(false));
  const names = [timeZone, new Intl.DateTimeFormat('en', { timeZone }).resolvedOptions().timeZone];
  const zone = names.find((name) => vtimezoneZones?.has(name));
  const tzid = (zone && findZoneRules(zone)?.tzid) || null;
  tzidsByZone.set(timeZone, tzid);
  return tzid;
}

/** The VTIMEZONE block for a TZID chooseTzid() gave, for ical-generator to embed. */
export function findVtimezone(tzid: string): string | null {
  return findZoneRules(tzid)?.vtimezone ?? null;
}

/** One STANDARD or DAYLIGHT part of a VTIMEZONE; offsets in minutes east of UTC. */
type Observance = {
  offsetFrom: number;
  offsetTo: number;
  onsetHour: number;
  onsetMinute: number;
  /** The yearly onset: the nth (from the end if negative) weekday (0 = Sunday) of a month. */
  rule: { month: number; nth: number; weekday: number } | null;
};

type ZoneRules = { tzid: string; vtimezone: string; observances: Observance[] | null };

const zoneRules = new Map<string, ZoneRules | null>();

function findZoneRules(zone: string): ZoneRules | null {
  const cached = zoneRules.get(zone);
  if (cached !== undefined) return cached;
  // The library answers [VTIMEZONE, "TZID=<canonical name>"], or "" for a zone it does not know.
  const block = tzlib_get_ical_block(zone, false);
  const [vtimezone, tzidParameter] = typeof block === 'string' ? [] : block;
  const rules =
    vtimezone && tzidParameter?.startsWith('TZID=')
      ? {
          tzid: tzidParameter.slice('TZID='.length),
          vtimezone,
          observances: parseObservances(vtimezone),
        }
      : null;
  zoneRules.set(zone, rules);
  return rules;
}

const weekdays = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/**
 * The library's VTIMEZONEs hold a fixed offset or two observances from 1970 with a yearly
 * BYMONTH/BYDAY rule; anything else answers null, and such a zone's times are written in UTC.
 */
function parseObservances(vtimezone: string): Observance[] | null {
  const observances: Partial<Observance>[] = [];
  for (const line of vtimezone.split(/\r\n|\n/)) {
    const [name, value = ''] = line.split(':', 2);
    if (name === 'BEGIN' && (value === 'STANDARD' || value === 'DAYLIGHT')) {
      observances.push({ rule: null });
      continue;
    }
    const current = observances.at(-1);
    if (!current) continue;
    if (name === 'TZOFFSETFROM' || name === 'TZOFFSETTO') {
      const offset = parseOffsetMinutes(value);
      if (offset === null) return null;
      current[name === 'TZOFFSETFROM' ? 'offsetFrom' : 'offsetTo'] = offset;
    } else if (name === 'DTSTART') {
      const time = /^\d{8}T(\d{2})(\d{2})\d{2}$/.exec(value);
      if (!time) return null;
      current.onsetHour = Number(time[1]);
      current.onsetMinute = Number(time[2]);
    } else if (name === 'RRULE') {
      const rule = /^FREQ=YEARLY;BYMONTH=(\d+);BYDAY=(-?\d)([A-Z]{2})$/.exec(value);
      const weekday = weekdays.indexOf(rule?.[3] ?? '');
      if (!rule || weekday < 0) return null;
      current.rule = { month: Number(rule[1]), nth: Number(rule[2]), weekday };
    } else if (name === 'RDATE') {
      return null;
    }
  }
  const complete = observances.filter(
    (observance): observance is Observance =>
      observance.offsetFrom !== undefined &&
      observance.offsetTo !== undefined &&
      observance.onsetHour !== undefined &&
      observance.onsetMinute !== undefined,
  );
  if (complete.length !== observances.length) return null;
  const isFixed = complete.length === 1 && !complete[0]?.rule;
  const isYearly = complete.length > 1 && complete.every((observance) => observance.rule);
  return isFixed || isYearly ? complete : null;
}

/** The UTC offset, in minutes, a client reading these observances gives an instant. */
function findObservedOffset(observances: readonly Observance[], epochMs: number): number | null {
  const year = new Date(epochMs).getUTCFullYear();
  let latest: { epochMs: number; offset: number } | null = null;
  for (const observance of observances) {
    if (!observance.rule) return observance.offsetTo;
    for (const onsetYear of [year - 1, year, year + 1]) {
      const onset = findOnset(observance, onsetYear);
      if (onset <= epochMs && (!latest || onset > latest.epochMs)) {
        latest = { epochMs: onset, offset: observance.offsetTo };
      }
    }
  }
  return latest?.offset ?? null;
}

/** The instant an observance begins in a year: its local onset time in the offset it ends. */
function findOnset(observance: Observance, year: number): number {
  const { rule } = observance;
  if (!rule) return Number.NEGATIVE_INFINITY;
  const first = new Date(Date.UTC(year, rule.month - 1, 1)).getUTCDay();
  const daysInMonth = new Date(Date.UTC(year, rule.month, 0)).getUTCDate();
  const last = new Date(Date.UTC(year, rule.month - 1, daysInMonth)).getUTCDay();
  const day =
    rule.nth > 0
      ? 1 + ((rule.weekday - first + 7) % 7) + (rule.nth - 1) * 7
      : daysInMonth - ((last - rule.weekday + 7) % 7) + (rule.nth + 1) * 7;
  const localMs = Date.UTC(year, rule.month - 1, day, observance.onsetHour, observance.onsetMinute);
  return localMs - observance.offsetFrom * 60_000;
}

/** "+0530" → 330; null for anything else. */
function parseOffsetMinutes(offset: string): number | null {
  const match = /^([+-])(\d{2})(\d{2})$/.exec(offset);
  if (!match) return null;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}
