import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/use-format.ts';
import { LateBadge, ReportStatusBadge } from './ReportStatusBadge.tsx';
import { calendarDate, monthName } from './report-format.ts';
import type { ReportDetailRecord } from './use-reports.ts';

/** The month, where its report stands, when it is due, and what the reviewer last asked for. */
export function ReportHeader({ report }: { report: ReportDetailRecord }) {
  const { t } = useTranslation();
  const format = useFormat();
  const latest = report.revisions.at(-1);
  // Events come oldest first: while changes are requested, the latest request is the open one.
  const request =
    report.status === 'changes_requested'
      ? report.events.findLast((event) => event.kind === 'changes_requested')
      : undefined;
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
            ? t('reports.report.revisionOf', {
                revision: report.revision,
                date: format.dateTime(latest.createdAt),
                name: latest.createdBy ?? t('reports.revisions.someone'),
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
    </>
  );
}
