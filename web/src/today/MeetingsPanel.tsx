import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { client, data } from '../api/client.ts';
import { meetingName } from '../cadence/meeting-labels.tsx';
import { NotesStateBadge } from '../cadence/NotesStateBadge.tsx';
import { useFormat } from '../format/use-format.ts';
import { EmptyState, QueryStatus } from '../shell/States.tsx';

/**
 * Meetings across the caller's relationships: the week ahead, or the notes still owed (due or
 * overdue), each linking to its meeting's page.
 */
export function MeetingsPanel({
  id,
  notes,
  showDistributor,
}: {
  id: string;
  notes: 'any' | 'pending';
  showDistributor: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const meetings = useQuery({
    queryKey: ['meetings-overview', notes],
    queryFn: () => data(client.GET('/api/v1/meetings', { params: { query: { notes } } })),
  });
  const title = notes === 'pending' ? t('today.notesOwed') : t('today.upcoming');
  return (
    <section className="card section" aria-labelledby={id}>
      <div className="card-header">
        <h2 id={id}>{title}</h2>
      </div>
      {meetings.isPending || meetings.isError ? (
        <QueryStatus query={meetings} />
      ) : meetings.data.items.length === 0 ? (
        <EmptyState
          title={notes === 'pending' ? t('today.notesOwedEmpty') : t('today.upcomingEmpty')}
        />
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('today.meeting')}</th>
                {showDistributor ? <th scope="col">{t('today.distributor')}</th> : null}
                <th scope="col">{t('today.when')}</th>
                <th scope="col">{t('today.noteTaker')}</th>
                <th scope="col">{t('today.notes')}</th>
              </tr>
            </thead>
            <tbody>
              {meetings.data.items.map((meeting) => (
                <tr key={meeting.id}>
                  <td>
                    <Link to={`/distributors/${meeting.distributorId}/meetings/${meeting.id}`}>
                      {meetingName(t, meeting)}
                    </Link>
                  </td>
                  {showDistributor ? <td>{meeting.distributorName}</td> : null}
                  <td>{format.dateTime(meeting.startsAt)}</td>
                  <td>{meeting.noteTaker ?? '—'}</td>
                  <td>
                    <NotesStateBadge meeting={meeting} showUpcoming />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
