// Loaded on its own (React.lazy in ScorecardPage): the chart library is fetched only by the pages
// that draw charts, never by the portfolio or the rest of the app.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartSeries } from './TrendChart.tsx';
import { TrendChart } from './TrendChart.tsx';
import { useKpiFormat } from './use-kpi-format.ts';
import type { KpiRecord, ScorecardRecord } from './use-performance.ts';

const colors = {
  value: '#1d4ed8',
  fill: 'rgba(29, 78, 216, 0.08)',
  target: '#374151',
  median: '#b45309',
};

/** The shortest axis drawn: a distributor with two months of figures still gets half a year. */
export const MIN_MONTHS = 6;

/**
 * The scorecard from the first month with figures on (and at least the last MIN_MONTHS), so a
 * distributor with three months of reports is not drawn against a 36-month axis.
 */
export function trimmedScorecard(scorecard: ScorecardRecord): ScorecardRecord {
  const length = scorecard.months.length;
  const hasData = (index: number) => {
    const month = scorecard.months[index];
    return (
      Boolean(month?.reported) ||
      month?.revenue != null ||
      month?.orderValue != null ||
      scorecard.kpis.some((kpi) => kpi.trend[index]?.value != null)
    );
  };
  let first = 0;
  while (first < length && !hasData(first)) first++;
  const start = Math.max(0, Math.min(first, length - MIN_MONTHS));
  if (start === 0) return scorecard;
  return {
    ...scorecard,
    months: scorecard.months.slice(start),
    kpis: scorecard.kpis.map((kpi) => ({ ...kpi, trend: kpi.trend.slice(start) })),
  };
}

export function ScorecardCharts({
  scorecard: full,
  dataTableId,
}: {
  scorecard: ScorecardRecord;
  /** The months table, which carries the charts' figures as text. */
  dataTableId?: string;
}) {
  const { t } = useTranslation();
  const format = useKpiFormat();
  const scorecard = useMemo(() => trimmedScorecard(full), [full]);
  const periods = useMemo(() => scorecard.months.map((month) => month.period), [scorecard]);
  const revenueSeries = useMemo<ChartSeries[]>(
    () => [
      {
        label: t('performance.scorecard.revenue'),
        values: scorecard.months.map((month) => month.revenue),
        color: colors.value,
        fill: colors.fill,
      },
      {
        label: t('performance.scorecard.targetRevenue'),
        values: scorecard.months.map((month) => month.targetRevenue),
        color: colors.target,
        dash: [6, 4],
      },
    ],
    [scorecard, t],
  );
  const money = useMemo(
    () => (value: number) => format.money(value, scorecard.currency),
    [format, scorecard.currency],
  );
  const orderSeries = useMemo<ChartSeries[]>(
    () => [
      {
        label: t('orders.scorecard.netValue'),
        values: scorecard.months.map((month) => month.orderValue),
        color: colors.value,
        fill: colors.fill,
      },
    ],
    [scorecard, t],
  );
  const orderMoney = useMemo(
    () => (value: number) => format.money(value, scorecard.orderCurrency ?? scorecard.currency),
    [format, scorecard.orderCurrency, scorecard.currency],
  );
  const hasOrders = scorecard.months.some((month) => month.orderValue !== null);
  // Discipline KPIs (meetings, notes, actions) have no monthly reading; they show as tiles only.
  const charted = scorecard.kpis.filter((kpi) => kpi.trend.some((point) => point.value !== null));
  return (
    <section className="card section" aria-labelledby="trends-heading">
      <h2 id="trends-heading">{t('performance.scorecard.trendsTitle')}</h2>
      <TrendChart
        title={t('performance.scorecard.revenueChart')}
        periods={periods}
        series={revenueSeries}
        periodName={t('performance.scorecard.period')}
        periodLabel={format.period}
        valueLabel={money}
        height={240}
        dataTableId={dataTableId}
      />
      {hasOrders ? (
        <TrendChart
          title={t('orders.scorecard.chart', {
            currency: scorecard.orderCurrency ?? scorecard.currency,
          })}
          periods={periods}
          series={orderSeries}
          periodName={t('performance.scorecard.period')}
          periodLabel={format.period}
          valueLabel={orderMoney}
          height={200}
          dataTableId={dataTableId}
        />
      ) : (
        <p className="muted">{t('orders.scorecard.none')}</p>
      )}
      {charted.length === 0 ? (
        <p className="muted">{t('performance.scorecard.noTrend')}</p>
      ) : (
        <div className="trend-grid">
          {charted.map((kpi) => (
            <KpiChart key={kpi.key} kpi={kpi} periods={periods} dataTableId={dataTableId} />
          ))}
        </div>
      )}
    </section>
  );
}

function KpiChart({
  kpi,
  periods,
  dataTableId,
}: {
  kpi: KpiRecord;
  periods: string[];
  dataTableId: string | undefined;
}) {
  const { t } = useTranslation();
  const format = useKpiFormat();
  const series = useMemo<ChartSeries[]>(() => {
    const flat = (value: number) => kpi.trend.map(() => value);
    return [
      {
        label: t(`performance.kpis.${kpi.key}`),
        values: kpi.trend.map((point) => point.value),
        color: colors.value,
      },
      ...(kpi.target !== null
        ? [
            {
              label: t('performance.scorecard.targetLine'),
              values: flat(kpi.target),
              color: colors.target,
              dash: [6, 4],
            },
          ]
        : []),
      ...(kpi.portfolioMedian !== null
        ? [
            {
              label: t('performance.scorecard.medianLine'),
              values: flat(kpi.portfolioMedian),
              color: colors.median,
              dash: [2, 3],
            },
          ]
        : []),
    ];
  }, [kpi, t]);
  const valueLabel = useMemo(() => (value: number) => format.plain(kpi.unit, value), [format, kpi]);
  return (
    <TrendChart
      title={t(`performance.kpis.${kpi.key}`)}
      periods={periods}
      series={series}
      periodName={t('performance.scorecard.period')}
      periodLabel={format.period}
      valueLabel={valueLabel}
      dataTableId={dataTableId}
    />
  );
}
