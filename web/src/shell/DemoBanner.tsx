// A warning on every page while the demo data is loaded: its companies are made up and its
// passwords are published, so nothing real belongs here.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { client, data } from '../api/client.ts';

export function DemoBanner() {
  const { t } = useTranslation();
  const instance = useQuery({
    queryKey: ['instance'],
    queryFn: () => data(client.GET('/api/v1/instance')),
    staleTime: Number.POSITIVE_INFINITY,
  });
  if (!instance.data?.demo) return null;
  return (
    <div className="demo-banner" role="note" aria-label={t('demo.label')}>
      <strong>{t('demo.title')}</strong> {t('demo.detail')}
    </div>
  );
}
