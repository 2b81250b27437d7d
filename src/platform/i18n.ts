import i18next, { type TFunction } from 'i18next';
import common from '../../locales/en/common.json' with { type: 'json' };
import server from '../../locales/en/server.json' with { type: 'json' };

/** Languages with a complete server catalogue. Others fall back to English key by key. */
export const supportedLocales = ['en'] as const;

const i18n = i18next.createInstance();
await i18n.init({
  lng: 'en',
  fallbackLng: 'en',
  ns: ['common', 'server'],
  defaultNS: 'common',
  fallbackNS: 'server',
  resources: { en: { common, server } },
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
});

export function translator(locale: string | undefined): TFunction {
  return i18n.getFixedT(locale ?? 'en');
}

/** Picks the best supported language from an Accept-Language header. */
export function localeFromHeader(header: string | undefined): string {
  if (!header) return 'en';
  const wanted = header
    .split(',')
    .map((part) => part.split(';')[0]?.trim().toLowerCase().split('-')[0] ?? '')
    .filter(Boolean);
  return wanted.find((tag) => i18n.hasResourceBundle(tag, 'common')) ?? 'en';
}
