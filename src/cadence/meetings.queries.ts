// Every SQL statement about meetings: a plan's series, one meeting, the overview across
// relationships, and the candidates of the two mail jobs (note reminders, invitations).
import {
  and,
  asc,
  desc,
  eq,
  gt,
  gte,
  inArray,
  isNotNull,
  isNull,
  lt,
  lte,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import { userNameSql } from '../accounts/accounts.queries.ts';
import type { Db, Tx } from '../db/client.ts';
import { cadencePlan, distributor, meeting, workspace } from '../db/schema.ts';
import { notesDueAtSql } from './discipline.queries.ts';

export type MeetingRow = typeof meeting.$inferSelect;

const meetingDistributor = and(
  eq(distributor.workspaceId, meeting.workspaceId),
  eq(distributor.id, meeting.distributorId),
);

const meetingPlan = and(
  eq(cadencePlan.workspaceId, meeting.workspaceId),
  eq(cadencePlan.id, meeting.planId),
);

/** Who owes the notes: the meeting's own note-taker, else the plan's (a contact's id). */
const noteTakerContactId = sql<
  string | null
>`coalesce(${meeting.noteTakerContactId}, ${cadencePlan.noteTakerContactId})`;

const meetingEnds = sql`(${meeting.startsAt} + ${meeting.minutes} * interval '1 minute')`;

export async function insertMeetingRows(tx: Tx, rows: (typeof meeting.$inferInsert)[]) {
  if (rows.length) await tx.insert(meeting).values(rows);
}

/** Every meeting of a plan, earliest first. */
export function listPlanMeetings(tx: Tx, workspaceId: string, planId: string) {
  return tx
    .select()
    .from(meeting)
    .where(and(eq(meeting.workspaceId, workspaceId), eq(meeting.planId, planId)))
    .orderBy(asc(meeting.startsAt));
}

/** One meeting of a relationship; `forUpdate` locks it for the rest of the transaction. */
export function findMeeting(
  tx: Tx,
  workspaceId: string,
  distributorId: string,
  meetingId: string,
  options: { forUpdate?: boolean } = {},
) {
  const query = tx
    .select()
    .from(meeting)
    .where(
      and(
        eq(meeting.workspaceId, workspaceId),
        eq(meeting.distributorId, distributorId),
        eq(meeting.id, meetingId),
      ),
    );
  return (options.forUpdate ? query.for('update') : query).then((rows) => rows[0]);
}

/** Changes one meeting; `raiseSequence` tells calendars it is a new version of the event. */
export function updateMeetingRow(
  tx: Tx,
  workspaceId: string,
  meetingId: string,
  changes: Partial<typeof meeting.$inferInsert>,
  options: { raiseSequence?: boolean } = {},
) {
  return tx
    .update(meeting)
    .set({
      ...changes,
      ...(options.raiseSequence ? { sequence: sql`${meeting.sequence} + 1` } : {}),
    })
    .where(and(eq(meeting.workspaceId, workspaceId), eq(meeting.id, meetingId)))
    .returning()
    .then((rows) => rows[0]);
}

/** Sets the agenda of a plan's meetings of one kind still scheduled after `now`. */
export function updateUpcomingAgendas(
  tx: Tx,
  workspaceId: string,
  planId: string,
  kind: MeetingRow['kind'],
  /** null: the default agenda, written out in each reader's language. */
  agenda: string[] | null,
  now: Date,
) {
  return tx
    .update(meeting)
    .set({ agenda, updatedAt: now })
    .where(
      and(
        eq(meeting.workspaceId, workspaceId),
        eq(meeting.planId, planId),
        eq(meeting.kind, kind),
        eq(meeting.status, 'scheduled'),
        gt(meeting.startsAt, now),
      ),
    );
}

/**
 * Meetings that started in [from, to], with their relationship's name and note-taker; with
 * `pendingNotesAt`, only those ended by then that still owe notes, latest first.
 */
export function listMeetingsBetween(
  tx: Tx,
  workspaceId: string,
  query: {
    distributorId: string | null;
    from: Date;
    to: Date;
    pendingNotesAt: Date | null;
    limit: number;
  },
) {
  const pending = query.pendingNotesAt;
  return tx
    .select({
      meeting,
      distributorName: distributor.name,
      noteTakerContactId,
      planStartsOn: cadencePlan.startsOn,
    })
    .from(meeting)
    .innerJoin(distributor, meetingDistributor)
    .innerJoin(cadencePlan, meetingPlan)
    .where(
      and(
        eq(meeting.workspaceId, workspaceId),
        query.distributorId ? eq(meeting.distributorId, query.distributorId) : undefined,
        gte(meeting.startsAt, query.from),
        lte(meeting.startsAt, query.to),
        pending
          ? and(
              isNull(meeting.notesPublishedAt),
              inArray(meeting.status, ['scheduled', 'held']),
              sql`${meetingEnds} <= ${pending}`,
            )
          : undefined,
      ),
    )
    .orderBy(pending ? desc(meeting.startsAt) : asc(meeting.startsAt))
    .limit(query.limit);
}

/**
 * The latest monthly, quarterly and annual meetings with published notes, newest first (for the
 * reports domain's scorecard, through review-notes.service.ts).
 */
export function listPublishedReviewNotes(
  tx: Tx,
  workspaceId: string,
  distributorId: string,
  limit: number,
) {
  return tx
    .select({
      id: meeting.id,
      kind: meeting.kind,
      startsAt: meeting.startsAt,
      notes: meeting.notes,
    })
    .from(meeting)
    .where(
      and(
        eq(meeting.workspaceId, workspaceId),
        eq(meeting.distributorId, distributorId),
        inArray(meeting.kind, ['monthly', 'quarterly', 'annual']),
        isNotNull(meeting.notesPublishedAt),
      ),
    )
    .orderBy(desc(meeting.startsAt))
    .limit(limit);
}

/** The name of the principal: the workspace's. */
export function findPrincipalName(tx: Tx, workspaceId: string) {
  return tx
    .select({ name: workspace.name })
    .from(workspace)
    .where(eq(workspace.id, workspaceId))
    .then((rows) => rows[0]?.name ?? '');
}

// ---- note reminders ----

export type ReminderWindow = { now: Date; endedAfter: Date };

/**
 * Meetings whose note-taker is owed a reminder: notes unpublished, ended in (endedAfter, now],
 * and either never reminded or overdue and not yet told so.
 */
function reminderDue(window: ReminderWindow): SQL | undefined {
  const overdue = sql`${notesDueAtSql(meeting.startsAt, meeting.minutes)} < ${window.now}`;
  return and(
    inArray(meeting.status, ['scheduled', 'held']),
    isNull(meeting.notesPublishedAt),
    lte(meetingEnds, window.now),
    gt(meetingEnds, window.endedAfter),
    or(isNull(meeting.notesRemindedAt), and(overdue, isNull(meeting.notesOverdueNotifiedAt))),
  );
}

/** Across workspaces, for the reminder job: which meetings are owed a reminder (ids only). */
export function listDueNoteRemindersAsOwner(
  db: Db,
  window: ReminderWindow,
  workspaceId: string | null,
) {
  return db
    .select({ workspaceId: meeting.workspaceId, meetingId: meeting.id })
    .from(meeting)
    .where(and(workspaceId ? eq(meeting.workspaceId, workspaceId) : undefined, reminderDue(window)))
    .orderBy(meeting.startsAt);
}

/** One meeting owed a reminder, with the names the mail needs; undefined once it is not. */
export function findDueNoteReminder(
  tx: Tx,
  workspaceId: string,
  meetingId: string,
  window: ReminderWindow,
) {
  return tx
    .select({
      meeting,
      principal: workspace.name,
      distributorName: distributor.name,
      noteTakerContactId,
      planStartsOn: cadencePlan.startsOn,
      isOverdue: sql<boolean>`${notesDueAtSql(meeting.startsAt, meeting.minutes)} < ${window.now}`,
    })
    .from(meeting)
    .innerJoin(workspace, eq(workspace.id, meeting.workspaceId))
    .innerJoin(distributor, meetingDistributor)
    .innerJoin(cadencePlan, meetingPlan)
    .where(
      and(eq(meeting.workspaceId, workspaceId), eq(meeting.id, meetingId), reminderDue(window)),
    )
    .then((rows) => rows[0]);
}

// ---- invitations ----

export type InvitationWindow = { now: Date; horizon: Date };

/** Meetings whose attendees are owed an invitation, an update or a cancellation. */
function invitationDue(window: InvitationWindow): SQL | undefined {
  return and(
    sql`${meeting.invitedSequence} is distinct from ${meeting.sequence}`,
    gt(meeting.startsAt, window.now),
    or(
      // Soon and not yet sent in this version; or moved after it was sent, however far.
      and(
        eq(meeting.status, 'scheduled'),
        or(lt(meeting.startsAt, window.horizon), isNotNull(meeting.invitedSequence)),
      ),
      and(inArray(meeting.status, ['cancelled', 'skipped']), isNotNull(meeting.invitedSequence)),
    ),
  );
}

/** Across workspaces, for the invitation job: which meetings are owed mail (ids only). */
export function listPendingInvitationsAsOwner(
  db: Db,
  window: InvitationWindow,
  workspaceId: string | null,
) {
  return db
    .select({ workspaceId: meeting.workspaceId, meetingId: meeting.id })
    .from(meeting)
    .where(
      and(workspaceId ? eq(meeting.workspaceId, workspaceId) : undefined, invitationDue(window)),
    )
    .orderBy(meeting.startsAt);
}

/** One meeting owed an invitation, with its plan and names; undefined once it is not. */
export function findPendingInvitation(
  tx: Tx,
  workspaceId: string,
  meetingId: string,
  window: InvitationWindow,
) {
  return tx
    .select({
      meeting,
      plan: cadencePlan,
      principal: workspace.name,
      distributorName: distributor.name,
    })
    .from(meeting)
    .innerJoin(workspace, eq(workspace.id, meeting.workspaceId))
    .innerJoin(distributor, meetingDistributor)
    .innerJoin(cadencePlan, meetingPlan)
    .where(
      and(eq(meeting.workspaceId, workspaceId), eq(meeting.id, meetingId), invitationDue(window)),
    )
    .then((rows) => rows[0]);
}

/**
 * The name of who published a meeting's notes, as the caller's row-level security shows users
 * (a distributor's user sees only their own distributor's people); null when hidden or unknown.
 */
export function findNotesPublisherName(tx: Tx, workspaceId: string, meetingId: string) {
  return tx
    .select({ name: userNameSql(meeting.notesPublishedBy) })
    .from(meeting)
    .where(and(eq(meeting.workspaceId, workspaceId), eq(meeting.id, meetingId)))
    .then((rows) => rows[0]?.name ?? null);
}
