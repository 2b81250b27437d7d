// One meeting in detail, and its notes: attendance, agenda and notes are saved as a draft until
// published; publishing marks the meeting held, freezes the notes and e-mails every attendee.
import type { Tx } from '../db/client.ts';
import { lookUpContacts } from '../distributors/contacts.service.ts';
import { getVisibleDistributor } from '../distributors/distributors.service.ts';
import { recordAudit } from '../platform/audit.ts';
import { AppError, type FieldError } from '../platform/errors.ts';
import { type Context, inTransaction, principalEditors, requireRole } from '../platform/tenancy.ts';
import { actionItemViews, noteEditors } from './action-items.service.ts';
import { agendaFor } from './agenda.ts';
import { meetingView } from './cadence.service.ts';
import { mayChangeSchedule, sideOf } from './meeting-changes.service.ts';
import {
  findMeeting,
  findNotesPublisherName,
  type MeetingRow,
  updateMeetingRow,
} from './meetings.queries.ts';
import type { MeetingNotesInput } from './notes.schema.ts';
import { queueNotesMail } from './notes-mail.service.ts';
import { bothSidesAttended } from './notes-rules.ts';
import { findCadencePlanById } from './plans.queries.ts';
import { listTimeProposals } from './time-proposals.queries.ts';

async function lockedMeeting(ctx: Context, tx: Tx, distributorId: string, meetingId: string) {
  const row = await findMeeting(tx, ctx.actor.workspaceId, distributorId, meetingId, {
    forUpdate: true,
  });
  if (!row) throw new AppError('not_found');
  return row;
}

/** A meeting's proposals as the caller sees them: who may answer or withdraw each. */
async function timeProposalViews(ctx: Context, tx: Tx, row: MeetingRow) {
  const rows = await listTimeProposals(tx, ctx.actor.workspaceId, row.id);
  const open = mayChangeSchedule(ctx, row);
  return rows.map((proposal) => {
    const waiting = proposal.status === 'pending' && open;
    return {
      id: proposal.id,
      proposedStartsAt: proposal.proposedStartsAt,
      previousStartsAt: proposal.previousStartsAt,
      reason: proposal.reason,
      proposedByName: proposal.proposedByName,
      side: proposal.proposerSide,
      status: proposal.status,
      answerNote: proposal.answerNote,
      answeredByName: proposal.answeredByName,
      answeredAt: proposal.answeredAt,
      createdAt: proposal.createdAt,
      canAnswer: waiting && proposal.proposerSide !== sideOf(ctx),
      canWithdraw: waiting && proposal.proposerSide === sideOf(ctx),
    };
  });
}

export async function meetingDetail(ctx: Context, tx: Tx, row: MeetingRow) {
  const plan = await findCadencePlanById(tx, row.workspaceId, row.planId);
  if (!plan) throw new Error(`meeting ${row.id} has no plan`);
  const contactIds = new Set([
    ...plan.attendeeContactIds,
    ...row.attendance.map((entry) => entry.contactId),
    ...(row.noteTakerContactId ? [row.noteTakerContactId] : []),
  ]);
  const contacts = await lookUpContacts(tx, row.workspaceId, {
    distributorId: row.distributorId,
    ids: [...contactIds],
  });
  const present = new Map(row.attendance.map((entry) => [entry.contactId, entry.present]));
  const noteTaker = contacts.find((person) => person.id === row.noteTakerContactId);
  const distributorRow = await getVisibleDistributor(ctx, tx, row.distributorId);
  return {
    ...meetingView(row, ctx.clock.now(), plan.startsOn),
    distributorName: distributorRow.name,
    agenda: agendaFor(row.kind, plan.agendas, ctx.t, row.agenda),
    people: contacts
      .sort((a, b) => a.side.localeCompare(b.side) * -1 || a.name.localeCompare(b.name))
      .map((person) => ({
        contactId: person.id,
        name: person.name,
        side: person.side,
        email: person.email,
        present: present.get(person.id) ?? null,
        invited: plan.attendeeContactIds.includes(person.id),
      })),
    noteTaker: noteTaker ? { contactId: noteTaker.id, name: noteTaker.name } : null,
    notes: row.notes,
    notesPublishedAt: row.notesPublishedAt,
    notesPublishedBy: row.notesPublishedBy
      ? await findNotesPublisherName(tx, row.workspaceId, row.id)
      : null,
    actionItems: await actionItemViews(ctx, tx, { meetingId: row.id }),
    canEdit: noteEditors.includes(ctx.actor.role),
    calledOff:
      row.status === 'cancelled' || row.status === 'skipped'
        ? {
            reason: row.statusReason,
            byName: row.statusChangedByName,
            at: row.statusChangedAt,
          }
        : null,
    proposals: await timeProposalViews(ctx, tx, row),
    canChangeSchedule: mayChangeSchedule(ctx, row),
    canReschedule: mayChangeSchedule(ctx, row) && principalEditors.includes(ctx.actor.role),
  };
}

export async function getMeeting(ctx: Context, distributorId: string, meetingId: string) {
  return inTransaction(ctx, async (tx) => {
    await getVisibleDistributor(ctx, tx, distributorId);
    const row = await findMeeting(tx, ctx.actor.workspaceId, distributorId, meetingId);
    if (!row) throw new AppError('not_found');
    return meetingDetail(ctx, tx, row);
  });
}

/** Refuses notes where they cannot be taken: published, called off, or not started yet. */
function checkNotesAllowed(ctx: Context, row: MeetingRow, input: MeetingNotesInput) {
  if (row.notesPublishedAt) throw new AppError('notes_published');
  if (row.status === 'cancelled' || row.status === 'skipped') {
    throw new AppError('meeting_state', {
      params: { status: ctx.t(`meeting.status.${row.status}`) },
    });
  }
  const takesNotes = input.publish || input.notes !== undefined || input.attendance !== undefined;
  if (takesNotes && row.startsAt > ctx.clock.now()) throw new AppError('meeting_not_started');
}

async function checkPeople(ctx: Context, tx: Tx, row: MeetingRow, input: MeetingNotesInput) {
  const wanted = [
    ...(input.noteTakerContactId ? [input.noteTakerContactId] : []),
    ...(input.attendance ?? []).map((entry) => entry.contactId),
  ];
  const contacts = await lookUpContacts(tx, row.workspaceId, {
    distributorId: row.distributorId,
    ids: wanted,
  });
  const found = new Set(contacts.map((c) => c.id));
  const errors: FieldError[] = [];
  const unknown = ctx.t('validation.contact_other_distributor');
  if (input.noteTakerContactId && !found.has(input.noteTakerContactId)) {
    errors.push({ pointer: '#/noteTakerContactId', detail: unknown });
  }
  input.attendance?.forEach((entry, index) => {
    if (!found.has(entry.contactId)) {
      errors.push({ pointer: `#/attendance/${index}/contactId`, detail: unknown });
    }
  });
  const notes = input.notes ?? row.notes ?? '';
  if (input.publish && !notes.trim()) {
    errors.push({ pointer: '#/notes', detail: ctx.t('validation.notes_required') });
  }
  if (errors.length) throw new AppError('validation_failed', { errors });
  return new Map(contacts.map((c) => [c.id, c.side]));
}

export async function saveMeetingNotes(
  ctx: Context,
  distributorId: string,
  meetingId: string,
  input: MeetingNotesInput,
) {
  requireRole(ctx.actor, noteEditors);
  return inTransaction(ctx, async (tx) => {
    await getVisibleDistributor(ctx, tx, distributorId);
    const before = await lockedMeeting(ctx, tx, distributorId, meetingId);
    checkNotesAllowed(ctx, before, input);
    const sides = await checkPeople(ctx, tx, before, input);
    const now = ctx.clock.now();
    const after = await updateMeetingRow(tx, ctx.actor.workspaceId, meetingId, {
      ...(input.agenda ? { agenda: input.agenda } : {}),
      ...(input.noteTakerContactId !== undefined
        ? { noteTakerContactId: input.noteTakerContactId }
        : {}),
      ...(input.attendance
        ? {
            attendance: input.attendance,
            bothSidesPresent: bothSidesAttended(input.attendance, sides),
          }
        : {}),
      ...(input.notes !== undefined ? { notes: input.notes } : {}),
      ...(input.publish
        ? {
            status: 'held' as const,
            notesPublishedAt: now,
            notesPublishedBy: ctx.actor.userId,
          }
        : {}),
      updatedAt: now,
    });
    if (!after) throw new Error('meeting update returned no row');
    await recordAudit(tx, ctx.actor, {
      entityType: 'meeting',
      entityId: meetingId,
      distributorId,
      action: input.publish ? 'meeting.notes_published' : 'meeting.notes_saved',
      before: notesAudit(before),
      after: notesAudit(after),
    });
    const detail = await meetingDetail(ctx, tx, after);
    if (input.publish) await queueNotesMail(ctx, tx, distributorId, detail);
    return detail;
  });
}

function notesAudit(row: MeetingRow) {
  return {
    status: row.status,
    agenda: row.agenda,
    noteTakerContactId: row.noteTakerContactId,
    attendance: row.attendance,
    bothSidesPresent: row.bothSidesPresent,
    notes: row.notes,
    notesPublishedAt: row.notesPublishedAt,
  };
}
