import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { DistributorPageHeader } from '../distributors/DistributorPageHeader.tsx';
import { useDistributor } from '../distributors/use-distributors.ts';
import { useFormat } from '../format/use-format.ts';
import { canManageDistributors, useSession } from '../session/use-session.ts';
import { EmptyState, QueryStatus } from '../shell/States.tsx';
import { CalendarFeedPanel } from './CalendarFeedPanel.tsx';
import { weekdayName } from './cadence-format.ts';
import { DisciplinePanel } from './DisciplinePanel.tsx';
import { EditPlanDialog } from './EditPlanForm.tsx';
import { FairnessLedger } from './FairnessLedger.tsx';
import { MeetingsTable } from './MeetingsTable.tsx';
import { PlanCadenceForm } from './PlanCadenceForm.tsx';
import { type CadenceRecord, useCadence } from './use-cadence.ts';

/** /distributors/:id/meetings: the relationship's meeting cadence, its fairness and the feed. */
export function MeetingsPage() {
  const { id = '' } = useParams();
  const distributor = useDistributor(id);
  const cadence = useCadence(id);
  if (distributor.isPending || distributor.isError) {
    return (
      <div className="page">
        <QueryStatus query={distributor} />
      </div>
    );
  }
  return (
    <div className="page">
      <DistributorPageHeader messages="cadence" distributor={distributor.data} />
      {cadence.isPending || cadence.isError ? (
        <QueryStatus query={cadence} />
      ) : cadence.data === null ? (
        <NoPlan distributorId={id} />
      ) : (
        <Cadence distributorId={id} cadence={cadence.data} />
      )}
      <CalendarFeedPanel />
    </div>
  );
}

function NoPlan({ distributorId }: { distributorId: string }) {
  const { t } = useTranslation();
  const me = useSession();
  const canPlan = canManageDistributors(me.role);
  return (
    <section className="card section" aria-labelledby="cadence-plan-heading">
      <EmptyState title={t('cadence.empty')}>
        <p className="muted">{canPlan ? t('cadence.emptyHint') : t('cadence.emptyOtherHint')}</p>
      </EmptyState>
      {canPlan ? (
        <>
          <h2 id="cadence-plan-heading">{t('cadence.plan.title')}</h2>
          <PlanCadenceForm distributorId={distributorId} />
        </>
      ) : null}
    </section>
  );
}

function Cadence({ distributorId, cadence }: { distributorId: string; cadence: CadenceRecord }) {
  const { t } = useTranslation();
  const me = useSession();
  const format = useFormat();
  const [isEditing, setEditing] = useState(false);
  // The API lets principal editors and the distributor's admins cancel or skip a meeting.
  const canChange = canManageDistributors(me.role) || me.role === 'distributor_admin';
  // Only principal editors change the plan itself.
  const canEditPlan = canManageDistributors(me.role);
  return (
    <>
      <div className="cadence-summary">
        <p className="muted">
          {t('cadence.summary', {
            checkIn: weekdayName(format.locale, cadence.plan.checkInWeekday),
            review: weekdayName(format.locale, cadence.plan.reviewWeekday),
            startsOn: format.date(`${cadence.plan.startsOn}T12:00:00Z`),
          })}
        </p>
        {canEditPlan ? (
          <button type="button" className="button" onClick={() => setEditing(true)}>
            {t('cadence.editPlan.open')}
          </button>
        ) : null}
      </div>
      <DisciplinePanel discipline={cadence.discipline} />
      <MeetingsTable
        distributorId={distributorId}
        meetings={cadence.meetings}
        canChange={canChange}
      />
      <FairnessLedger meetings={cadence.meetings} />
      {isEditing ? (
        <EditPlanDialog
          distributorId={distributorId}
          cadence={cadence}
          onClose={() => setEditing(false)}
        />
      ) : null}
    </>
  );
}
