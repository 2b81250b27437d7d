import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../format/use-format.ts';
import { LocalTimes } from './LocalTimes.tsx';
import { MeetingStatusBadge, meetingEndsAt, meetingName, rhythmLabel } from './meeting-labels.tsx';
import { NotesStateBadge } from './NotesStateBadge.tsx';
import type { MeetingRecord } from './use-cadence.ts';

export type MeetingChange = { meeting: MeetingRecord; action: 'cancel' | 'skip' };

/** One list of meetings (upcoming or past): name, date, each side's time, status and notes. */
export function MeetingRows({
  distributorId,
  meetings,
  caption,
  now,
  onChange,
}: {
  distributorId: string;
  meetings: MeetingRecord[];
  caption: string;
  now: number;
  /** Given where the viewer may call meetings off; only a meeting still ahead offers it. */
  onChange?: (change: MeetingChange) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('cadence.meetings.kind')}</th>
            <th scope="col">{t('cadence.meetings.date')}</th>
            <th scope="col">{t('cadence.meetings.principalTime')}</th>
            <th scope="col">{t('cadence.meetings.distributorTime')}</th>
            <th scope="col" className="numeric">
              {t('cadence.meetings.length')}
            </th>
            <th scope="col">{t('cadence.meetings.status')}</th>
            <th scope="col">{t('cadence.meetings.notes')}</th>
            <th scope="col">{t('cadence.meetings.video')}</th>
            {onChange ? (
              <th scope="col">
                <span className="visually-hidden">{t('cadence.meetings.actions')}</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {meetings.map((meeting) => {
            const name = meetingName(t, meeting);
            const isAhead =
              meeting.status === 'scheduled' && new Date(meeting.startsAt).getTime() > now;
            return (
              <tr
                key={meeting.id}
                className={meeting.notesState === 'overdue' ? 'row-overdue' : undefined}
              >
                <td>
                  <Link to={`/distributors/${distributorId}/meetings/${meeting.id}`}>{name}</Link>
                </td>
                <td>{format.date(meeting.startsAt)}</td>
                <td>
                  <LocalTimes meeting={meeting} party="principal" />
                </td>
                <td>
                  <LocalTimes meeting={meeting} party="distributor" />
                </td>
                <td className="numeric">
                  {t('cadence.meetings.minutes', { count: meeting.minutes })}
                </td>
                <td>
                  <MeetingStatusBadge meeting={meeting} now={now} />
                </td>
                <td>
                  <NotesStateBadge meeting={meeting} />
                </td>
                <td>
                  {meeting.videoUrl &&
                  meeting.status === 'scheduled' &&
                  meetingEndsAt(meeting) > now ? (
                    <a href={meeting.videoUrl} target="_blank" rel="noreferrer">
                      {t('cadence.meetings.join')}
                    </a>
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
                {onChange ? (
                  <td>
                    {isAhead ? (
                      <div className="toolbar-buttons">
                        <button
                          type="button"
                          className="button button-small"
                          aria-label={t('cadence.meetings.cancelLabel', {
                            kind: rhythmLabel(t, meeting),
                            number: meeting.number,
                          })}
                          onClick={() => onChange({ meeting, action: 'cancel' })}
                        >
                          {t('cadence.meetings.cancel')}
                        </button>
                        <button
                          type="button"
                          className="button button-small"
                          aria-label={t('cadence.meetings.skipLabel', {
                            kind: rhythmLabel(t, meeting),
                            number: meeting.number,
                          })}
                          onClick={() => onChange({ meeting, action: 'skip' })}
                        >
                          {t('cadence.meetings.skip')}
                        </button>
                      </div>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
