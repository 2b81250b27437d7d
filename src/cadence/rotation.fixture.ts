// Shared by the rotation tests: people, weekly series, and a slow reference for the weights.
import { DateTime } from 'luxon';
import type { planRotation } from './rotation.ts';
import type { PartyBurden, RotationParticipant, WorkingHours } from './rotation-burden.ts';

export const officeHours: WorkingHours = {
  start: '09:00',
  end: '17:30',
  weekdays: [1, 2, 3, 4, 5],
};

export function person(
  id: string,
  party: RotationParticipant['party'],
  timeZone: string,
  workingHours = officeHours,
): RotationParticipant {
  return { id, party, timeZone, workingHours };
}

/** `count` meetings, one a week from `firstDate` (a calendar date, so DST cannot shift it). */
export function weekly(firstDate: string, count: number, minutes = 30) {
  const first = DateTime.fromISO(firstDate, { zone: 'utc' });
  return Array.from({ length: count }, (_, week) => ({
    date: first.plus({ weeks: week }).toISODate() ?? '',
    minutes,
  }));
}

export function meetingOn(plan: ReturnType<typeof planRotation>, date: string) {
  const meeting = plan.meetings.find((candidate) => candidate.date === date);
  if (!meeting) throw new Error(`no meeting on ${date}`);
  return {
    startUtc: meeting.startUtc,
    local: meeting.attendees.map((attendee) => attendee.localStart),
    burden: meeting.burden,
  };
}

export const burdensOf = (plan: { meetings: { burden: PartyBurden }[] }) =>
  plan.meetings.map((meeting) => meeting.burden);

/** The documented weights, minute by minute with Luxon: a slow, independent reference. */
export function referenceBurden(
  hours: WorkingHours,
  timeZone: string,
  startUtc: string,
  minutes: number,
) {
  const start = DateTime.fromISO(startUtc).toMillis();
  const [startMinute, endMinute] = [hours.start, hours.end].map(
    (time) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3)),
  ) as [number, number]; // two times in, two minute counts out
  let total = 0;
  for (let minute = 0; minute < minutes; minute++) {
    const local = DateTime.fromMillis(start + minute * 60_000, { zone: timeZone });
    const ofDay = local.hour * 60 + local.minute;
    const isWorkingDay = hours.weekdays.includes(local.weekday);
    if (isWorkingDay && ofDay >= startMinute && ofDay < endMinute) continue;
    if (local.hour < 6 || local.hour >= 22) total += 4;
    else if (local.hour < 7 || local.hour >= 20) total += 2;
    else total += isWorkingDay ? 1 : 2;
  }
  return total;
}
