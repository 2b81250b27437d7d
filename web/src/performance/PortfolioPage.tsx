import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { canManageDistributors, isPrincipalRole, useSession } from '../session/use-session.ts';
import { Pagination } from '../shell/Pagination.tsx';
import { EmptyState, QueryStatus } from '../shell/States.tsx';
import { usePageTitle } from '../shell/use-page-title.ts';
import { type HealthOf, sortByHealth, usePortfolioHealth } from '../warnings/portfolio-health.tsx';
import { ExportsPanel } from './ExportsPanel.tsx';
import { PortfolioColumnPicker } from './PortfolioColumnPicker.tsx';
import { PortfolioFilters } from './PortfolioFilters.tsx';
import { PortfolioRevenueNote } from './PortfolioRevenueNote.tsx';
import { HeatLegend, PortfolioTable } from './PortfolioTable.tsx';
import { usePortfolioColumns } from './portfolio-columns.ts';
import { listOf, usePortfolioParams } from './portfolio-params.ts';
import { TierRulesDialog } from './TierRulesDialog.tsx';
import { type PortfolioRecord, usePortfolio, useTierRules } from './use-performance.ts';
import './performance.css';

/** /portfolio: every distributor's KPIs as a heat map, for the principal's staff. */
export function PortfolioPage() {
  const { t } = useTranslation();
  const me = useSession();
  usePageTitle(t('performance.portfolio.title'));
  // The API answers 403 to distributor users; they get words and a way to their own figures.
  if (!isPrincipalRole(me.role)) {
    return (
      <div className="page">
        <EmptyState title={t('performance.portfolio.forbidden')}>
          {me.distributorId ? (
            <>
              <p className="muted">{t('performance.portfolio.forbiddenHint')}</p>
              <Link className="button" to={`/distributors/${me.distributorId}/scorecard`}>
                {t('performance.portfolio.openScorecard')}
              </Link>
            </>
          ) : null}
        </EmptyState>
      </div>
    );
  }
  return <Portfolio canEditRules={canManageDistributors(me.role)} />;
}

function Portfolio({ canEditRules }: { canEditRules: boolean }) {
  const { t } = useTranslation();
  const { params, update, clearFilters, hasFilters, healthOrder } = usePortfolioParams();
  // Sorted by health, the page asks for every row (the API's limit, 2,000) and pages itself.
  const portfolio = usePortfolio(
    healthOrder ? { ...params, page: 1, pageSize: HEALTH_SORT_ROWS } : params,
  );
  const { healthOf, isReady: isHealthReady } = usePortfolioHealth(
    healthOrder !== null || portfolio.data !== undefined,
  );
  const shown =
    healthOrder && portfolio.data && isHealthReady
      ? pageByHealth(portfolio.data, healthOf, healthOrder, params.page, params.pageSize)
      : portfolio.data;
  const [isEditingRules, setEditingRules] = useState(false);
  const columns = usePortfolioColumns();
  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1>{t('performance.portfolio.title')}</h1>
          <p className="muted">{t('performance.portfolio.intro')}</p>
        </div>
        {canEditRules ? (
          <div className="page-actions">
            <button type="button" className="button" onClick={() => setEditingRules(true)}>
              {t('performance.portfolio.tierRules')}
            </button>
          </div>
        ) : null}
      </div>
      <PortfolioFilters params={params} update={update} />
      {portfolio.data ? (
        <TierSummary
          tiers={portfolio.data.tiers}
          selected={listOf(params.tier)}
          onChange={(tiers) => update({ tier: tiers.join(',') })}
        />
      ) : null}
      {portfolio.isPending || portfolio.isError ? (
        <QueryStatus query={portfolio} />
      ) : portfolio.data.items.length === 0 ? (
        <EmptyState
          title={
            hasFilters ? t('performance.portfolio.emptyFiltered') : t('performance.portfolio.empty')
          }
        >
          {hasFilters ? (
            <button type="button" className="button" onClick={clearFilters}>
              {t('performance.portfolio.clearFilters')}
            </button>
          ) : null}
        </EmptyState>
      ) : (
        <>
          <div className="portfolio-toolbar">
            <HeatLegend />
            <PortfolioColumnPicker columns={columns} />
          </div>
          <PortfolioRevenueNote portfolio={shown ?? portfolio.data} />
          <PortfolioTable
            columns={columns}
            portfolio={shown ?? portfolio.data}
            params={params}
            onSort={(sort, order) => update({ sort, order })}
            isRefreshing={portfolio.isFetching || (healthOrder !== null && !isHealthReady)}
            health={{
              healthOf,
              order: healthOrder,
              onSort: (order) => update({ sort: 'health', order }),
            }}
          />
          <Pagination
            total={(shown ?? portfolio.data).total}
            page={healthOrder ? params.page : portfolio.data.page}
            pageSize={healthOrder ? params.pageSize : portfolio.data.pageSize}
            onPage={(page) => update({ page })}
            onPageSize={(pageSize) => update({ pageSize })}
            summaryKey="performance.portfolio.summary"
          />
        </>
      )}
      <ExportsPanel params={params} />
      {isEditingRules ? <TierRulesEditor onClose={() => setEditingRules(false)} /> : null}
    </div>
  );
}

const HEALTH_SORT_ROWS = 2000;

/** One page of the portfolio in health order, sorted in the browser from every row. */
function pageByHealth(
  portfolio: PortfolioRecord,
  healthOf: HealthOf,
  order: 'asc' | 'desc',
  page: number,
  pageSize: number,
): PortfolioRecord {
  const sorted = sortByHealth(portfolio.items, healthOf, order);
  return {
    ...portfolio,
    items: sorted.slice((page - 1) * pageSize, page * pageSize),
    total: sorted.length,
    page,
    pageSize,
  };
}

/** How many distributors each tier holds; pressing a tier shows only its distributors. */
function TierSummary({
  tiers,
  selected,
  onChange,
}: {
  tiers: PortfolioRecord['tiers'];
  selected: string[];
  onChange: (tiers: string[]) => void;
}) {
  const { t } = useTranslation();
  if (tiers.length === 0) return null;
  return (
    <fieldset className="tier-summary">
      <legend className="muted">{t('performance.portfolio.tiers')}</legend>
      {tiers.map(({ tier, count }) => {
        const isPressed = selected.includes(tier);
        return (
          <button
            key={tier}
            type="button"
            className="chip"
            aria-pressed={isPressed}
            title={t('performance.portfolio.tierFilter', { tier })}
            onClick={() =>
              onChange(isPressed ? selected.filter((other) => other !== tier) : [...selected, tier])
            }
          >
            {t('performance.portfolio.tierCount', { tier, count })}
          </button>
        );
      })}
    </fieldset>
  );
}

function TierRulesEditor({ onClose }: { onClose: () => void }) {
  const rules = useTierRules();
  if (rules.isPending || rules.isError) return <QueryStatus query={rules} />;
  return <TierRulesDialog rules={rules.data} onClose={onClose} />;
}
