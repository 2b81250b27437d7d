// A warning on every page while the demo data is loaded: its companies are made up and its
// passwords are published, so nothing real belongs here.
import { useTranslation } from 'react-i18next';
import { useInstance } from './use-instance.ts';

export function DemoBanner() {
  const { t } = useTranslation();
  const instance = useInstance();
  if (!instance.data?.demo) return null;
  return (
    <div className="demo-banner" role="note" aria-label={t('demo.label')}>
      <strong>{t('demo.title')}</strong> {t('demo.detail')}
    </div>
  );
}
