import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../format/use-format.ts';
import { EmptyState } from '../shell/States.tsx';
import { LocalTimes } from './LocalTimes.tsx';
import { NotesStateBadge } from './NotesStateBadge.tsx';
import { ReasonDialog } from './ReasonDialog.tsx';
import {
  type MeetingKind,
  type MeetingRecord,
  meetingKinds,
  useChangeMeeting,
} from './use-cadence.ts';

type Change = { meeting: MeetingRecord; action: 'cancel' | 'skip' };

export function MeetingsTable({
  distributorId,
  meetings,
  canChange,
}: {
  distributorId: string;
  meetings: MeetingRecord[];
  canChange: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const filterId = useId();
  const [kind, setKind] = useState<MeetingKind | ''>('');
  const [change, setChange] = useState<Change | null>(null);
  const mutation = useChangeMeeting(distributorId);
  const shown = meetings.filter((meeting) => kind === '' || meeting.kind === kind);
  const now = new Date();
  const close = () => {
    mutation.reset();
    setChange(null);
  };
  return (
    <section className="card section" aria-labelledby="cadence-meetings-heading">
      <div className="card-header">
        <h2 id="cadence-meetings-heading">{t('cadence.meetings.title')}</h2>
      </div>
      <search className="toolbar" aria-label={t('cadence.meetings.filters')}>
        <div className="toolbar-field">
          <label htmlFor={filterId}>{t('cadence.meetings.kind')}</label>
          <select
            id={filterId}
            value={kind}
            onChange={(event) => setKind(event.target.value as MeetingKind | '')}
          >
            <option value="">{t('cadence.meetings.allKinds')}</option>
            {meetingKinds.map((name) => (
              <option key={name} value={name}>
                {t(`cadence.kinds.${name}`)}
              </option>
            ))}
          </select>
        </div>
      </search>
      {shown.length === 0 ? (
        <EmptyState title={t('cadence.meetings.noneOfKind')} />
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('cadence.meetings.title')}</caption>
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
                {canChange ? (
                  <th scope="col">
                    <span className="visually-hidden">{t('cadence.meetings.actions')}</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {shown.map((meeting) => (
                <tr
                  key={meeting.id}
                  className={meeting.notesState === 'overdue' ? 'row-overdue' : undefined}
                >
                  <td>
                    <Link to={`/distributors/${distributorId}/meetings/${meeting.id}`}>
                      {t(`cadence.kinds.${meeting.kind}`)} {meeting.number}
                    </Link>
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
                    <span
                      className={`badge${meeting.status === 'scheduled' ? '' : ' badge-muted'}`}
                    >
                      {t(`cadence.statuses.${meeting.status}`)}
                    </span>
                  </td>
                  <td>
                    <NotesStateBadge meeting={meeting} />
                  </td>
                  <td>
                    {meeting.videoUrl && meeting.status === 'scheduled' ? (
                      <a href={meeting.videoUrl} target="_blank" rel="noreferrer">
                        {t('cadence.meetings.join')}
                      </a>
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                  {canChange ? (
                    <td>
                      {/* Only a meeting still ahead can be called off. */}
                      {meeting.status === 'scheduled' && new Date(meeting.startsAt) > now ? (
                        <div className="toolbar-buttons">
                          <button
                            type="button"
                            className="button button-small"
                            aria-label={t('cadence.meetings.cancelLabel', {
                              kind: t(`cadence.kinds.${meeting.kind}`),
                              number: meeting.number,
                            })}
                            onClick={() => setChange({ meeting, action: 'cancel' })}
                          >
                            {t('cadence.meetings.cancel')}
                          </button>
                          <button
                            type="button"
                            className="button button-small"
                            aria-label={t('cadence.meetings.skipLabel', {
                              kind: t(`cadence.kinds.${meeting.kind}`),
                              number: meeting.number,
                            })}
                            onClick={() => setChange({ meeting, action: 'skip' })}
                          >
                            {t('cadence.meetings.skip')}
                          </button>
                        </div>
                      ) : null}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {change ? (
        // Calling a meeting off says why, and its buttons say what each one does.
        <ReasonDialog
          title={t(`cadence.confirm.${change.action}Title`)}
          message={t(`cadence.confirm.${change.action}Message`, {
            kind: t(`cadence.kinds.${change.meeting.kind}`),
            number: change.meeting.number,
            date: format.dateTime(change.meeting.startsAt),
          })}
          reasonLabel={t('cadence.confirm.reason')}
          reasonHint={t('cadence.confirm.reasonHint')}
          requiredMessage={t('cadence.confirm.reasonRequired')}
          keepLabel={t('cadence.confirm.keep')}
          confirmLabel={t(`cadence.confirm.${change.action}`)}
          pendingLabel={t('actions.saving')}
          isPending={mutation.isPending}
          error={mutation.error}
          onConfirm={(reason) =>
            mutation.mutate(
              { meetingId: change.meeting.id, action: change.action, reason },
              { onSuccess: () => setChange(null) },
            )
          }
          onClose={close}
        />
      ) : null}
    </section>
  );
}
