import { useTranslation } from 'react-i18next';
import { Link, useMatch } from 'react-router';
import { isPrincipalRole, useSession } from '../session/use-session.ts';
import { useCharterOverview, usePrincipalName } from './use-charter.ts';

/**
 * Across a distributor user's pages until their charter is signed: that it is not, what comes
 * next, and the way to it. Principal staff see each distributor's charter on its own page.
 */
export function CharterBanner() {
  const { t } = useTranslation();
  const me = useSession();
  const principal = usePrincipalName();
  const distributorId = !isPrincipalRole(me.role) ? (me.distributorId ?? '') : '';
  const overview = useCharterOverview(distributorId, distributorId !== '');
  const isOnCharterPage = useMatch('/distributors/:id/charter') !== null;
  if (!overview.data || overview.data.signedVersion !== null) return null;
  const working = overview.data.versions.find(
    (item) => item.version === overview.data.workingVersion,
  );
  const next = !working
    ? t('charter.banner.preparing')
    : working.status === 'agreed'
      ? t('charter.banner.agreed')
      : working.openPoints
        ? t('charter.banner.negotiationOpen', { count: working.openPoints })
        : t('charter.banner.negotiation');
  return (
    <aside className="charter-banner" aria-label={t('charter.banner.label')}>
      <p>
        <strong>{t('charter.banner.title', { principal })}</strong> {next}
      </p>
      {!isOnCharterPage ? (
        <Link className="button button-small" to={`/distributors/${distributorId}/charter`}>
          {t('charter.banner.open')}
        </Link>
      ) : null}
    </aside>
  );
}
