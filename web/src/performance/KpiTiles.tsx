import { useTranslation } from 'react-i18next';
import { compareLevel, levelNames } from './kpi-format.ts';
import { useKpiFormat } from './use-kpi-format.ts';
import type { KpiRecord } from './use-performance.ts';

/**
 * One tile per KPI: its current value, its target where it has one, the portfolio median for the
 * principal, and a colour with words ("above the target") so colour is never the only cue.
 */
export function KpiTiles({ kpis }: { kpis: KpiRecord[] }) {
  const { t } = useTranslation();
  return (
    <section className="card section" aria-labelledby="kpi-tiles-heading">
      <h2 id="kpi-tiles-heading">{t('performance.scorecard.kpisTitle')}</h2>
      <div className="kpi-tiles">
        {kpis.map((kpi) => (
          <KpiTile key={kpi.key} kpi={kpi} />
        ))}
      </div>
    </section>
  );
}

function KpiTile({ kpi }: { kpi: KpiRecord }) {
  const { t } = useTranslation();
  const format = useKpiFormat();
  const headingId = `kpi-${kpi.key}`;
  // The target decides the colour where there is one; otherwise the portfolio median does.
  const reference = kpi.target ?? kpi.portfolioMedian;
  const level = compareLevel(kpi.value, reference, kpi.unit, kpi.lowerIsBetter);
  const levelName = level === null ? null : levelNames[level];
  return (
    <section
      className={`kpi-tile${levelName ? ` heat-${levelName}` : ''}`}
      aria-labelledby={headingId}
    >
      <h3 id={headingId}>{t(`performance.kpis.${kpi.key}`)}</h3>
      <p className="kpi-value">
        {kpi.value === null ? (
          <span className="muted">{t('performance.scorecard.noValue')}</span>
        ) : (
          format.full(kpi.unit, kpi.value)
        )}
      </p>
      {kpi.target !== null ? (
        <p className="kpi-line">
          {t(
            kpi.key === 'weeksOfCover'
              ? 'performance.scorecard.commitment'
              : 'performance.scorecard.target',
            { value: format.full(kpi.unit, kpi.target) },
          )}
        </p>
      ) : null}
      {kpi.portfolioMedian !== null ? (
        <p className="kpi-line">
          {t('performance.scorecard.median', { value: format.full(kpi.unit, kpi.portfolioMedian) })}
        </p>
      ) : null}
      {levelName ? (
        <p className="kpi-line kpi-verdict">
          {t(
            levelName === 'near'
              ? 'performance.scorecard.versusNear'
              : 'performance.scorecard.versus',
            {
              level: t(`performance.levels.${levelName}`),
              reference: t(
                kpi.target !== null
                  ? 'performance.scorecard.referenceTarget'
                  : 'performance.scorecard.referenceMedian',
              ),
            },
          )}
        </p>
      ) : null}
      <p className="kpi-hint">{t(`performance.hints.${kpi.key}`)}</p>
    </section>
  );
}
