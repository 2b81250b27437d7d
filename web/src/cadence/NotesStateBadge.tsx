import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/use-format.ts';
import type { MeetingRecord } from './use-cadence.ts';

const styles: Record<MeetingRecord['notesState'], string> = {
  upcoming: 'badge badge-muted',
  due: 'badge badge-notes-due',
  overdue: 'badge badge-overdue',
  published: 'badge badge-done',
  published_late: 'badge badge-muted',
};

/**
 * Where the meeting's notes stand: due 24 hours after it ends, overdue after that. Cancelled and
 * skipped meetings take no notes, so they show none.
 */
export function NotesStateBadge({
  meeting,
  showUpcoming = false,
}: {
  meeting: Pick<MeetingRecord, 'status' | 'notesState' | 'notesDueAt'>;
  /** In the meetings table future meetings show a dash; on a meeting's page the due date. */
  showUpcoming?: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const state = meeting.notesState;
  const noNotes = meeting.status === 'cancelled' || meeting.status === 'skipped';
  if (noNotes || (state === 'upcoming' && !showUpcoming)) {
    return <span className="muted">—</span>;
  }
  return (
    <span className={styles[state]}>
      {t(`cadence.notesState.${state}`, { date: format.dateTime(meeting.notesDueAt) })}
    </span>
  );
}
