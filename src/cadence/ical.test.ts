import { describe, expect, it } from 'vitest';
import {
  events,
  expectWellFormedLines,
  jonas,
  lan,
  makeMeeting,
  onlyEvent,
  parse,
  sentAt,
  text,
  uidDomain,
} from './ical.fixture.ts';
import { invitationContentType, meetingUid, renderFeed, renderInvitation } from './ical.ts';

// Every .ics here is read back with Mozilla's ical.js (Thunderbird's parser), not with the
// library that wrote it.

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
