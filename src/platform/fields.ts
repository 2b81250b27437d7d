// Field types shared by the API, the CLI, imports and the web forms. A custom issue carries an
// i18n key as its message and the values to interpolate as params, so each edge translates it.
import { z } from 'zod';
import { isCountryCode, isLanguageTag, isTimeZone, suggestCountryCode } from './codes.ts';

export const CountryCode = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    if (isCountryCode(value)) return;
    const suggestion = suggestCountryCode(value);
    ctx.addIssue({
      code: 'custom',
      message: suggestion ? 'validation.country_suggest' : 'validation.country',
      params: { value, suggestion: suggestion ?? '' },
    });
  })
  .meta({ description: 'ISO 3166-1 alpha-2 country code', examples: ['VN'] });

export const LanguageTag = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    if (!isLanguageTag(value)) {
      ctx.addIssue({ code: 'custom', message: 'validation.language', params: { value } });
    }
  })
  .meta({ description: 'BCP 47 language tag', examples: ['vi'] });

export const IanaTimeZone = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    if (!isTimeZone(value)) {
      ctx.addIssue({ code: 'custom', message: 'validation.time_zone', params: { value } });
    }
  })
  .meta({ description: 'IANA time zone name', examples: ['Asia/Ho_Chi_Minh'] });

/**
 * A wall-clock time "HH:MM" (24-hour, zero-padded, so times compare as strings). An end of a span
 * may be "24:00": working until midnight cannot be written as 00:00, which sorts first.
 */
const timeOfDay = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;
const endTimeOfDay = /^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$/;

export const TimeOfDay = (options: { isEnd?: boolean } = {}) => {
  const pattern = options.isEnd ? endTimeOfDay : timeOfDay;
  return z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      if (pattern.test(value)) return;
      const invalid = options.isEnd ? 'validation.end_time' : 'validation.time';
      ctx.addIssue({
        code: 'custom',
        message: value === '' ? 'validation.required' : invalid,
        params: { value },
      });
    })
    .meta({
      description: options.isEnd ? 'Local time HH:MM, or 24:00 for midnight' : 'Local time HH:MM',
      pattern: pattern.source,
      examples: [options.isEnd ? '17:30' : '09:00'],
    });
};

const IsoWeekday = z
  .number()
  .int()
  .superRefine((value, ctx) => {
    if (value < 1 || value > 7) {
      ctx.addIssue({ code: 'custom', message: 'validation.weekday', params: { value } });
    }
  })
  .meta({ minimum: 1, maximum: 7 });

/** A set of ISO weekdays (1 = Monday … 7 = Sunday), at least one, each once; stored sorted. */
export const IsoWeekdays = z
  .array(IsoWeekday)
  .superRefine((days, ctx) => {
    if (days.length === 0) ctx.addIssue({ code: 'custom', message: 'validation.weekdays_empty' });
    if (new Set(days).size !== days.length) {
      ctx.addIssue({ code: 'custom', message: 'validation.weekdays_repeated' });
    }
  })
  // overwrite, not transform: the input keeps its JSON Schema (and default) in the OpenAPI.
  .overwrite((days) => [...days].sort((a, b) => a - b))
  .meta({ description: 'ISO weekdays, 1 = Monday … 7 = Sunday', examples: [[1, 2, 3, 4, 5]] });

export const Email = z.string().trim().toLowerCase().max(254).pipe(z.email());

/** A required single-line text of at most `max` characters. */
export const Text = (max: number) => z.string().trim().min(1).max(max);

/** An optional text: empty strings are stored as null. */
export const OptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((value) => (value ? value : null));

export const Uuid = z.uuid();

/**
 * A version, revision or point number from a path or a query string. The column is a PostgreSQL
 * `integer`: a larger number names no record, and is refused rather than failing a statement.
 */
export const SequenceNumber = z.coerce.number().int().min(1).max(2_147_483_647);
/** PostgreSQL has no year 0, which ISO 8601 allows: refused as input rather than failing a statement. */
const notYearZero = (value: string) => !value.startsWith('0000');

/** A calendar day, YYYY-MM-DD. */
export const IsoDate = z.iso.date().refine(notYearZero, { message: 'validation.year_zero' });

export const IsoDateTime = z.iso
  .datetime({ offset: true })
  .refine(notYearZero, { message: 'validation.year_zero' });

const currencyCodes = new Set(Intl.supportedValuesOf('currency'));

/**
 * A product line's short code, e.g. "BRK-PAD": what reports, spreadsheets and imports carry, so
 * letters A–Z, digits, "-" and "_" only.
 */
export const ProductLineCode = z
  .string()
  .regex(/^[A-Z0-9][A-Z0-9_-]{0,31}$/, 'validation.product_line_code')
  .meta({ description: 'Product line code', examples: ['BRK-PAD'] });

/** A code as a person types it: trimmed and upper-cased first, so "brk-pad" is BRK-PAD. */
export const ProductLineCodeInput = z.string().trim().toUpperCase().pipe(ProductLineCode);

export const CurrencyCode = z
  .string()
  .refine((value) => currencyCodes.has(value), { message: 'validation.currency' })
  .meta({ description: 'ISO 4217 currency code', examples: ['EUR'] });
