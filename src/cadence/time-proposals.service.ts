// A new time for one meeting, proposed by one side and accepted or declined by the other. Accepting
// moves the meeting as a reschedule does (its calendar sequence rises, invitations follow); the
// proposer's side may withdraw it while it waits. One proposal waits per meeting at most.
import type { Tx } from '../db/client.ts';
import { getVisibleDistributor } from '../distributors/distributors.service.ts';
import { recordAudit } from '../platform/audit.ts';
import { AppError, postgresConstraint } from '../platform/errors.ts';
import { type Context, inTransaction, requireRole } from '../platform/tenancy.ts';
import type { TimeProposalAnswer, TimeProposalInput } from './cadence.schema.ts';
import {
  changeableMeeting,
  meetingEditors,
  moveMeeting,
  publishMeetingEvent,
  sideOf,
} from './meeting-changes.service.ts';
import { meetingDetail } from './notes.service.ts';
import {
  findPendingTimeProposal,
  findTimeProposalForUpdate,
  insertTimeProposal,
  type TimeProposalRow,
  updateTimeProposalRow,
} from './time-proposals.queries.ts';

function auditOf(proposal: TimeProposalRow) {
  return {
    meetingId: proposal.meetingId,
    proposedStartsAt: proposal.proposedStartsAt,
    previousStartsAt: proposal.previousStartsAt,
    reason: proposal.reason,
    status: proposal.status,
    answerNote: proposal.answerNote,
  };
}

export function proposeMeetingTime(
  ctx: Context,
  distributorId: string,
  meetingId: string,
  input: TimeProposalInput,
) {
  requireRole(ctx.actor, meetingEditors);
  return inTransaction(ctx, async (tx) => {
    await getVisibleDistributor(ctx, tx, distributorId);
    const meeting = await changeableMeeting(ctx, tx, distributorId, meetingId);
    const startsAt = new Date(input.startsAt);
    const now = ctx.clock.now();
    if (startsAt <= now || startsAt.getTime() === meeting.startsAt.getTime()) {
      const key = startsAt <= now ? 'validation.meeting_in_past' : 'validation.proposal_same_time';
      throw new AppError('validation_failed', {
        errors: [{ pointer: '#/startsAt', detail: ctx.t(key) }],
      });
    }
    if (await findPendingTimeProposal(tx, ctx.actor.workspaceId, meetingId)) {
      throw new AppError('proposal_pending');
    }
    const proposal = await insertTimeProposal(tx, {
      workspaceId: ctx.actor.workspaceId,
      distributorId,
      meetingId,
      proposedStartsAt: startsAt,
      previousStartsAt: meeting.startsAt,
      reason: input.reason,
      proposedBy: ctx.actor.userId,
      proposedByName: ctx.actor.name,
      proposerSide: sideOf(ctx),
      createdAt: now,
    }).catch((error: unknown) => {
      // Two proposals at once: the partial unique index lets one wait.
      if (postgresConstraint(error) === 'meeting_time_proposal_pending_idx') {
        throw new AppError('proposal_pending');
      }
      throw error;
    });
    if (!proposal) throw new Error('proposal insert returned no row');
    await recordAudit(tx, ctx.actor, {
      entityType: 'meeting_time_proposal',
      entityId: proposal.id,
      distributorId,
      action: 'meeting.time_proposed',
      after: auditOf(proposal),
    });
    await publishMeetingEvent(ctx, tx, 'meeting.time_proposed', meeting, {
      newDay: startsAt.toISOString().slice(0, 10),
      reason: input.reason,
    });
    return meetingDetail(ctx, tx, meeting);
  });
}

async function pendingProposal(ctx: Context, tx: Tx, meetingId: string, proposalId: string) {
  const proposal = await findTimeProposalForUpdate(
    tx,
    ctx.actor.workspaceId,
    meetingId,
    proposalId,
  );
  if (!proposal) throw new AppError('not_found');
  if (proposal.status !== 'pending') {
    throw new AppError('proposal_state');
  }
  return proposal;
}

/** The other side accepts (the meeting moves) or declines a proposed time. */
export function answerTimeProposal(
  ctx: Context,
  ids: { distributorId: string; meetingId: string; proposalId: string },
  input: TimeProposalAnswer,
) {
  requireRole(ctx.actor, meetingEditors);
  return inTransaction(ctx, async (tx) => {
    await getVisibleDistributor(ctx, tx, ids.distributorId);
    const meeting = await changeableMeeting(ctx, tx, ids.distributorId, ids.meetingId);
    const proposal = await pendingProposal(ctx, tx, ids.meetingId, ids.proposalId);
    if (proposal.proposerSide === sideOf(ctx)) throw new AppError('proposal_own_side');
    const now = ctx.clock.now();
    const accepted = input.answer === 'accept';
    const moved = accepted ? await moveMeeting(ctx, tx, meeting, proposal.proposedStartsAt) : null;
    const after = await updateTimeProposalRow(tx, ctx.actor.workspaceId, proposal.id, {
      status: accepted ? 'accepted' : 'declined',
      answerNote: input.note,
      answeredBy: ctx.actor.userId,
      answeredByName: ctx.actor.name,
      answeredAt: now,
    });
    if (!after) throw new Error('proposal update returned no row');
    await recordAudit(tx, ctx.actor, {
      entityType: 'meeting_time_proposal',
      entityId: proposal.id,
      distributorId: ids.distributorId,
      action: accepted ? 'meeting.time_accepted' : 'meeting.time_declined',
      before: auditOf(proposal),
      after: { ...auditOf(after), sequence: moved?.sequence },
    });
    await publishMeetingEvent(
      ctx,
      tx,
      accepted ? 'meeting.rescheduled' : 'meeting.time_declined',
      meeting,
      {
        newDay: proposal.proposedStartsAt.toISOString().slice(0, 10),
        reason: input.note ?? '',
      },
    );
    return meetingDetail(ctx, tx, moved ?? meeting);
  });
}

/** The proposer's side takes its proposal back while it waits. */
export function withdrawTimeProposal(
  ctx: Context,
  ids: { distributorId: string; meetingId: string; proposalId: string },
) {
  requireRole(ctx.actor, meetingEditors);
  return inTransaction(ctx, async (tx) => {
    await getVisibleDistributor(ctx, tx, ids.distributorId);
    const meeting = await changeableMeeting(ctx, tx, ids.distributorId, ids.meetingId);
    const proposal = await pendingProposal(ctx, tx, ids.meetingId, ids.proposalId);
    if (proposal.proposerSide !== sideOf(ctx)) throw new AppError('forbidden');
    const after = await updateTimeProposalRow(tx, ctx.actor.workspaceId, proposal.id, {
      status: 'withdrawn',
      answeredBy: ctx.actor.userId,
      answeredByName: ctx.actor.name,
      answeredAt: ctx.clock.now(),
    });
    if (!after) throw new Error('proposal update returned no row');
    await recordAudit(tx, ctx.actor, {
      entityType: 'meeting_time_proposal',
      entityId: proposal.id,
      distributorId: ids.distributorId,
      action: 'meeting.time_withdrawn',
      before: auditOf(proposal),
      after: auditOf(after),
    });
    return meetingDetail(ctx, tx, meeting);
  });
}
