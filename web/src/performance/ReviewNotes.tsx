import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../format/use-format.ts';
import { EmptyState } from '../shell/States.tsx';
import type { ScorecardRecord } from './use-performance.ts';

/** What both sides wrote down in their latest performance reviews, newest first. */
export function ReviewNotes({ scorecard }: { scorecard: ScorecardRecord }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section className="card section" aria-labelledby="reviews-heading">
      <h2 id="reviews-heading">{t('performance.scorecard.reviewsTitle')}</h2>
      {scorecard.reviews.length === 0 ? (
        <EmptyState title={t('performance.scorecard.reviewsEmpty')} />
      ) : (
        <ul className="plain-list review-notes">
          {scorecard.reviews.map((review) => (
            <li key={review.meetingId}>
              <h3>
                {t(`performance.scorecard.reviewKinds.${review.kind}`, {
                  defaultValue: review.kind,
                })}{' '}
                <span className="muted">{format.date(review.startsAt)}</span>
              </h3>
              <p className="notes">{review.notes}</p>
              <Link to={`/distributors/${scorecard.distributor.id}/meetings/${review.meetingId}`}>
                {t('performance.scorecard.openMeeting')}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
