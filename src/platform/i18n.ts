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

// Dates inside sentences, in the reader's language: `{{due, day}}` shows "2027-01-15" as
// "15. Januar 2027" or "15 tháng 1, 2027"; `{{due, utc}}` shows "2027-01-15 14:00" with its time.
// A value that is not such a date ("—") is shown as it is.
const isoDay = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}))?/;
function formatIsoDate(value: unknown, language: string | undefined, withTime: boolean) {
  const parts = typeof value === 'string' ? isoDay.exec(value) : null;
  if (!parts) return String(value);
  const [, year, month, day, hour = '0', minute = '0'] = parts;
  const instant = Date.UTC(
    Number(year),
    Number(month) - 1,
    Number(day),
    Number(hour),
    Number(minute),
  );
  return new Intl.DateTimeFormat(language === 'zh' ? 'zh-Hans' : language, {
    dateStyle: 'long',
    ...(withTime ? { timeStyle: 'short', hourCycle: 'h23' } : {}),
    timeZone: 'UTC',
  }).format(instant);
}
i18n.services.formatter?.add('day', (value, language) => formatIsoDate(value, language, false));
i18n.services.formatter?.add('utc', (value, language) => formatIsoDate(value, language, true));

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
