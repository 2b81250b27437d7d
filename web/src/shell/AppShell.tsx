import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useNavigation } from 'react-router';
import { CharterBanner } from '../charter/CharterBanner.tsx';
import {
  canManageDistributors,
  isPrincipalAdmin,
  isPrincipalRole,
  useSession,
} from '../session/use-session.ts';
import { DemoBanner } from './DemoBanner.tsx';
import { TopBar } from './TopBar.tsx';

export function AppShell() {
  const { t } = useTranslation();
  const [isNavOpen, setNavOpen] = useState(false);
  // On a tablet the navigation slides over the page; Escape or a tap beside it closes it.
  useEffect(() => {
    if (!isNavOpen) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setNavOpen(false);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [isNavOpen]);
  const isNavigating = useNavigation().state === 'loading';
  return (
    <div className={`shell${isNavOpen ? ' shell-nav-open' : ''}`}>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <TopBar onToggleNav={() => setNavOpen((open) => !open)} isNavOpen={isNavOpen} />
      <SideNav onNavigate={() => setNavOpen(false)} />
      {isNavOpen ? (
        <button
          type="button"
          className="nav-backdrop"
          tabIndex={-1}
          aria-label={t('nav.close')}
          onClick={() => setNavOpen(false)}
        />
      ) : null}
      {/* While the next page's code or data loads, the page being left says so (shell.css). */}
      <main id="main" className="main" tabIndex={-1} aria-busy={isNavigating}>
        <DemoBanner />
        <CharterBanner />
        <Outlet />
      </main>
    </div>
  );
}

function SideNav({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const me = useSession();
  const isPrincipal = isPrincipalRole(me.role);
  const linkClass = ({ isActive }: { isActive: boolean }) =>
    `nav-item${isActive ? ' nav-item-active' : ''}`;
  return (
    <nav className="sidenav" aria-label={t('nav.label')}>
      <ul>
        <li>
          <NavLink to="/today" className={linkClass} onClick={onNavigate}>
            {t('nav.today')}
          </NavLink>
        </li>
        <li>
          {isPrincipal || !me.distributorId ? (
            <NavLink to="/distributors" className={linkClass} onClick={onNavigate}>
              {t('nav.distributors')}
            </NavLink>
          ) : (
            <NavLink
              to={`/distributors/${me.distributorId}`}
              end
              className={linkClass}
              onClick={onNavigate}
            >
              {t('nav.myCompany')}
            </NavLink>
          )}
        </li>
        {/* Principal staff open each distributor's charter from its page. */}
        {!isPrincipal && me.distributorId ? (
          <li>
            <NavLink
              to={`/distributors/${me.distributorId}/charter`}
              className={linkClass}
              onClick={onNavigate}
            >
              {t('nav.charter')}
            </NavLink>
          </li>
        ) : null}
        {!isPrincipal && me.distributorId ? (
          <li>
            <NavLink
              to={`/distributors/${me.distributorId}/meetings`}
              className={linkClass}
              onClick={onNavigate}
            >
              {t('nav.meetings')}
            </NavLink>
          </li>
        ) : null}
        {/* Principal staff open each distributor's reports from its page. */}
        {!isPrincipal && me.distributorId ? (
          <li>
            <NavLink
              to={`/distributors/${me.distributorId}/reports`}
              className={linkClass}
              onClick={onNavigate}
            >
              {t('nav.reports')}
            </NavLink>
          </li>
        ) : null}
        {/* Principal staff compare every distributor on the portfolio; a distributor's users
            see their own scorecard. */}
        {isPrincipal ? (
          <li>
            <NavLink to="/portfolio" className={linkClass} onClick={onNavigate}>
              {t('performance.portfolioNav')}
            </NavLink>
          </li>
        ) : me.distributorId ? (
          <li>
            <NavLink
              to={`/distributors/${me.distributorId}/scorecard`}
              className={linkClass}
              onClick={onNavigate}
            >
              {t('nav.performance')}
            </NavLink>
          </li>
        ) : null}
        {isPrincipal ? (
          <li>
            <NavLink to="/playbook" className={linkClass} onClick={onNavigate}>
              {t('playbook.portfolio.nav')}
            </NavLink>
          </li>
        ) : null}
        <li>
          <NavLink
            to={
              isPrincipal || !me.distributorId
                ? '/communication'
                : `/distributors/${me.distributorId}/communication`
            }
            className={linkClass}
            onClick={onNavigate}
          >
            {t('communication.nav')}
          </NavLink>
        </li>
        <li>
          <NavLink to="/library" className={linkClass} onClick={onNavigate}>
            {t('library.nav')}
          </NavLink>
        </li>
        {isPrincipal ? (
          <li>
            <NavLink to="/early-warnings" className={linkClass} onClick={onNavigate}>
              {t('warnings.nav')}
            </NavLink>
          </li>
        ) : null}
        {/* Principal staff open each distributor's meetings from its page, and find the
            portfolio's overdue action items on Today. */}
      </ul>
      {isPrincipalRole(me.role) ? (
        <>
          <h2 className="nav-heading">{t('nav.administration')}</h2>
          <ul>
            <li>
              <NavLink to="/product-lines" className={linkClass} onClick={onNavigate}>
                {t('productLines.nav')}
              </NavLink>
            </li>
            {canManageDistributors(me.role) ? (
              <li>
                <NavLink to="/imports" className={linkClass} onClick={onNavigate}>
                  {t('imports.nav')}
                </NavLink>
              </li>
            ) : null}
            {isPrincipalAdmin(me.role) ? (
              <>
                <li>
                  <NavLink to="/admin/members" className={linkClass} onClick={onNavigate}>
                    {t('nav.members')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/admin/audit-log" className={linkClass} onClick={onNavigate}>
                    {t('nav.auditLog')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/admin/outbox" className={linkClass} onClick={onNavigate}>
                    {t('nav.outbox')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/admin/webhooks" className={linkClass} onClick={onNavigate}>
                    {t('webhooks.nav')}
                  </NavLink>
                </li>
              </>
            ) : null}
          </ul>
        </>
      ) : null}
      <h2 className="nav-heading">{t('nav.settings')}</h2>
      <ul>
        <li>
          <NavLink to="/settings/tokens" className={linkClass} onClick={onNavigate}>
            {t('nav.tokens')}
          </NavLink>
        </li>
        <li>
          <NavLink to="/notifications" className={linkClass} onClick={onNavigate}>
            {t('notifications.title')}
          </NavLink>
        </li>
        {isPrincipalRole(me.role) ? (
          <li>
            <NavLink to="/settings/exchange-rates" className={linkClass} onClick={onNavigate}>
              {t('exchangeRates.nav')}
            </NavLink>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
