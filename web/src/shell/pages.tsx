import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet } from 'react-router';
import { isPrincipalAdmin, isPrincipalRole, useSession } from '../session/use-session.ts';
import { EmptyState } from './States.tsx';

/** Principal staff start on the directory; distributor staff on their own company (the portal). */
export function HomeRedirect() {
  const me = useSession();
  if (!isPrincipalRole(me.role) && me.distributorId) {
    return <Navigate to={`/distributors/${me.distributorId}`} replace />;
  }
  return <Navigate to="/distributors" replace />;
}

export function RequireAdmin() {
  const { t } = useTranslation();
  const me = useSession();
  if (!isPrincipalAdmin(me.role)) {
    return (
      <div className="page">
        <EmptyState title={t('problems.adminOnly')} />
      </div>
    );
  }
  return <Outlet />;
}

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <EmptyState title={t('problems.pageNotFound')}>
        <Link to="/">{t('actions.goHome')}</Link>
      </EmptyState>
    </div>
  );
}
