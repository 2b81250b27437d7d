import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DistributorRecord } from '../api/types.ts';
import { isPrincipalRole, useSession } from '../session/use-session.ts';

/** "Distributors / Saigon Motor Parts / <page>" on a distributor's sub-pages; a distributor's
 * own users, who have no directory, start at their company. A page below a sub-page (one meeting)
 * names that sub-page as its parent. */
export function DistributorBreadcrumbs({
  distributor,
  current,
  parent,
}: {
  distributor: DistributorRecord;
  current: string;
  parent?: { to: string; label: string };
}) {
  const { t } = useTranslation();
  const me = useSession();
  return (
    <nav className="breadcrumbs" aria-label={t('nav.breadcrumbs')}>
      {isPrincipalRole(me.role) ? (
        <>
          <Link to="/distributors">{t('distributors.title')}</Link>
          <span aria-hidden="true"> / </span>
        </>
      ) : null}
      <Link to={`/distributors/${distributor.id}`}>{distributor.name}</Link>
      <span aria-hidden="true"> / </span>
      {parent ? (
        <>
          <Link to={parent.to}>{parent.label}</Link>
          <span aria-hidden="true"> / </span>
        </>
      ) : null}
      <span aria-current="page">{current}</span>
    </nav>
  );
}
