// ISO 3166-2 subdivisions (provinces, states, regions) from wooorm's iso-3166 data.
import { iso31662 } from 'iso-3166';

const byCode = new Map(iso31662.map((entry) => [entry.code, entry]));

/** True when `code` is a subdivision of `country`, at any depth (VN-SG in VN). */
export function isSubdivisionCode(country: string, code: string): boolean {
  return byCode.has(code) && code.startsWith(`${country.toUpperCase()}-`);
}

export function subdivisionName(code: string): string | undefined {
  return byCode.get(code)?.name;
}

/** The subdivisions of one country, for pickers: code and (English) name, sorted by name. */
export function subdivisionsOf(country: string): { code: string; name: string }[] {
  const prefix = `${country.toUpperCase()}-`;
  return iso31662
    .filter((entry) => entry.code.startsWith(prefix))
    .map(({ code, name }) => ({ code, name }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** True when `code` is `area` or lies inside it (GB-LND inside GB-ENG); both ISO 3166-2 codes. */
export function isWithin(code: string, area: string): boolean {
  for (let current: string | undefined = code; current; current = byCode.get(current)?.parent) {
    if (current === area) return true;
  }
  return false;
}
