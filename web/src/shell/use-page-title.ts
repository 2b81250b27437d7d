import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** "Distributors · Liaison": each page names itself in the tab and for screen readers. */
export function usePageTitle(title: string | undefined) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = title ? `${title} · ${t('app.name')}` : t('app.name');
  }, [title, t]);
}
