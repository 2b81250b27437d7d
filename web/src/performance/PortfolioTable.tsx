// The heat map: one row per distributor, one cell per KPI coloured by how it compares with the
// portfolio median. Cells are plain <td>s with precomputed formatters and no per-cell component,
// so a page of up to 2,000 rows renders in one pass.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { kpiKeys } from '../../../src/reports/kpi.schema.ts';
import { LifecycleBadge } from '../distributors/LifecycleBadge.tsx';
import { useFormat } from '../format/use-format.ts';
import { HealthCell, type HealthOf } from '../warnings/portfolio-health.tsx';
import { compareLevel, isLifecycleStage, kpiShapes, type Level, levelNames } from './kpi-format.ts';
import type { PortfolioColumns } from './portfolio-columns.ts';
import { useKpiFormat } from './use-kpi-format.ts';
import type { PortfolioParams, PortfolioRecord, PortfolioRowRecord } from './use-performance.ts';

type SortKey = PortfolioParams['sort'];

const marks: Record<Level, string> = { '-2': '▼', '-1': '▽', '0': '', '1': '△', '2': '▲' };

export function PortfolioTable({
  portfolio,
  params,
  onSort,
  isRefreshing,
  health,
  columns,
}: {
  portfolio: PortfolioRecord;
  params: PortfolioParams;
  onSort: (sort: SortKey, order: 'asc' | 'desc') => void;
  isRefreshing: boolean;
  /** Today's health joined by distributor; sorted by it when `order` is set. */
  health: {
    healthOf: HealthOf;
    order: 'asc' | 'desc' | null;
    onSort: (order: 'asc' | 'desc') => void;
  };
  /** The columns chosen in the column picker. */
  columns: PortfolioColumns;
}) {
  const { isShown } = columns;
  const shownKpis = kpiKeys.filter(isShown);
  const leadingShown = (['country', 'stage', 'health', 'tier', 'revenue12m'] as const).filter(
    isShown,
  ).length;
  const reporting = portfolio.reportingCurrency;
  const { t } = useTranslation();
  const format = useFormat();
  const kpiFormat = useKpiFormat();
  const levelWords = Object.fromEntries(
    Object.entries(levelNames).map(([level, name]) => [level, t(`performance.levels.${name}`)]),
  );
  const header = (key: SortKey, label: string, title?: string) => {
    const isSorted = params.sort === key && health.order === null;
    // A new column starts with its best values first; the names start at A.
    const firstOrder =
      key === 'name' || key === 'country' || key === 'tier' || kpiShapeOf(key)?.lowerIsBetter
        ? 'asc'
        : 'desc';
    const next = isSorted ? (params.order === 'asc' ? 'desc' : 'asc') : firstOrder;
    return (
      <th
        key={key}
        scope="col"
        aria-sort={isSorted ? (params.order === 'desc' ? 'descending' : 'ascending') : 'none'}
        className={key === 'name' ? 'sticky-column' : 'numeric'}
        title={title}
      >
        <button type="button" className="sort-button" onClick={() => onSort(key, next)}>
          {label}
          <span className="sort-indicator" aria-hidden="true">
            {isSorted ? (params.order === 'desc' ? '▼' : '▲') : '↕'}
          </span>
        </button>
      </th>
    );
  };
  return (
    // Scrolls sideways on a narrow screen: focusable, so the keyboard can scroll it too.
    <section
      className={`table-wrap heat-wrap${isRefreshing ? ' is-refreshing' : ''}`}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region takes focus (WCAG 2.1.1)
      tabIndex={0}
      aria-label={t('performance.portfolio.caption')}
    >
      <table className="table table-compact heat-table">
        <caption className="visually-hidden">{t('performance.portfolio.caption')}</caption>
        <thead>
          <tr>
            {header('name', t('performance.portfolio.columns.name'))}
            {isShown('country')
              ? header('country', t('performance.portfolio.columns.country'))
              : null}
            {isShown('stage') ? (
              <th scope="col">{t('performance.portfolio.columns.stage')}</th>
            ) : null}
            {isShown('health') ? (
              <th
                scope="col"
                aria-sort={
                  health.order === null
                    ? 'none'
                    : health.order === 'desc'
                      ? 'descending'
                      : 'ascending'
                }
              >
                {/* Worst first on the first press. */}
                <button
                  type="button"
                  className="sort-button"
                  onClick={() => health.onSort(health.order === 'desc' ? 'asc' : 'desc')}
                >
                  {t('warnings.portfolioColumn')}
                  <span className="sort-indicator" aria-hidden="true">
                    {health.order === null ? '↕' : health.order === 'desc' ? '▼' : '▲'}
                  </span>
                </button>
              </th>
            ) : null}
            {isShown('tier') ? header('tier', t('performance.portfolio.columns.tier')) : null}
            {isShown('revenue12m')
              ? header(
                  'revenue12m',
                  t('performance.portfolio.revenueIn', { currency: reporting }),
                  t('performance.portfolio.revenueHeaderTitle', { currency: reporting }),
                )
              : null}
            {shownKpis.map((key) =>
              header(key, t(`performance.short.${key}`), t(`performance.kpis.${key}`)),
            )}
          </tr>
          <tr className="median-row">
            <th scope="row" className="sticky-column">
              {t('performance.portfolio.median')}
            </th>
            {leadingShown ? <td colSpan={leadingShown} /> : null}
            {shownKpis.map((key) => (
              <td key={key} className="numeric">
                {kpiFormat.plain(kpiShapes[key].unit, portfolio.medians[key])}
              </td>
            ))}
          </tr>
        </thead>
        <tbody>
          {portfolio.items.map((row) => (
            <tr key={row.distributorId}>
              <th scope="row" className="sticky-column">
                <Link to={`/distributors/${row.distributorId}/scorecard`} className="strong">
                  {row.name}
                </Link>
              </th>
              {isShown('country') ? (
                <td title={format.country(row.country)}>{row.country}</td>
              ) : null}
              {isShown('stage') ? (
                <td>
                  {isLifecycleStage(row.lifecycleStage) ? (
                    <LifecycleBadge stage={row.lifecycleStage} />
                  ) : (
                    row.lifecycleStage
                  )}
                </td>
              ) : null}
              {isShown('health') ? (
                <td>
                  <HealthCell state={health.healthOf(row)} />
                </td>
              ) : null}
              {isShown('tier') ? (
                <td>{row.tier ? <span className="badge tier-badge">{row.tier}</span> : '—'}</td>
              ) : null}
              {isShown('revenue12m') ? <RevenueCell row={row} reporting={reporting} /> : null}
              {shownKpis.map((key) => {
                const { unit, lowerIsBetter } = kpiShapes[key];
                const value = row.kpis[key] ?? null;
                const level = compareLevel(value, portfolio.medians[key], unit, lowerIsBetter);
                if (level === null) {
                  return (
                    <td key={key} className="numeric heat heat-none">
                      {kpiFormat.plain(unit, value)}
                    </td>
                  );
                }
                return (
                  <td key={key} className={`numeric heat heat-${levelNames[level]}`}>
                    {kpiFormat.plain(unit, value)}
                    <span className="heat-mark" aria-hidden="true">
                      {marks[level]}
                    </span>
                    {level === 0 ? null : (
                      <span className="visually-hidden">, {levelWords[level]}</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/**
 * Revenue 12 m in the reporting currency, the distributor's own amount on hover. Without a rate
 * for one of its months, the own amount is shown instead, marked, with the months named.
 */
function RevenueCell({ row, reporting }: { row: PortfolioRowRecord; reporting: string }) {
  const { t } = useTranslation();
  const kpiFormat = useKpiFormat();
  const original = kpiFormat.money(row.revenue12m, row.currency);
  if (row.missingRates.length > 0) {
    const missing = t('performance.portfolio.rateMissing', {
      months: missingMonths(row.missingRates),
    });
    return (
      <td className="numeric rate-missing" title={missing}>
        {original}
        <span className="rate-missing-mark" aria-hidden="true">
          {' '}
          ⚠
        </span>
        <span className="visually-hidden">, {missing}</span>
      </td>
    );
  }
  if (row.revenue12mConverted === null || row.currency === reporting) {
    return <td className="numeric">{kpiFormat.money(row.revenue12mConverted, reporting)}</td>;
  }
  const title = t('performance.portfolio.revenueOriginal', { amount: original });
  return (
    <td className="numeric converted" title={title}>
      {kpiFormat.money(row.revenue12mConverted, reporting)}
      <span className="visually-hidden">, {title}</span>
    </td>
  );
}

/** "THB, 2026-09; THB, 2026-10", in the words the note and the cell share. */
export function missingMonths(missing: PortfolioRowRecord['missingRates']) {
  return missing.map((entry) => `${entry.currency}, ${entry.month}`).join('; ');
}

function kpiShapeOf(key: SortKey) {
  return key in kpiShapes ? kpiShapes[key as keyof typeof kpiShapes] : undefined;
}

/** The colour scale explained, with the marks that repeat it for those who cannot see colour. */
export function HeatLegend() {
  const { t } = useTranslation();
  const levels: Level[] = [-2, -1, 0, 1, 2];
  return (
    <div className="heat-legend">
      <span className="muted">{t('performance.portfolio.legend')}:</span>
      <ul>
        {levels.map((level) => (
          <li key={level} className={`heat heat-${levelNames[level]}`}>
            <span aria-hidden="true">{marks[level] || '='}</span>{' '}
            {t(`performance.levels.${levelNames[level]}`)}
          </li>
        ))}
        <li className="heat heat-none">— {t('performance.portfolio.legendNoValue')}</li>
      </ul>
    </div>
  );
}
