// The words of the charter documents: English always, the distributor's language beside it where
// `locales/<lang>/documents.json` exists. The documents have their own i18next instance because
// they need two languages at once and no fallback: a missing translation shows English alone
// rather than English twice.
import i18next from 'i18next';
import type { DateTime } from 'luxon';
import de from '../../../locales/de/documents.json' with { type: 'json' };
import en from '../../../locales/en/documents.json' with { type: 'json' };
import th from '../../../locales/th/documents.json' with { type: 'json' };
import vi from '../../../locales/vi/documents.json' with { type: 'json' };
import zh from '../../../locales/zh/documents.json' with { type: 'json' };
import type { Phrase } from './document-model.ts';

export const documentCatalogues = { en, vi, th, zh, de } as const;
export type DocumentLanguage = keyof typeof documentCatalogues;

type WithoutPluralSuffix<Key extends string> = Key extends `${infer Base}_${'one' | 'other'}`
  ? Base
  : Key;
type LeafKeys<Tree, Prefix extends string = ''> = {
  [Key in keyof Tree & string]: Tree[Key] extends string
    ? `${Prefix}${WithoutPluralSuffix<Key>}`
    : LeafKeys<Tree[Key], `${Prefix}${Key}.`>;
}[keyof Tree & string];

/** Every message key of the English catalogue, plural forms under their base key. */
export type DocumentKey = LeafKeys<typeof en>;

const i18n = i18next.createInstance();
await i18n.init({
  lng: 'en',
  fallbackLng: false,
  ns: ['documents'],
  defaultNS: 'documents',
  resources: Object.fromEntries(
    Object.entries(documentCatalogues).map(([language, documents]) => [language, { documents }]),
  ),
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
});

/**
 * The catalogue language for a BCP 47 tag: "vi-VN" → "vi", "zh-Hans-CN" → "zh". English, unknown
 * languages and Traditional Chinese (our Chinese catalogue is Simplified) give null.
 */
export function documentLanguageOf(tag: string | null): DocumentLanguage | null {
  if (!tag) return null;
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(tag).maximize();
  } catch {
    return null;
  }
  if (locale.language === 'en') return null;
  if (locale.language === 'zh' && locale.script !== 'Hans') return null;
  return locale.language in documentCatalogues ? (locale.language as DocumentLanguage) : null;
}

export type Phrasebook = ReturnType<typeof createPhrasebook>;

/** Values for a message's placeholders; a Phrase gives each language its own words. */
export type LabelParams = Record<string, string | number | Phrase>;

export function createPhrasebook(secondLanguageTag: string | null) {
  const secondLanguage = documentLanguageOf(secondLanguageTag);
  const pair = (text: string, translation: string | null | undefined): Phrase => ({
    text,
    translation: translation && translation !== text ? translation : null,
  });
  const displayName = (locale: string, type: 'region' | 'language', code: string) => {
    try {
      return new Intl.DisplayNames([locale], { type, fallback: 'code' }).of(code) ?? code;
    } catch {
      return code;
    }
  };
  const translate = (key: DocumentKey, language: DocumentLanguage, params: LabelParams) => {
    const values = Object.fromEntries(
      Object.entries(params).map(([name, value]) => [
        name,
        typeof value === 'object'
          ? language === 'en'
            ? value.text
            : (value.translation ?? value.text)
          : value,
      ]),
    );
    return i18n.exists(key, { ...values, lng: language })
      ? i18n.t(key, { ...values, lng: language })
      : null;
  };
  const label = (key: DocumentKey, params: LabelParams = {}): Phrase =>
    pair(
      translate(key, 'en', params) ?? key,
      secondLanguage && translate(key, secondLanguage, params),
    );
  return {
    secondLanguage,
    /** A catalogue message; a Phrase parameter goes in translated into the translation. */
    label,
    /** "Sales, Pipeline" / "销售、商机"; an empty list is "None". */
    list(items: Phrase[]): Phrase {
      if (items.length === 0) return label('value.none');
      const separator = (language: DocumentLanguage) =>
        i18n.t('value.listSeparator', { lng: language });
      return pair(
        items.map((item) => item.text).join(separator('en')),
        secondLanguage && items.some((item) => item.translation)
          ? items.map((item) => item.translation ?? item.text).join(separator(secondLanguage))
          : null,
      );
    },
    country(code: string): Phrase {
      const text = displayName('en', 'region', code);
      return pair(text, secondLanguage && displayName(secondLanguage, 'region', code));
    },
    language(tag: string): Phrase {
      const text = displayName('en', 'language', tag);
      return pair(text, secondLanguage && displayName(secondLanguage, 'language', tag));
    },
    /** "March 2026" / "tháng 3 năm 2026", always in the Gregorian calendar. */
    month(date: DateTime): Phrase {
      const format = (locale: string) =>
        date
          .reconfigure({ locale, outputCalendar: 'gregory' })
          .toLocaleString({ month: 'long', year: 'numeric' });
      return pair(format('en'), secondLanguage && format(secondLanguage));
    },
  };
}
