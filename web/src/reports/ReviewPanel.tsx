import { type FormEvent, type RefObject, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';
import { useFormat } from '../format/use-format.ts';
import { TextAreaField } from '../forms/fields.tsx';
import { fieldOfPointer } from '../forms/zod-resolver.ts';
import { EmptyState, ProblemAlert } from '../shell/States.tsx';
import { ReportContentView } from './ReportContentView.tsx';
import { cellLabel } from './report-cells.ts';
import { type ReportDetailRecord, type ReviewAction, useReviewReport } from './use-reports.ts';

/**
 * The review of a submitted report: its figures, read-only, with the comments on each; then the
 * conversation (submissions, comments from both sides, the principal's decision). Principal
 * editors accept or ask for changes; the distributor answers. Either side may comment on a figure.
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
  const canComment = report.canComment;
  const [cell, setCell] = useState<string | null>(null);
  const commentRef = useRef<HTMLTextAreaElement>(null);
  // Cell comments point into the revision they were made on; the figures shown are the latest.
  const counts = new Map<string, number>();
  for (const event of report.events) {
    if (event.cell && event.revision === report.revision) {
      counts.set(event.cell, (counts.get(event.cell) ?? 0) + 1);
    }
  }
  const onComment = (chosen: string) => {
    setCell(chosen);
    commentRef.current?.focus();
  };
  return (
    <div className="stack">
      {report.content ? (
        <section aria-label={t('reports.review.figures')}>
          <ReportContentView
            report={report}
            review={{ counts, ...(canComment ? { onComment } : {}) }}
          />
        </section>
      ) : null}
      {report.events.length ? (
        <ol className="timeline" aria-label={t('reports.review.label')}>
          {report.events.map((event) => (
            <li key={event.id}>
              <strong>
                {t(`reports.review.kinds.${event.kind}`, {
                  name: event.actorName,
                  revision: event.revision ?? '',
                  distributor: report.distributorName,
                })}
              </strong>
              {event.cell ? (
                <p className="timeline-meta">
                  {t('reports.review.about', {
                    cell: cellLabel(
                      event.cell,
                      event.revision === report.revision ? report.content : null,
                      t,
                    ),
                    revision: event.revision ?? '',
                  })}
                </p>
              ) : null}
              {event.body ? <p className="timeline-reason notes">{event.body}</p> : null}
              <p className="timeline-meta">{format.dateTime(event.createdAt)}</p>
            </li>
          ))}
        </ol>
      ) : (
        <EmptyState title={t('reports.review.empty')} />
      )}
      {canComment && report.revision > 0 ? (
        <ReviewForm
          distributorId={distributorId}
          report={report}
          cell={cell}
          onClearCell={() => setCell(null)}
          commentRef={commentRef}
        />
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
  cell,
  onClearCell,
  commentRef,
}: {
  distributorId: string;
  report: ReportDetailRecord;
  cell: string | null;
  onClearCell: () => void;
  commentRef: RefObject<HTMLTextAreaElement | null>;
}) {
  const { t } = useTranslation();
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
      {
        action: chosen,
        comment: comment.trim(),
        ...(cell && chosen !== 'accept' ? { cell } : {}),
      },
      {
        onSuccess: () => {
          setComment('');
          onClearCell();
        },
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
  // Figures entered on the distributor's behalf are judged once it has confirmed or corrected them.
  const isAwaiting = report.status === 'awaiting_confirmation';
  const pendingLabel = (chosen: ReviewAction, label: string) =>
    review.isPending && action === chosen ? t('actions.saving') : label;
  return (
    <form
      onSubmit={(event) => send(event, 'comment')}
      noValidate
      aria-label={t('reports.review.formLabel')}
    >
      <ProblemAlert error={commentError ? null : review.error} />
      {cell ? (
        <p className="report-comment-cell">
          {t('reports.review.commentingOn', { cell: cellLabel(cell, report.content, t) })}{' '}
          <button type="button" className="button-link" onClick={onClearCell}>
            {t('reports.review.wholeReport')}
          </button>
        </p>
      ) : null}
      <TextAreaField
        ref={commentRef}
        label={t('reports.review.comment')}
        hint={
          report.canReview
            ? isAwaiting
              ? t('reports.review.awaitingHint', { distributor: report.distributorName })
              : t('reports.review.reviewerHint')
            : t('reports.review.hint')
        }
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
        {report.canReview && !isAwaiting ? (
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
