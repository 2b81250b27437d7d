import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useRouteError } from 'react-router';
import { isPrincipalAdmin, useSession } from '../session/use-session.ts';
import { EmptyState, ErrorState } from './States.tsx';

/** Everyone starts on Today: their own open action items and what is overdue. */
export function HomeRedirect() {
  return <Navigate to="/today" replace />;
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

/** A page that failed to render: say so plainly and offer a way back, never a blank screen. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  return (
    <div className="page">
      <ErrorState error={error} />
      <p className="state">
        <a href="/">{t('actions.goHome')}</a>
      </p>
    </div>
  );
}
