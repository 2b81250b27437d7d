import { useTranslation } from 'react-i18next';
import type {
  DistributorStatusName,
  LifecycleStageName,
  RelationshipStatusName,
} from '../api/types.ts';

export function LifecycleBadge({ stage }: { stage: LifecycleStageName }) {
  const { t } = useTranslation();
  return <span className={`badge badge-stage-${stage}`}>{t(`lifecycle.${stage}`)}</span>;
}

/** The status both sides see: the principal's stage without its own worry (at risk). */
export function RelationshipBadge({ status }: { status: RelationshipStatusName }) {
  const { t } = useTranslation();
  return <span className={`badge badge-stage-${status}`}>{t(`relationship.${status}`)}</span>;
}

/** The principal's stage where the answer carries it, else the shared status. */
export function StageOrStatusBadge({
  stage,
  status,
}: {
  stage: LifecycleStageName | null;
  status: RelationshipStatusName;
}) {
  return stage ? <LifecycleBadge stage={stage} /> : <RelationshipBadge status={status} />;
}

export function StatusBadge({ status }: { status: DistributorStatusName }) {
  const { t } = useTranslation();
  if (status === 'active') return null;
  return <span className="badge badge-muted">{t(`status.${status}`)}</span>;
}
