// Health on the portfolio. The portfolio API carries KPIs, not health, so the page joins today's
// early warnings by distributor in the browser: a flagged distributor has its state, another in
// a running relationship is healthy, and one in any other stage is not assessed.
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { HealthBadge } from './HealthBadge.tsx';
import { type HealthState, healthRank, useEarlyWarnings } from './use-warnings.ts';

/** The stages the assessment covers (docs/early-warnings.md). */
const assessedStages = new Set(['onboarding', 'active', 'at_risk']);

/** A row's health: a state, null when its stage is not assessed, undefined while loading. */
export type HealthOf = (row: {
  distributorId: string;
  lifecycleStage: string;
}) => HealthState | null | undefined;

/**
 * `isEnabled` waits for the portfolio itself, so the KPI table never waits on the assessment of
 * every relationship.
 */
export function usePortfolioHealth(isEnabled: boolean): { healthOf: HealthOf; isReady: boolean } {
  const warnings = useEarlyWarnings(undefined, { enabled: isEnabled });
  const flagged = useMemo(() => {
    const distributors = warnings.data?.distributors;
    return distributors
      ? new Map(distributors.map((item) => [item.distributorId, item.state]))
      : null;
  }, [warnings.data]);
  const isFailed = warnings.isError;
  const healthOf = useCallback<HealthOf>(
    (row) => {
      if (!assessedStages.has(row.lifecycleStage)) return null;
      if (!flagged) return isFailed ? null : undefined;
      return flagged.get(row.distributorId) ?? 'healthy';
    },
    [flagged, isFailed],
  );
  // A failed assessment leaves the cells empty rather than the whole portfolio.
  return { healthOf, isReady: flagged !== null || isFailed };
}

/**
 * Rows in health order: worst first when descending, healthiest first when ascending; those not
 * assessed come last either way, and the order the API gave breaks ties.
 */
export function sortByHealth<Row extends { distributorId: string; lifecycleStage: string }>(
  rows: readonly Row[],
  healthOf: HealthOf,
  order: 'asc' | 'desc',
): Row[] {
  const rankOf = (row: Row) => {
    const state = healthOf(row);
    if (!state) return 3;
    return order === 'desc' ? healthRank[state] : 2 - healthRank[state];
  };
  return rows
    .map((row, index) => ({ row, index, rank: rankOf(row) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ row }) => row);
}

export function HealthCell({ state }: { state: HealthState | null | undefined }) {
  const { t } = useTranslation();
  if (state === undefined) {
    return (
      <span className="muted" title={t('app.loading')}>
        …<span className="visually-hidden">{t('app.loading')}</span>
      </span>
    );
  }
  if (state === null) {
    return (
      <span className="muted" title={t('warnings.notAssessed')}>
        —<span className="visually-hidden">{t('warnings.notAssessed')}</span>
      </span>
    );
  }
  return <HealthBadge state={state} />;
}
