// What a country implies for a new record (its main time zone, its languages, its currency) and
// the options of the time zone, language and currency pickers, searchable in the reader's words.
// Sources: countries-and-timezones (the tz database's zone1970.tab per country) and countries-list
// (ISO 639-1 languages and ISO 4217 currencies per country); see docs/decisions.md.
import { getCountry, getTimezone } from 'countries-and-timezones';
import { countries as countryFacts, languages as languageFacts } from 'countries-list';
import { timeZoneOptions } from '../format/time-zones.ts';
import type { Format } from '../format/use-format.ts';

export type PickerOption = {
  value: string;
  label: string;
  /** A second line: the code, offset or native name. */
  hint?: string;
  /** Further words a search finds the option by (codes, other names, cities). */
  keywords?: string;
};

// Countries spanning several zones: the zone of the capital or of most of the business.
const mainZones: Record<string, string> = {
  AR: 'America/Argentina/Buenos_Aires',
  AU: 'Australia/Sydney',
  BR: 'America/Sao_Paulo',
  CA: 'America/Toronto',
  CD: 'Africa/Kinshasa',
  CL: 'America/Santiago',
  CN: 'Asia/Shanghai',
  DE: 'Europe/Berlin',
  EC: 'America/Guayaquil',
  ES: 'Europe/Madrid',
  ID: 'Asia/Jakarta',
  KZ: 'Asia/Almaty',
  MN: 'Asia/Ulaanbaatar',
  MX: 'America/Mexico_City',
  MY: 'Asia/Kuala_Lumpur',
  NZ: 'Pacific/Auckland',
  PT: 'Europe/Lisbon',
  RU: 'Europe/Moscow',
  UA: 'Europe/Kyiv',
  US: 'America/New_York',
};

// Cities people search by whose zone is named after another city (the tz database names a zone
// after its most populous city: Hanoi is in Asia/Ho_Chi_Minh, Beijing in Asia/Shanghai).
const cityAliases: Record<string, string> = {
  'Asia/Ho_Chi_Minh': 'Hanoi Hà Nội Saigon Sài Gòn Ho Chi Minh City Thành phố Hồ Chí Minh Da Nang',
  'Asia/Bangkok': 'Krung Thep กรุงเทพ Phnom Penh Vientiane',
  'Asia/Shanghai': 'Beijing Peking 北京 上海 Shenzhen Guangzhou Chongqing',
  'Asia/Kolkata': 'New Delhi Delhi Mumbai Bombay Bangalore Bengaluru Chennai Calcutta',
  'Asia/Karachi': 'Islamabad Lahore',
  'Asia/Dubai': 'Abu Dhabi',
  'Asia/Riyadh': 'Jeddah',
  'Asia/Yangon': 'Rangoon Naypyidaw',
  'Asia/Kuala_Lumpur': 'Putrajaya',
  'Asia/Tokyo': 'Osaka 東京',
  'Asia/Seoul': '서울 Busan',
  'Asia/Jakarta': 'Surabaya Bandung',
  'Asia/Manila': 'Quezon City Cebu',
  'Asia/Istanbul': 'Ankara',
  'Europe/Istanbul': 'Ankara',
  'Europe/Berlin': 'Munich München Hamburg Frankfurt Cologne Köln Stuttgart Düsseldorf',
  'Europe/Warsaw': 'Kraków Cracow Łódź Wrocław Poznań Gdańsk',
  'Europe/Zurich': 'Bern Geneva Genève Basel',
  'Europe/Rome': 'Milan Milano Turin Naples',
  'Europe/Madrid': 'Barcelona Valencia Seville',
  'Europe/Amsterdam': 'Rotterdam The Hague Den Haag',
  'America/New_York': 'Washington Boston Philadelphia Atlanta Miami',
  'America/Los_Angeles': 'San Francisco Seattle San Diego',
  'America/Chicago': 'Houston Dallas Austin',
  'America/Toronto': 'Ottawa Montreal Montréal',
  'America/Sao_Paulo': 'Rio de Janeiro Brasília',
  'Australia/Sydney': 'Canberra',
};

/** Browsers and the tz database list some zones under old names ("Asia/Saigon"). */
function currentZone(zone: string): string {
  return getTimezone(zone)?.aliasOf ?? zone;
}

/** The country's zones by their current names, its main zone first. */
export function zonesOfCountry(country: string): string[] {
  const data = getCountry(country.toUpperCase());
  if (!data) return [];
  const zones = [...new Set(data.timezones.map(currentZone))];
  // A zone shared with neighbours is listed for each ("Asia/Bangkok" for Vietnam); prefer the
  // country's own zone, the one first listed for it.
  const own = zones.filter((zone) => getTimezone(zone)?.countries[0] === country.toUpperCase());
  const main = mainZones[country.toUpperCase()] ?? own[0] ?? zones[0];
  return main ? [main, ...zones.filter((zone) => zone !== main)] : zones;
}

/** What a country implies for a new distributor: main time zone, languages, currency. */
export function countryDefaults(country: string): {
  timeZone: string | null;
  languages: string[];
  currency: string | null;
} {
  const code = country.toUpperCase();
  const facts = countryFacts[code as keyof typeof countryFacts];
  const currencies = new Set(Intl.supportedValuesOf('currency'));
  return {
    timeZone: zonesOfCountry(code)[0] ?? null,
    languages: facts ? [...facts.languages] : [],
    currency: facts?.currency.find((currency) => currencies.has(currency)) ?? null,
  };
}

/** "UTC+07:00" for a zone now. */
function offsetOf(zone: string, locale: string): string {
  try {
    const parts = new Intl.DateTimeFormat(locale, {
      timeZone: zone,
      timeZoneName: 'longOffset',
    }).formatToParts(new Date());
    const name = parts.find((part) => part.type === 'timeZoneName')?.value ?? '';
    return name.replace(/^GMT/, 'UTC').replace(/^UTC$/, 'UTC±00:00');
  } catch {
    return '';
  }
}

/**
 * Every zone as "Ho Chi Minh, Vietnam", found by its city, its country (in the reader's language
 * and by code), a city it covers ("Hanoi") and its IANA name; the country's own zones first.
 */
export function timeZonePickerOptions(
  format: Format,
  country?: string | null,
  current?: string | null,
): PickerOption[] {
  const first = country ? zonesOfCountry(country) : [];
  const all = timeZoneOptions(current);
  const ordered = [...first, ...all.filter((zone) => !first.includes(zone))];
  if (current && !ordered.includes(current)) ordered.push(current);
  return ordered.map((zone) => {
    const city = (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
    const countryCode = getTimezone(zone)?.countries[0];
    const countryName = countryCode ? format.country(countryCode) : '';
    return {
      value: zone,
      label: countryName ? `${city}, ${countryName}` : city,
      hint: `${zone.replace(/_/g, ' ')} · ${offsetOf(zone, format.locale)}`,
      keywords: [zone, countryCode ?? '', cityAliases[zone] ?? ''].join(' '),
    };
  });
}

/** Languages by name in the reader's language, with their own name ("Vietnamese · Tiếng Việt"). */
export function languagePickerOptions(format: Format, extra: readonly string[] = []) {
  const codes = [...new Set([...Object.keys(languageFacts), ...extra])];
  const collator = new Intl.Collator(format.locale);
  return codes
    .map((code): PickerOption => {
      const native = languageFacts[code as keyof typeof languageFacts]?.native ?? '';
      const label = format.language(code);
      const own = nativeName(code) || native;
      return {
        value: code,
        label,
        hint: own && own !== label ? `${own} · ${code}` : code,
        keywords: `${code} ${own} ${native} ${languageFacts[code as keyof typeof languageFacts]?.name ?? ''}`,
      };
    })
    .sort((a, b) => collator.compare(a.label, b.label));
}

/** A language's name in itself, "Tiếng Việt" for vi, where the browser knows it. */
function nativeName(code: string): string {
  try {
    return new Intl.DisplayNames([code], { type: 'language', fallback: 'none' }).of(code) ?? '';
  } catch {
    return '';
  }
}

/** Currencies by name in the reader's language and by code. */
export function currencyPickerOptions(format: Format): PickerOption[] {
  const names = new Intl.DisplayNames([format.locale], { type: 'currency', fallback: 'code' });
  const english = new Intl.DisplayNames(['en'], { type: 'currency', fallback: 'code' });
  const collator = new Intl.Collator(format.locale);
  return Intl.supportedValuesOf('currency')
    .map((code) => ({
      value: code,
      label: `${names.of(code) ?? code} (${code})`,
      keywords: english.of(code) ?? '',
    }))
    .sort((a, b) => collator.compare(a.label, b.label));
}

/** Countries by name in the reader's language, found by name, English name or code. */
export function countryPickerOptions(
  options: readonly { code: string; name: string }[],
): PickerOption[] {
  const english = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
  return options.map((country) => {
    const facts = countryFacts[country.code as keyof typeof countryFacts];
    return {
      value: country.code,
      label: country.name,
      hint: country.code,
      keywords: [
        country.code,
        english.of(country.code) ?? '',
        facts?.native ?? '',
        ...(facts && 'alias' in facts ? (facts.alias as string[]) : []),
      ].join(' '),
    };
  });
}
