import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { applyUserLocale } from '../app/i18n.ts';
import { ErrorState, LoadingState } from '../shell/States.tsx';
import { SessionContext, useMeQuery } from './use-session.ts';

/** Renders its children for a signed-in user; everyone else goes to the sign-in page. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const location = useLocation();
  const me = useMeQuery();
  const locale = me.data?.user.locale;
  useEffect(() => {
    if (locale) applyUserLocale(locale);
  }, [locale]);
  if (me.isPending) return <LoadingState label={t('app.loading')} />;
  if (me.isError) return <ErrorState error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) {
    const next = `${location.pathname}${location.search}`;
    const search = next === '/' ? '' : `?next=${encodeURIComponent(next)}`;
    return <Navigate to={`/sign-in${search}`} replace />;
  }
  return <SessionContext.Provider value={me.data}>{children}</SessionContext.Provider>;
}
