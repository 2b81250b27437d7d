import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/use-format.ts';
import type { FeedbackRecord } from './use-feedback.ts';

/**
 * The topics where the two sides' averages differ by a point or more, as sentences ("Brenner
 * rates communication 4.5, Saigon Motor Parts 2.5"), or a line saying there are none.
 */
export function GapList({ feedback }: { feedback: FeedbackRecord }) {
  const { t } = useTranslation();
  const format = useFormat();
  const score = (value: number) => format.number(value);
  const [first] = feedback.gaps;
  if (!first) return <p className="muted">{t('feedback.noGaps')}</p>;
  return (
    <div className="alert alert-warning feedback-gaps" role="status">
      <strong>{t('feedback.gaps', { quarter: first.quarter })}</strong>
      <ul>
        {feedback.gaps.map((gap) => (
          <li key={gap.topic}>
            {t('feedback.gap', {
              principal: feedback.principalName,
              distributor: feedback.distributorName,
              topic: t(`feedback.topics.${gap.topic}`),
              ours: score(gap.principal),
              theirs: score(gap.distributor),
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}
