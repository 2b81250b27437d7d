import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../charter/charter-format.ts';
import { useFormat } from '../format/use-format.ts';
import { kpiShapes } from '../performance/kpi-format.ts';
import { useKpiFormat } from '../performance/use-kpi-format.ts';
import { formatDay } from '../plan/plan-format.ts';
import type { EvaluationRecord } from './use-evaluations.ts';

const score = (value: number | null) => (value === null ? '—' : value.toFixed(1));

/** The figures Liaison prepared, as stored when it prepared them. */
export function EvaluationFigures({ evaluation }: { evaluation: EvaluationRecord }) {
  const { t } = useTranslation();
  const format = useFormat();
  const kpiFormat = useKpiFormat();
  const { figures } = evaluation;
  const money = (value: number | null) =>
    value === null ? '—' : formatMoney(format, value, figures.currency);
  return (
    <section className="card section" aria-labelledby="evaluation-figures-heading">
      <h2 id="evaluation-figures-heading">{t('evaluations.figures.heading')}</h2>
      <p className="muted">
        {t('evaluations.figures.covered', {
          from: figures.from,
          to: figures.to,
          date: format.dateTime(String(evaluation.preparedAt)),
        })}
      </p>
      <div className="evaluation-figures">
        <div>
          <h3>{t('evaluations.figures.results')}</h3>
          <table className="table table-compact">
            <thead>
              <tr>
                <th scope="col">{t('evaluations.figures.figure')}</th>
                <th scope="col">{t('evaluations.figures.value')}</th>
                <th scope="col">{t('evaluations.figures.target')}</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">{t('evaluations.figures.revenue')}</th>
                <td>{money(figures.revenue.actual)}</td>
                <td>{money(figures.revenue.target)}</td>
              </tr>
              {figures.kpis.map((kpi) => (
                <tr key={kpi.key}>
                  <th scope="row">{t(`performance.kpis.${kpi.key}`)}</th>
                  <td>{kpiFormat.full(kpiShapes[kpi.key].unit, kpi.value)}</td>
                  <td>
                    {kpi.target === null
                      ? '—'
                      : kpiFormat.full(kpiShapes[kpi.key].unit, kpi.target)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div>
          <h3>{t('evaluations.figures.goals')}</h3>
          {figures.goals.length === 0 ? (
            <p className="muted">{t('evaluations.figures.noGoals')}</p>
          ) : (
            <ul className="plain-list">
              {figures.goals.map((goal) => (
                <li key={`${goal.metric}-${goal.dueOn}`}>
                  <strong>{goal.metric}</strong>{' '}
                  {t('evaluations.figures.goal', {
                    target: `${format.number(goal.target)} ${goal.unit}`,
                    due: formatDay(format, goal.dueOn),
                    progress:
                      goal.progressPercent === null ? '—' : `${Math.round(goal.progressPercent)} %`,
                    done: goal.objectivesDone,
                    total: goal.objectivesTotal,
                  })}
                </li>
              ))}
            </ul>
          )}
          <h3>{t('evaluations.figures.playbook')}</h3>
          <p>
            {t('evaluations.playbookDone', {
              done: figures.playbook.done,
              total: figures.playbook.total,
            })}
          </p>
          {figures.playbook.open.length ? (
            <>
              <p className="muted">{t('evaluations.figures.stillOpen')}</p>
              <ul>
                {figures.playbook.open.map((item) => (
                  <li key={item.key}>{item.title}</li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
        <div>
          <h3>{t('evaluations.figures.feedback')}</h3>
          {figures.feedback.quarters.length === 0 ? (
            <p className="muted">{t('evaluations.figures.noFeedback')}</p>
          ) : (
            <table className="table table-compact">
              <thead>
                <tr>
                  <th scope="col">{t('evaluations.figures.quarter')}</th>
                  <th scope="col">{t('evaluations.figures.principal')}</th>
                  <th scope="col">{t('evaluations.figures.distributor')}</th>
                  <th scope="col">{t('evaluations.figures.gap')}</th>
                </tr>
              </thead>
              <tbody>
                {figures.feedback.quarters.map((quarter) => (
                  <tr key={quarter.quarter}>
                    <th scope="row">{quarter.quarter}</th>
                    <td>{score(quarter.principal)}</td>
                    <td>{score(quarter.distributor)}</td>
                    <td>{score(quarter.gap)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <h3>{t('evaluations.figures.concerns')}</h3>
          {figures.concerns.length === 0 ? (
            <p className="muted">{t('evaluations.figures.noConcerns')}</p>
          ) : (
            <ul>
              {figures.concerns.map((concern) => (
                <li key={concern.number}>
                  {concern.number}. {concern.subject}
                  {concern.sentOn ? <span className="muted"> ({concern.sentOn})</span> : null}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
      {evaluation.internal ? <InternalFigures internal={evaluation.internal} /> : null}
    </section>
  );
}

function InternalFigures({ internal }: { internal: NonNullable<EvaluationRecord['internal']> }) {
  const { t } = useTranslation();
  const kpiFormat = useKpiFormat();
  return (
    <div className="evaluation-internal">
      <h3>{t('evaluations.internal.heading')}</h3>
      <p className="muted">{t('evaluations.internal.hint')}</p>
      <dl className="facts">
        <dt>{t('evaluations.internal.stage')}</dt>
        <dd>
          {internal.lifecycleStage ? t(`lifecycle.${internal.lifecycleStage}`) : '—'}
          {internal.lifecycleReason ? ` · ${internal.lifecycleReason}` : null}
        </dd>
        {internal.kpis.map((kpi) => (
          <Fragment key={kpi.key}>
            <dt>{t(`performance.kpis.${kpi.key}`)}</dt>
            <dd>{kpiFormat.full(kpiShapes[kpi.key].unit, kpi.value)}</dd>
          </Fragment>
        ))}
        <dt>{t('evaluations.internal.health')}</dt>
        <dd>{internal.health ? t(`evaluations.internal.state.${internal.health.state}`) : '—'}</dd>
      </dl>
      {internal.health?.signals.length ? (
        <ul>
          {internal.health.signals.map((signal) => (
            <li key={`${signal.kind}-${signal.reason}`}>{signal.reason}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
