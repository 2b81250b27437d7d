// The one clock. Server code never reads the machine's time directly: services take it from
// `ctx.clock`, jobs from their `JobContext`, so a test can pin "now" instead of backdating rows.
import { DateTime } from 'luxon';

export type Clock = {
  /** The current instant. */
  now(): Date;
};

export const systemClock: Clock = { now: () => new Date() };

/** The current instant as a Luxon DateTime in `timeZone` (an IANA name). */
export function nowIn(clock: Clock, timeZone: string): DateTime {
  return DateTime.fromJSDate(clock.now(), { zone: timeZone || 'UTC' });
}

/** Today's date (YYYY-MM-DD) on a calendar in `timeZone`. */
export function todayIn(clock: Clock, timeZone: string): string {
  // toISODate() is null only for an invalid zone, which the zod field types already refuse.
  return nowIn(clock, timeZone).toISODate() ?? nowIn(clock, 'UTC').toISODate() ?? '';
}
