import { useTranslation } from 'react-i18next';
import type { DistributorRecord } from '../api/types.ts';
import { usePageTitle } from '../shell/use-page-title.ts';
import { DistributorBreadcrumbs } from './DistributorBreadcrumbs.tsx';

/**
 * Breadcrumbs, title and introduction of a distributor's sub-page, from the page's messages:
 * `<messages>.pageTitle`, `.title`, `.heading` and `.intro`.
 */
export function DistributorPageHeader({
  distributor,
  messages,
}: {
  distributor: DistributorRecord;
  messages: 'cadence' | 'reports';
}) {
  const { t } = useTranslation();
  usePageTitle(t(`${messages}.pageTitle`, { name: distributor.name }));
  return (
    <>
      <DistributorBreadcrumbs distributor={distributor} current={t(`${messages}.title`)} />
      <div className="page-header">
        <div>
          <h1>{t(`${messages}.heading`, { name: distributor.name })}</h1>
          <p className="muted">{t(`${messages}.intro`)}</p>
        </div>
      </div>
    </>
  );
}
