import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { apiUrl } from '../api/client.ts';
import { ResponsivenessKpi } from '../communication/ResponsivenessKpi.tsx';
import { DistributorBreadcrumbs } from '../distributors/DistributorBreadcrumbs.tsx';
import { StageOrStatusBadge } from '../distributors/LifecycleBadge.tsx';
import { useDistributor } from '../distributors/use-distributors.ts';
import { FeedbackPanel } from '../feedback/FeedbackPanel.tsx';
import { LoadingState, QueryStatus } from '../shell/States.tsx';
import { usePageTitle } from '../shell/use-page-title.ts';
import { KpiTiles } from './KpiTiles.tsx';
import { isLifecycleStage } from './kpi-format.ts';
import { MonthsTable } from './MonthsTable.tsx';
import { ReviewNotes } from './ReviewNotes.tsx';
import { useKpiFormat } from './use-kpi-format.ts';
import { type ScorecardRecord, useScorecard } from './use-performance.ts';
import './performance.css';

const ScorecardCharts = lazy(() =>
  import('./ScorecardCharts.tsx').then((module) => ({ default: module.ScorecardCharts })),
);

/** /distributors/:id/scorecard: both sides see the KPIs, their trends and the review notes. */
export function ScorecardPage() {
  const { id = '' } = useParams();
  const distributor = useDistributor(id);
  const scorecard = useScorecard(id);
  const { t } = useTranslation();
  usePageTitle(
    distributor.data
      ? t('performance.scorecard.pageTitle', { name: distributor.data.name })
      : t('performance.scorecard.title'),
  );
  if (distributor.isPending || distributor.isError) {
    return (
      <div className="page">
        <QueryStatus query={distributor} />
      </div>
    );
  }
  return (
    <div className="page">
      <DistributorBreadcrumbs
        distributor={distributor.data}
        current={t('performance.scorecard.title')}
      />
      {scorecard.isPending || scorecard.isError ? (
        <QueryStatus query={scorecard} />
      ) : (
        <Scorecard scorecard={scorecard.data} />
      )}
    </div>
  );
}

function Scorecard({ scorecard }: { scorecard: ScorecardRecord }) {
  const { t } = useTranslation();
  const format = useKpiFormat();
  const { distributor } = scorecard;
  return (
    <>
      <div className="page-header">
        <div>
          <h1>
            {t('performance.scorecard.heading', { name: distributor.name })}{' '}
            <span className={distributor.tier ? 'badge tier-badge' : 'badge badge-muted'}>
              {distributor.tier
                ? t('performance.scorecard.tier', { tier: distributor.tier })
                : t('performance.scorecard.noTier')}
            </span>{' '}
            {/* A distributor's user gets the shared status, not the principal's stage. */}
            <StageOrStatusBadge
              stage={
                distributor.lifecycleStage && isLifecycleStage(distributor.lifecycleStage)
                  ? distributor.lifecycleStage
                  : null
              }
              status={distributor.relationshipStatus}
            />
          </h1>
          <p className="muted">
            {scorecard.asOf
              ? t('performance.scorecard.asOf', {
                  period: format.period(scorecard.asOf),
                  currency: scorecard.currency,
                })
              : t('performance.scorecard.noReports')}
          </p>
        </div>
        <div className="page-actions">
          <Link className="button" to={`/distributors/${distributor.id}/targets`}>
            {t('performance.scorecard.targets')}
          </Link>
          {scorecard.asOf ? (
            <PackLinks distributorId={distributor.id} asOf={scorecard.asOf} />
          ) : null}
        </div>
      </div>
      <KpiTiles kpis={scorecard.kpis} />
      <Suspense fallback={<LoadingState label={t('performance.scorecard.chartsLoading')} />}>
        <ScorecardCharts scorecard={scorecard} dataTableId="months-table" />
      </Suspense>
      <ResponsivenessKpi distributorId={distributor.id} figures={scorecard.responsiveness} />
      <FeedbackPanel distributorId={distributor.id} />
      <ReviewNotes scorecard={scorecard} />
      <MonthsTable scorecard={scorecard} id="months-table" />
    </>
  );
}

/** The PDFs both sides walk through in the monthly review and the QBR, for the latest figures. */
function PackLinks({ distributorId, asOf }: { distributorId: string; asOf: string }) {
  const { t } = useTranslation();
  const quarter = `${asOf.slice(0, 4)}-Q${Math.ceil(Number(asOf.slice(5, 7)) / 3)}`;
  const pack = '/api/v1/distributors/{id}/packs/{kind}/{label}';
  return (
    <>
      <a
        className="button"
        href={apiUrl(pack, { id: distributorId, kind: 'monthly', label: asOf })}
        download
      >
        {t('performance.scorecard.monthlyPack', { period: asOf })}
      </a>
      <a
        className="button"
        href={apiUrl(pack, { id: distributorId, kind: 'quarterly', label: quarter })}
        download
      >
        {t('performance.scorecard.qbrPack', { quarter })}
      </a>
    </>
  );
}
