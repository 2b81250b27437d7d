// Report months and due dates are calendar values, not instants: they are formatted in UTC so that
// "2026-04-10" reads as 10 April wherever the reader sits.

/** "2026-03" → "March 2026" in the reader's locale. */
export function monthName(period: string, locale: string) {
  const [year = 1970, month = 1] = period.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(Date.UTC(year, month - 1, 1));
}

/** "2026-04-10" → "10 Apr 2026" in the reader's locale. */
export function calendarDate(isoDate: string, locale: string) {
  const [year = 1970, month = 1, day = 1] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    Date.UTC(year, month - 1, day),
  );
}
