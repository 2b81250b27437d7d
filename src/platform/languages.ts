// The languages Liaison ships its text in, and which catalogue a user's locale reads. Shared by
// the server (e-mails, PDFs, problem details) and the web (web/src/app/i18n.ts). A locale is any
// BCP 47 tag the user chose for dates and numbers ("vi-VN", "en-GB", "pl"); the text comes from
// the catalogue of its language where one ships, else from English.

/** Catalogue codes, in the order the language menus list them; `zh` is Simplified Chinese. */
export const shippedLanguages = ['en', 'de', 'vi', 'th', 'zh'] as const;
export type ShippedLanguage = (typeof shippedLanguages)[number];

/** The locale tag a catalogue is offered under in menus ("zh" is offered as zh-Hans). */
export const languageTags: Record<ShippedLanguage, string> = {
  en: 'en',
  de: 'de',
  vi: 'vi',
  th: 'th',
  zh: 'zh-Hans',
};

/**
 * The catalogue a locale reads: "vi-VN" reads vi, "zh-CN" and "zh-Hans" read zh, but Traditional
 * Chinese ("zh-TW", "zh-Hant") reads English rather than our Simplified text.
 */
export function catalogueLanguage(locale: string | null | undefined): ShippedLanguage {
  if (!locale) return 'en';
  try {
    const tag = new Intl.Locale(locale).maximize();
    if (tag.language === 'zh' && tag.script !== 'Hans') return 'en';
    return (shippedLanguages as readonly string[]).includes(tag.language)
      ? (tag.language as ShippedLanguage)
      : 'en';
  } catch {
    return 'en';
  }
}

/**
 * The key documents compare languages by: the language subtag ("vi-VN" is "vi"), and for Chinese
 * its script ("zh", "zh-CN" and "zh-Hans" are "zh-Hans"; "zh-TW" is "zh-Hant"), as a Simplified
 * translation does not serve a Traditional reader. Shared by the server and the web.
 */
export function libraryLanguage(tag: string): string {
  try {
    const locale = new Intl.Locale(tag);
    if (locale.language === 'zh') return `zh-${locale.maximize().script ?? 'Hans'}`;
    return locale.language;
  } catch {
    return tag.toLowerCase();
  }
}
