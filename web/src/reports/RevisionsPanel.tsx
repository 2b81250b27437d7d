import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/use-format.ts';
import { EmptyState } from '../shell/States.tsx';
import { type ReportDetailRecord, revisionFileUrl } from './use-reports.ts';

/**
 * Every submitted revision stays readable: who submitted it, or entered it on the distributor's
 * behalf and why, how (typed, uploaded file, API, history import), what changed against the one
 * before, and the revision itself as a file.
 */
export function RevisionsPanel({
  distributorId,
  report,
}: {
  distributorId: string;
  report: ReportDetailRecord;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!report.revisions.length) return <EmptyState title={t('reports.revisions.empty')} />;
  const newestFirst = [...report.revisions].reverse();
  return (
    <ol className="report-revisions" aria-label={t('reports.revisions.label')}>
      {newestFirst.map((revision) => (
        <li key={revision.revision} aria-labelledby={`report-revision-${revision.revision}`}>
          <h3 id={`report-revision-${revision.revision}`}>
            {t('reports.revisions.title', { revision: revision.revision })}
          </h3>
          <p className="muted">
            {t(`reports.revisions.source.${revision.source}`, {
              fileName: revision.fileName ?? '',
            })}{' '}
            {revision.enteredOnBehalf
              ? t('reports.revisions.byOnBehalf', {
                  name: revision.createdBy ?? report.distributorName,
                  distributor: report.distributorName,
                  date: format.dateTime(revision.createdAt),
                })
              : t('reports.revisions.by', {
                  // Revisions written before names were kept on them carry the distributor's.
                  name: revision.createdBy ?? report.distributorName,
                  date: format.dateTime(revision.createdAt),
                })}
          </p>
          {revision.onBehalfReason ? (
            <p className="report-on-behalf-reason">
              {t('reports.revisions.reason', { reason: revision.onBehalfReason })}
            </p>
          ) : null}
          {revision.revision === 1 ? (
            <p>{t('reports.revisions.first')}</p>
          ) : revision.changes.length ? (
            <ul className="report-changes" aria-label={t('reports.revisions.changes')}>
              {revision.changes.map((change) => (
                <li key={change}>{change}</li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('reports.revisions.noChanges')}</p>
          )}
          <p className="report-downloads">
            {(['xlsx', 'csv'] as const).map((fileFormat) => (
              <a
                key={fileFormat}
                className="button button-small"
                href={revisionFileUrl(distributorId, report.period, revision.revision, fileFormat)}
                download
              >
                {t(`reports.revisions.download.${fileFormat}`, { revision: revision.revision })}
              </a>
            ))}
          </p>
        </li>
      ))}
    </ol>
  );
}
