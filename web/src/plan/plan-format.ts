import type { TFunction } from 'i18next';
import type { Format } from '../format/use-format.ts';

/** A calendar day ("2027-06-30") in the reader's language; days have no time zone. */
export function formatDay(format: Format, day: string) {
  return new Intl.DateTimeFormat(format.locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

/** "40 workshops", "1,200,000 EUR", "95 %": a goal's figure with its unit. */
export function formatFigure(format: Format, value: number, unit: string) {
  return `${format.number(value)} ${unit}`;
}

export function sideName(t: TFunction, side: 'principal' | 'distributor' | null) {
  return t(`plan.side.${side ?? 'both'}`);
}
