// How a meeting is named and where it stands, for every list and page of the cadence: the name
// follows the series' actual rhythm (check-ins are twice a week in onboarding month one), and a
// meeting that has ended never reads "Scheduled".
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { MeetingRecord } from './use-cadence.ts';

type Named = Pick<MeetingRecord, 'rhythm' | 'number'>;
type Timed = Pick<MeetingRecord, 'status' | 'startsAt' | 'minutes' | 'countsAsHeld'>;

export type MeetingStatusKey =
  | 'scheduled'
  | 'in_progress'
  | 'awaiting_notes'
  | 'held'
  | 'not_held'
  | 'cancelled'
  | 'skipped';

/** "Twice-weekly check-in" for a check-in of month one, "Monthly review"… */
export function rhythmLabel(t: TFunction, meeting: Pick<MeetingRecord, 'rhythm'>) {
  return t(`cadence.rhythms.${meeting.rhythm}`);
}

/** "Twice-weekly check-in 3". */
export function meetingName(t: TFunction, meeting: Named) {
  return t('cadence.meeting.name', { kind: rhythmLabel(t, meeting), number: meeting.number });
}

export function meetingEndsAt(meeting: Pick<MeetingRecord, 'startsAt' | 'minutes'>) {
  return new Date(meeting.startsAt).getTime() + meeting.minutes * 60_000;
}

/**
 * Where a meeting stands: ahead, under way, ended and waiting for its notes, held (notes published
 * and someone of each side attended, the API's rule), or published without both sides.
 */
export function meetingStatus(meeting: Timed, now: number): MeetingStatusKey {
  if (meeting.status === 'cancelled' || meeting.status === 'skipped') return meeting.status;
  if (meeting.status === 'held') return meeting.countsAsHeld ? 'held' : 'not_held';
  if (new Date(meeting.startsAt).getTime() > now) return 'scheduled';
  return meetingEndsAt(meeting) > now ? 'in_progress' : 'awaiting_notes';
}

const badgeClass: Record<MeetingStatusKey, string> = {
  scheduled: 'badge',
  in_progress: 'badge',
  awaiting_notes: 'badge badge-notes-due',
  held: 'badge badge-done',
  not_held: 'badge badge-overdue',
  cancelled: 'badge badge-muted',
  skipped: 'badge badge-muted',
};

export function MeetingStatusBadge({ meeting, now }: { meeting: Timed; now: number }) {
  const { t } = useTranslation();
  const status = meetingStatus(meeting, now);
  return <span className={badgeClass[status]}>{t(`cadence.statuses.${status}`)}</span>;
}
