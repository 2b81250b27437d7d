// A line chart of monthly values on uPlot (see docs/decisions.md): canvas drawing keeps dozens of
// 36-month series cheap. A canvas says nothing to a screen reader, so each chart is a figure named
// by its caption and described by a sentence of its figures and by the months table (its data).
import { useEffect, useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
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

const AXIS_FONT = '12px system-ui, -apple-system, "Segoe UI", sans-serif';
let measuring: CanvasRenderingContext2D | null = null;

/** The width the value axis needs for its longest label ("฿1,250,000"), so none is clipped. */
function labelWidth(labels: readonly (string | null)[]) {
  measuring ??= document.createElement('canvas').getContext('2d');
  if (!measuring) return 64;
  measuring.font = AXIS_FONT;
  const widest = Math.max(
    0,
    ...labels.map((text) => (text ? (measuring?.measureText(text).width ?? 0) : 0)),
  );
  // uPlot's tick (10 px) and gap (5 px), and a little air.
  return Math.ceil(widest) + 20;
}

/** The index of the latest month any series has a value for; the last month when none has. */
export function latestIndex(series: readonly ChartSeries[], length: number) {
  for (let index = length - 1; index >= 0; index--) {
    if (series.some((line) => line.values[index] !== null && line.values[index] !== undefined)) {
      return index;
    }
  }
  return length - 1;
}

export function TrendChart({
  title,
  periods,
  series,
  periodName,
  periodLabel,
  valueLabel,
  height = 180,
  dataTableId,
}: {
  title: string;
  periods: string[];
  series: ChartSeries[];
  /** What the legend calls the month under the cursor. */
  periodName: string;
  periodLabel: (period: string) => string;
  valueLabel: (value: number) => string;
  height?: number;
  /** The table that carries the chart's figures as text. */
  dataTableId?: string;
}) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const ids = { caption: useId(), summary: useId() };
  const summary = useMemo(() => {
    const main = series[0];
    const points = (main?.values ?? [])
      .map((value, index) => ({ value, period: periods[index] ?? '' }))
      .filter((point): point is { value: number; period: string } => point.value !== null);
    const last = points.at(-1);
    if (!main || !last) return t('performance.charts.noFigures', { series: main?.label ?? title });
    const highest = points.reduce((best, point) => (point.value > best.value ? point : best));
    const lowest = points.reduce((best, point) => (point.value < best.value ? point : best));
    return t('performance.charts.summary', {
      series: main.label,
      from: periodLabel(points[0]?.period ?? last.period),
      to: periodLabel(last.period),
      latest: valueLabel(last.value),
      highest: `${valueLabel(highest.value)} (${periodLabel(highest.period)})`,
      lowest: `${valueLabel(lowest.value)} (${periodLabel(lowest.period)})`,
    });
  }, [series, periods, periodLabel, valueLabel, t, title]);
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    // The x scale is the month's position, so no time zone can shift a month onto its neighbour.
    const positions = periods.map((_, index) => index);
    const label = (index: number) => {
      const period = periods[Math.round(index)];
      return period ? periodLabel(period) : '';
    };
    // Labels every 1, 3, 6 or 12 months, as many as fit, counted back from the latest month.
    const stepFor = (width: number) => {
      const fitting = Math.max(1, Math.floor((width - 70) / 80));
      return [1, 3, 6, 12].find((step) => periods.length / step <= fitting) ?? 12;
    };
    // Until someone points at a month, the legend shows the latest month with figures.
    const latest = latestIndex(series, periods.length);
    // A series with one figure (a distributor's first month) is drawn as a labelled point.
    const lone = series.map((line) => line.values.filter((value) => value !== null).length === 1);
    const chart = new uPlot(
      {
        width: Math.max(element.clientWidth, 200),
        height,
        scales: {
          x: { time: false, range: (_, min, max) => [min - 0.5, max + 0.5] },
          // From zero (or below, for a fall), so a flat line does not fill the chart as a slope.
          y: {
            range: (_, min, max) => {
              const lower = min < 0 ? min * 1.1 : 0;
              const upper = max > 0 ? max * 1.15 : lower < 0 ? 0 : 1;
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
            size: (_, values) => labelWidth(values ?? []),
            font: AXIS_FONT,
            grid: { stroke: '#e5e7eb' },
          },
        ],
        series: [
          { label: periodName, value: (_, index) => label(index) },
          ...series.map((line, index) => ({
            label: line.label,
            stroke: line.color,
            width: line.dash ? 1.5 : 2,
            ...(line.dash ? { dash: line.dash } : {}),
            ...(line.fill ? { fill: line.fill } : {}),
            points: { show: !line.dash || lone[index], size: lone[index] ? 10 : 4 },
            value: (_: uPlot, value: number | null) =>
              value === null || value === undefined ? '—' : valueLabel(value),
          })),
        ],
        cursor: { drag: { x: false, y: false } },
        hooks: {
          ready: [(self) => self.setLegend({ idx: latest })],
          setCursor: [
            (self) => {
              if (self.cursor.idx === null || self.cursor.idx === undefined) {
                self.setLegend({ idx: latest });
              }
            },
          ],
          // The lone figure's value, written above its point.
          draw: [
            (self) => {
              const ctx = self.ctx;
              series.forEach((line, index) => {
                if (!lone[index] || line.dash) return;
                const at = line.values.findIndex((value) => value !== null);
                const value = line.values[at];
                if (value === null || value === undefined) return;
                const x = self.valToPos(at, 'x', true);
                const y = self.valToPos(value, 'y', true);
                ctx.save();
                ctx.font = AXIS_FONT.replace('12px', `${Math.round(12 * devicePixelRatio)}px`);
                ctx.fillStyle = '#111827';
                ctx.textAlign = 'center';
                ctx.fillText(valueLabel(value), x, y - 10 * devicePixelRatio);
                ctx.restore();
              });
            },
          ],
        },
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
    <figure
      className="trend-chart"
      aria-labelledby={ids.caption}
      aria-describedby={[ids.summary, dataTableId].filter(Boolean).join(' ')}
    >
      <figcaption id={ids.caption}>{title}</figcaption>
      <p id={ids.summary} className="visually-hidden">
        {summary}
      </p>
      <div ref={container} className="trend-chart-canvas" />
    </figure>
  );
}
