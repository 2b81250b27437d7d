import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { DistributorBreadcrumbs } from '../distributors/DistributorBreadcrumbs.tsx';
import { useDistributor } from '../distributors/use-distributors.ts';
import { QueryStatus } from '../shell/States.tsx';
import { usePageTitle } from '../shell/use-page-title.ts';
import { GoalDialog } from './GoalDialog.tsx';
import { GoalsSection } from './GoalsSection.tsx';
import { PlanChanges } from './PlanChanges.tsx';
import {
  DeclineDialog,
  MilestoneDialog,
  RemovalDialog,
  ResponsibilitiesDialog,
} from './PlanDialogs.tsx';
import { MilestonesTimeline, ResponsibilitiesSection } from './PlanTimeline.tsx';
import { type GoalRecord, type MilestoneRecord, usePlan } from './use-plan.ts';
import './plan.css';

type Open =
  | { kind: 'goal'; goal: GoalRecord | null }
  | { kind: 'milestone'; milestone: MilestoneRecord | null }
  | { kind: 'responsibilities' }
  | { kind: 'removal'; subject: { kind: 'goal' | 'milestone'; id: string; name: string } }
  | { kind: 'decline'; number: number }
  | null;

/** /distributors/:id/plan: the goals and joint plan both sides agree, for both sides. */
export function PlanPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const distributor = useDistributor(id);
  const plan = usePlan(id);
  const [open, setOpen] = useState<Open>(null);
  usePageTitle(
    distributor.data ? t('plan.pageTitle', { name: distributor.data.name }) : t('plan.title'),
  );
  if (distributor.isPending || distributor.isError) {
    return (
      <div className="page">
        <QueryStatus query={distributor} />
      </div>
    );
  }
  const close = () => setOpen(null);
  return (
    <div className="page">
      <DistributorBreadcrumbs distributor={distributor.data} current={t('plan.title')} />
      <div className="page-header">
        <div>
          <h1>{t('plan.heading', { name: distributor.data.name })}</h1>
          <p className="muted">{t('plan.intro')}</p>
          {plan.data && !plan.data.canPropose ? (
            <p className="muted">{t('plan.readOnly')}</p>
          ) : null}
        </div>
      </div>
      {plan.isPending || plan.isError ? (
        <QueryStatus query={plan} />
      ) : (
        <>
          <PlanChanges
            distributorId={id}
            plan={plan.data}
            onDecline={(number) => setOpen({ kind: 'decline', number })}
          />
          <GoalsSection
            distributorId={id}
            plan={plan.data}
            onPropose={() => setOpen({ kind: 'goal', goal: null })}
            onChange={(goal) => setOpen({ kind: 'goal', goal })}
            onRemove={(goal) =>
              setOpen({
                kind: 'removal',
                subject: { kind: 'goal', id: goal.id, name: goal.metric },
              })
            }
          />
          <MilestonesTimeline
            distributorId={id}
            plan={plan.data}
            onPropose={() => setOpen({ kind: 'milestone', milestone: null })}
            onChange={(milestone) => setOpen({ kind: 'milestone', milestone })}
            onRemove={(milestone) =>
              setOpen({
                kind: 'removal',
                subject: { kind: 'milestone', id: milestone.id, name: milestone.title },
              })
            }
          />
          <ResponsibilitiesSection
            plan={plan.data}
            onPropose={() => setOpen({ kind: 'responsibilities' })}
          />
          {open?.kind === 'goal' ? (
            <GoalDialog distributorId={id} goal={open.goal} onClose={close} />
          ) : null}
          {open?.kind === 'milestone' ? (
            <MilestoneDialog distributorId={id} milestone={open.milestone} onClose={close} />
          ) : null}
          {open?.kind === 'responsibilities' ? (
            <ResponsibilitiesDialog distributorId={id} plan={plan.data} onClose={close} />
          ) : null}
          {open?.kind === 'removal' ? (
            <RemovalDialog distributorId={id} subject={open.subject} onClose={close} />
          ) : null}
          {open?.kind === 'decline' ? (
            <DeclineDialog distributorId={id} number={open.number} onClose={close} />
          ) : null}
        </>
      )}
    </div>
  );
}
