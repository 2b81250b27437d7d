import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState, QueryStatus } from '../shell/States.tsx';
import { HealthBadge } from './HealthBadge.tsx';
import { useEarlyWarnings } from './use-warnings.ts';
import './warnings.css';

const SHOWN = 10;

/**
 * Today's "Needs attention" for principal staff: the distributors at risk or on watch today, worst
 * first, each with its first reason and a link to its page.
 */
export function NeedsAttentionPanel({ id }: { id: string }) {
  const { t } = useTranslation();
  const warnings = useEarlyWarnings();
  const flagged = warnings.data?.distributors ?? [];
  return (
    <section className="card section needs-attention" aria-labelledby={id}>
      <div className="card-header">
        <h2 id={id}>{t('warnings.today.title')}</h2>
        {flagged.length > 0 ? (
          <Link to="/early-warnings">
            {flagged.length > SHOWN
              ? t('warnings.today.all', { count: flagged.length })
              : t('warnings.today.open')}
          </Link>
        ) : null}
      </div>
      {warnings.isPending || warnings.isError ? (
        <QueryStatus query={warnings} />
      ) : flagged.length === 0 ? (
        <EmptyState title={t('warnings.empty')} />
      ) : (
        <ul className="attention-list">
          {flagged.slice(0, SHOWN).map((item) => {
            const first = item.signals[0];
            const more = item.signals.length - 1;
            return (
              <li key={item.distributorId} className={`attention attention-${item.state}`}>
                <div className="attention-name">
                  <Link to={`/distributors/${item.distributorId}`} className="strong">
                    {item.name}
                  </Link>{' '}
                  <HealthBadge state={item.state} />
                </div>
                {first ? (
                  <p className="attention-reason">
                    {first.reason}
                    {more > 0 ? (
                      <span className="muted"> {t('warnings.today.more', { count: more })}</span>
                    ) : null}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
