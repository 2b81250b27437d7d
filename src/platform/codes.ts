// Validation of the standard codes Liaison stores: ISO 3166-1 countries, BCP 47 language tags
// and IANA time zones. Names are shown through Intl.DisplayNames in the user's language.
import countries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import { IANAZone } from 'luxon';

countries.registerLocale(english);

const alpha2Codes = new Set(Object.keys(countries.getAlpha2Codes()));

export function isCountryCode(value: string): boolean {
  return alpha2Codes.has(value);
}

/** "Vietnam" → "VN", for error messages that suggest the code a person meant. */
export function suggestCountryCode(value: string): string | undefined {
  if (value.length === 2 && alpha2Codes.has(value.toUpperCase())) return value.toUpperCase();
  return countries.getAlpha2Code(value, 'en') ?? undefined;
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** A BCP 47 tag whose language subtag is a known ISO 639 language: "vi", "zh-Hans", "pt-BR". */
export function isLanguageTag(value: string): boolean {
  if (!/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(value)) return false;
  try {
    const [canonical] = Intl.getCanonicalLocales(value);
    const primary = canonical?.split('-')[0];
    return primary !== undefined && languageNames.of(primary) !== undefined;
  } catch {
    return false;
  }
}

/** An IANA zone name exactly as the tz database spells it ("Asia/Ho_Chi_Minh"). */
export function isTimeZone(value: string): boolean {
  if (value !== 'UTC' && !/^[A-Z][A-Za-z_-]+(\/[A-Z0-9][A-Za-z0-9_+-]*)+$/.test(value)) {
    return false;
  }
  return IANAZone.isValidZone(value);
}
