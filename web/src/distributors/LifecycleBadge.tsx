import { useTranslation } from 'react-i18next';
import type { DistributorStatusName, LifecycleStageName } from '../api/types.ts';

export function LifecycleBadge({ stage }: { stage: LifecycleStageName }) {
  const { t } = useTranslation();
  return <span className={`badge badge-stage-${stage}`}>{t(`lifecycle.${stage}`)}</span>;
}

export function StatusBadge({ status }: { status: DistributorStatusName }) {
  const { t } = useTranslation();
  if (status === 'active') return null;
  return <span className="badge badge-muted">{t(`status.${status}`)}</span>;
}
