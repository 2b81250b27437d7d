import countries from 'i18n-iso-countries';
import type { Format } from './use-format.ts';

const countryCodes = Object.keys(countries.getAlpha2Codes());

/** Every ISO 3166 country as { code, name } in the user's language, sorted by name. */
export function countryOptions(format: Format) {
  const collator = new Intl.Collator(format.locale);
  return countryCodes
    .map((code) => ({ code, name: format.country(code) }))
    .sort((a, b) => collator.compare(a.name, b.name));
}
