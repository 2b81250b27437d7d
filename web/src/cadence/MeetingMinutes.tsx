import { useTranslation } from 'react-i18next';
import { EmptyState } from '../shell/States.tsx';
import type { MeetingDetailRecord } from './use-meeting.ts';

const sides = ['principal', 'distributor'] as const;

/** The notes as a record: once published, and for anyone who may read but not write them. */
export function MeetingMinutes({ meeting }: { meeting: MeetingDetailRecord }) {
  const { t } = useTranslation();
  const isPublished = meeting.notesPublishedAt !== null;
  return (
    <section className="card section" aria-labelledby="meeting-notes-heading">
      <div className="card-header">
        <h2 id="meeting-notes-heading">{t('cadence.notes.title')}</h2>
      </div>
      {!isPublished && !meeting.canEdit ? (
        <p className="muted">{t('cadence.notes.readOnly')}</p>
      ) : null}
      <div className="two-columns">
        <div>
          <h3>{t('cadence.notes.agenda')}</h3>
          {meeting.agenda.length ? (
            <ol className="agenda-list">
              {meeting.agenda.map((item, index) => (
                // Agenda items may repeat; their place in the list is what tells them apart.
                // biome-ignore lint/suspicious/noArrayIndexKey: see above
                <li key={index}>{item}</li>
              ))}
            </ol>
          ) : (
            <p className="muted">{t('cadence.notes.agendaEmpty')}</p>
          )}
        </div>
        <div>
          <h3>{t('cadence.notes.attendance')}</h3>
          {sides.map((side) => (
            <div key={side}>
              <p className="strong">{t(`cadence.notes.side.${side}`)}</p>
              <ul className="plain-list">
                {meeting.people
                  .filter((person) => person.side === side)
                  .map((person) => (
                    <li key={person.contactId}>
                      {person.name}{' '}
                      <span className="muted">
                        {t(
                          person.present === null
                            ? 'cadence.notes.notRecorded'
                            : person.present
                              ? 'cadence.notes.present'
                              : 'cadence.notes.absent',
                        )}
                      </span>
                    </li>
                  ))}
              </ul>
            </div>
          ))}
        </div>
      </div>
      <h3>{t('cadence.notes.notes')}</h3>
      {meeting.notes?.trim() ? (
        <div className="notes notes-record">{meeting.notes}</div>
      ) : (
        <EmptyState title={t('cadence.notes.noNotes')} />
      )}
    </section>
  );
}
