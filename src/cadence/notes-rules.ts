// When a meeting's notes are due and where they stand: the seeds' discipline is notes with action
// items and owners within 24 hours of the meeting's end.
import type { MeetingStatus } from '../db/types.ts';

export const NOTES_DUE_HOURS = 24;

type MeetingTiming = {
  startsAt: Date;
  minutes: number;
  status: MeetingStatus;
  notesPublishedAt: Date | null;
};

export type NotesState = 'upcoming' | 'due' | 'overdue' | 'published' | 'published_late';

export function meetingEnd(meeting: Pick<MeetingTiming, 'startsAt' | 'minutes'>): Date {
  return new Date(meeting.startsAt.getTime() + meeting.minutes * 60_000);
}

/** When the notes fall due; notesDueAtSql() (discipline.queries.ts) is the same rule in SQL. */
export function notesDueAt(meeting: Pick<MeetingTiming, 'startsAt' | 'minutes'>): Date {
  return new Date(meetingEnd(meeting).getTime() + NOTES_DUE_HOURS * 3_600_000);
}

/**
 * Upcoming until the meeting ends (and for cancelled or skipped meetings, which take no notes),
 * then due, then overdue once the 24 hours have passed; published on time or late.
 */
export function notesState(meeting: MeetingTiming, now: Date): NotesState {
  const due = notesDueAt(meeting);
  if (meeting.notesPublishedAt)
    return meeting.notesPublishedAt <= due ? 'published' : 'published_late';
  if (meeting.status === 'cancelled' || meeting.status === 'skipped') return 'upcoming';
  if (meetingEnd(meeting) > now) return 'upcoming';
  return due < now ? 'overdue' : 'due';
}

/**
 * Whether an attendance names at least one present person of each side. `sides` gives each
 * contact's side; entries of unknown contacts count for nobody.
 */
export function bothSidesAttended(
  attendance: { contactId: string; present: boolean }[],
  sides: Map<string, 'principal' | 'distributor'>,
): boolean {
  const present = new Set(
    attendance.filter((entry) => entry.present).map((entry) => sides.get(entry.contactId)),
  );
  return present.has('principal') && present.has('distributor');
}

/**
 * A meeting counts as held when its notes are published and someone of each side attended;
 * heldSql() (discipline.queries.ts) is the same rule in SQL, for the discipline figures and KPIs.
 */
export function countsAsHeld(meeting: { status: MeetingStatus; bothSidesPresent: boolean }) {
  return meeting.status === 'held' && meeting.bothSidesPresent;
}

/**
 * Open action items are overdue from the day after their due date (dates are calendar days);
 * actionOverdueSql() (discipline.queries.ts) is the same rule in SQL.
 */
export function isActionOverdue(item: { status: string; dueOn: string }, today: string): boolean {
  return item.status === 'open' && item.dueOn < today;
}
