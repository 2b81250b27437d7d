import { DateTime, type DurationLike } from 'luxon';
import type { Clock } from '../../src/platform/clock.ts';

export type PinnedClock = Clock & {
  set(instant: string | Date): void;
  advance(duration: DurationLike): void;
};

/** A clock that stands still until the test moves it: `pinnedClock('2027-04-13T09:00:00Z')`. */
export function pinnedClock(instant: string | Date): PinnedClock {
  let current = new Date(instant);
  return {
    now: () => new Date(current),
    set(next) {
      current = new Date(next);
    },
    advance(duration) {
      current = DateTime.fromJSDate(current).plus(duration).toJSDate();
    },
  };
}
