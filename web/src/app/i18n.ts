// One i18next instance for the web: the 'web' namespace holds UI strings, 'common' the strings the
// API shares (validation messages, roles, stages). Adding a language adds two JSON files.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import common from '../../../locales/en/common.json';
import web from '../../../locales/en/web.json';

export const supportedLocales = ['en'] as const;

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { en: { web, common } },
  lng: 'en',
  fallbackLng: 'en',
  ns: ['web', 'common'],
  defaultNS: 'web',
  fallbackNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** Uses the user's language where we have a translation; falls back to English. */
export function applyUserLocale(locale: string) {
  const language = locale.split('-')[0] ?? 'en';
  const next = (supportedLocales as readonly string[]).includes(language) ? language : 'en';
  if (i18n.language !== next) void i18n.changeLanguage(next);
  document.documentElement.lang = locale;
}
