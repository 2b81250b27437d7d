import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ResponseBody } from '../api/client.ts';

type Figures = ResponseBody<'getScorecard'>['responsiveness'];

/** The scorecard's responsiveness KPI: the distributor's answers against the charter's time. */
export function ResponsivenessKpi({
  distributorId,
  figures,
}: {
  distributorId: string;
  figures: Figures;
}) {
  const { t } = useTranslation();
  const share = (value: number | null) => (value === null ? '—' : `${Math.round(value * 100)} %`);
  return (
    <section className="card section" aria-labelledby="responsiveness-kpi-heading">
      <h2 id="responsiveness-kpi-heading">{t('communication.kpi.title')}</h2>
      <p className="kpi-responsiveness-value">
        <strong>{share(figures.withinProtocol)}</strong>{' '}
        <span className="muted">{t('communication.kpi.target')}</span>
      </p>
      <p className="muted">
        {t('communication.kpi.detail', {
          median:
            figures.medianHours === null
              ? '—'
              : t('communication.responsiveness.hours', { count: figures.medianHours }),
          responses: figures.responses,
          overdue: figures.overdue,
          days: figures.days,
          principal: share(figures.principalWithinProtocol),
        })}
      </p>
      <Link to={`/distributors/${distributorId}/communication`}>{t('communication.kpi.open')}</Link>
    </section>
  );
}
