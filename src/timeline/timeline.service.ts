// The relationship timeline of one distributor: everything that happened, both sides, newest
// first. Each domain lists its own events (its *-lookup.service.ts, which applies its own rules
// of who sees what: charter drafts, concern drafts and lifecycle changes stay the principal's);
// this module merges the pages in one transaction scoped to the caller and hands out a cursor.
import { actionItemEvents, meetingEvents } from '../cadence/meeting-lookup.service.ts';
import { charterTimeline } from '../charter/charter-lookup.service.ts';
import { communicationTimeline } from '../communication/interaction-lookup.service.ts';
import { concernTimeline } from '../concerns/concern-lookup.service.ts';
import type { Tx } from '../db/client.ts';
import { distributorTimeline } from '../distributors/distributor-lookup.service.ts';
import { getVisibleDistributor } from '../distributors/distributors.service.ts';
import { fieldError } from '../platform/errors.ts';
import { type Context, inTransaction } from '../platform/tenancy.ts';
import type {
  TimelineCursor,
  TimelineEvent,
  TimelineKind,
  TimelinePage,
} from '../platform/timeline.ts';
import { reportTimeline } from '../reports/report-lookup.service.ts';
import type { TimelineQuery } from './timeline.schema.ts';

type Source = (
  ctx: Context,
  tx: Tx,
  distributorId: string,
  page: TimelinePage,
) => Promise<TimelineEvent[]>;

const sources: Record<TimelineKind, Source> = {
  meeting: meetingEvents,
  action_item: actionItemEvents,
  report: reportTimeline,
  charter: charterTimeline,
  communication: communicationTimeline,
  concern: concernTimeline,
  lifecycle: distributorTimeline,
};

export function encodeCursor(cursor: TimelineCursor) {
  return Buffer.from(JSON.stringify([cursor.at.toISOString(), cursor.id])).toString('base64url');
}

export function decodeCursor(ctx: Context, text: string): TimelineCursor {
  try {
    const [at, id] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown[];
    const date = new Date(String(at));
    if (typeof id !== 'string' || Number.isNaN(date.getTime())) throw new Error('cursor');
    return { at: date, id };
  } catch {
    throw fieldError(ctx.t, '#/cursor', 'validation.invalid');
  }
}

/** Newest first; at the same instant, by id, as the queries order them (byte by byte). */
function newestFirst(a: TimelineEvent, b: TimelineEvent) {
  const byTime = b.at.getTime() - a.at.getTime();
  if (byTime !== 0) return byTime;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

export function getTimeline(ctx: Context, distributorId: string, query: TimelineQuery) {
  const page: TimelinePage = {
    before: query.cursor ? decodeCursor(ctx, query.cursor) : null,
    limit: query.limit + 1,
  };
  return inTransaction(ctx, async (tx) => {
    await getVisibleDistributor(ctx, tx, distributorId);
    const events: TimelineEvent[] = [];
    for (const kind of new Set(query.kinds)) {
      events.push(...(await sources[kind](ctx, tx, distributorId, page)));
    }
    events.sort(newestFirst);
    const items = events.slice(0, query.limit);
    const last = items.at(-1);
    return {
      items,
      nextCursor: events.length > query.limit && last ? encodeCursor(last) : null,
    };
  });
}
