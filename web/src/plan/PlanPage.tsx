import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { DistributorSubPage } from '../distributors/DistributorSubPage.tsx';
import { QueryStatus } from '../shell/States.tsx';
import { GoalDialog } from './GoalDialog.tsx';
import { GoalsSection } from './GoalsSection.tsx';
import { PlanChanges } from './PlanChanges.tsx';
import { PlanConfirmationCard } from './PlanConfirmationCard.tsx';
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
  const plan = usePlan(id);
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  return (
    <DistributorSubPage
      id={id}
      section="plan"
      note={
        plan.data && !plan.data.canPropose ? <p className="muted">{t('plan.readOnly')}</p> : null
      }
    >
      {() =>
        plan.isPending || plan.isError ? (
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
            <PlanConfirmationCard distributorId={id} confirmations={plan.data.confirmations} />
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
        )
      }
    </DistributorSubPage>
  );
}
