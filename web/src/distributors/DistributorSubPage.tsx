import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DistributorRecord } from '../api/types.ts';
import { QueryStatus } from '../shell/States.tsx';
import { usePageTitle } from '../shell/use-page-title.ts';
import { DistributorBreadcrumbs } from './DistributorBreadcrumbs.tsx';
import { useDistributor } from './use-distributors.ts';

/**
 * The frame of a distributor's sub-page (its plan, playbook, onboarding): the tab's title, the
 * breadcrumbs and the heading, written with the section's words (`<section>.title`, `.pageTitle`,
 * `.heading` and `.intro`, the last three given the distributor's name), the distributor's own
 * loading and error states, and below them what the page shows of it.
 */
export function DistributorSubPage({
  id,
  section,
  note,
  children,
}: {
  id: string;
  section: 'plan' | 'playbook' | 'onboarding' | 'evaluations' | 'evaluation';
  /** A line under the intro (who may change what). */
  note?: ReactNode;
  children: (distributor: DistributorRecord) => ReactNode;
}) {
  const { t } = useTranslation();
  const distributor = useDistributor(id);
  usePageTitle(
    distributor.data
      ? t(`${section}.pageTitle`, { name: distributor.data.name })
      : t(`${section}.title`),
  );
  if (distributor.isPending || distributor.isError) {
    return (
      <div className="page">
        <QueryStatus query={distributor} />
      </div>
    );
  }
  return (
    <div className="page">
      <DistributorBreadcrumbs distributor={distributor.data} current={t(`${section}.title`)} />
      <div className="page-header">
        <div>
          <h1>{t(`${section}.heading`, { name: distributor.data.name })}</h1>
          <p className="muted">{t(`${section}.intro`)}</p>
          {note}
        </div>
      </div>
      {children(distributor.data)}
    </div>
  );
}
