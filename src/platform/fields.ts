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
export const IsoDateTime = z.iso.datetime({ offset: true });
