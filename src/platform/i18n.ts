import i18next, { type TFunction } from 'i18next';
// Other languages hold only the messages translated so far (the communication e-mails); every
// other key falls back to English.
import serverDe from '../../locales/de/server.json' with { type: 'json' };
import common from '../../locales/en/common.json' with { type: 'json' };
import server from '../../locales/en/server.json' with { type: 'json' };
import serverTh from '../../locales/th/server.json' with { type: 'json' };
import serverVi from '../../locales/vi/server.json' with { type: 'json' };
import serverZh from '../../locales/zh/server.json' with { type: 'json' };

/** Languages with a complete server catalogue. Others fall back to English key by key. */
export const supportedLocales = ['en'] as const;

const i18n = i18next.createInstance();
await i18n.init({
  lng: 'en',
  fallbackLng: 'en',
  ns: ['common', 'server'],
  defaultNS: 'common',
  fallbackNS: 'server',
  resources: {
    en: { common, server },
    de: { server: serverDe },
    th: { server: serverTh },
    vi: { server: serverVi },
    zh: { server: serverZh },
  },
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
});

export function translator(locale: string | undefined): TFunction {
  return i18n.getFixedT(catalogueLocale(locale));
}

/** "vi-VN" reads the vi catalogue; Traditional Chinese reads English, not our Simplified. */
function catalogueLocale(locale: string | undefined) {
  if (!locale) return 'en';
  try {
    const tag = new Intl.Locale(locale).maximize();
    if (tag.language === 'zh' && tag.script !== 'Hans') return 'en';
    return tag.language;
  } catch {
    return 'en';
  }
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
