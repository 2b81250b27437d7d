import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../format/use-format.ts';
import { calendarDate } from '../reports/report-format.ts';
import { QueryStatus } from '../shell/States.tsx';
import { HealthBadge } from './HealthBadge.tsx';
import { HealthTrend } from './HealthTrend.tsx';
import { SignalList } from './SignalList.tsx';
import { useDistributorHealth } from './use-warnings.ts';
import './warnings.css';

/**
 * A distributor's health on its page: the state today with its reasons and evidence, and how it
 * moved. The caller shows it to principal staff only; the API refuses anyone else.
 */
export function HealthPanel({ distributorId }: { distributorId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const health = useDistributorHealth(distributorId);
  return (
    <section className="card section health-panel" aria-labelledby="health-heading">
      <div className="card-header">
        <h2 id="health-heading">
          {t('warnings.health.title')}{' '}
          {health.data ? <HealthBadge state={health.data.state} /> : null}
        </h2>
        <Link to="/early-warnings">{t('warnings.health.all')}</Link>
      </div>
      {health.isPending || health.isError ? (
        <QueryStatus query={health} />
      ) : (
        <>
          <p className="muted">
            {t('warnings.health.assessedOn', {
              date: calendarDate(health.data.asOf, format.locale),
            })}
          </p>
          {health.data.signals.length > 0 ? (
            <SignalList signals={health.data.signals} />
          ) : (
            <p>{t('warnings.health.noSignal')}</p>
          )}
          <h3>{t('warnings.health.trend')}</h3>
          <HealthTrend health={health.data} />
        </>
      )}
    </section>
  );
}
