// Join conditions from a meeting to its relationship, its plan and its note-taker (the meeting's
// own, else the plan's), shared by the queries that list meetings with who owes their notes.
import { and, eq, sql } from 'drizzle-orm';
import { cadencePlan, contact, distributor, meeting } from '../db/schema.ts';

export const meetingDistributor = and(
  eq(distributor.workspaceId, meeting.workspaceId),
  eq(distributor.id, meeting.distributorId),
);

export const meetingPlan = and(
  eq(cadencePlan.workspaceId, meeting.workspaceId),
  eq(cadencePlan.id, meeting.planId),
);

export const meetingNoteTaker = and(
  eq(contact.workspaceId, meeting.workspaceId),
  eq(contact.id, sql`coalesce(${meeting.noteTakerContactId}, ${cadencePlan.noteTakerContactId})`),
);
