import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  catalogueLanguage,
  languageTags,
  type ShippedLanguage,
  shippedLanguages,
} from '../../../src/platform/languages.ts';
import { applyUserLocale } from '../app/i18n.ts';
import { HelpLink } from '../help/HelpLink.tsx';
import { NotificationBell } from '../notifications/NotificationBell.tsx';
import { GlobalSearch } from '../search/GlobalSearch.tsx';
import {
  useSession,
  useSignOut,
  useSwitchWorkspace,
  useUpdateProfile,
} from '../session/use-session.ts';
import { ProfileDialog } from './ProfileDialog.tsx';

export function TopBar({
  onToggleNav,
  isNavOpen,
}: {
  onToggleNav: () => void;
  isNavOpen: boolean;
}) {
  const { t } = useTranslation();
  return (
    <header className="topbar">
      <button
        type="button"
        className="button-icon nav-toggle"
        aria-expanded={isNavOpen}
        aria-label={t('nav.toggle')}
        onClick={onToggleNav}
      >
        ☰
      </button>
      <a className="brand" href="/">
        {t('app.name')}
      </a>
      <WorkspaceSwitcher />
      <GlobalSearch />
      <div className="topbar-spacer" />
      <HelpLink />
      <LanguageMenu />
      <NotificationBell />
      <UserMenu />
    </header>
  );
}

function WorkspaceSwitcher() {
  const { t } = useTranslation();
  const me = useSession();
  const navigate = useNavigate();
  const switchWorkspace = useSwitchWorkspace();
  const id = useId();
  const current = me.workspaces.find((workspace) => workspace.workspaceId === me.workspaceId);
  if (me.workspaces.length <= 1) {
    return <span className="workspace-name">{current?.workspaceName}</span>;
  }
  return (
    <div className="workspace-switcher">
      <label htmlFor={id} className="visually-hidden">
        {t('shell.workspace')}
      </label>
      <select
        id={id}
        value={me.workspaceId}
        disabled={switchWorkspace.isPending}
        onChange={(event) =>
          switchWorkspace.mutate(event.target.value, { onSuccess: () => navigate('/') })
        }
      >
        {me.workspaces.map((workspace) => (
          <option key={workspace.workspaceId} value={workspace.workspaceId}>
            {workspace.workspaceName}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Each shipped language, named in itself ("Tiếng Việt", "ไทย"), so anyone finds their own. */
const languageNames = Object.fromEntries(
  shippedLanguages.map((language) => {
    const tag = languageTags[language];
    return [language, new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag];
  }),
) as Record<ShippedLanguage, string>;

/**
 * The interface language, saved to the profile; the page stays where it is and re-renders in the
 * new language. A locale with a region ("en-GB", "vi-VN") keeps it while its language is chosen.
 */
function LanguageMenu() {
  const { t } = useTranslation();
  const me = useSession();
  const update = useUpdateProfile();
  const id = useId();
  const current = catalogueLanguage(me.user.locale);
  return (
    <div className="language-menu">
      <label htmlFor={id} className="visually-hidden">
        {t('shell.language')}
      </label>
      <select
        id={id}
        value={current}
        disabled={update.isPending}
        onChange={(event) => {
          const language = event.target.value as ShippedLanguage;
          if (language === current) return;
          const locale = languageTags[language];
          void applyUserLocale(locale);
          update.mutate({ locale });
        }}
      >
        {shippedLanguages.map((language) => (
          <option key={language} value={language} lang={languageTags[language]}>
            {languageNames[language]}
          </option>
        ))}
      </select>
    </div>
  );
}

function UserMenu() {
  const { t } = useTranslation();
  const me = useSession();
  const navigate = useNavigate();
  const signOut = useSignOut();
  const [isOpen, setOpen] = useState(false);
  const [isProfileOpen, setProfileOpen] = useState(false);
  const menuId = useId();
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!isOpen) return;
    const onPointer = (event: PointerEvent) => {
      if (event.target instanceof Node && !rootRef.current?.contains(event.target)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    rootRef.current?.querySelector<HTMLElement>('[role=menuitem]')?.focus();
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [isOpen]);

  const role = t(`roles.${me.role}`);
  return (
    <div className="user-menu" ref={rootRef}>
      <button
        type="button"
        className="user-menu-button"
        aria-haspopup="menu"
        aria-expanded={isOpen}
        aria-controls={menuId}
        onClick={() => setOpen((open) => !open)}
      >
        <span className="avatar" aria-hidden="true">
          {initials(me.user.name)}
        </span>
        <span className="user-menu-name">
          {me.user.name}
          <small>{role}</small>
        </span>
      </button>
      {isOpen ? (
        <div className="menu" id={menuId} role="menu" aria-label={t('shell.userMenu')}>
          <div className="menu-caption">{me.user.email}</div>
          <button
            type="button"
            role="menuitem"
            onClick={() => {
              setOpen(false);
              setProfileOpen(true);
            }}
          >
            {t('shell.profile')}
          </button>
          <button
            type="button"
            role="menuitem"
            onClick={() => {
              setOpen(false);
              navigate('/settings/tokens');
            }}
          >
            {t('nav.tokens')}
          </button>
          <button
            type="button"
            role="menuitem"
            onClick={() => {
              setOpen(false);
              navigate('/settings/security');
            }}
          >
            {t('nav.security')}
          </button>
          <button
            type="button"
            role="menuitem"
            onClick={() =>
              signOut.mutate(undefined, {
                onSettled: () => navigate('/sign-in', { replace: true }),
              })
            }
          >
            {t('shell.signOut')}
          </button>
        </div>
      ) : null}
      {isProfileOpen ? <ProfileDialog onClose={() => setProfileOpen(false)} /> : null}
    </div>
  );
}

function initials(name: string) {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('');
}
