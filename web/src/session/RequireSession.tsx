import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { applyUserLocale, showsLocale } from '../app/i18n.ts';
import { ErrorState, LoadingState } from '../shell/States.tsx';
import { SessionContext, useMeQuery } from './use-session.ts';

const securityPath = '/settings/security';

/** Renders its children for a signed-in user; everyone else goes to the sign-in page. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const location = useLocation();
  const me = useMeQuery();
  const locale = me.data?.user.locale;
  // The first page waits for the user's language; a later change (the top bar's language menu)
  // re-renders the page in place, so nothing typed is lost.
  const [hasShownPage, setHasShownPage] = useState(false);
  useEffect(() => {
    if (locale) void applyUserLocale(locale).then(() => setHasShownPage(true));
  }, [locale]);
  if (me.isPending || (locale && !hasShownPage && !showsLocale(locale))) {
    return <LoadingState label={t('app.loading')} />;
  }
  if (me.isError) return <ErrorState error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) {
    const next = `${location.pathname}${location.search}`;
    const search = next === '/' ? '' : `?next=${encodeURIComponent(next)}`;
    return <Navigate to={`/sign-in${search}`} replace />;
  }
  // The workspace requires a second factor this person has not set up: that comes first.
  if (me.data.mustEnrolTwoFactor && location.pathname !== securityPath) {
    return <Navigate to={securityPath} replace />;
  }
  return <SessionContext.Provider value={me.data}>{children}</SessionContext.Provider>;
}
