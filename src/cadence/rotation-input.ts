// What the rotation planner is given, and every problem with it as a JSON pointer and a code.
import { DateTime, IANAZone } from 'luxon';
import { isTimeZone } from '../platform/codes.ts';
import {
  type Attendee,
  DAY_MINUTES,
  type PartyBurden,
  type RotationParticipant,
  toMinutes,
  weekPrefix,
} from './rotation-burden.ts';

/** One meeting of the series: its date in the reference zone and its length (planCadence's). */
export type RotationOccurrence = { date: string; minutes: number };

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

export type PreparedInput = ReturnType<typeof prepare>;

/** Validates (with any issues the caller found) and readies the attendees' zones and weights. */
export function prepare(input: RotationInput, extraIssues: RotationIssue[] = []) {
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
