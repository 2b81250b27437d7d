// Global search: distributors, contacts, meetings, reports and charters in one answer, grouped.
// Each domain finds its own records (its *-lookup.service.ts) and keeps its own rules of who sees
// what; this module only asks them, in one transaction scoped to the caller, and shapes the
// answer. A distributor's user finds only their own company's records.
import { searchMeetings } from '../cadence/meeting-lookup.service.ts';
import { searchCharters } from '../charter/charter-lookup.service.ts';
import type { CharterStatus, MeetingKind, MeetingStatus, ReportStatus, Side } from '../db/types.ts';
import { searchDistributorsAndContacts } from '../distributors/distributor-lookup.service.ts';
import { type Context, inTransaction } from '../platform/tenancy.ts';
import { textMatch } from '../platform/text-match.ts';
import { searchReports } from '../reports/report-lookup.service.ts';
import type { GlobalSearchQuery, GlobalSearchResults } from './search.schema.ts';

export function searchEverything(
  ctx: Context,
  query: GlobalSearchQuery,
): Promise<GlobalSearchResults> {
  const match = textMatch(query.q);
  const limit = query.limit;
  return inTransaction(ctx, async (tx) => {
    const { distributors, contacts } = await searchDistributorsAndContacts(ctx, tx, match, limit);
    const meetings = await searchMeetings(ctx, tx, match, limit);
    const reports = await searchReports(ctx, tx, match, limit);
    const charters = await searchCharters(ctx, tx, match, limit);
    return {
      distributors: distributors.map((row) => ({
        id: row.id,
        name: row.name,
        city: row.city,
        country: row.country,
        status: row.status as 'active' | 'archived',
      })),
      contacts: contacts.map((row) => ({
        id: row.id,
        name: row.name,
        title: row.title,
        email: row.email,
        side: row.side as Side,
        distributor: { id: row.distributor_id, name: row.distributor_name },
      })),
      meetings: meetings.map((row) => ({
        id: row.id,
        kind: row.kind as MeetingKind,
        rhythm: row.rhythm,
        number: Number(row.number),
        startsAt: new Date(row.starts_at),
        status: row.status as MeetingStatus,
        distributor: { id: row.distributor_id, name: row.distributor_name },
      })),
      reports: reports.map((row) => ({
        id: row.id,
        period: row.period,
        status: row.status as ReportStatus,
        revision: Number(row.revision),
        distributor: { id: row.distributor_id, name: row.distributor_name },
      })),
      charters: charters.map((row) => ({
        id: row.id,
        version: Number(row.version),
        status: row.status as CharterStatus,
        distributor: { id: row.distributor_id, name: row.distributor_name },
      })),
    };
  });
}
