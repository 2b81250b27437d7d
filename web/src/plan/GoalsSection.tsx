import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/use-format.ts';
import { EmptyState } from '../shell/States.tsx';
import { formatDay, formatFigure, sideName } from './plan-format.ts';
import { type GoalRecord, type PlanRecord, useObjectiveDone } from './use-plan.ts';

/** The agreed goals: each with its target and deadline, its KPI's progress, and its objectives. */
export function GoalsSection({
  distributorId,
  plan,
  onPropose,
  onChange,
  onRemove,
}: {
  distributorId: string;
  plan: PlanRecord;
  onPropose: () => void;
  onChange: (goal: GoalRecord) => void;
  onRemove: (goal: GoalRecord) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const done = useObjectiveDone(distributorId);
  return (
    <section className="card" aria-labelledby="plan-goals-heading">
      <div className="card-header">
        <h2 id="plan-goals-heading">{t('plan.goals.title')}</h2>
        {plan.canPropose ? (
          <button type="button" className="button button-small" onClick={onPropose}>
            {t('plan.goals.propose')}
          </button>
        ) : null}
      </div>
      {plan.goals.length === 0 ? (
        <EmptyState title={t('plan.goals.empty')}>
          <p className="muted">{t('plan.goals.emptyHint')}</p>
        </EmptyState>
      ) : (
        <ul className="plan-goals">
          {plan.goals.map((goal) => (
            <li key={goal.id}>
              <article className="plan-goal" aria-labelledby={`goal-${goal.id}`}>
                <div className="plan-goal-header">
                  <h3 id={`goal-${goal.id}`}>{goal.metric}</h3>
                  {goal.charterVersion !== null ? (
                    <span className="badge badge-muted">
                      {t('plan.goals.fromCharter', { version: goal.charterVersion })}
                    </span>
                  ) : null}
                </div>
                <p>
                  {t('plan.goals.targetBy', {
                    target: formatFigure(format, goal.target, goal.unit),
                    date: formatDay(format, goal.dueOn),
                  })}
                </p>
                {goal.kpi ? (
                  <div className="plan-progress">
                    <p className="small">
                      {goal.currentValue === null
                        ? t('plan.goals.notMeasured', { kpi: t(`performance.kpis.${goal.kpi}`) })
                        : t('plan.goals.current', {
                            kpi: t(`performance.kpis.${goal.kpi}`),
                            value: formatFigure(format, goal.currentValue, goal.unit),
                            percent: goal.progressPercent ?? 0,
                          })}
                    </p>
                    {goal.progressPercent !== null ? (
                      <meter
                        min={0}
                        max={100}
                        value={Math.min(goal.progressPercent, 100)}
                        aria-label={t('plan.goals.progress', { metric: goal.metric })}
                      />
                    ) : null}
                  </div>
                ) : null}
                {goal.objectives.length > 0 ? (
                  <ul className="plan-objectives" aria-label={t('plan.goal.objectives')}>
                    {goal.objectives.map((objective) => (
                      <li key={objective.id}>
                        <label>
                          <input
                            type="checkbox"
                            checked={objective.isDone}
                            disabled={!plan.canPropose || done.isPending}
                            onChange={(event) =>
                              done.mutate({
                                objectiveId: objective.id,
                                isDone: event.target.checked,
                              })
                            }
                          />{' '}
                          {objective.text}
                        </label>{' '}
                        <span className="muted small">
                          {sideName(t, objective.ownerSide)}
                          {objective.isDone && objective.doneByName && objective.doneAt
                            ? ` · ${t('plan.goals.doneBy', {
                                name: objective.doneByName,
                                date: format.date(String(objective.doneAt)),
                              })}`
                            : ''}
                        </span>
                      </li>
                    ))}
                  </ul>
                ) : null}
                {plan.canPropose ? (
                  <div className="charter-point-actions">
                    <button
                      type="button"
                      className="button button-small"
                      onClick={() => onChange(goal)}
                    >
                      {t('plan.proposeChange')}
                    </button>
                    <button
                      type="button"
                      className="button button-small"
                      onClick={() => onRemove(goal)}
                    >
                      {t('plan.proposeRemoval')}
                    </button>
                  </div>
                ) : null}
              </article>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
