import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';
import { useFormat } from '../format/use-format.ts';
import { TextAreaField } from '../forms/fields.tsx';
import { fieldOfPointer } from '../forms/zod-resolver.ts';
import { EmptyState, ProblemAlert } from '../shell/States.tsx';
import { type ReportDetailRecord, type ReviewAction, useReviewReport } from './use-reports.ts';

/**
 * The conversation about a submitted report: submissions, comments from both sides, and the
 * principal's decision. Principal editors accept or ask for changes; the distributor answers.
 */
export function ReviewPanel({
  distributorId,
  report,
}: {
  distributorId: string;
  report: ReportDetailRecord;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const canComment = report.canEdit || report.canReview;
  return (
    <div className="stack">
      {report.events.length ? (
        <ol className="timeline" aria-label={t('reports.review.label')}>
          {report.events.map((event) => (
            <li key={event.id}>
              <strong>
                {t(`reports.review.kinds.${event.kind}`, {
                  name: event.actorName,
                  revision: event.revision ?? '',
                })}
              </strong>
              {event.body ? <p className="timeline-reason notes">{event.body}</p> : null}
              <p className="timeline-meta">{format.dateTime(event.createdAt)}</p>
            </li>
          ))}
        </ol>
      ) : (
        <EmptyState title={t('reports.review.empty')} />
      )}
      {canComment && report.revision > 0 ? (
        <ReviewForm distributorId={distributorId} report={report} />
      ) : null}
      {canComment && report.revision === 0 ? (
        <p className="muted">{t('reports.review.notYet')}</p>
      ) : null}
    </div>
  );
}

function ReviewForm({
  distributorId,
  report,
}: {
  distributorId: string;
  report: ReportDetailRecord;
}) {
  const { t } = useTranslation();
  const commentRef = useRef<HTMLTextAreaElement>(null);
  const review = useReviewReport(distributorId, report.period);
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string | null>(null);
  const [action, setAction] = useState<ReviewAction>('comment');

  const send = (event: FormEvent, chosen: ReviewAction) => {
    event.preventDefault();
    setAction(chosen);
    review.reset();
    // Asking for changes, or commenting, needs words; accepting may go without.
    if (chosen !== 'accept' && !comment.trim()) {
      setCommentError(
        chosen === 'request_changes'
          ? t('reports.review.reasonRequired')
          : t('reports.review.commentRequired'),
      );
      commentRef.current?.focus();
      return;
    }
    setCommentError(null);
    review.mutate(
      { action: chosen, comment: comment.trim() },
      {
        onSuccess: () => setComment(''),
        onError: (error) => {
          const placed =
            error instanceof ApiError &&
            error.problem.errors?.find((item) => fieldOfPointer(item.pointer) === 'comment');
          if (placed) setCommentError(placed.detail);
        },
      },
    );
  };
  const isAccepted = report.status === 'accepted';
  const pendingLabel = (chosen: ReviewAction, label: string) =>
    review.isPending && action === chosen ? t('actions.saving') : label;
  return (
    <form
      onSubmit={(event) => send(event, 'comment')}
      noValidate
      aria-label={t('reports.review.formLabel')}
    >
      <ProblemAlert error={commentError ? null : review.error} />
      <TextAreaField
        ref={commentRef}
        label={t('reports.review.comment')}
        hint={report.canReview ? t('reports.review.reviewerHint') : t('reports.review.hint')}
        rows={3}
        value={comment}
        onChange={(event) => {
          setComment(event.target.value);
          setCommentError(null);
        }}
        error={commentError ? { type: 'server', message: commentError } : undefined}
      />
      <div className="form-actions">
        <button type="submit" className="button" disabled={review.isPending}>
          {pendingLabel('comment', t('reports.review.commentAction'))}
        </button>
        {report.canReview ? (
          <>
            <button
              type="button"
              className="button"
              disabled={review.isPending}
              onClick={(event) => send(event, 'request_changes')}
            >
              {pendingLabel('request_changes', t('reports.review.requestChanges'))}
            </button>
            <button
              type="button"
              className="button button-primary"
              disabled={review.isPending || isAccepted}
              onClick={(event) => send(event, 'accept')}
            >
              {pendingLabel('accept', t('reports.review.accept'))}
            </button>
          </>
        ) : null}
      </div>
    </form>
  );
}
