import { useTranslation } from 'react-i18next';
import { EmptyState } from '../shell/States.tsx';
import { ActionItemForm } from './ActionItemForm.tsx';
import { ActionItemsTable } from './ActionItemsTable.tsx';
import type { MeetingDetailRecord } from './use-meeting.ts';

/**
 * What the meeting agreed to do. Items outlive the notes: they are added and closed after the
 * notes are published, by anyone who may write on this relationship.
 */
export function MeetingActionItems({
  distributorId,
  meeting,
}: {
  distributorId: string;
  meeting: MeetingDetailRecord;
}) {
  const { t } = useTranslation();
  const overdue = meeting.actionItems.filter((item) => item.overdue).length;
  return (
    <section className="card section" aria-labelledby="meeting-actions-heading">
      <div className="card-header">
        <h2 id="meeting-actions-heading">{t('cadence.actionItems.title')}</h2>
        {overdue ? (
          <span className="badge badge-overdue">
            {t('cadence.actionItems.overdueCount', { count: overdue })}
          </span>
        ) : null}
      </div>
      {meeting.actionItems.length === 0 ? (
        <EmptyState title={t('cadence.actionItems.empty')} />
      ) : (
        <ActionItemsTable items={meeting.actionItems} caption={t('cadence.actionItems.title')} />
      )}
      {meeting.canEdit ? (
        <ActionItemForm
          distributorId={distributorId}
          meetingId={meeting.id}
          people={meeting.people}
        />
      ) : null}
    </section>
  );
}
