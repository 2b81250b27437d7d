import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DistributorPageHeader } from '../distributors/DistributorPageHeader.tsx';
import { useDistributor } from '../distributors/use-distributors.ts';
import { useFormat } from '../format/use-format.ts';
import { EmptyState, QueryStatus } from '../shell/States.tsx';
import { LateBadge, ReportStatusBadge } from './ReportStatusBadge.tsx';
import { calendarDate, monthName } from './report-format.ts';
import { type ReportMonthsRecord, useReportMonths } from './use-reports.ts';
import './reports.css';

/** /distributors/:id/reports: the months a distributor owes a report, newest first. */
export function ReportsPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const distributor = useDistributor(id);
  const months = useReportMonths(id);
  if (distributor.isPending || distributor.isError) {
    return (
      <div className="page">
        <QueryStatus query={distributor} />
      </div>
    );
  }
  return (
    <div className="page">
      <DistributorPageHeader messages="reports" distributor={distributor.data} />
      <section className="card section" aria-labelledby="report-months-heading">
        <h2 id="report-months-heading">{t('reports.months.title')}</h2>
        {months.isPending || months.isError ? (
          <QueryStatus query={months} />
        ) : (
          <MonthsTable distributorId={id} months={months.data} />
        )}
      </section>
    </div>
  );
}

function MonthsTable({
  distributorId,
  months,
}: {
  distributorId: string;
  months: ReportMonthsRecord;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!months.months.length) return <EmptyState title={t('reports.months.empty')} />;
  return (
    <>
      <p className="muted">
        {t('reports.months.terms', { currency: months.currency, day: months.dueDay })}
      </p>
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">{t('reports.months.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reports.months.month')}</th>
              <th scope="col">{t('reports.months.due')}</th>
              <th scope="col">{t('reports.months.status')}</th>
              <th scope="col" className="numeric">
                {t('reports.months.revision')}
              </th>
              <th scope="col">{t('reports.months.submitted')}</th>
            </tr>
          </thead>
          <tbody>
            {months.months.map((month) => (
              <tr key={month.period} className={month.late ? 'row-overdue' : undefined}>
                <td>
                  <Link to={`/distributors/${distributorId}/reports/${month.period}`}>
                    {monthName(month.period, format.locale)}
                  </Link>
                </td>
                <td className="nowrap">{calendarDate(month.dueOn, format.locale)}</td>
                <td>
                  <ReportStatusBadge status={month.status} isExpected={month.expected} />{' '}
                  {month.late ? <LateBadge /> : null}
                </td>
                <td className="numeric">{month.revision || '—'}</td>
                <td className="nowrap">
                  {month.submittedAt ? format.dateTime(month.submittedAt) : '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
