import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/use-format.ts';
import { Pagination, usePaging } from '../shell/Pagination.tsx';
import { EmptyState } from '../shell/States.tsx';
import { type MeetingChange, MeetingRows } from './MeetingRows.tsx';
import { meetingEndsAt, rhythmLabel } from './meeting-labels.tsx';
import { ReasonDialog } from './ReasonDialog.tsx';
import {
  type MeetingKind,
  type MeetingRecord,
  meetingKinds,
  useChangeMeeting,
} from './use-cadence.ts';

/** Upcoming meetings shown before "Show all". */
const UPCOMING_SHOWN = 8;

/**
 * The relationship's meetings in two lists: those still to come (soonest first, the next few
 * unless asked for all) and those that have ended (newest first, a page at a time).
 */
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
  const [allUpcoming, setAllUpcoming] = useState(false);
  const [change, setChange] = useState<MeetingChange | null>(null);
  const paging = usePaging(10);
  const mutation = useChangeMeeting(distributorId);
  const now = Date.now();
  const shown = meetings.filter((meeting) => kind === '' || meeting.kind === kind);
  const upcoming = shown.filter((meeting) => meetingEndsAt(meeting) > now);
  const past = shown
    .filter((meeting) => meetingEndsAt(meeting) <= now)
    .sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  const pastPage = past.slice((paging.page - 1) * paging.pageSize, paging.page * paging.pageSize);
  const upcomingShown = allUpcoming ? upcoming : upcoming.slice(0, UPCOMING_SHOWN);
  const close = () => {
    mutation.reset();
    setChange(null);
  };
  return (
    <>
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
              onChange={(event) => {
                setKind(event.target.value as MeetingKind | '');
                paging.setPage(1);
              }}
            >
              <option value="">{t('cadence.meetings.allKinds')}</option>
              {meetingKinds.map((name) => (
                <option key={name} value={name}>
                  {name === 'weekly' ? t('cadence.meetings.checkIns') : t(`cadence.kinds.${name}`)}
                </option>
              ))}
            </select>
          </div>
        </search>
        {upcoming.length === 0 ? (
          <EmptyState title={t('cadence.meetings.noneUpcoming')} />
        ) : (
          <>
            <MeetingRows
              distributorId={distributorId}
              meetings={upcomingShown}
              caption={t('cadence.meetings.title')}
              now={now}
              onChange={canChange ? setChange : undefined}
            />
            {upcoming.length > UPCOMING_SHOWN ? (
              <div className="form-actions">
                <button
                  type="button"
                  className="button"
                  aria-expanded={allUpcoming}
                  onClick={() => setAllUpcoming(!allUpcoming)}
                >
                  {allUpcoming
                    ? t('cadence.meetings.showFewer', { count: UPCOMING_SHOWN })
                    : t('cadence.meetings.showAll', { count: upcoming.length })}
                </button>
              </div>
            ) : null}
          </>
        )}
      </section>
      <section className="card section" aria-labelledby="cadence-past-heading">
        <div className="card-header">
          <h2 id="cadence-past-heading">{t('cadence.meetings.pastTitle')}</h2>
        </div>
        {past.length === 0 ? (
          <EmptyState title={t('cadence.meetings.nonePast')} />
        ) : (
          <>
            <MeetingRows
              distributorId={distributorId}
              meetings={pastPage}
              caption={t('cadence.meetings.pastTitle')}
              now={now}
            />
            <Pagination
              total={past.length}
              page={paging.page}
              pageSize={paging.pageSize}
              onPage={paging.setPage}
              onPageSize={paging.setPageSize}
              summaryKey="cadence.meetings.pastSummary"
            />
          </>
        )}
      </section>
      {change ? (
        // Calling a meeting off says why, and its buttons say what each one does.
        <ReasonDialog
          title={t(`cadence.confirm.${change.action}Title`)}
          message={t(`cadence.confirm.${change.action}Message`, {
            kind: rhythmLabel(t, change.meeting),
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
    </>
  );
}
