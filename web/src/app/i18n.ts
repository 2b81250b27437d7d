// One i18next instance for the web: the 'web' namespace holds UI strings, 'common' the strings the
// API shares (validation messages, roles, stages). English is in the bundle; every other shipped
// language (src/platform/languages.ts) is a chunk of its own, loaded when a user needs it.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import common from '../../../locales/en/common.json';
import web from '../../../locales/en/web.json';
import { catalogueLanguage, type ShippedLanguage } from '../../../src/platform/languages.ts';

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

type Catalogue = { default: Record<string, unknown> };
const catalogues = import.meta.glob<Catalogue>('../../../locales/*/{web,common}.json');

async function loadLanguage(language: ShippedLanguage) {
  if (i18n.hasResourceBundle(language, 'web')) return;
  const load = (namespace: string) => {
    const loader = catalogues[`../../../locales/${language}/${namespace}.json`];
    if (!loader) throw new Error(`no ${namespace} catalogue for ${language}`);
    return loader();
  };
  const [webText, commonText] = await Promise.all([load('web'), load('common')]);
  i18n.addResourceBundle(language, 'web', webText.default);
  i18n.addResourceBundle(language, 'common', commonText.default);
}

/**
 * Shows the interface in a locale's language ("vi-VN" in Vietnamese; a language not shipped in
 * English), loading its text first; resolves once the page reads in that language.
 */
export async function applyUserLocale(locale: string) {
  const language = catalogueLanguage(locale);
  document.documentElement.lang = locale;
  if (i18n.language === language) return;
  try {
    await loadLanguage(language);
    await i18n.changeLanguage(language);
  } catch {
    // A chunk that failed to load (a deploy in between): stay in the current language.
  }
}

/** Whether the interface already reads in a locale's language. */
export const showsLocale = (locale: string) => i18n.language === catalogueLanguage(locale);
