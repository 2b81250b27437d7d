// The audit log's hash chain, recomputed when the page opens: intact with how many entries were
// verified and when the chain was last sealed, or the first problem found, in plain words.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { client, data } from '../api/client.ts';
import { useFormat } from '../format/use-format.ts';

export function AuditChainStatus() {
  const { t } = useTranslation();
  const format = useFormat();
  const chain = useQuery({
    queryKey: ['audit-log', 'chain'],
    queryFn: () => data(client.GET('/api/v1/audit-log/chain')),
  });
  if (chain.isPending) {
    return (
      <p className="muted" role="status">
        {t('audit.chain.checking')}
      </p>
    );
  }
  if (chain.isError) return null;
  const { problem, verifiedEntries, head } = chain.data;
  if (!problem) {
    return (
      <p className="alert alert-success" role="status">
        {t('audit.chain.intact', { count: verifiedEntries })}{' '}
        {head ? t('audit.chain.sealed', { when: format.dateTime(head.sealedAt) }) : null}
      </p>
    );
  }
  const detail =
    problem.kind === 'unsealed'
      ? t('audit.chain.unsealed', { count: problem.count })
      : t(`audit.chain.${problem.kind}`, { seq: problem.seq });
  return (
    <div className="alert alert-error" role="alert">
      <p className="strong">{t('audit.chain.broken')}</p>
      <p>{detail}</p>
    </div>
  );
}
