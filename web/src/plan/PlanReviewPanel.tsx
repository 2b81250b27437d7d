import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryStatus } from '../shell/States.tsx';
import { usePlan } from './use-plan.ts';

/**
 * On a quarterly or annual meeting's page: the joint plan its agenda reviews, in figures, with a
 * link to it; at the annual meeting, where the plan stands for the planning year.
 */
export function PlanReviewPanel({
  distributorId,
  isAnnual,
}: {
  distributorId: string;
  isAnnual: boolean;
}) {
  const { t } = useTranslation();
  const plan = usePlan(distributorId);
  if (plan.isPending || plan.isError) {
    return (
      <section className="card" aria-labelledby="plan-review-heading">
        <h2 id="plan-review-heading">{t('plan.review.title')}</h2>
        <QueryStatus query={plan} />
      </section>
    );
  }
  const { goals, milestones, changes, confirmations } = plan.data;
  const open = milestones.filter((milestone) => milestone.status !== 'done');
  const overdue = open.filter((milestone) => milestone.isOverdue).length;
  const waiting = changes.filter((change) => change.status === 'proposed').length;
  const year = confirmations.planningYear;
  const agreed = confirmations.years.find((entry) => entry.year === year)?.isAgreed ?? false;
  return (
    <section className="card" aria-labelledby="plan-review-heading">
      <div className="card-header">
        <h2 id="plan-review-heading">{t('plan.review.title')}</h2>
        <Link className="button button-secondary" to={`/distributors/${distributorId}/plan`}>
          {t('plan.review.open')}
        </Link>
      </div>
      <ul className="plan-review-figures">
        <li>{t('plan.review.goals', { count: goals.length })}</li>
        <li>
          {t('plan.review.milestones', { count: open.length })}
          {overdue > 0 ? (
            <>
              {' '}
              <span className="badge badge-overdue">
                {t('plan.review.overdue', { count: overdue })}
              </span>
            </>
          ) : null}
        </li>
        {waiting > 0 ? <li>{t('plan.review.waiting', { count: waiting })}</li> : null}
        {isAnnual ? (
          <li>{t(agreed ? 'plan.review.yearAgreed' : 'plan.review.yearOpen', { year })}</li>
        ) : null}
      </ul>
    </section>
  );
}
