import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { DistributorRecord } from '../api/types.ts';
import { DistributorBreadcrumbs } from '../distributors/DistributorBreadcrumbs.tsx';
import { useDistributor } from '../distributors/use-distributors.ts';
import { PlanReviewPanel } from '../plan/PlanReviewPanel.tsx';
import { QueryStatus } from '../shell/States.tsx';
import { usePageTitle } from '../shell/use-page-title.ts';
import { MeetingActionItems } from './MeetingActionItems.tsx';
import { MeetingHeader } from './MeetingHeader.tsx';
import { MeetingMinutes } from './MeetingMinutes.tsx';
import { MeetingNotesForm } from './MeetingNotesForm.tsx';
import { MeetingSchedule } from './MeetingSchedule.tsx';
import { rhythmLabel } from './meeting-labels.tsx';
import { type MeetingDetailRecord, useMeeting } from './use-meeting.ts';

/** /distributors/:id/meetings/:meetingId: one meeting's agenda, attendance, notes and actions. */
export function MeetingPage() {
  const { id = '', meetingId = '' } = useParams();
  const distributor = useDistributor(id);
  const meeting = useMeeting(id, meetingId);
  if (distributor.isPending || distributor.isError) {
    return (
      <div className="page">
        <QueryStatus query={distributor} />
      </div>
    );
  }
  return (
    <div className="page">
      {meeting.isPending || meeting.isError ? (
        <>
          <Breadcrumbs distributor={distributor.data} meeting={null} />
          <QueryStatus query={meeting} />
        </>
      ) : (
        <>
          <Breadcrumbs distributor={distributor.data} meeting={meeting.data} />
          <MeetingHeader meeting={meeting.data} />
          <MeetingSchedule distributorId={id} meeting={meeting.data} />
          <MeetingBody distributorId={id} meeting={meeting.data} />
        </>
      )}
    </div>
  );
}

function Breadcrumbs({
  distributor,
  meeting,
}: {
  distributor: DistributorRecord;
  meeting: MeetingDetailRecord | null;
}) {
  const { t } = useTranslation();
  const name = meeting
    ? t('cadence.meeting.name', {
        kind: rhythmLabel(t, meeting),
        number: meeting.number,
      })
    : t('cadence.meeting.loading');
  usePageTitle(t('cadence.meeting.pageTitle', { name, distributor: distributor.name }));
  return (
    <DistributorBreadcrumbs
      distributor={distributor}
      parent={{ to: `/distributors/${distributor.id}/meetings`, label: t('cadence.title') }}
      current={name}
    />
  );
}

/**
 * Notes stay editable until they are published; afterwards (and for readers) they are a record.
 * Cancelled and skipped meetings take no notes, but their action items still show.
 */
function MeetingBody({
  distributorId,
  meeting,
}: {
  distributorId: string;
  meeting: MeetingDetailRecord;
}) {
  const { t } = useTranslation();
  const isPublished = meeting.notesPublishedAt !== null;
  const takesNotes = meeting.status === 'scheduled' || meeting.status === 'held';
  const isEditable = meeting.canEdit && !isPublished && takesNotes;
  return (
    <>
      {!takesNotes ? (
        <p className="alert alert-info" role="status">
          {t('cadence.meeting.noNotes', { status: t(`meeting.status.${meeting.status}`) })}
        </p>
      ) : null}
      {/* The plan its agenda reviews, before the agenda. */}
      {meeting.kind === 'quarterly' || meeting.kind === 'annual' ? (
        <PlanReviewPanel distributorId={distributorId} isAnnual={meeting.kind === 'annual'} />
      ) : null}
      {isEditable ? (
        <MeetingNotesForm
          // Another meeting's address starts a new form rather than keeping what was typed.
          key={meeting.id}
          distributorId={distributorId}
          meeting={meeting}
        />
      ) : (
        <MeetingMinutes meeting={meeting} />
      )}
      <MeetingActionItems distributorId={distributorId} meeting={meeting} />
    </>
  );
}
