import { useMemo } from 'react';
import { useOptionalSession } from '../session/use-session.ts';

/**
 * Dates, numbers, countries and languages in the signed-in user's locale and time zone; before
 * sign-in, the browser's.
 */
export function useFormat() {
  const session = useOptionalSession();
  const locale = session?.user.locale ?? navigator.language ?? 'en';
  const timeZone = session?.user.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  return useMemo(() => makeFormat(locale, timeZone), [locale, timeZone]);
}

export type Format = ReturnType<typeof makeFormat>;

export function makeFormat(locale: string, timeZone: string) {
  const safeLocale = Intl.DateTimeFormat.supportedLocalesOf([locale])[0] ?? 'en';
  const dateTime = new Intl.DateTimeFormat(safeLocale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  });
  const date = new Intl.DateTimeFormat(safeLocale, { dateStyle: 'medium', timeZone });
  const number = new Intl.NumberFormat(safeLocale);
  const countries = new Intl.DisplayNames([safeLocale], { type: 'region', fallback: 'code' });
  const languages = new Intl.DisplayNames([safeLocale], { type: 'language', fallback: 'code' });
  const display = (names: Intl.DisplayNames, code: string) => {
    try {
      return names.of(code) ?? code;
    } catch {
      return code;
    }
  };
  return {
    locale: safeLocale,
    timeZone,
    dateTime: (iso: string) => dateTime.format(new Date(iso)),
    date: (iso: string) => date.format(new Date(iso)),
    number: (value: number) => number.format(value),
    /** A file's size in the locale's units: "12 kB", "3.4 MB". */
    fileSize: (bytes: number) =>
      bytes < 1024 * 1024
        ? new Intl.NumberFormat(safeLocale, { style: 'unit', unit: 'kilobyte' }).format(
            Math.max(1, Math.round(bytes / 1024)),
          )
        : new Intl.NumberFormat(safeLocale, {
            style: 'unit',
            unit: 'megabyte',
            maximumFractionDigits: 1,
          }).format(bytes / 1024 / 1024),
    country: (code: string) => display(countries, code),
    language: (code: string) => display(languages, code),
    /** The wall-clock time now in another zone, e.g. "14:05" in Asia/Ho_Chi_Minh. */
    localTime: (zone: string, now: Date = new Date()) => {
      try {
        return new Intl.DateTimeFormat(safeLocale, {
          weekday: 'short',
          hour: 'numeric',
          minute: '2-digit',
          timeZone: zone,
        }).format(now);
      } catch {
        return '';
      }
    },
    /** "Mon" (short) or "Monday" (long) for ISO weekday 1, in the user's locale. */
    weekday: (isoWeekday: number, width: 'short' | 'long' = 'short') =>
      // 1 January 2024 was a Monday, so day N of that month is ISO weekday N.
      new Intl.DateTimeFormat(safeLocale, { weekday: width, timeZone: 'UTC' }).format(
        Date.UTC(2024, 0, isoWeekday),
      ),
    /** "GMT+7" for a zone, now. */
    offset: (zone: string, now: Date = new Date()) => {
      try {
        const parts = new Intl.DateTimeFormat('en', {
          timeZone: zone,
          timeZoneName: 'shortOffset',
        }).formatToParts(now);
        return parts.find((part) => part.type === 'timeZoneName')?.value ?? '';
      } catch {
        return '';
      }
    },
  };
}
