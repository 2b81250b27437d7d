import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  type CalendarMeeting,
  invitationContentType,
  meetingUid,
  renderFeed,
  renderInvitation,
} from './ical.ts';

// Every .ics here is read back with Mozilla's ical.js (Thunderbird's parser), not with the
// library that wrote it.

const uidDomain = 'liaison.example';
const sentAt = new Date('2026-03-20T10:15:00Z');

const lan = { name: 'Nguyễn Thị Lan', email: 'lan.nguyen@saigonmotor.example' };
const jonas = { name: 'Jonas Becker', email: 'jonas.becker@brenner.example' };

function makeMeeting(overrides: Partial<CalendarMeeting> = {}): CalendarMeeting {
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

function parse(text: string): ICAL.Component {
  return new ICAL.Component(ICAL.parse(text));
}

function events(vcalendar: ICAL.Component): ICAL.Component[] {
  return vcalendar.getAllSubcomponents('vevent');
}

function onlyEvent(vcalendar: ICAL.Component): ICAL.Component {
  const [event, ...others] = events(vcalendar);
  expect(others).toHaveLength(0);
  if (!event) throw new Error('no VEVENT');
  return event;
}

function text(component: ICAL.Component, name: string): string | undefined {
  const value = component.getFirstPropertyValue(name);
  return value === null ? undefined : String(value);
}

const timezones = new WeakMap<ICAL.Component, ICAL.Timezone>();

function readTimezone(vtimezone: ICAL.Component): ICAL.Timezone {
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
function readTime(vcalendar: ICAL.Component, event: ICAL.Component, name: string) {
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

function expectWellFormedLines(ics: string) {
  expect(ics.endsWith('\r\n')).toBe(true);
  const lines = ics.slice(0, -2).split('\r\n');
  for (const line of lines) {
    expect(line).not.toMatch(/[\r\n]/);
    expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    // A fold inside a surrogate pair would leave half a character, which UTF-8 cannot carry.
    expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line);
  }
}

describe('renderFeed', () => {
  it('lists every meeting as an event with a stable UID and no METHOD', () => {
    const weekly = makeMeeting();
    const monthly = makeMeeting({
      id: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
      summary: 'Monthly performance review',
      startsAt: new Date('2026-04-28T07:00:00Z'),
      durationMinutes: 60,
    });
    const ics = renderFeed('Lan · Brenner meetings', [weekly, monthly], { uidDomain });
    const vcalendar = parse(ics);

    expect(vcalendar.getFirstPropertyValue('method')).toBeNull();
    expect(events(vcalendar).map((event) => text(event, 'uid'))).toEqual([
      `${weekly.id}@liaison.example`,
      `${monthly.id}@liaison.example`,
    ]);
    expect(text(vcalendar, 'x-wr-calname')).toBe('Lan · Brenner meetings');
    expect(text(vcalendar, 'version')).toBe('2.0');
    expect(text(vcalendar, 'prodid')).toBe('-//Liaison//Liaison//EN');
  });

  it('renders the same feed byte for byte while nothing changed, so UIDs stay put', () => {
    const meetings = [makeMeeting(), makeMeeting({ id: 'a1', timeZone: 'Australia/Sydney' })];
    const first = renderFeed('Jonas', meetings, { uidDomain });
    const second = renderFeed('Jonas', meetings, { uidDomain });
    expect(second).toBe(first);

    const moved = renderFeed(
      'Jonas',
      meetings.map((meeting) => ({
        ...meeting,
        sequence: meeting.sequence + 1,
        startsAt: new Date(meeting.startsAt.getTime() + 3_600_000),
      })),
      { uidDomain },
    );
    const uids = (ics: string) => events(parse(ics)).map((event) => text(event, 'uid'));
    expect(uids(moved)).toEqual(uids(first));
    expect(uids(first)).toEqual([
      meetingUid(meetings[0]?.id ?? '', uidDomain),
      'a1@liaison.example',
    ]);
  });

  it('tells calendar apps how often to fetch it again', () => {
    const hourly = parse(renderFeed('Lan', [makeMeeting()], { uidDomain }));
    expect(text(hourly, 'x-published-ttl')).toBe('PT1H');
    const refresh = hourly.getFirstProperty('refresh-interval');
    expect(refresh?.type).toBe('duration');
    expect(String(refresh?.getFirstValue())).toBe('PT1H');

    const often = parse(renderFeed('Lan', [makeMeeting()], { uidDomain, refreshMinutes: 15 }));
    expect(text(often, 'x-published-ttl')).toBe('PT15M');
  });

  it('shows a change by a higher SEQUENCE and a cancellation by STATUS:CANCELLED', () => {
    const scheduled = makeMeeting({ sequence: 2 });
    const before = onlyEvent(parse(renderFeed('Lan', [scheduled], { uidDomain })));
    expect(before.getFirstPropertyValue('sequence')).toBe(2);
    expect(text(before, 'status')).toBe('CONFIRMED');

    const cancelled = { ...scheduled, sequence: 3, status: 'cancelled' as const };
    const after = onlyEvent(parse(renderFeed('Lan', [cancelled], { uidDomain })));
    expect(text(after, 'uid')).toBe(text(before, 'uid'));
    expect(after.getFirstPropertyValue('sequence')).toBe(3);
    expect(text(after, 'status')).toBe('CANCELLED');
  });

  it('leaves out people without an e-mail instead of failing the whole feed', () => {
    const meeting = makeMeeting({
      organizer: { name: 'Brenner Autoteile GmbH', email: '' },
      attendees: [
        { ...lan, role: 'required', response: 'accepted' },
        { name: 'Phạm Văn Minh', email: '', role: 'optional', response: 'needs_action' },
      ],
    });
    const event = onlyEvent(parse(renderFeed('Lan', [meeting], { uidDomain })));
    expect(event.getFirstProperty('organizer')).toBeNull();
    expect(event.getAllProperties('attendee').map((attendee) => attendee.getFirstValue())).toEqual([
      'MAILTO:lan.nguyen@saigonmotor.example',
    ]);
    expect(() => renderInvitation(meeting, 'REQUEST', { uidDomain, sentAt })).toThrow(/organiser/);
  });

  it('escapes a calendar name with commas and semicolons', () => {
    // ical.js does not know NAME (RFC 7986) or X-WR-CALNAME and hands them over as written.
    const ics = renderFeed('Brenner, Saigon; weekly', [], { uidDomain });
    expect(ics).toContain('\r\nNAME:Brenner\\, Saigon\\; weekly\r\n');
    expect(ics).toContain('\r\nX-WR-CALNAME:Brenner\\, Saigon\\; weekly\r\n');
  });
});

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

describe('agenda and video link', () => {
  it.each([
    ['https://us02web.zoom.us/j/81234567890?pwd=bWVldGluZw', 'Zoom'],
    ['https://meet.google.com/abc-defg-hij', 'Google Meet'],
    ['https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ%40thread.v2/0', 'Microsoft Teams'],
  ])('puts %s in URL, LOCATION and DESCRIPTION with the agenda', (videoUrl, provider) => {
    const meeting = makeMeeting({ videoUrl });
    const event = onlyEvent(parse(renderFeed('Lan', [meeting], { uidDomain })));
    expect(text(event, 'url')).toBe(videoUrl);
    expect(text(event, 'location')).toBe(videoUrl);
    expect(text(event, 'description')).toBe(
      `${provider}: ${videoUrl}\n\nOrders, shipments, inventory, customer escalations`,
    );
  });

  it('keeps a room next to the link and the agenda alone without one', () => {
    const withRoom = makeMeeting({ location: 'Brenner HQ, Room 2.14' });
    const event = onlyEvent(parse(renderFeed('Lan', [withRoom], { uidDomain })));
    expect(text(event, 'location')).toBe(`Brenner HQ, Room 2.14 · ${withRoom.videoUrl}`);

    const inPerson = makeMeeting({ videoUrl: null, location: 'Saigon Motor Parts, District 7' });
    const inPersonEvent = onlyEvent(parse(renderFeed('Lan', [inPerson], { uidDomain })));
    expect(text(inPersonEvent, 'description')).toBe(inPerson.agenda);
    expect(text(inPersonEvent, 'location')).toBe('Saigon Motor Parts, District 7');
    expect(inPersonEvent.getFirstProperty('url')).toBeNull();
  });

  it('writes a link with commas and semicolons as a URI that still opens the same meeting', () => {
    const meeting = makeMeeting({ videoUrl: 'https://zoom.us/j/812?pwd=a,b;c' });
    const ics = renderFeed('Lan', [meeting], { uidDomain });
    const event = onlyEvent(parse(ics));
    expect(text(event, 'url')).toBe('https://zoom.us/j/812?pwd=a%2Cb%3Bc');
    expect(new URL(text(event, 'url') ?? '').searchParams.get('pwd')).toBe('a,b;c');
  });

  it('refuses a link that is not http(s)', () => {
    const meeting = makeMeeting({ videoUrl: 'javascript:alert(1)' });
    expect(() => renderFeed('Lan', [meeting], { uidDomain })).toThrow(/http\(s\)/);
  });

  it('round-trips Vietnamese, Thai and Chinese text through folding and escaping', () => {
    const agenda = [
      'Đơn hàng tháng 4, lô hàng tại cảng Cát Lái; tồn kho phụ tùng phanh và khiếu nại khách hàng',
      // The same name decomposed (NFD): combining marks may land on a continuation line.
      'Người ghi biên bản: Nguyễn Thị Lan'.normalize('NFD'),
      'สินค้าคงคลัง การจัดส่ง และการร้องเรียนของลูกค้า: ผ้าเบรกและจานเบรก 1,200 ชุด',
      '订单、发货、库存和客户升级；刹车片库存：1,200套，下周三前确认 🚚',
      'Backslash \\ stays, "quotes" stay',
    ].join('\n');
    const summary = 'Họp hằng tuần · ประชุมประจำสัปดาห์ · 每周例会; Brenner, Saigon';
    const meeting = makeMeeting({ summary, agenda, videoUrl: null });
    const ics = renderFeed('Nguyễn Thị Lan — ลาน — 兰', [meeting], { uidDomain });

    expect(ics).toMatch(/\r\n [^\r\n]/); // folded for real
    expectWellFormedLines(ics);
    const vcalendar = parse(ics);
    const event = onlyEvent(vcalendar);
    expect(text(event, 'summary')).toBe(summary);
    expect(text(event, 'description')).toBe(agenda);
    expect(text(vcalendar, 'x-wr-calname')).toBe('Nguyễn Thị Lan — ลาน — 兰');
  });

  it('keeps every line within 75 octets and ends each with CRLF', () => {
    const meeting = makeMeeting({
      summary: 'ประชุมทบทวนผลการดำเนินงานประจำไตรมาส Q2 2026 กับ Siam Auto Components'.repeat(3),
      attendees: [
        {
          name: 'Somchai Wongsakul (สมชาย วงศ์สกุล), Siam Auto Components',
          email: 'somchai@siamauto.example',
          role: 'required',
          response: 'tentative',
        },
      ],
    });
    const feed = renderFeed('Somchai', [meeting], { uidDomain });
    expectWellFormedLines(feed);
    expectWellFormedLines(renderInvitation(meeting, 'REQUEST', { uidDomain, sentAt }));
    expect(feed.split('\r\n').some((line) => Buffer.byteLength(line) > 70)).toBe(true);
  });
});

describe('renderInvitation', () => {
  it('invites with METHOD:REQUEST, the organiser and attendees as mail clients expect', () => {
    const meeting = makeMeeting({
      sequence: 1,
      attendees: [
        { ...jonas, role: 'chair', response: 'accepted' },
        { ...lan, role: 'required', response: 'needs_action' },
        {
          name: 'Weber, Katrin; "QA": Lead',
          email: 'admin@brenner.example',
          role: 'optional',
          response: 'tentative',
        },
      ],
    });
    const ics = renderInvitation(meeting, 'REQUEST', { uidDomain, sentAt });
    const vcalendar = parse(ics);
    expect(vcalendar.getFirstPropertyValue('method')).toBe('REQUEST');
    const event = onlyEvent(vcalendar);
    expect(text(event, 'uid')).toBe(meetingUid(meeting.id, uidDomain));
    expect(event.getFirstPropertyValue('sequence')).toBe(1);
    expect(text(event, 'status')).toBe('CONFIRMED');
    expect(String(event.getFirstPropertyValue('dtstamp'))).toBe('2026-03-20T10:15:00Z');

    const organizer = event.getFirstProperty('organizer');
    expect(organizer?.getFirstValue()).toBe('mailto:jonas.becker@brenner.example');
    expect(organizer?.getParameter('cn')).toBe('Jonas Becker');

    const attendees = event.getAllProperties('attendee').map((attendee) => ({
      address: String(attendee.getFirstValue()).toLowerCase(),
      cn: attendee.getParameter('cn'),
      role: attendee.getParameter('role'),
      partstat: attendee.getParameter('partstat'),
      rsvp: attendee.getParameter('rsvp'),
    }));
    expect(attendees).toEqual([
      {
        address: 'mailto:jonas.becker@brenner.example',
        cn: 'Jonas Becker',
        role: 'CHAIR',
        partstat: 'ACCEPTED',
        rsvp: undefined,
      },
      {
        address: 'mailto:lan.nguyen@saigonmotor.example',
        cn: 'Nguyễn Thị Lan',
        role: 'REQ-PARTICIPANT',
        partstat: 'NEEDS-ACTION',
        rsvp: 'TRUE',
      },
      {
        address: 'mailto:admin@brenner.example',
        cn: "Weber, Katrin; 'QA': Lead",
        role: 'OPT-PARTICIPANT',
        partstat: 'TENTATIVE',
        rsvp: 'TRUE',
      },
    ]);
    const unfolded = ics.replaceAll('\r\n ', '');
    expect(unfolded).toContain(';CN="Nguyễn Thị Lan":');
    expect(unfolded).toContain(';CN="Weber, Katrin; \'QA\': Lead":');
  });

  it('cancels for everyone with METHOD:CANCEL, STATUS:CANCELLED and the next SEQUENCE', () => {
    const cancelled = makeMeeting({ sequence: 3, status: 'cancelled' });
    const vcalendar = parse(renderInvitation(cancelled, 'CANCEL', { uidDomain, sentAt }));
    expect(vcalendar.getFirstPropertyValue('method')).toBe('CANCEL');
    const event = onlyEvent(vcalendar);
    expect(text(event, 'uid')).toBe(meetingUid(cancelled.id, uidDomain));
    expect(event.getFirstPropertyValue('sequence')).toBe(3);
    expect(text(event, 'status')).toBe('CANCELLED');
    for (const attendee of event.getAllProperties('attendee')) {
      expect(attendee.getParameter('rsvp')).toBeUndefined();
    }
  });

  it('uninvites the listed attendees of a meeting that still takes place, without a STATUS', () => {
    const removed = makeMeeting({
      sequence: 4,
      attendees: [{ ...lan, role: 'required', response: 'accepted' }],
    });
    const event = onlyEvent(parse(renderInvitation(removed, 'CANCEL', { uidDomain, sentAt })));
    expect(event.getFirstProperty('status')).toBeNull();
    expect(event.getAllProperties('attendee')).toHaveLength(1);
  });

  it('will not invite to a cancelled meeting', () => {
    const cancelled = makeMeeting({ status: 'cancelled' });
    expect(() => renderInvitation(cancelled, 'REQUEST', { uidDomain, sentAt })).toThrow(
      /send a CANCEL/,
    );
  });

  it('names the MIME type a mail client needs to offer Accept and Decline', () => {
    expect(invitationContentType('REQUEST')).toBe('text/calendar; method=REQUEST; charset=UTF-8');
    expect(invitationContentType('CANCEL')).toBe('text/calendar; method=CANCEL; charset=UTF-8');
  });
});
