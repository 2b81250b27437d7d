// Meeting times in calendars: which TZID and VTIMEZONE (or UTC) each .ics carries, read back with
// ical.js as a client would.
import { describe, expect, it } from 'vitest';
import { events, makeMeeting, onlyEvent, parse, readTime, uidDomain } from './ical.fixture.ts';
import { type CalendarMeeting, renderFeed } from './ical.ts';

describe('time zones', () => {
  // Meetings at 09:00 in the organiser's zone on both sides of each 2026 change: Berlin moves to
  // CEST on 29 March and back on 25 October; Sydney leaves AEDT on 5 April, returns on 4 October.
  it.each([
    ['Europe/Berlin', '2026-03-27T08:00:00Z', '2026-03-27T09:00:00', 'Europe/Berlin'],
    ['Europe/Berlin', '2026-03-29T07:00:00Z', '2026-03-29T09:00:00', 'Europe/Berlin'],
    ['Europe/Berlin', '2026-03-30T07:00:00Z', '2026-03-30T09:00:00', 'Europe/Berlin'],
    ['Europe/Berlin', '2026-10-23T07:00:00Z', '2026-10-23T09:00:00', 'Europe/Berlin'],
    ['Europe/Berlin', '2026-10-26T08:00:00Z', '2026-10-26T09:00:00', 'Europe/Berlin'],
    ['Australia/Sydney', '2026-04-02T22:00:00Z', '2026-04-03T09:00:00', 'Australia/Sydney'],
    ['Australia/Sydney', '2026-04-04T23:00:00Z', '2026-04-05T09:00:00', 'Australia/Sydney'],
    ['Australia/Sydney', '2026-04-05T23:00:00Z', '2026-04-06T09:00:00', 'Australia/Sydney'],
    ['Australia/Sydney', '2026-10-01T23:00:00Z', '2026-10-02T09:00:00', 'Australia/Sydney'],
    ['Australia/Sydney', '2026-10-04T22:00:00Z', '2026-10-05T09:00:00', 'Australia/Sydney'],
    ['America/New_York', '2026-03-09T13:00:00Z', '2026-03-09T09:00:00', 'America/New_York'],
    // Mexico ended daylight saving in 2022; a stale VTIMEZONE would put this at 14:00 UTC.
    ['America/Mexico_City', '2026-07-01T15:00:00Z', '2026-07-01T09:00:00', 'America/Mexico_City'],
    ['Asia/Ho_Chi_Minh', '2026-03-30T07:00:00Z', '2026-03-30T14:00:00', 'Asia/Ho_Chi_Minh'],
    // A link name is written under the name its VTIMEZONE carries.
    ['Asia/Saigon', '2026-03-30T07:00:00Z', '2026-03-30T14:00:00', 'Asia/Ho_Chi_Minh'],
    ['UTC', '2026-03-30T07:00:00Z', '2026-03-30T07:00:00', 'Etc/UTC'],
  ])('writes a meeting in %s at %s as %s with its TZID', (timeZone, startsAt, wallClock, tzid) => {
    const meeting = makeMeeting({ timeZone, startsAt: new Date(startsAt) });
    const vcalendar = parse(renderFeed('Jonas', [meeting], { uidDomain }));
    const event = onlyEvent(vcalendar);

    const start = readTime(vcalendar, event, 'dtstart');
    expect(start).toEqual({ tzid, wallClock, instant: new Date(startsAt) });
    const end = readTime(vcalendar, event, 'dtend');
    expect(end.instant).toEqual(new Date(new Date(startsAt).getTime() + 30 * 60_000));
    expect(vcalendar.getAllSubcomponents('vtimezone')).toHaveLength(1);
  });

  it('keeps the length of a meeting that spans the change to summer time', () => {
    // 01:30 CET to 04:00 CEST on 29 March 2026 is 90 minutes.
    const meeting = makeMeeting({
      startsAt: new Date('2026-03-29T00:30:00Z'),
      durationMinutes: 90,
    });
    const vcalendar = parse(renderFeed('Jonas', [meeting], { uidDomain }));
    const event = onlyEvent(vcalendar);
    expect(readTime(vcalendar, event, 'dtstart').instant).toEqual(meeting.startsAt);
    expect(readTime(vcalendar, event, 'dtend').instant).toEqual(new Date('2026-03-29T02:00:00Z'));
  });

  it.each([
    ['the first 02:30 of 25 October in Berlin', 'Europe/Berlin', '2026-10-25T00:30:00Z'],
    ['the second 02:30 of 25 October in Berlin', 'Europe/Berlin', '2026-10-25T01:30:00Z'],
    ['02:00 CST on 7 November 2027 in Chicago', 'America/Chicago', '2027-11-07T08:00:00Z'],
    ['02:30 AEST on 5 April 2026 in Sydney', 'Australia/Sydney', '2026-04-04T16:30:00Z'],
  ])(
    'writes %s in UTC, so no client has to pick between repeated hours',
    (_, timeZone, startsAt) => {
      // RFC 5545 reads a repeated wall-clock time as its first occurrence, and ical.js reads
      // 02:00 on the day Chicago falls back as 02:00 CDT, an hour early.
      const meeting = makeMeeting({ timeZone, startsAt: new Date(startsAt), durationMinutes: 20 });
      const vcalendar = parse(renderFeed('Jonas', [meeting], { uidDomain }));
      const start = readTime(vcalendar, onlyEvent(vcalendar), 'dtstart');
      expect(start).toEqual({ tzid: null, wallClock: startsAt, instant: new Date(startsAt) });
      expect(vcalendar.getAllSubcomponents('vtimezone')).toHaveLength(0);
    },
  );

  it('puts every meeting at its instant in every IANA zone over 2026 and 2027', () => {
    // Every 11 days and 5 hours, so the meetings fall at every hour of the day in every month;
    // zones whose changes follow no yearly rule (Casablanca, Gaza) must come out right too.
    const wrong: string[] = [];
    let withTzid = 0;
    let total = 0;
    for (const timeZone of Intl.supportedValuesOf('timeZone')) {
      const meetings: CalendarMeeting[] = [];
      for (let at = Date.UTC(2026, 0, 1, 6); at < Date.UTC(2028, 0, 1); at += 269 * 3_600_000) {
        meetings.push(makeMeeting({ id: `${at}`, timeZone, startsAt: new Date(at) }));
      }
      const vcalendar = parse(renderFeed(timeZone, meetings, { uidDomain }));
      events(vcalendar).forEach((event, index) => {
        const expected = meetings[index]?.startsAt.getTime() ?? 0;
        const { instant, tzid } = readTime(vcalendar, event, 'dtstart');
        total += 1;
        if (tzid) withTzid += 1;
        if (instant.getTime() !== expected) {
          const when = new Date(expected).toISOString();
          wrong.push(`${timeZone} ${tzid}: ${when} read as ${instant.toISOString()}`);
        }
      });
    }
    expect(wrong).toEqual([]);
    // UTC is the exception for changes, not the rule.
    expect(withTzid / total).toBeGreaterThan(0.95);
  }, 60_000);

  it('refuses a zone that does not exist', () => {
    expect(() =>
      renderFeed('Lan', [makeMeeting({ timeZone: 'Asia/Hanoi' })], { uidDomain }),
    ).toThrow(/Unknown time zone "Asia\/Hanoi"/);
  });
});
