// A distributor's health over time: the recorded changes of state as a step chart on uPlot (the
// charting library the scorecard uses, see docs/decisions.md), with the same changes listed as
// text beside it for screen readers and for the exact dates.
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { useFormat } from '../format/use-format.ts';
import { calendarDate } from '../reports/report-format.ts';
import { HealthBadge } from './HealthBadge.tsx';
import type { HealthRecord, HealthState } from './use-warnings.ts';

/** Up is worse: the line climbs when a relationship needs more attention. */
const levelOf: Record<HealthState, number> = { healthy: 0, watch: 1, at_risk: 2 };
const stateOfLevel: HealthState[] = ['healthy', 'watch', 'at_risk'];

type Point = { asOf: string; state: HealthState };

/** Seconds since 1970 at the start of a UTC day: the chart's x. */
const secondsOf = (day: string) => Date.parse(`${day}T00:00:00Z`) / 1000;

export function HealthTrend({ health }: { health: HealthRecord }) {
  const { t } = useTranslation();
  const format = useFormat();
  // Oldest first, ending on today's state, which the hourly job may not have recorded yet.
  const points = useMemo<Point[]>(() => {
    const recorded = [...health.history]
      .map(({ asOf, state }) => ({ asOf, state }))
      .sort((a, b) => a.asOf.localeCompare(b.asOf));
    const last = recorded.at(-1);
    if (!last || last.asOf < health.asOf) recorded.push({ asOf: health.asOf, state: health.state });
    return recorded;
  }, [health]);

  const stateLabel = useCallback((state: HealthState) => t(`warnings.state.${state}`), [t]);
  const dayLabel = useCallback(
    (seconds: number) =>
      new Intl.DateTimeFormat(format.locale, {
        day: 'numeric',
        month: 'short',
        timeZone: 'UTC',
      }).format(seconds * 1000),
    [format.locale],
  );

  if (health.history.length === 0) {
    return <p className="muted">{t('warnings.health.noHistory')}</p>;
  }
  return (
    <div className="health-trend">
      <StepChart
        points={points}
        title={t('warnings.health.trendCaption', {
          from: calendarDate(points[0]?.asOf ?? health.asOf, format.locale),
          to: calendarDate(health.asOf, format.locale),
        })}
        stateLabel={stateLabel}
        dayLabel={dayLabel}
        seriesLabel={t('warnings.health.title')}
        dayName={t('warnings.health.day')}
      />
      <h3 className="health-changes-heading">{t('warnings.health.changes')}</h3>
      <div className="health-changes-scroll">
        <ol className="timeline health-changes">
          {health.history.map((row) => (
            <li key={row.asOf}>
              <span className="strong">{calendarDate(row.asOf, format.locale)}</span>{' '}
              <HealthBadge state={row.state} />
              {row.reasons.length > 0 ? (
                <p className="timeline-meta">
                  {row.reasons.map((signal) => signal.reason).join(' ')}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}

function StepChart({
  points,
  title,
  stateLabel,
  dayLabel,
  seriesLabel,
  dayName,
}: {
  points: Point[];
  title: string;
  stateLabel: (state: HealthState) => string;
  dayLabel: (seconds: number) => string;
  seriesLabel: string;
  dayName: string;
}) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const xs = points.map((point) => secondsOf(point.asOf));
    const ys = points.map((point) => levelOf[point.state]);
    const height = 140;
    const chart = new uPlot(
      {
        width: Math.max(element.clientWidth, 200),
        height,
        legend: { show: true },
        scales: {
          x: { time: true },
          y: { range: [-0.3, 2.3] },
        },
        axes: [
          { values: (_, splits) => splits.map(dayLabel), grid: { show: false } },
          {
            splits: () => [0, 1, 2],
            values: (_, splits) =>
              splits.map((level) => stateLabel(stateOfLevel[level] ?? 'healthy')),
            size: 70,
            grid: { stroke: '#e5e7eb' },
          },
        ],
        series: [
          { label: dayName, value: (_, seconds) => (seconds === null ? '—' : dayLabel(seconds)) },
          {
            label: seriesLabel,
            stroke: '#374151',
            width: 2,
            ...(uPlot.paths.stepped ? { paths: uPlot.paths.stepped({ align: 1 }) } : {}),
            points: { show: true, size: 7, fill: '#ffffff' },
            value: (_, level) =>
              level === null ? '—' : stateLabel(stateOfLevel[level] ?? 'healthy'),
          },
        ],
        cursor: { drag: { x: false, y: false } },
      },
      [xs, ys],
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
  }, [points, stateLabel, dayLabel, seriesLabel, dayName]);
  return (
    <figure className="trend-chart health-chart">
      <figcaption>{title}</figcaption>
      <div ref={container} className="trend-chart-canvas" aria-hidden="true" />
    </figure>
  );
}
