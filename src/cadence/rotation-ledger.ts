// The ledger of a series: each meeting's burdens and local times, the fairness rule's window
// ending at it, and running totals; for meetings the planner chose or times already set.
import { DateTime } from 'luxon';
import {
  type Attendee,
  at,
  DAY_MINUTES,
  MINUTE_MS,
  offsetAt,
  type Party,
  type PartyBurden,
  spansOf,
  weighMeeting,
  type ZoneSpan,
} from './rotation-burden.ts';
import {
  type PreparedInput as Context,
  prepare,
  type RotationInput,
  type RotationIssue,
} from './rotation-input.ts';

/** The rule looks at this many consecutive meetings. */
export const FAIRNESS_WINDOW = 8;

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

export type RotationAssessment<Meeting extends LedgerMeeting = LedgerMeeting> = {
  meetings: Meeting[];
  /** The largest |imbalance| of any window, in weighted minutes. */
  maxImbalance: number;
  unfairWindows: number;
};

const pad = (value: number) => String(value).padStart(2, '0');

/** ISO 8601 wall-clock time at an instant, given the zone's offset (Luxon's) at that instant;
 * the same text as Luxon's toISO() for an IANA zone, without a second offset lookup. */
function formatLocal(ms: number, offset: number) {
  const wall = new Date(ms + offset * MINUTE_MS).toISOString().slice(0, 19);
  const size = Math.abs(offset);
  return `${wall}${offset < 0 ? '-' : '+'}${pad(Math.floor(size / 60))}:${pad(size % 60)}`;
}

export const isoUtc = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

export const patternOf = (burden: PartyBurden): LedgerMeeting['burdenedParty'] =>
  burden.principal > 0
    ? burden.distributor > 0
      ? 'both'
      : 'principal'
    : burden.distributor > 0
      ? 'distributor'
      : 'none';

export function summarize<Meeting extends LedgerMeeting>(
  meetings: Meeting[],
): RotationAssessment<Meeting> {
  return {
    meetings,
    maxImbalance: Math.max(0, ...meetings.map((meeting) => Math.abs(meeting.window.imbalance))),
    unfairWindows: meetings.filter((meeting) => !meeting.window.isFair).length,
  };
}

/** Meetings at known times with each attendee's local time and burden, windows and ledger. */
export function buildLedger(
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
