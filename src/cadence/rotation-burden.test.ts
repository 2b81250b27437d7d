import { describe, expect, it } from 'vitest';
import { officeHours, person, referenceBurden } from './rotation.fixture.ts';
import { measureBurden } from './rotation-burden.ts';

describe('the inconvenience of a slot', () => {
  const berliner = person('katrin', 'principal', 'Europe/Berlin');
  it.each([
    ['inside working hours', '2026-03-24T08:00:00Z', 30, 0],
    ['08:00–09:00 before a 09:00 start, ×1', '2026-03-24T07:00:00Z', 60, 60],
    ['17:00–18:00, half of it after work, ×1', '2026-03-24T16:00:00Z', 60, 30],
    ['06:30–07:00, early morning ×2', '2026-03-24T05:30:00Z', 30, 60],
    ['21:00–21:30, late evening ×2', '2026-03-24T20:00:00Z', 30, 60],
    ['23:00–23:30, night ×4', '2026-03-24T22:00:00Z', 30, 120],
    ['a Saturday at 10:00, a day off ×2', '2026-03-28T09:00:00Z', 30, 60],
    [
      '01:30–03:30 local across the spring-forward night: 60 real minutes ×4',
      '2026-03-29T00:30:00Z',
      60,
      240,
    ],
  ])('%s in Berlin', (_, startUtc, minutes, expected) => {
    expect(measureBurden(berliner, startUtc, minutes)).toBe(expected);
    expect(referenceBurden(officeHours, 'Europe/Berlin', startUtc, minutes)).toBe(expected);
  });
});
