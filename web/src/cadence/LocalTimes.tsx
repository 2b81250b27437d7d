import { useFormat } from '../format/use-format.ts';
import { localDateLabel, offsetAt } from './cadence-format.ts';
import type { MeetingRecord } from './use-cadence.ts';

/** One side's wall-clock time, once per zone that side attends from, with the zone's name. */
export function LocalTimes({
  meeting,
  party,
}: {
  meeting: Pick<MeetingRecord, 'attendees' | 'startsAt'>;
  party: 'principal' | 'distributor';
}) {
  const format = useFormat();
  const attendees = meeting.attendees.filter((attendee) => attendee.party === party);
  const zones = [...new Map(attendees.map((attendee) => [attendee.timeZone, attendee])).values()];
  if (zones.length === 0) return <span className="muted">—</span>;
  return (
    <>
      {zones.map((attendee) => (
        <div key={attendee.timeZone}>
          <span className="strong">{attendee.localTime}</span>{' '}
          {localDateLabel(format.locale, attendee.localDate)}
          <div className="muted small">
            {attendee.timeZone} ({offsetAt(attendee.timeZone, meeting.startsAt)})
          </div>
        </div>
      ))}
    </>
  );
}
