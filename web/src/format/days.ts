/** "2026-03-14": the calendar date some days from now on the user's own clock. */
export function dayFromToday(timeZone: string, days = 0) {
  const then = new Date(Date.now() + days * 24 * 60 * 60 * 1000);
  // en-CA writes dates as YYYY-MM-DD, the form a date input takes.
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(then);
}
