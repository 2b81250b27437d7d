import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Format } from '../format/use-format.ts';
import { useFormat } from '../format/use-format.ts';
import { EmptyState, ProblemAlert } from '../shell/States.tsx';
import { formatDay, formatFigure, sideName } from './plan-format.ts';
import { type ChangeRecord, type PlanRecord, useAnswerChange } from './use-plan.ts';

const statusBadge: Record<ChangeRecord['status'], string> = {
  proposed: 'badge-overdue',
  agreed: 'badge-primary',
  declined: 'badge-muted',
  withdrawn: 'badge-muted',
};

/** One sentence of what a change does, in the reader's language. */
function describeChange(t: TFunction, format: Format, change: ChangeRecord) {
  const { goal, milestone, responsibilities } = change.proposal;
  if (goal) {
    return t(`plan.changes.goal.${change.action}`, {
      metric: goal.metric,
      target: formatFigure(format, goal.target, goal.unit),
      date: formatDay(format, goal.dueOn),
    });
  }
  if (milestone) {
    return t(`plan.changes.milestone.${change.action}`, {
      title: milestone.title,
      date: formatDay(format, milestone.dueOn),
      owner: milestone.ownerName ?? sideName(t, milestone.ownerSide),
    });
  }
  return t('plan.changes.responsibilities', {
    principal: responsibilities?.principal.length ?? 0,
    distributor: responsibilities?.distributor.length ?? 0,
  });
}

/** Every change, those waiting for an answer first; the other side agrees or declines. */
export function PlanChanges({
  distributorId,
  plan,
  onDecline,
}: {
  distributorId: string;
  plan: PlanRecord;
  onDecline: (number: number) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const answer = useAnswerChange(distributorId);
  const sorted = [...plan.changes].sort(
    (a, b) =>
      Number(b.status === 'proposed') - Number(a.status === 'proposed') || b.number - a.number,
  );
  const waiting = plan.changes.filter((change) => change.canAnswer).length;
  return (
    <section className="card" aria-labelledby="plan-changes-heading">
      <div className="card-header">
        <h2 id="plan-changes-heading">
          {t('plan.changes.title')}{' '}
          {waiting > 0 ? (
            <span className="badge badge-overdue">
              {t('plan.changes.waiting', { count: waiting })}
            </span>
          ) : null}
        </h2>
      </div>
      <ProblemAlert error={answer.error} />
      {sorted.length === 0 ? (
        <EmptyState title={t('plan.changes.empty')} />
      ) : (
        <ol className="plan-changes">
          {sorted.map((change) => (
            <li key={change.number}>
              <article
                className={`plan-change plan-change-${change.status}`}
                aria-labelledby={`plan-change-${change.number}`}
              >
                <div className="plan-goal-header">
                  <h3 id={`plan-change-${change.number}`}>
                    {t('plan.changes.number', { number: change.number })}
                    {' · '}
                    {describeChange(t, format, change)}
                  </h3>
                  <span className={`badge ${statusBadge[change.status]}`}>
                    {t(`plan.changes.status.${change.status}`)}
                  </span>
                </div>
                {change.charterVersion !== null ? (
                  <p className="muted small">
                    {t('plan.changes.fromCharter', {
                      version: change.charterVersion,
                      date: format.date(String(change.createdAt)),
                    })}
                  </p>
                ) : (
                  <p className="muted small">
                    {t('plan.changes.proposedBy', {
                      name: change.proposerName,
                      side: sideName(t, change.proposerSide),
                      date: format.date(String(change.createdAt)),
                    })}
                  </p>
                )}
                {change.subject === 'responsibilities' && change.proposal.responsibilities ? (
                  <div className="two-columns">
                    {(['principal', 'distributor'] as const).map((side) => (
                      <div key={side}>
                        <h4>{sideName(t, side)}</h4>
                        <ul>
                          {change.proposal.responsibilities?.[side].map((text) => (
                            <li key={text}>{text}</li>
                          ))}
                        </ul>
                      </div>
                    ))}
                  </div>
                ) : null}
                {change.before?.goal && change.action === 'change' ? (
                  <p className="small">
                    {t('plan.changes.was', {
                      value: `${formatFigure(format, change.before.goal.target, change.before.goal.unit)}, ${formatDay(format, change.before.goal.dueOn)}`,
                    })}
                  </p>
                ) : null}
                {change.before?.milestone && change.action === 'change' ? (
                  <p className="small">
                    {t('plan.changes.was', {
                      value: `${change.before.milestone.title}, ${formatDay(format, change.before.milestone.dueOn)}`,
                    })}
                  </p>
                ) : null}
                {change.note ? <p className="notes">{change.note}</p> : null}
                {change.status !== 'proposed' && change.charterVersion === null ? (
                  <p className="small">
                    {t(`plan.changes.answered.${change.status}`, {
                      name: change.answererName ?? '',
                      date: change.answeredAt ? format.date(String(change.answeredAt)) : '',
                    })}
                  </p>
                ) : null}
                {change.status === 'declined' ? (
                  <p className="timeline-reason">{change.declineReason}</p>
                ) : null}
                {change.canAnswer || change.isMine ? (
                  <div className="charter-point-actions">
                    {change.canAnswer ? (
                      <>
                        <button
                          type="button"
                          className="button button-small button-primary"
                          disabled={answer.isPending}
                          onClick={() => answer.mutate({ number: change.number, answer: 'agree' })}
                        >
                          {t('plan.agree')}
                        </button>
                        <button
                          type="button"
                          className="button button-small"
                          onClick={() => onDecline(change.number)}
                        >
                          {t('plan.decline')}
                        </button>
                      </>
                    ) : null}
                    {change.isMine ? (
                      <button
                        type="button"
                        className="button button-small"
                        disabled={answer.isPending}
                        onClick={() => answer.mutate({ number: change.number, answer: 'withdraw' })}
                      >
                        {t('plan.withdraw')}
                      </button>
                    ) : null}
                  </div>
                ) : null}
              </article>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
