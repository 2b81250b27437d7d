// Meeting dates are shown on each side's own wall clock: the API sends each attendee's local date
// and time, so these format them without reading the viewer's zone.

/** "Tuesday" for ISO weekday 2, in the user's locale. */
export function weekdayName(locale: string, isoWeekday: number) {
  // 1 January 2024 was a Monday.
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, isoWeekday)),
  );
}

/** "Tue, 10 Nov 2026" for a local calendar date ("2026-11-10"). */
export function localDateLabel(locale: string, localDate: string) {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${localDate}T00:00:00Z`));
}

/** "GMT+7": the zone's offset at that instant, so a DST change shows on the right dates. */
export function offsetAt(zone: string, instant: string) {
  try {
    const parts = new Intl.DateTimeFormat('en', {
      timeZone: zone,
      timeZoneName: 'shortOffset',
    }).formatToParts(new Date(instant));
    return parts.find((part) => part.type === 'timeZoneName')?.value ?? '';
  } catch {
    return '';
  }
}
