import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { DistributorBreadcrumbs } from '../distributors/DistributorBreadcrumbs.tsx';
import { useDistributor } from '../distributors/use-distributors.ts';
import { useFormat } from '../format/use-format.ts';
import { useSession } from '../session/use-session.ts';
import { EmptyState, ProblemAlert, QueryStatus } from '../shell/States.tsx';
import { usePageTitle } from '../shell/use-page-title.ts';
import { GapList } from './GapList.tsx';
import { SurveyForm } from './SurveyForm.tsx';
import {
  type FeedbackRecord,
  type FeedbackRoundRecord,
  feedbackTopics,
  useFeedback,
  useOpenFeedbackRound,
} from './use-feedback.ts';
import './feedback.css';

/**
 * /distributors/:id/feedback: both sides answer the quarter's open round and read past rounds,
 * each side's scores and (unless confidential) comments, and the gaps between them.
 */
export function FeedbackPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const distributor = useDistributor(id);
  const feedback = useFeedback(id);
  usePageTitle(t('feedback.title'));
  if (distributor.isPending || distributor.isError) {
    return (
      <div className="page">
        <QueryStatus query={distributor} />
      </div>
    );
  }
  return (
    <div className="page">
      <DistributorBreadcrumbs distributor={distributor.data} current={t('feedback.title')} />
      <div className="page-header">
        <div>
          <h1>{t('feedback.title')}</h1>
          <p className="muted">{t('feedback.intro')}</p>
        </div>
      </div>
      {feedback.isPending || feedback.isError ? (
        <QueryStatus query={feedback} />
      ) : (
        <Survey distributorId={id} feedback={feedback.data} />
      )}
    </div>
  );
}

function Survey({ distributorId, feedback }: { distributorId: string; feedback: FeedbackRecord }) {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useSession();
  const openRound = useOpenFeedbackRound(distributorId);
  const current = feedback.rounds.find((round) => round.isOpen);
  const mine = current?.answers.find((answer) => answer.isMine);
  return (
    <>
      <section className="card section" aria-labelledby="feedback-open-heading">
        <div className="card-header">
          <h2 id="feedback-open-heading">
            {current ? t('feedback.openRound', { quarter: current.quarter }) : t('feedback.title')}
          </h2>
          {!current && feedback.canOpenRound ? (
            <button
              type="button"
              className="button button-small"
              disabled={openRound.isPending}
              onClick={() => openRound.mutate()}
            >
              {openRound.isPending ? t('feedback.opening') : t('feedback.openNow')}
            </button>
          ) : null}
        </div>
        <ProblemAlert error={openRound.error} />
        {!current ? (
          <p className="muted">{t('feedback.noOpenRound')}</p>
        ) : (
          <>
            <p className="muted">
              {t('feedback.closesOn', {
                day: format.date(new Date(new Date(current.closesAt).getTime() - 1).toISOString()),
              })}
            </p>
            {mine ? (
              <p className="alert alert-success" role="status">
                {t('feedback.answered', { day: format.date(mine.answeredAt) })}
              </p>
            ) : feedback.canAnswer ? (
              <SurveyForm
                distributorId={distributorId}
                round={current}
                isDistributor={me.distributorId !== null}
              />
            ) : (
              <p className="muted">{t('feedback.cannotAnswer')}</p>
            )}
          </>
        )}
      </section>
      <section className="card section" aria-labelledby="feedback-rounds-heading">
        <h2 id="feedback-rounds-heading">{t('feedback.rounds')}</h2>
        <GapList feedback={feedback} />
        {feedback.rounds.length === 0 ? (
          <EmptyState title={t('feedback.empty')} />
        ) : (
          feedback.rounds.map((round) => (
            <RoundTable key={round.id} round={round} feedback={feedback} />
          ))
        )}
      </section>
    </>
  );
}

function RoundTable({ round, feedback }: { round: FeedbackRoundRecord; feedback: FeedbackRecord }) {
  const { t } = useTranslation();
  const format = useFormat();
  const score = (value: number | null) => (value === null ? '–' : format.number(value));
  const sideName = (side: 'principal' | 'distributor') =>
    side === 'principal' ? feedback.principalName : feedback.distributorName;
  return (
    <div className="table-wrap">
      <table className="table table-compact">
        <caption>
          {round.quarter} ({round.isOpen ? t('feedback.isOpen') : t('feedback.isClosed')})
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('feedback.person')}</th>
            {feedbackTopics.map((topic) => (
              <th key={topic} scope="col" className="numeric">
                {t(`feedback.topics.${topic}`)}
              </th>
            ))}
            <th scope="col">{t('feedback.answeredOn')}</th>
          </tr>
        </thead>
        <tbody>
          {round.answers.length === 0 ? (
            <tr>
              <td colSpan={6} className="muted">
                {t('feedback.noAnswers')}
              </td>
            </tr>
          ) : (
            round.answers.map((answer) => (
              <tr key={answer.id}>
                <th scope="row">
                  {answer.respondentName}
                  <div className="muted">{sideName(answer.side)}</div>
                  {answer.commentsConfidential ? (
                    <span className="badge badge-muted">{t('feedback.confidential')}</span>
                  ) : null}
                </th>
                {feedbackTopics.map((topic) => (
                  <td key={topic} className="numeric">
                    {answer.scores[topic]}
                    {answer.comments?.[topic] ? (
                      <p className="feedback-comment">{answer.comments[topic]}</p>
                    ) : null}
                  </td>
                ))}
                <td>
                  {format.date(answer.answeredAt)}
                  {answer.comments === null ? (
                    <p className="feedback-comment">{t('feedback.withheld')}</p>
                  ) : null}
                </td>
              </tr>
            ))
          )}
        </tbody>
        <tfoot>
          {(['principal', 'distributor'] as const).map((side) => (
            <tr key={side}>
              <th scope="row">{t('feedback.average', { name: sideName(side) })}</th>
              {feedbackTopics.map((topic) => (
                <td key={topic} className="numeric">
                  {score(round.averages[side][topic])}
                </td>
              ))}
              <td />
            </tr>
          ))}
        </tfoot>
      </table>
    </div>
  );
}
