import { useTranslation } from 'react-i18next';
import type { HealthState, SignalRecord } from './use-warnings.ts';

/**
 * A distributor's health in one word. The shape before the word (CSS) repeats the colour, so
 * the state reads without colour too.
 */
export function HealthBadge({ state }: { state: HealthState }) {
  const { t } = useTranslation();
  return (
    <span className={`badge health-badge health-${state}`} title={t('warnings.stateTitle')}>
      {t(`warnings.state.${state}`)}
    </span>
  );
}

export function SeverityBadge({ severity }: { severity: SignalRecord['severity'] }) {
  const { t } = useTranslation();
  return (
    <span className={`badge severity-badge severity-${severity}`}>
      {t(`warnings.severity.${severity}`)}
    </span>
  );
}
