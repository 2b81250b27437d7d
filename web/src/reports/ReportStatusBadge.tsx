import { useTranslation } from 'react-i18next';
import type { ReportStatus } from './use-reports.ts';

export function ReportStatusBadge({ status }: { status: ReportStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge-report-${status}`}>{t(`reports.status.${status}`)}</span>;
}

/** Submitted after the due date, or still missing past it. */
export function LateBadge() {
  const { t } = useTranslation();
  return <span className="badge badge-overdue">{t('reports.late')}</span>;
}
