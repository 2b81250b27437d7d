import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { formatMoney } from '../charter/charter-format.ts';
import { DistributorSubPage } from '../distributors/DistributorSubPage.tsx';
import { useFormat } from '../format/use-format.ts';
import { TextField } from '../forms/fields.tsx';
import { unplacedServerErrors } from '../forms/zod-resolver.ts';
import { useKpiFormat } from '../performance/use-kpi-format.ts';
import { EmptyState, ProblemAlert, QueryStatus } from '../shell/States.tsx';
import {
  type EvaluationListRecord,
  useEvaluations,
  useStartEvaluation,
} from './use-evaluations.ts';
import './evaluations.css';

/**
 * A relationship's evaluations for both sides, newest year first, as a year-on-year comparison of
 * the decision and the headline figures; a principal's editor starts this year's (or an
 * on-demand one with a title).
 */
export function EvaluationsPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const evaluations = useEvaluations(id);
  return (
    <DistributorSubPage id={id} section="evaluations">
      {() => (
        <>
          {evaluations.isPending || evaluations.isError ? (
            <QueryStatus query={evaluations} />
          ) : (
            <>
              {evaluations.data.canStart ? (
                <StartPanel distributorId={id} list={evaluations.data} />
              ) : null}
              {evaluations.data.items.length === 0 ? (
                <EmptyState title={t('evaluations.empty')} />
              ) : (
                <ComparisonTable distributorId={id} list={evaluations.data} />
              )}
            </>
          )}
          <p>
            <Link to={`/distributors/${id}`}>{t('evaluations.back')}</Link>
          </p>
        </>
      )}
    </DistributorSubPage>
  );
}

function StartPanel({
  distributorId,
  list,
}: {
  distributorId: string;
  list: EvaluationListRecord;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const start = useStartEvaluation(distributorId);
  const [title, setTitle] = useState('');
  const hasThisYear = list.items.some(
    (item) => item.kind === 'yearly' && item.year === list.currentYear,
  );
  const open = (evaluationId: string) =>
    navigate(`/distributors/${distributorId}/evaluations/${evaluationId}`);
  return (
    <section className="card section" aria-labelledby="evaluation-start-heading">
      <h2 id="evaluation-start-heading">{t('evaluations.startHeading')}</h2>
      <ProblemAlert error={start.error} extra={unplacedServerErrors(start.error, [])} />
      <div className="evaluation-start">
        {hasThisYear ? null : (
          <button
            type="button"
            className="button button-primary"
            disabled={start.isPending}
            onClick={() =>
              start.mutate(
                { kind: 'yearly', year: list.currentYear },
                { onSuccess: (e) => open(e.id) },
              )
            }
          >
            {t('evaluations.startYear', { year: list.currentYear })}
          </button>
        )}
        <form
          className="evaluation-on-demand"
          onSubmit={(event) => {
            event.preventDefault();
            start.mutate({ kind: 'on_demand', title }, { onSuccess: (e) => open(e.id) });
          }}
        >
          <TextField
            label={t('evaluations.onDemandTitle')}
            value={title}
            maxLength={200}
            onChange={(event) => setTitle(event.target.value)}
          />
          <button type="submit" className="button" disabled={start.isPending}>
            {t('evaluations.startOnDemand')}
          </button>
        </form>
      </div>
      <p className="muted">{t('evaluations.startHint')}</p>
    </section>
  );
}

function ComparisonTable({
  distributorId,
  list,
}: {
  distributorId: string;
  list: EvaluationListRecord;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const kpiFormat = useKpiFormat();
  const score = (value: number | null) => (value === null ? '—' : value.toFixed(1));
  return (
    <section className="card section" aria-labelledby="evaluation-list-heading">
      <h2 id="evaluation-list-heading">{t('evaluations.comparison')}</h2>
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('evaluations.column.evaluation')}</th>
              <th scope="col">{t('evaluations.column.status')}</th>
              <th scope="col">{t('evaluations.column.decision')}</th>
              <th scope="col">{t('evaluations.column.revenue')}</th>
              <th scope="col">{t('evaluations.column.attainment')}</th>
              <th scope="col">{t('evaluations.column.playbook')}</th>
              <th scope="col">{t('evaluations.column.feedback')}</th>
              <th scope="col">{t('evaluations.column.concerns')}</th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((item) => (
              <tr key={item.id}>
                <th scope="row">
                  <Link to={`/distributors/${distributorId}/evaluations/${item.id}`}>
                    {item.title}
                  </Link>
                </th>
                <td>
                  <span
                    className={`badge ${item.status === 'completed' ? 'badge-done' : 'badge-muted'}`}
                  >
                    {t(`evaluations.status.${item.status}`)}
                  </span>
                  {item.completedAt ? (
                    <span className="muted"> {format.date(String(item.completedAt))}</span>
                  ) : null}
                </td>
                <td>{item.decision ? t(`evaluations.decision.${item.decision}`) : '—'}</td>
                <td>
                  {item.headline.revenue === null
                    ? '—'
                    : formatMoney(format, item.headline.revenue, item.headline.currency)}
                  {item.headline.revenueTarget !== null ? (
                    <span className="muted">
                      {' '}
                      {t('evaluations.ofTarget', {
                        target: formatMoney(
                          format,
                          item.headline.revenueTarget,
                          item.headline.currency,
                        ),
                      })}
                    </span>
                  ) : null}
                </td>
                <td>{kpiFormat.full('ratio', item.headline.attainment)}</td>
                <td>
                  {t('evaluations.playbookDone', {
                    done: item.headline.playbookDone,
                    total: item.headline.playbookTotal,
                  })}
                </td>
                <td>
                  {t('evaluations.feedbackScores', {
                    principal: score(item.headline.feedbackPrincipal),
                    distributor: score(item.headline.feedbackDistributor),
                  })}
                </td>
                <td>{item.headline.openConcerns}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
