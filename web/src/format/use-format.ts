import { useOptionalSession } from '../session/use-session.ts';

/**
 * Dates, numbers, countries and languages in the signed-in user's locale and time zone; before
 * sign-in, the browser's.
 */
export function useFormat() {
  const session = useOptionalSession();
  const locale = session?.user.locale ?? navigator.language ?? 'en';
  const timeZone = session?.user.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  return formatFor(locale, timeZone);
}

/**
 * One Format per locale and zone, shared by every component: each component built its own five
 * Intl formatters, and the directory a zone's formatter per row, on every load.
 */
const formats = new Map<string, Format>();

export function formatFor(locale: string, timeZone: string): Format {
  const key = `${locale} ${timeZone}`;
  let format = formats.get(key);
  if (!format) {
    format = makeFormat(locale, timeZone);
    formats.set(key, format);
  }
  return format;
}

/** A formatter made on first use and kept: most pages use only a few of them. */
function once<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => {
    made ??= make();
    return made;
  };
}

/** Formatters made on first use for each key (a zone, a width) and kept. */
function perKey<T>(make: (key: string) => T): (key: string) => T {
  const made = new Map<string, T>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) {
      value = make(key);
      made.set(key, value);
    }
    return value;
  };
}

export type Format = ReturnType<typeof makeFormat>;

function makeFormat(locale: string, timeZone: string) {
  const safeLocale = Intl.DateTimeFormat.supportedLocalesOf([locale])[0] ?? 'en';
  const dateTime = once(
    () =>
      new Intl.DateTimeFormat(safeLocale, { dateStyle: 'medium', timeStyle: 'short', timeZone }),
  );
  const date = once(() => new Intl.DateTimeFormat(safeLocale, { dateStyle: 'medium', timeZone }));
  const number = once(() => new Intl.NumberFormat(safeLocale));
  const countries = once(
    () => new Intl.DisplayNames([safeLocale], { type: 'region', fallback: 'code' }),
  );
  const languages = once(
    () => new Intl.DisplayNames([safeLocale], { type: 'language', fallback: 'code' }),
  );
  const kilobytes = once(
    () => new Intl.NumberFormat(safeLocale, { style: 'unit', unit: 'kilobyte' }),
  );
  const megabytes = once(
    () =>
      new Intl.NumberFormat(safeLocale, {
        style: 'unit',
        unit: 'megabyte',
        maximumFractionDigits: 1,
      }),
  );
  // A zone that is not a zone throws here, once; the callers below answer '' for it.
  const localTimeIn = perKey(
    (zone) =>
      new Intl.DateTimeFormat(safeLocale, {
        weekday: 'short',
        hour: 'numeric',
        minute: '2-digit',
        timeZone: zone,
      }),
  );
  const weekdays = perKey(
    (width) =>
      new Intl.DateTimeFormat(safeLocale, {
        weekday: width as 'short' | 'long',
        timeZone: 'UTC',
      }),
  );
  const offsetIn = perKey(
    (zone) => new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'shortOffset' }),
  );
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
    dateTime: (iso: string) => dateTime().format(new Date(iso)),
    date: (iso: string) => date().format(new Date(iso)),
    number: (value: number) => number().format(value),
    /** A file's size in the locale's units: "12 kB", "3.4 MB". */
    fileSize: (bytes: number) =>
      bytes < 1024 * 1024
        ? kilobytes().format(Math.max(1, Math.round(bytes / 1024)))
        : megabytes().format(bytes / 1024 / 1024),
    country: (code: string) => display(countries(), code),
    language: (code: string) => display(languages(), code),
    /** The wall-clock time now in another zone, e.g. "14:05" in Asia/Ho_Chi_Minh. */
    localTime: (zone: string, now: Date = new Date()) => {
      try {
        return localTimeIn(zone).format(now);
      } catch {
        return '';
      }
    },
    /** "Mon" (short) or "Monday" (long) for ISO weekday 1, in the user's locale. */
    weekday: (isoWeekday: number, width: 'short' | 'long' = 'short') =>
      // 1 January 2024 was a Monday, so day N of that month is ISO weekday N.
      weekdays(width).format(Date.UTC(2024, 0, isoWeekday)),
    /** "GMT+7" for a zone, now. */
    offset: (zone: string, now: Date = new Date()) => {
      try {
        const parts = offsetIn(zone).formatToParts(now);
        return parts.find((part) => part.type === 'timeZoneName')?.value ?? '';
      } catch {
        return '';
      }
    },
  };
}
