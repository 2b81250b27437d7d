import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../format/use-format.ts';
import { EmptyState, QueryStatus } from '../shell/States.tsx';
import { GapList } from './GapList.tsx';
import { feedbackTopics, useFeedback } from './use-feedback.ts';
import './feedback.css';

/**
 * The scorecard's survey panel: each side's average per topic over the last quarters, oldest
 * first, and the gaps of the latest round both sides answered.
 */
export function FeedbackPanel({ distributorId }: { distributorId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const feedback = useFeedback(distributorId);
  const score = (value: number | null) => (value === null ? '–' : format.number(value));
  return (
    <section className="card section" aria-labelledby="feedback-trend-heading">
      <div className="card-header">
        <h2 id="feedback-trend-heading">{t('feedback.trend')}</h2>
        <Link className="button button-small" to={`/distributors/${distributorId}/feedback`}>
          {t('feedback.openSurvey')}
        </Link>
      </div>
      {feedback.isPending || feedback.isError ? (
        <QueryStatus query={feedback} />
      ) : feedback.data.rounds.every((round) => round.answers.length === 0) ? (
        <EmptyState title={t('feedback.scorecardEmpty')} />
      ) : (
        <>
          <GapList feedback={feedback.data} />
          <div className="table-wrap">
            <table className="table table-compact feedback-trend">
              <caption>{t('feedback.trendCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('feedback.quarter')}</th>
                  <th scope="col">{t('feedback.person')}</th>
                  {feedbackTopics.map((topic) => (
                    <th key={topic} scope="col" className="numeric">
                      {t(`feedback.topics.${topic}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {[...feedback.data.rounds].reverse().flatMap((round) =>
                  (['principal', 'distributor'] as const).map((side) => (
                    <tr key={`${round.id}-${side}`}>
                      {side === 'principal' ? (
                        <th scope="row" rowSpan={2}>
                          {round.quarter}
                        </th>
                      ) : null}
                      <td>
                        {side === 'principal'
                          ? feedback.data.principalName
                          : feedback.data.distributorName}
                      </td>
                      {feedbackTopics.map((topic) => (
                        <td key={topic} className="numeric">
                          {score(round.averages[side][topic])}
                        </td>
                      ))}
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
