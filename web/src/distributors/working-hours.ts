// A contact's working hours as a person reads them, and the form's view of them.
import type { TFunction } from 'i18next';
import type { Format } from '../format/use-format.ts';

export const isoWeekdays = [1, 2, 3, 4, 5, 6, 7] as const;

/**
 * Consecutive days as ranges, the rest listed: [1,2,3,4,5] → "Mon–Fri", [1,3,5] → "Mon, Wed,
 * Fri", [1,2,3,6] → "Mon–Wed, Sat". Two neighbours stay a list: "Sat, Sun" reads better.
 */
export function describeWeekdays(days: readonly number[], format: Format, t: TFunction): string {
  const runs: number[][] = [];
  for (const day of [...days].sort((a, b) => a - b)) {
    const run = runs.at(-1);
    if (run && run.at(-1) === day - 1) run.push(day);
    else runs.push([day]);
  }
  const parts = runs.flatMap((run) => {
    const first = run[0];
    const last = run.at(-1);
    if (run.length < 3 || first === undefined || last === undefined) {
      return run.map((day) => format.weekday(day));
    }
    return [t('contacts.dayRange', { from: format.weekday(first), to: format.weekday(last) })];
  });
  return new Intl.ListFormat(format.locale, { style: 'short', type: 'unit' }).format(parts);
}

/** "09:00–17:30 Mon–Fri, Asia/Ho_Chi_Minh": the hours are on the contact's own clock. */
export function describeWorkingHours(
  contact: { workStart: string; workEnd: string; workWeekdays: number[]; timeZone: string | null },
  format: Format,
  t: TFunction,
): string {
  const values = {
    start: contact.workStart,
    end: contact.workEnd,
    days: describeWeekdays(contact.workWeekdays, format, t),
    zone: contact.timeZone,
  };
  return contact.timeZone
    ? t('contacts.workingHoursIn', values)
    : t('contacts.workingHoursNoZone', values);
}

// <input type="time"> cannot show 24:00, so the form shows an end at midnight as 00:00; an end
// of 00:00 could mean nothing else, as working hours must end after they start.
export const endToForm = (end: string) => (end === '24:00' ? '00:00' : end);
export const endFromForm = (end: string) => (end === '00:00' ? '24:00' : end);
