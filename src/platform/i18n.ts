import i18next, { type TFunction } from 'i18next';
import commonDe from '../../locales/de/common.json' with { type: 'json' };
import serverDe from '../../locales/de/server.json' with { type: 'json' };
import common from '../../locales/en/common.json' with { type: 'json' };
import server from '../../locales/en/server.json' with { type: 'json' };
import commonTh from '../../locales/th/common.json' with { type: 'json' };
import serverTh from '../../locales/th/server.json' with { type: 'json' };
import commonVi from '../../locales/vi/common.json' with { type: 'json' };
import serverVi from '../../locales/vi/server.json' with { type: 'json' };
import commonZh from '../../locales/zh/common.json' with { type: 'json' };
import serverZh from '../../locales/zh/server.json' with { type: 'json' };
import { catalogueLanguage, type ShippedLanguage } from './languages.ts';

// Every shipped language holds every key (test/i18n-completeness.test.ts); English stays the
// fallback for a key added without its translations, which that test refuses.
const i18n = i18next.createInstance();
await i18n.init({
  lng: 'en',
  fallbackLng: 'en',
  ns: ['common', 'server'],
  defaultNS: 'common',
  fallbackNS: 'server',
  resources: {
    en: { common, server },
    de: { common: commonDe, server: serverDe },
    th: { common: commonTh, server: serverTh },
    vi: { common: commonVi, server: serverVi },
    zh: { common: commonZh, server: serverZh },
  } satisfies Record<ShippedLanguage, unknown>,
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
});

/** The text of a locale ("vi-VN" reads Vietnamese; a language not shipped reads English). */
export function translator(locale: string | null | undefined): TFunction {
  return i18n.getFixedT(catalogueLanguage(locale));
}

/**
 * The first tag of an Accept-Language header whose language ships (Traditional Chinese does not:
 * it is not served our Simplified text), else English.
 */
export function localeFromHeader(header: string | undefined): string {
  if (!header) return 'en';
  const wanted = header
    .split(',')
    .map((part) => part.split(';')[0]?.trim() ?? '')
    .filter((tag) => tag && tag !== '*');
  for (const tag of wanted) {
    const language = catalogueLanguage(tag);
    if (language !== 'en' || tag.toLowerCase().startsWith('en')) return tag;
  }
  return 'en';
}
