// The relationship timeline's one event shape and its cursor. Each domain writes the events of
// its own records (a `*-timeline.queries.ts` beside its tables) as a union of rows in this shape;
// src/timeline/ merges them. Kept here, below every domain, so no domain imports another.
import { type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';

export const timelineKinds = [
  'meeting',
  'action_item',
  'report',
  'charter',
  'communication',
  'concern',
  'lifecycle',
] as const;
export type TimelineKind = (typeof timelineKinds)[number];

export type TimelineEvent = {
  /** Unique across the timeline: "<event>:<record id>". */
  id: string;
  kind: TimelineKind;
  /** What happened, as "<kind>.<verb>" ("meeting.held", "report.submitted"). */
  event: string;
  at: Date;
  actorName: string | null;
  /** The record's own words: a meeting's kind, an item's title, a report's month, a section. */
  subject: string | null;
  /** A reason, a summary, a change: free text written by a person. */
  detail: string | null;
  /** The record to open: a meeting id, a report month, a concern id. */
  ref: string | null;
};

/**
 * Events strictly older than this one (newest first: at, then id, both descending; ids compare
 * byte by byte, as JavaScript compares them, so pages from several domains merge in one order).
 */
export type TimelineCursor = { at: Date; id: string };
export type TimelinePage = { before: TimelineCursor | null; limit: number };

type Row = {
  id: string;
  event: string;
  at: Date | string;
  actor_name: string | null;
  subject: string | null;
  detail: string | null;
  ref: string | null;
};

/**
 * One page of a domain's events: `events` is a union of selects with the columns id, event, at,
 * actor_name, subject, detail and ref (all text but `at`). Called from a `*-timeline.queries.ts`.
 */
export async function pageOfEvents(
  tx: Tx,
  kind: TimelineKind,
  events: SQL,
  page: TimelinePage,
): Promise<TimelineEvent[]> {
  const before = page.before
    ? sql`where (e.at, e.id collate "C") < (${page.before.at.toISOString()}::timestamptz, ${page.before.id} collate "C")`
    : sql``;
  // Both drivers answer execute() with an object holding `rows`.
  const result = (await tx.execute(sql`
    select * from (${events}) e ${before}
    order by e.at desc, e.id collate "C" desc
    limit ${page.limit}`)) as unknown as { rows: Row[] };
  return result.rows.map((row) => ({
    id: row.id,
    kind,
    event: row.event,
    at: new Date(row.at),
    actorName: row.actor_name,
    subject: row.subject,
    detail: row.detail,
    ref: row.ref,
  }));
}
