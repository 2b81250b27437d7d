import { useTranslation } from 'react-i18next';
import type { ReportStatus } from './use-reports.ts';

/**
 * The report's status; a month that ended before the relationship began, with nothing reported,
 * is "not expected" rather than missing.
 */
export function ReportStatusBadge({
  status,
  isExpected = true,
}: {
  status: ReportStatus;
  isExpected?: boolean;
}) {
  const { t } = useTranslation();
  if (status === 'missing' && !isExpected) {
    return (
      <span className="badge badge-report-not-expected" title={t('reports.notExpectedHint')}>
        {t('reports.notExpected')}
      </span>
    );
  }
  return <span className={`badge badge-report-${status}`}>{t(`reports.status.${status}`)}</span>;
}

/** Submitted after the due date, or still missing past it. */
export function LateBadge() {
  const { t } = useTranslation();
  return <span className="badge badge-overdue">{t('reports.late')}</span>;
}
