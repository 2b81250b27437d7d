// Shared by ical.test.ts and ical-timezones.test.ts: a sample meeting, and readers of the .ics.
import ICAL from 'ical.js';
import { expect } from 'vitest';
import type { CalendarMeeting } from './ical.ts';

// Every .ics here is read back with Mozilla's ical.js (Thunderbird's parser), not with the
// library that wrote it.

export const uidDomain = 'liaison.example';
export const sentAt = new Date('2026-03-20T10:15:00Z');

export const lan = { name: 'Nguyễn Thị Lan', email: 'lan.nguyen@saigonmotor.example' };
export const jonas = { name: 'Jonas Becker', email: 'jonas.becker@brenner.example' };

export function makeMeeting(overrides: Partial<CalendarMeeting> = {}): CalendarMeeting {
  return {
    id: '0b7f6a52-3f7e-4c1e-9d55-6a1f0c2e8b11',
    seriesId: '5d1c2b3a-9e8f-4a6b-8c7d-1e2f3a4b5c6d',
    sequence: 0,
    status: 'scheduled',
    startsAt: new Date('2026-03-30T07:00:00Z'),
    durationMinutes: 30,
    timeZone: 'Europe/Berlin',
    summary: 'Weekly check-in: Brenner × Saigon Motor Parts',
    agenda: 'Orders, shipments, inventory, customer escalations',
    videoUrl: 'https://us02web.zoom.us/j/81234567890?pwd=bWVldGluZw',
    organizer: jonas,
    attendees: [
      { ...jonas, role: 'chair', response: 'accepted' },
      { ...lan, role: 'required', response: 'needs_action' },
    ],
    createdAt: new Date('2026-01-12T09:00:00Z'),
    updatedAt: new Date('2026-02-03T16:45:00Z'),
    ...overrides,
  };
}

export function parse(text: string): ICAL.Component {
  return new ICAL.Component(ICAL.parse(text));
}

export function events(vcalendar: ICAL.Component): ICAL.Component[] {
  return vcalendar.getAllSubcomponents('vevent');
}

export function onlyEvent(vcalendar: ICAL.Component): ICAL.Component {
  const [event, ...others] = events(vcalendar);
  expect(others).toHaveLength(0);
  if (!event) throw new Error('no VEVENT');
  return event;
}

export function text(component: ICAL.Component, name: string): string | undefined {
  const value = component.getFirstPropertyValue(name);
  return value === null ? undefined : String(value);
}

const timezones = new WeakMap<ICAL.Component, ICAL.Timezone>();

export function readTimezone(vtimezone: ICAL.Component): ICAL.Timezone {
  const known = timezones.get(vtimezone);
  if (known) return known;
  const timezone = new ICAL.Timezone(vtimezone);
  timezones.set(vtimezone, timezone);
  return timezone;
}

/**
 * The instant a DTSTART or DTEND means to a client: its wall-clock time read with the VTIMEZONE
 * the calendar carries for its TZID (which must be there), or a UTC time.
 */
export function readTime(vcalendar: ICAL.Component, event: ICAL.Component, name: string) {
  const property = event.getFirstProperty(name);
  if (!property) throw new Error(`no ${name}`);
  const time = property.getFirstValue();
  if (!(time instanceof ICAL.Time)) throw new Error(`${name} is not a date-time`);
  const tzid = property.getParameter('tzid');
  if (typeof tzid === 'string') {
    const vtimezone = vcalendar
      .getAllSubcomponents('vtimezone')
      .find((candidate) => candidate.getFirstPropertyValue('tzid') === tzid);
    if (!vtimezone) throw new Error(`no VTIMEZONE for ${tzid}`);
    time.zone = readTimezone(vtimezone);
  } else {
    expect(property.toICALString()).toMatch(/Z$/);
  }
  const wallClock = time.toString();
  return { tzid: typeof tzid === 'string' ? tzid : null, wallClock, instant: time.toJSDate() };
}

export function expectWellFormedLines(ics: string) {
  expect(ics.endsWith('\r\n')).toBe(true);
  const lines = ics.slice(0, -2).split('\r\n');
  for (const line of lines) {
    expect(line).not.toMatch(/[\r\n]/);
    expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    // A fold inside a surrogate pair would leave half a character, which UTF-8 cannot carry.
    expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line);
  }
}
