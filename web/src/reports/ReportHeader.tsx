import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/use-format.ts';
import { ProblemAlert } from '../shell/States.tsx';
import { LateBadge, ReportStatusBadge } from './ReportStatusBadge.tsx';
import { calendarDate, monthName } from './report-format.ts';
import { type ReportDetailRecord, useConfirmReport } from './use-reports.ts';

/**
 * The month, where its report stands, when it is due, what the reviewer last asked for, and
 * figures entered on the distributor's behalf that wait for its confirmation.
 */
export function ReportHeader({
  distributorId,
  report,
  onCorrect,
  onConfirmed,
}: {
  distributorId: string;
  report: ReportDetailRecord;
  onCorrect: () => void;
  onConfirmed: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const latest = report.revisions.at(-1);
  // Events come oldest first: while changes are requested, the latest request is the open one.
  const request =
    report.status === 'changes_requested'
      ? report.events.findLast((event) => event.kind === 'changes_requested')
      : undefined;
  const by = latest?.createdBy ?? report.distributorName;
  return (
    <>
      <div className="page-header">
        <div>
          <h1>
            {t('reports.report.heading', { month: monthName(report.period, format.locale) })}{' '}
            <ReportStatusBadge status={report.status} isExpected={report.expected} />{' '}
            {report.late ? <LateBadge /> : null}
          </h1>
          <p className="muted">{report.distributorName}</p>
        </div>
      </div>
      <dl className="facts report-facts">
        <dt>{t('reports.report.due')}</dt>
        <dd>{calendarDate(report.dueOn, format.locale)}</dd>
        <dt>{t('reports.report.revision')}</dt>
        <dd>
          {latest
            ? latest.enteredOnBehalf
              ? t('reports.report.revisionOnBehalf', {
                  revision: report.revision,
                  date: format.dateTime(latest.createdAt),
                  name: by,
                  distributor: report.distributorName,
                })
              : t('reports.report.revisionOf', {
                  revision: report.revision,
                  date: format.dateTime(latest.createdAt),
                  name: by,
                })
            : t('reports.report.notSubmitted')}
        </dd>
        <dt>{t('reports.report.currency')}</dt>
        <dd>{report.currency}</dd>
      </dl>
      {request ? (
        <div className="alert alert-info" role="note">
          <strong>{t('reports.report.changesRequested', { name: request.actorName })}</strong>{' '}
          {request.body}
        </div>
      ) : null}
      {report.status === 'awaiting_confirmation' && latest ? (
        <AwaitingConfirmation
          distributorId={distributorId}
          report={report}
          enteredBy={by}
          reason={latest.onBehalfReason}
          onCorrect={onCorrect}
          onConfirmed={onConfirmed}
        />
      ) : null}
    </>
  );
}

/**
 * The banner over figures entered on the distributor's behalf: its people confirm them or
 * correct them with a revision of their own; the principal's people see that they wait.
 */
function AwaitingConfirmation({
  distributorId,
  report,
  enteredBy,
  reason,
  onCorrect,
  onConfirmed,
}: {
  distributorId: string;
  report: ReportDetailRecord;
  enteredBy: string;
  reason: string | null;
  onCorrect: () => void;
  onConfirmed: () => void;
}) {
  const { t } = useTranslation();
  const confirm = useConfirmReport(distributorId, report.period);
  const entered = t('reports.onBehalf.banner', {
    name: enteredBy,
    distributor: report.distributorName,
    revision: report.revision,
  });
  return (
    <div className="alert alert-warning report-on-behalf" role="note">
      <p>
        <strong>{entered}</strong>
        {reason ? ` ${t('reports.onBehalf.bannerReason', { reason })}` : null}
      </p>
      {report.canConfirm ? (
        <>
          <p>{t('reports.onBehalf.askDistributor')}</p>
          <ProblemAlert error={confirm.error} />
          <div className="form-actions">
            <button type="button" className="button" onClick={onCorrect}>
              {t('reports.onBehalf.correct')}
            </button>
            <button
              type="button"
              className="button button-primary"
              disabled={confirm.isPending}
              onClick={() => confirm.mutate(undefined, { onSuccess: onConfirmed })}
            >
              {confirm.isPending ? t('actions.saving') : t('reports.onBehalf.confirmFigures')}
            </button>
          </div>
        </>
      ) : (
        <p>{t('reports.onBehalf.waiting', { distributor: report.distributorName })}</p>
      )}
    </div>
  );
}
