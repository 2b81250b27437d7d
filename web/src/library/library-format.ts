// The library in words: which languages are offered, which file a reader gets, which day is when.
import { useMemo } from 'react';
import { shippedLanguages } from '../../../src/platform/languages.ts';
import { type Format, useFormat } from '../format/use-format.ts';
import { isPrincipalRole, useSession } from '../session/use-session.ts';
import type { LanguageVariant, LibraryFile } from './use-library.ts';
import { useLibraryCoverage } from './use-library.ts';

/**
 * The key the library compares languages by, as the server does: the language subtag ("vi-VN" is
 * "vi"), and for Chinese its script ("zh-CN" is "zh-Hans", "zh-TW" is "zh-Hant").
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

export type LanguageChoice = { code: string; name: string };

/**
 * The languages a form offers, by name in the user's language: the ones Liaison ships, the ones
 * the distributors read (principal staff), the user's own and any the caller adds.
 */
export function useLanguageChoices(extra: readonly string[] = []): LanguageChoice[] {
  const me = useSession();
  const format = useFormat();
  const coverage = useLibraryCoverage(isPrincipalRole(me.role));
  const read = coverage.data?.languages;
  const extraKey = extra.join(',');
  return useMemo(() => {
    const codes = new Set(
      [
        ...shippedLanguages,
        me.user.locale,
        ...(read ?? []).map((entry) => entry.language),
        ...(extraKey ? extraKey.split(',') : []),
      ].map(libraryLanguage),
    );
    const collator = new Intl.Collator(format.locale);
    return [...codes]
      .map((code) => ({ code, name: format.language(code) }))
      .sort((a, b) => collator.compare(a.name, b.name));
  }, [format, me.user.locale, read, extraKey]);
}

export type ReaderFile = {
  file: LibraryFile;
  language: string;
  /** An earlier version than the document's current one. */
  isOlder: boolean;
};

/**
 * The file a reader opens first: in their first language (a distributor's first language, the
 * interface language for principal staff) when current, else that language's older version,
 * else the original.
 */
export function readerFile(
  variants: readonly LanguageVariant[],
  preferred: string | undefined,
): ReaderFile | null {
  const first = variants.find((variant) => variant.language === preferred);
  if (first?.file && (first.state === 'current' || first.state === 'source')) {
    return { file: first.file, language: first.language, isOlder: false };
  }
  if (first?.file && first.state === 'outdated') {
    return { file: first.file, language: first.language, isOlder: true };
  }
  const source = variants.find((variant) => variant.state === 'source');
  return source?.file ? { file: source.file, language: source.language, isOlder: false } : null;
}

/**
 * The reader's first language: a distributor's users get theirs first in every document; principal
 * staff read in the language of their interface.
 */
export function usePreferredLanguage() {
  const me = useSession();
  const isPrincipal = isPrincipalRole(me.role);
  return (variants: readonly LanguageVariant[]) =>
    isPrincipal ? libraryLanguage(me.user.locale) : variants[0]?.language;
}

/** "Vietnam, Thailand and Laos" in the user's language. */
export function listOf(format: Format, items: readonly string[]) {
  return new Intl.ListFormat(format.locale, { type: 'conjunction' }).format(items);
}

/** "2026-03-14": the calendar date some days from now on the user's own clock. */
export function dayFromToday(timeZone: string, days = 0) {
  const then = new Date(Date.now() + days * 24 * 60 * 60 * 1000);
  // en-CA writes dates as YYYY-MM-DD, the form a date input takes.
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(then);
}

/** The file types the server accepts, for the browser's file picker. */
export const acceptedFiles =
  '.pdf,.png,.jpg,.jpeg,.gif,.webp,.avif,.bmp,.tif,.tiff,.heic,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp,.rtf,.csv,.tsv,.txt';
