// A line chart of monthly values on uPlot (see docs/decisions.md): canvas drawing keeps dozens of
// 36-month series cheap, and the months table beside the charts carries the same figures as text.
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export type ChartSeries = {
  label: string;
  values: (number | null)[];
  color: string;
  /** Reference lines (target, median) are dashed so they differ from the data by more than hue. */
  dash?: number[];
  fill?: string;
};

export function TrendChart({
  title,
  periods,
  series,
  periodName,
  periodLabel,
  valueLabel,
  height = 180,
}: {
  title: string;
  periods: string[];
  series: ChartSeries[];
  /** What the legend calls the month under the cursor. */
  periodName: string;
  periodLabel: (period: string) => string;
  valueLabel: (value: number) => string;
  height?: number;
}) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    // The x scale is the month's position, so no time zone can shift a month onto its neighbour.
    const positions = periods.map((_, index) => index);
    const label = (index: number) => {
      const period = periods[Math.round(index)];
      return period ? periodLabel(period) : '';
    };
    // Labels every 3, 6 or 12 months, as many as fit, counted back from the latest month.
    const stepFor = (width: number) => {
      const fitting = Math.max(1, Math.floor((width - 70) / 80));
      return [3, 6, 12].find((step) => periods.length / step <= fitting) ?? 12;
    };
    const chart = new uPlot(
      {
        width: Math.max(element.clientWidth, 200),
        height,
        scales: {
          x: { time: false },
          // From zero (or below, for a fall), so a flat line does not fill the chart as a slope.
          y: {
            range: (_, min, max) => {
              const lower = min < 0 ? min * 1.1 : 0;
              const upper = max > 0 ? max * 1.1 : lower < 0 ? 0 : 1;
              return [lower, upper];
            },
          },
        },
        axes: [
          {
            splits: (self) => {
              const step = stepFor(self.width);
              return positions.filter((index) => (periods.length - 1 - index) % step === 0);
            },
            values: (_, splits) => splits.map(label),
            grid: { show: false },
          },
          {
            values: (_, splits) => splits.map(valueLabel),
            size: 64,
            grid: { stroke: '#e5e7eb' },
          },
        ],
        series: [
          { label: periodName, value: (_, index) => label(index) },
          ...series.map((line) => ({
            label: line.label,
            stroke: line.color,
            width: line.dash ? 1.5 : 2,
            ...(line.dash ? { dash: line.dash } : {}),
            ...(line.fill ? { fill: line.fill } : {}),
            points: { show: !line.dash, size: 4 },
            value: (_: uPlot, value: number | null) =>
              value === null || value === undefined ? '—' : valueLabel(value),
          })),
        ],
        cursor: { drag: { x: false, y: false } },
      },
      [positions, ...series.map((line) => line.values)],
      element,
    );
    const resize = new ResizeObserver(() => {
      chart.setSize({ width: Math.max(element.clientWidth, 200), height });
    });
    resize.observe(element);
    return () => {
      resize.disconnect();
      chart.destroy();
    };
  }, [periods, series, periodName, periodLabel, valueLabel, height]);
  return (
    <figure className="trend-chart">
      <figcaption>{title}</figcaption>
      <div ref={container} className="trend-chart-canvas" />
    </figure>
  );
}
