import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import type { DistributorRecord } from '../api/types.ts';
import { DistributorBreadcrumbs } from '../distributors/DistributorBreadcrumbs.tsx';
import { useDistributor } from '../distributors/use-distributors.ts';
import { useFormat } from '../format/use-format.ts';
import { QueryStatus } from '../shell/States.tsx';
import { usePageTitle } from '../shell/use-page-title.ts';
import { ReportContentView } from './ReportContentView.tsx';
import { ReportForm } from './ReportForm.tsx';
import { ReportHeader } from './ReportHeader.tsx';
import { ReportTabs, type TabName } from './ReportTabs.tsx';
import { ReviewPanel } from './ReviewPanel.tsx';
import { RevisionsPanel } from './RevisionsPanel.tsx';
import { monthName } from './report-format.ts';
import { SpreadsheetPanel } from './SpreadsheetPanel.tsx';
import { type ReportDetailRecord, useReport } from './use-reports.ts';
import './reports.css';

/** /distributors/:id/reports/:period: one month's report, typed or uploaded, and its review. */
export function ReportPage() {
  const { id = '', period = '' } = useParams();
  const distributor = useDistributor(id);
  const report = useReport(id, period);
  if (distributor.isPending || distributor.isError) {
    return (
      <div className="page">
        <QueryStatus query={distributor} />
      </div>
    );
  }
  return (
    <div className="page">
      <Breadcrumbs distributor={distributor.data} period={period} />
      {report.isPending || report.isError ? (
        <QueryStatus query={report} />
      ) : (
        <ReportBody distributorId={id} report={report.data} />
      )}
    </div>
  );
}

function Breadcrumbs({ distributor, period }: { distributor: DistributorRecord; period: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const month = monthName(period, format.locale);
  usePageTitle(t('reports.report.pageTitle', { month, name: distributor.name }));
  return (
    <DistributorBreadcrumbs
      distributor={distributor}
      parent={{ to: `/distributors/${distributor.id}/reports`, label: t('reports.title') }}
      current={month}
    />
  );
}

const tabNames: readonly TabName[] = ['form', 'spreadsheet', 'revisions', 'review'];

function ReportBody({
  distributorId,
  report,
}: {
  distributorId: string;
  report: ReportDetailRecord;
}) {
  const { t } = useTranslation();
  // The open tab is in the address, so a reload or a shared link opens the same one.
  const [search, setSearch] = useSearchParams();
  const requested = search.get('tab');
  const tab = tabNames.find((name) => name === requested) ?? 'form';
  const [notice, setNotice] = useState<string | null>(null);
  const [isEnteringOnBehalf, setEnteringOnBehalf] = useState(false);
  const select = (name: TabName) => {
    setNotice(null);
    setSearch(name === 'form' ? {} : { tab: name }, { replace: true });
  };
  const onSubmitted = (saved: ReportDetailRecord, previousRevision: number) => {
    setEnteringOnBehalf(false);
    setNotice(
      saved.revision === previousRevision
        ? t('reports.form.unchanged', { revision: saved.revision })
        : saved.status === 'awaiting_confirmation' && !saved.canEdit
          ? t('reports.onBehalf.entered', {
              revision: saved.revision,
              name: saved.distributorName,
            })
          : t('reports.form.submitted', { revision: saved.revision }),
    );
  };
  return (
    <>
      <ReportHeader
        distributorId={distributorId}
        report={report}
        onCorrect={() => select('form')}
        onConfirmed={() => setNotice(t('reports.onBehalf.confirmed'))}
      />
      {notice ? (
        <p className="alert alert-success" role="status">
          {notice}
        </p>
      ) : null}
      <ReportTabs
        current={tab}
        onSelect={select}
        counts={{ revisions: report.revisions.length, review: report.events.length }}
      >
        {(name) => {
          if (name === 'form') {
            if (report.canEdit) {
              return (
                <ReportForm
                  // A new revision (typed or uploaded) starts the form from what was submitted.
                  key={report.revision}
                  distributorId={distributorId}
                  report={report}
                  onSubmitted={onSubmitted}
                />
              );
            }
            if (isEnteringOnBehalf && report.canEnterOnBehalf) {
              return (
                <ReportForm
                  key={`on-behalf-${report.revision}`}
                  distributorId={distributorId}
                  report={report}
                  onSubmitted={onSubmitted}
                  onBehalf={{ onCancel: () => setEnteringOnBehalf(false) }}
                />
              );
            }
            return (
              <PrincipalFormView
                report={report}
                onEnterOnBehalf={() => setEnteringOnBehalf(true)}
                onReview={() => select('review')}
              />
            );
          }
          if (name === 'spreadsheet') {
            return <SpreadsheetPanel distributorId={distributorId} report={report} />;
          }
          if (name === 'revisions') {
            return <RevisionsPanel distributorId={distributorId} report={report} />;
          }
          return <ReviewPanel distributorId={distributorId} report={report} />;
        }}
      </ReportTabs>
    </>
  );
}

/**
 * What the principal's people see where the distributor has its form: the figures to read. The
 * report is the distributor's statement, so a principal editor disagrees in the review (asking
 * for changes, commenting on a figure), and enters figures only on the distributor's behalf,
 * while it has submitted none of its own for the month.
 */
function PrincipalFormView({
  report,
  onEnterOnBehalf,
  onReview,
}: {
  report: ReportDetailRecord;
  onEnterOnBehalf: () => void;
  onReview: () => void;
}) {
  const { t } = useTranslation();
  const name = report.distributorName;
  return (
    <div className="stack">
      {report.canReview && report.revision > 0 && report.status !== 'awaiting_confirmation' ? (
        <div className="alert alert-info report-statement" role="note">
          <p>{t('reports.statement.intro', { name })}</p>
          <button type="button" className="button button-small" onClick={onReview}>
            {t('reports.statement.review')}
          </button>
        </div>
      ) : null}
      {report.canEnterOnBehalf ? (
        <div className="report-statement">
          <p className="muted">
            {report.revision > 0
              ? t('reports.onBehalf.offerAgain', { name })
              : t('reports.onBehalf.offer', { name })}
          </p>
          <button type="button" className="button" onClick={onEnterOnBehalf}>
            {t('reports.onBehalf.start', { name })}
          </button>
        </div>
      ) : null}
      <ReportContentView report={report} />
    </div>
  );
}
