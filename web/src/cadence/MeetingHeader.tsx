import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/use-format.ts';
import { LocalTimes } from './LocalTimes.tsx';
import { MeetingStatusBadge, meetingEndsAt, rhythmLabel } from './meeting-labels.tsx';
import { NotesStateBadge } from './NotesStateBadge.tsx';
import type { MeetingDetailRecord } from './use-meeting.ts';

/** The meeting's name, when it is on the viewer's clock and on each side's, and its notes' state. */
export function MeetingHeader({ meeting }: { meeting: MeetingDetailRecord }) {
  const { t } = useTranslation();
  const format = useFormat();
  // The call link is offered until the meeting ends.
  const isScheduled = meeting.status === 'scheduled' && meetingEndsAt(meeting) > Date.now();
  return (
    <>
      <div className="page-header">
        <div>
          <h1>
            {t('cadence.meeting.heading', {
              kind: rhythmLabel(t, meeting),
              number: meeting.number,
              distributor: meeting.distributorName,
            })}{' '}
            <MeetingStatusBadge meeting={meeting} now={Date.now()} />
          </h1>
          <p className="muted">
            {t('cadence.meeting.when', {
              dateTime: format.dateTime(meeting.startsAt),
              zone: format.timeZone,
              count: meeting.minutes,
            })}
          </p>
        </div>
        {meeting.videoUrl && isScheduled ? (
          <div className="page-actions">
            <a className="button" href={meeting.videoUrl} target="_blank" rel="noreferrer">
              {t('cadence.meeting.join')}
            </a>
          </div>
        ) : null}
      </div>
      <section className="card" aria-label={t('cadence.meeting.facts')}>
        <dl className="facts">
          <dt>{t('cadence.meetings.principalTime')}</dt>
          <dd>
            <LocalTimes meeting={meeting} party="principal" />
          </dd>
          <dt>{t('cadence.meetings.distributorTime')}</dt>
          <dd>
            <LocalTimes meeting={meeting} party="distributor" />
          </dd>
          <dt>{t('cadence.meeting.notesLabel')}</dt>
          <dd>
            {meeting.notesPublishedAt ? (
              <span
                className={`badge ${meeting.notesState === 'published_late' ? 'badge-muted' : 'badge-done'}`}
              >
                {t(
                  meeting.notesState === 'published_late'
                    ? 'cadence.meeting.publishedLate'
                    : 'cadence.meeting.published',
                  {
                    date: format.dateTime(meeting.notesPublishedAt),
                    name: meeting.notesPublishedBy ?? t('cadence.meeting.someone'),
                  },
                )}
              </span>
            ) : (
              <NotesStateBadge meeting={meeting} showUpcoming />
            )}
          </dd>
          <dt>{t('cadence.meeting.noteTaker')}</dt>
          <dd>
            {meeting.noteTaker?.name ?? (
              <span className="muted">{t('cadence.meeting.noNoteTaker')}</span>
            )}
          </dd>
        </dl>
      </section>
    </>
  );
}
