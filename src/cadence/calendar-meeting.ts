// A meeting as calendars see it (feeds and e-mailed invitations share this, so a meeting keeps
// one UID, summary and agenda wherever it lands).
import type { TFunction } from 'i18next';
import { agendaFor } from './agenda.ts';
import type { CalendarMeeting } from './ical.ts';
import type { MeetingRow } from './meetings.queries.ts';
import type { PlanRow } from './plans.queries.ts';
import type { PlannedOccurrence } from './rotation.ts';
import { rhythmOf } from './schedule.ts';

export type CalendarPersonRow = {
  id: string;
  name: string;
  email: string | null;
  side: 'principal' | 'distributor';
};

/** The plan's attendees who have an e-mail address, and the organiser: the principal's first. */
export function calendarPeople(
  plan: Pick<PlanRow, 'attendeeContactIds'>,
  people: readonly CalendarPersonRow[],
) {
  const attendees = people.filter(
    (person) => plan.attendeeContactIds.includes(person.id) && person.email,
  );
  const organizer = attendees.find((person) => person.side === 'principal');
  return { attendees, organizer };
}

export function calendarMeetingOf(
  row: MeetingRow,
  plan: PlanRow,
  people: readonly CalendarPersonRow[],
  names: { principal: string; distributor: string },
  t: TFunction,
): CalendarMeeting {
  const { attendees, organizer } = calendarPeople(plan, people);
  const rotation = row.rotation as PlannedOccurrence;
  const zone = rotation.attendees.find((a) => a.party === 'principal')?.timeZone ?? 'UTC';
  return {
    id: row.id,
    seriesId: `${plan.id}-${row.kind}`,
    sequence: row.sequence,
    status: row.status === 'cancelled' || row.status === 'skipped' ? 'cancelled' : 'scheduled',
    startsAt: row.startsAt,
    durationMinutes: row.minutes,
    timeZone: zone,
    summary: `${t(`cadence.kind.${rhythmOf(row.kind, rotation.date, plan.startsOn)}`)} · ${names.principal} & ${names.distributor}`,
    agenda: agendaFor(row.kind, plan.agendas, t, row.agenda).join(' · '),
    videoUrl: row.videoUrl,
    organizer: { name: organizer?.name ?? names.principal, email: organizer?.email ?? '' },
    attendees: attendees.map((person) => ({
      name: person.name,
      email: person.email ?? '',
      role: 'required',
      response: 'needs_action',
    })),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
