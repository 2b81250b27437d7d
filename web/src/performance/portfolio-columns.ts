// Which columns of the portfolio table are shown (#16): chosen with the column picker and
// remembered per browser. The defaults fit a 1,366 px screen without scrolling sideways; the
// distributor's name is always shown and stays in view while the rest scroll.
import { useCallback, useState } from 'react';
import { type KpiKey, kpiKeys } from '../../../src/reports/kpi.schema.ts';

export const portfolioColumns = [
  'country',
  'stage',
  'health',
  'tier',
  'revenue12m',
  ...kpiKeys,
] as const;
export type PortfolioColumn = (typeof portfolioColumns)[number];

const hiddenByDefault: ReadonlySet<PortfolioColumn> = new Set<PortfolioColumn>([
  'stage',
  'inventoryTurns',
  'notesOnTime',
  'actionsOnTime',
  'returns',
  'orderGrowth',
]);

const STORAGE_KEY = 'liaison.portfolio.columns';

function storedHidden(): Set<PortfolioColumn> {
  try {
    const text = window.localStorage.getItem(STORAGE_KEY);
    if (text) {
      const parsed: unknown = JSON.parse(text);
      if (Array.isArray(parsed)) {
        return new Set(
          parsed.filter((column): column is PortfolioColumn =>
            (portfolioColumns as readonly string[]).includes(String(column)),
          ),
        );
      }
    }
  } catch {
    // Storage refused (private mode) or unreadable: the defaults.
  }
  return new Set(hiddenByDefault);
}

/** The hidden columns (stored as such, so a column added later shows up), and their setter. */
export function usePortfolioColumns() {
  const [hidden, setHidden] = useState<Set<PortfolioColumn>>(storedHidden);
  const setShown = useCallback((column: PortfolioColumn, shown: boolean) => {
    setHidden((before) => {
      const next = new Set(before);
      if (shown) next.delete(column);
      else next.add(column);
      try {
        window.localStorage.setItem(STORAGE_KEY, JSON.stringify([...next]));
      } catch {
        // Not remembered, but still applied.
      }
      return next;
    });
  }, []);
  const reset = useCallback(() => {
    try {
      window.localStorage.removeItem(STORAGE_KEY);
    } catch {
      // Nothing stored to remove.
    }
    setHidden(new Set(hiddenByDefault));
  }, []);
  const isShown = useCallback((column: PortfolioColumn) => !hidden.has(column), [hidden]);
  return { isShown, setShown, reset };
}
export type PortfolioColumns = ReturnType<typeof usePortfolioColumns>;

export const isKpiColumn = (column: PortfolioColumn): column is KpiKey =>
  (kpiKeys as readonly string[]).includes(column);
