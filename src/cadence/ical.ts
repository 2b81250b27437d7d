// iCalendar events (RFC 5545, iTIP of RFC 5546): a user's private feed and e-mailed invitations.
// Which TZID a meeting's times are written with, and its VTIMEZONE, come from ical-timezones.ts.
import ical, {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  type ICalCalendar,
  ICalCalendarMethod,
  ICalEventStatus,
} from 'ical-generator';
import { DateTime, IANAZone } from 'luxon';
import { chooseTzid, findVtimezone } from './ical-timezones.ts';

export type CalendarMeetingStatus = 'scheduled' | 'cancelled';

/** ROLE in RFC 5545 terms: chair = CHAIR, required = REQ-PARTICIPANT, … */
export type CalendarAttendeeRole = 'chair' | 'required' | 'optional' | 'non_participant';

/** PARTSTAT in RFC 5545 terms: the attendee's answer to the invitation so far. */
export type CalendarAttendeeResponse = 'needs_action' | 'accepted' | 'declined' | 'tentative';

/** Someone with an empty e-mail is left out of a feed; an invitation needs the organiser's. */
export type CalendarPerson = { name: string; email: string };

export type CalendarAttendee = CalendarPerson & {
  role: CalendarAttendeeRole;
  response: CalendarAttendeeResponse;
};

/** One meeting as calendars see it. */
export type CalendarMeeting = {
  id: string;
  seriesId: string;
  /** SEQUENCE: raised by the cadence service on every change attendees must see, cancels too. */
  sequence: number;
  status: CalendarMeetingStatus;
  /** The UTC instant the meeting starts. */
  startsAt: Date;
  durationMinutes: number;
  /**
   * The organiser's IANA zone. DTSTART and DTEND are written in it with a TZID and VTIMEZONE, or in
   * UTC within three hours of a change of offset and in zones no yearly rule describes.
   */
  timeZone: string;
  summary: string;
  agenda: string;
  /** A room or address, if the meeting has one. */
  location?: string | null;
  /** A Zoom, Google Meet or Microsoft Teams link (any http(s) URL is accepted). */
  videoUrl?: string | null;
  organizer: CalendarPerson;
  attendees: readonly CalendarAttendee[];
  createdAt: Date;
  updatedAt: Date;
};

export type FeedOptions = {
  /** After the @ of every UID (`<meeting id>@<uidDomain>`); feeds and e-mails must share it. */
  uidDomain: string;
  /** How often calendar apps should fetch the feed again (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
  refreshMinutes?: number;
};

export type InvitationOptions = {
  uidDomain: string;
  /** When the message is created: DTSTAMP of an iTIP message (RFC 5546). */
  sentAt: Date;
};

export type InvitationMethod = 'REQUEST' | 'CANCEL';

export type VideoProvider = 'zoom' | 'google_meet' | 'teams';

const defaultRefreshMinutes = 60;
const productId = { company: 'Liaison', product: 'Liaison', language: 'EN' };

export function meetingUid(meetingId: string, uidDomain: string): string {
  return `${meetingId}@${uidDomain}`;
}

/** The Content-Type of an .ics attachment for this method, as mail clients expect it. */
export function invitationContentType(method: InvitationMethod): string {
  return `text/calendar; method=${method}; charset=UTF-8`;
}

/** Which service a video link belongs to, by host; throws for a string that is not a URL. */
export function findVideoProvider(url: string): VideoProvider | null {
  const host = new URL(url).hostname.toLowerCase();
  if (host === 'zoom.us' || host.endsWith('.zoom.us')) return 'zoom';
  if (host === 'meet.google.com') return 'google_meet';
  if (host === 'teams.microsoft.com' || host === 'teams.live.com') return 'teams';
  return null;
}

/**
 * A user's private feed: every meeting as one VEVENT, cancelled ones kept with STATUS:CANCELLED so
 * subscribed calendars drop them. No METHOD: a subscription is a published calendar, not an iTIP
 * message. DTSTAMP is the meeting's last change, so an unchanged feed renders byte for byte alike.
 */
export function renderFeed(
  calendarName: string,
  meetings: readonly CalendarMeeting[],
  options: FeedOptions,
): string {
  const calendar = createCalendar()
    // ical-generator writes NAME and X-WR-CALNAME without escaping them.
    .name(escapeText(calendarName))
    .ttl((options.refreshMinutes ?? defaultRefreshMinutes) * 60);
  for (const meeting of meetings) {
    addMeeting(calendar, meeting, {
      uidDomain: options.uidDomain,
      stamp: meeting.updatedAt,
      status: eventStatuses[meeting.status],
    });
  }
  return serialise(calendar);
}

/**
 * A single-event iTIP message (RFC 5546) for an e-mail attachment. REQUEST invites to a new or
 * changed meeting (attendees asked to reply); throws for a cancelled meeting. CANCEL of a cancelled
 * meeting cancels it for everyone (STATUS:CANCELLED); CANCEL of a scheduled one uninvites the
 * attendees the given meeting lists, so pass only the removed ones (RFC 5546 3.2.5: no STATUS).
 */
export function renderInvitation(
  meeting: CalendarMeeting,
  method: InvitationMethod,
  options: InvitationOptions,
): string {
  if (method === 'REQUEST' && meeting.status === 'cancelled') {
    throw new Error(`Meeting ${meeting.id} is cancelled: send a CANCEL, not a REQUEST`);
  }
  if (!meeting.organizer.email) {
    throw new Error(`Meeting ${meeting.id} has no organiser's e-mail, which RFC 5546 requires`);
  }
  const calendar = createCalendar().method(
    method === 'REQUEST' ? ICalCalendarMethod.REQUEST : ICalCalendarMethod.CANCEL,
  );
  addMeeting(calendar, meeting, {
    uidDomain: options.uidDomain,
    stamp: options.sentAt,
    status:
      method === 'CANCEL' && meeting.status === 'scheduled' ? null : eventStatuses[meeting.status],
    askForReply: method === 'REQUEST',
  });
  return serialise(calendar);
}

/** ical-generator ends the last line without the CRLF every RFC 5545 content line ends with. */
function serialise(calendar: ICalCalendar): string {
  return `${calendar.toString()}\r\n`;
}

function createCalendar(): ICalCalendar {
  return ical({ prodId: productId, timezone: { name: null, generator: findVtimezone } });
}

function addMeeting(
  calendar: ICalCalendar,
  meeting: CalendarMeeting,
  rendering: {
    uidDomain: string;
    stamp: Date;
    status: ICalEventStatus | null;
    askForReply?: boolean;
  },
): void {
  checkMeeting(meeting);
  const startsAt = DateTime.fromJSDate(meeting.startsAt, { zone: meeting.timeZone });
  // Minutes are added to the instant, so a meeting across a DST change keeps its length.
  const endsAt = startsAt.plus({ minutes: meeting.durationMinutes });
  const tzid = chooseTzid(meeting.timeZone, [startsAt, endsAt]);
  // ical-generator turns a Date into wall-clock time with the machine's zone; a Luxon DateTime it
  // converts with the event's zone, so the instants go in as DateTimes.
  const zone = tzid ?? 'utc';
  const videoUrl = meeting.videoUrl ? normaliseVideoUrl(meeting.videoUrl) : null;
  const event = calendar.createEvent({
    id: meetingUid(meeting.id, rendering.uidDomain),
    sequence: meeting.sequence,
    stamp: rendering.stamp,
    created: meeting.createdAt,
    lastModified: meeting.updatedAt,
    start: startsAt.setZone(zone),
    end: endsAt.setZone(zone),
    timezone: tzid,
    summary: plainText(meeting.summary),
    description: describeMeeting(plainText(meeting.agenda), videoUrl),
    location: locate(meeting.location && plainText(meeting.location), videoUrl),
    url: videoUrl,
    status: rendering.status,
    organizer: meeting.organizer.email
      ? { name: paramText(meeting.organizer.name), email: meeting.organizer.email }
      : null,
  });
  event.x('X-LIAISON-SERIES-ID', meeting.seriesId);
  for (const attendee of meeting.attendees.filter((person) => person.email)) {
    event.createAttendee({
      name: paramText(attendee.name),
      email: attendee.email,
      role: attendeeRoles[attendee.role],
      status: attendeeResponses[attendee.response],
      rsvp: rendering.askForReply && isAskedToReply(attendee, meeting.organizer) ? true : null,
    });
  }
}

function isAskedToReply(attendee: CalendarAttendee, organizer: CalendarPerson): boolean {
  return (
    attendee.role !== 'non_participant' &&
    attendee.email.toLowerCase() !== organizer.email.toLowerCase()
  );
}

const eventStatuses: Record<CalendarMeetingStatus, ICalEventStatus> = {
  scheduled: ICalEventStatus.CONFIRMED,
  cancelled: ICalEventStatus.CANCELLED,
};

const attendeeRoles: Record<CalendarAttendeeRole, ICalAttendeeRole> = {
  chair: ICalAttendeeRole.CHAIR,
  required: ICalAttendeeRole.REQ,
  optional: ICalAttendeeRole.OPT,
  non_participant: ICalAttendeeRole.NON,
};

const attendeeResponses: Record<CalendarAttendeeResponse, ICalAttendeeStatus> = {
  needs_action: ICalAttendeeStatus.NEEDSACTION,
  accepted: ICalAttendeeStatus.ACCEPTED,
  declined: ICalAttendeeStatus.DECLINED,
  tentative: ICalAttendeeStatus.TENTATIVE,
};

function checkMeeting(meeting: CalendarMeeting): void {
  // IANAZone.create caches the zone; isValidZone builds an Intl formatter on every call.
  if (!IANAZone.create(meeting.timeZone).isValid) {
    throw new RangeError(`Unknown time zone "${meeting.timeZone}" for meeting ${meeting.id}`);
  }
  if (!Number.isInteger(meeting.durationMinutes) || meeting.durationMinutes <= 0) {
    throw new RangeError(`Meeting ${meeting.id} needs a positive whole number of minutes`);
  }
  if (!Number.isInteger(meeting.sequence) || meeting.sequence < 0) {
    throw new RangeError(`Meeting ${meeting.id} has an invalid sequence ${meeting.sequence}`);
  }
}

function describeMeeting(agenda: string, videoUrl: string | null): string {
  if (!videoUrl) return agenda;
  const provider = findVideoProvider(videoUrl);
  const link = provider ? `${providerNames[provider]}: ${videoUrl}` : videoUrl;
  return agenda.trim() ? `${link}\n\n${agenda}` : link;
}

const providerNames: Record<VideoProvider, string> = {
  zoom: 'Zoom',
  google_meet: 'Google Meet',
  teams: 'Microsoft Teams',
};

function locate(location: string | null | undefined, videoUrl: string | null): string | null {
  const place = location?.trim();
  if (place && videoUrl) return `${place} · ${videoUrl}`;
  return place || videoUrl;
}

function normaliseVideoUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new RangeError(`A video link must be an http(s) URL, not ${parsed.protocol}`);
  }
  // URL is a URI value, which RFC 5545 does not escape, yet ical-generator backslash-escapes
  // commas and semicolons in it; video services decode the percent-encoded forms alike.
  return parsed.href.replaceAll(',', '%2C').replaceAll(';', '%3B');
}

/** RFC 5545 TEXT escaping, for values ical-generator writes as they are. */
function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (character) => `\\${character}`).replace(/\r\n|\r|\n/g, '\\n');
}

/** TEXT may hold no control characters but tab and line breaks (RFC 5545 3.3.11). */
function plainText(text: string): string {
  return text.replace(/[^\P{Cc}\t\n\r]/gu, '');
}

/**
 * A name for a quoted parameter (CN="…"): RFC 5545 allows neither DQUOTE nor control characters
 * there and has no escape for them; ical-generator puts a backslash before a DQUOTE or backslash,
 * which clients show. So quotes become apostrophes and backslashes go.
 */
function paramText(name: string): string {
  return name
    .replace(/\p{Cc}+/gu, ' ')
    .replaceAll('"', "'")
    .replaceAll('\\', '');
}
