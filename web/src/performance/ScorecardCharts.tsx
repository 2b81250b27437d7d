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

export function ScorecardCharts({ scorecard }: { scorecard: ScorecardRecord }) {
  const { t } = useTranslation();
  const format = useKpiFormat();
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
        />
      ) : (
        <p className="muted">{t('orders.scorecard.none')}</p>
      )}
      {charted.length === 0 ? (
        <p className="muted">{t('performance.scorecard.noTrend')}</p>
      ) : (
        <div className="trend-grid">
          {charted.map((kpi) => (
            <KpiChart key={kpi.key} kpi={kpi} periods={periods} />
          ))}
        </div>
      )}
    </section>
  );
}

function KpiChart({ kpi, periods }: { kpi: KpiRecord; periods: string[] }) {
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
    />
  );
}
