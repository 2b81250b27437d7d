import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/use-format.ts';
import { EmptyState } from '../shell/States.tsx';
import { formatDay, sideName } from './plan-format.ts';
import { type MilestoneRecord, type PlanRecord, useMilestoneStatus } from './use-plan.ts';

const statuses = ['planned', 'in_progress', 'done'] as const;

/** Each side's responsibilities, side by side. */
export function ResponsibilitiesSection({
  plan,
  onPropose,
}: {
  plan: PlanRecord;
  onPropose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="plan-responsibilities-heading">
      <div className="card-header">
        <h2 id="plan-responsibilities-heading">{t('plan.responsibilities.title')}</h2>
        {plan.canPropose ? (
          <button type="button" className="button button-small" onClick={onPropose}>
            {t('plan.responsibilities.propose')}
          </button>
        ) : null}
      </div>
      <div className="two-columns">
        {(['principal', 'distributor'] as const).map((side) => (
          <section key={side} aria-labelledby={`plan-responsibilities-${side}`}>
            <h3 id={`plan-responsibilities-${side}`}>{sideName(t, side)}</h3>
            {plan.responsibilities[side].length === 0 ? (
              <p className="muted">{t('plan.responsibilities.empty')}</p>
            ) : (
              <ul>
                {plan.responsibilities[side].map((item) => (
                  <li key={item.id}>{item.text}</li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
    </section>
  );
}

/**
 * The milestones in date order on one line each, with today marked between what is past and what
 * is ahead; one past its deadline and not done is flagged.
 */
export function MilestonesTimeline({
  distributorId,
  plan,
  onPropose,
  onChange,
  onRemove,
}: {
  distributorId: string;
  plan: PlanRecord;
  onPropose: () => void;
  onChange: (milestone: MilestoneRecord) => void;
  onRemove: (milestone: MilestoneRecord) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const setStatus = useMilestoneStatus(distributorId);
  const overdue = plan.milestones.filter((milestone) => milestone.isOverdue).length;
  const todayIndex = plan.milestones.findIndex((milestone) => milestone.dueOn >= plan.today);
  return (
    <section className="card" aria-labelledby="plan-milestones-heading">
      <div className="card-header">
        <h2 id="plan-milestones-heading">
          {t('plan.milestones.title')}{' '}
          {overdue > 0 ? (
            <span className="badge badge-overdue">
              {t('plan.milestones.overdueCount', { count: overdue })}
            </span>
          ) : null}
        </h2>
        {plan.canPropose ? (
          <button type="button" className="button button-small" onClick={onPropose}>
            {t('plan.milestones.propose')}
          </button>
        ) : null}
      </div>
      {plan.milestones.length === 0 ? (
        <EmptyState title={t('plan.milestones.empty')} />
      ) : (
        <ol className="plan-timeline">
          {plan.milestones.map((milestone, index) => (
            <Fragment key={milestone.id}>
              {index === todayIndex ? <TodayMarker day={formatDay(format, plan.today)} /> : null}
              <li
                className={`plan-milestone plan-milestone-${milestone.status}${milestone.isOverdue ? ' plan-milestone-overdue' : ''}`}
              >
                <span className="plan-milestone-date">{formatDay(format, milestone.dueOn)}</span>
                <div className="plan-milestone-body">
                  <strong>{milestone.title}</strong>{' '}
                  {milestone.isOverdue ? (
                    <span className="badge badge-overdue">{t('plan.milestones.overdue')}</span>
                  ) : null}
                  <p className="muted small">
                    {milestone.ownerName
                      ? t('plan.milestones.ownerPerson', {
                          name: milestone.ownerName,
                          side: sideName(t, milestone.ownerSide),
                        })
                      : t('plan.milestones.ownerSide', { side: sideName(t, milestone.ownerSide) })}
                    {milestone.doneOn
                      ? ` · ${t('plan.milestones.doneOn', { date: formatDay(format, milestone.doneOn) })}`
                      : ''}
                  </p>
                </div>
                <div className="plan-milestone-actions">
                  {plan.canPropose ? (
                    <>
                      <label className="visually-hidden" htmlFor={`status-${milestone.id}`}>
                        {t('plan.milestones.statusOf', { title: milestone.title })}
                      </label>
                      <select
                        id={`status-${milestone.id}`}
                        value={milestone.status}
                        disabled={setStatus.isPending}
                        onChange={(event) =>
                          setStatus.mutate({
                            milestoneId: milestone.id,
                            status: statuses.find((s) => s === event.target.value) ?? 'planned',
                          })
                        }
                      >
                        {statuses.map((status) => (
                          <option key={status} value={status}>
                            {t(`plan.milestones.status.${status}`)}
                          </option>
                        ))}
                      </select>
                      <button
                        type="button"
                        className="button button-small"
                        onClick={() => onChange(milestone)}
                      >
                        {t('plan.proposeChange')}
                      </button>
                      <button
                        type="button"
                        className="button button-small"
                        onClick={() => onRemove(milestone)}
                      >
                        {t('plan.proposeRemoval')}
                      </button>
                    </>
                  ) : (
                    <span className="badge badge-muted">
                      {t(`plan.milestones.status.${milestone.status}`)}
                    </span>
                  )}
                </div>
              </li>
            </Fragment>
          ))}
          {todayIndex === -1 ? <TodayMarker day={formatDay(format, plan.today)} /> : null}
        </ol>
      )}
    </section>
  );
}

function TodayMarker({ day }: { day: string }) {
  const { t } = useTranslation();
  return (
    <li className="plan-today" aria-label={t('plan.milestones.today', { date: day })}>
      <span>{t('plan.milestones.today', { date: day })}</span>
    </li>
  );
}
