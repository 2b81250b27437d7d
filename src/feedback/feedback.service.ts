// Feedback from both sides: reading a distributor's rounds (each side sees the other's scores; a
// distributor's confidential comments only reach the principal's admins and their author),
// answering the open round once per person, and a principal admin opening the quarter's round on
// demand. `feedbackGaps` is what other areas (early warnings, the playbook) ask of feedback.
import type { Tx } from '../db/client.ts';
import type { Role } from '../db/types.ts';
import { getVisibleDistributor } from '../distributors/distributors.service.ts';
import { recordAudit } from '../platform/audit.ts';
import { AppError } from '../platform/errors.ts';
import { catalogueLanguage } from '../platform/languages.ts';
import { type Context, inTransaction } from '../platform/tenancy.ts';
import {
  type FeedbackAnswerRow,
  type FeedbackRoundRow,
  findRoundForUpdate,
  findWorkspaceName,
  insertAnswer,
  listAnswers,
  listRounds,
} from './feedback.queries.ts';
import type {
  DistributorFeedback,
  FeedbackAnswerInput,
  FeedbackAnswerView,
  FeedbackGap,
  FeedbackRoundView,
} from './feedback.schema.ts';
import { openRound } from './feedback-rounds.service.ts';
import { averagesOf, gapsOf, quarterOf, respondentRoles } from './feedback-rules.ts';

/** Quarters shown on the page and the scorecard. */
const ROUNDS_SHOWN = 8;

type Reader = { userId: string | null; role: Role; distributorId: string | null };

function canReadComments(reader: Reader, row: FeedbackAnswerRow) {
  if (!row.commentsConfidential) return true;
  if (row.userId === reader.userId) return true;
  return reader.distributorId === null && reader.role === 'principal_admin';
}

function answerView(reader: Reader, row: FeedbackAnswerRow): FeedbackAnswerView {
  return {
    id: row.id,
    respondentName: row.respondentName,
    side: row.side,
    language: row.language,
    scores: {
      communication: row.communicationScore,
      support: row.supportScore,
      commitments: row.commitmentsScore,
      overall: row.overallScore,
    },
    comments: canReadComments(reader, row)
      ? {
          communication: row.communicationComment,
          support: row.supportComment,
          commitments: row.commitmentsComment,
          overall: row.overallComment,
        }
      : null,
    commentsConfidential: row.commentsConfidential,
    isMine: row.userId === reader.userId,
    answeredAt: row.answeredAt,
  };
}

const scoresOf = (row: FeedbackAnswerRow) => ({
  communication: row.communicationScore,
  support: row.supportScore,
  commitments: row.commitmentsScore,
  overall: row.overallScore,
});

function roundView(
  reader: Reader,
  round: FeedbackRoundRow,
  answers: FeedbackAnswerRow[],
  now: Date,
): FeedbackRoundView {
  const mine = answers.filter((row) => row.roundId === round.id);
  return {
    id: round.id,
    quarter: round.quarter,
    isOpen: round.closesAt.getTime() > now.getTime(),
    openedAt: round.openedAt,
    closesAt: round.closesAt,
    openerName: round.openerName,
    averages: {
      principal: averagesOf(mine.filter((row) => row.side === 'principal').map(scoresOf)),
      distributor: averagesOf(mine.filter((row) => row.side === 'distributor').map(scoresOf)),
    },
    answers: mine.map((row) => answerView(reader, row)),
    hasAnswered: mine.some((row) => row.userId === reader.userId),
  };
}

async function roundViews(
  tx: Tx,
  workspaceId: string,
  distributorId: string,
  reader: Reader,
  now: Date,
) {
  const rounds = await listRounds(tx, workspaceId, distributorId, ROUNDS_SHOWN);
  const answers = await listAnswers(
    tx,
    workspaceId,
    rounds.map((round) => round.id),
  );
  return rounds.map((round) => roundView(reader, round, answers, now));
}

/** The gaps of the newest round both sides answered (none when no round has both). */
function latestGaps(rounds: FeedbackRoundView[]): FeedbackGap[] {
  for (const round of rounds) {
    const gaps = gapsOf(round.quarter, round.averages.principal, round.averages.distributor);
    const bothAnswered =
      round.answers.some((a) => a.side === 'principal') &&
      round.answers.some((a) => a.side === 'distributor');
    if (bothAnswered) return gaps;
  }
  return [];
}

/**
 * The gaps between the sides' averages in the latest round both answered, inside the caller's
 * transaction (tenant or system): for the early warnings and the playbook.
 */
export async function feedbackGaps(
  tx: Tx,
  workspaceId: string,
  distributorId: string,
  now: Date,
): Promise<FeedbackGap[]> {
  const system: Reader = { userId: null, role: 'principal_viewer', distributorId: null };
  return latestGaps(await roundViews(tx, workspaceId, distributorId, system, now));
}

/**
 * The quarters whose round both sides answered, newest first, inside the caller's transaction:
 * the playbook's "a feedback round answered by both sides".
 */
export async function quartersAnsweredByBothSides(
  tx: Tx,
  workspaceId: string,
  distributorId: string,
  now: Date,
): Promise<string[]> {
  const system: Reader = { userId: null, role: 'principal_viewer', distributorId: null };
  const rounds = await roundViews(tx, workspaceId, distributorId, system, now);
  return rounds
    .filter(
      (round) =>
        round.answers.some((answer) => answer.side === 'principal') &&
        round.answers.some((answer) => answer.side === 'distributor'),
    )
    .map((round) => round.quarter);
}

export function getDistributorFeedback(
  ctx: Context,
  distributorId: string,
): Promise<DistributorFeedback> {
  return inTransaction(ctx, async (tx) => {
    const found = await getVisibleDistributor(ctx, tx, distributorId);
    const rounds = await roundViews(
      tx,
      ctx.actor.workspaceId,
      distributorId,
      ctx.actor,
      ctx.clock.now(),
    );
    return {
      principalName: await findWorkspaceName(tx, ctx.actor.workspaceId),
      distributorName: found.name,
      rounds,
      gaps: latestGaps(rounds),
      canAnswer: ctx.actor.userId !== null && respondentRoles.includes(ctx.actor.role),
      canOpenRound: ctx.actor.distributorId === null && ctx.actor.role === 'principal_admin',
    };
  });
}

/** One answer per person per round, while the round is open. */
export function answerFeedbackRound(
  ctx: Context,
  distributorId: string,
  roundId: string,
  input: FeedbackAnswerInput,
): Promise<FeedbackRoundView> {
  const userId = ctx.actor.userId;
  if (!userId || !respondentRoles.includes(ctx.actor.role)) throw new AppError('forbidden');
  return inTransaction(ctx, async (tx) => {
    await getVisibleDistributor(ctx, tx, distributorId);
    const workspaceId = ctx.actor.workspaceId;
    const round = await findRoundForUpdate(tx, workspaceId, distributorId, roundId);
    if (!round) throw new AppError('not_found');
    const now = ctx.clock.now();
    if (round.closesAt.getTime() <= now.getTime()) {
      throw new AppError('feedback_round_closed', { params: { quarter: round.quarter } });
    }
    const existing = await listAnswers(tx, workspaceId, [round.id]);
    if (existing.some((row) => row.userId === userId)) {
      throw new AppError('feedback_already_answered', { params: { quarter: round.quarter } });
    }
    const side = ctx.actor.distributorId === null ? 'principal' : 'distributor';
    const row = await insertAnswer(tx, {
      workspaceId,
      roundId: round.id,
      distributorId,
      userId,
      respondentName: ctx.actor.name,
      side,
      language: catalogueLanguage(ctx.actor.locale),
      communicationScore: input.scores.communication,
      supportScore: input.scores.support,
      commitmentsScore: input.scores.commitments,
      overallScore: input.scores.overall,
      communicationComment: input.comments.communication,
      supportComment: input.comments.support,
      commitmentsComment: input.comments.commitments,
      overallComment: input.comments.overall,
      // Only a distributor's comments can be kept from the principal's managers.
      commentsConfidential: side === 'distributor' && input.commentsConfidential,
      answeredAt: now,
    });
    if (!row) throw new Error('feedback answer insert returned no row');
    await recordAudit(tx, ctx.actor, {
      entityType: 'feedback_round',
      entityId: round.id,
      distributorId,
      action: 'feedback.answered',
      // Scores only: a confidential comment must not reach the audit log's readers.
      after: {
        quarter: round.quarter,
        side,
        scores: input.scores,
        confidential: row.commentsConfidential,
      },
    });
    return roundView(ctx.actor, round, [...existing, row], now);
  });
}

/** A principal admin opens the current quarter's round before the schedule does. */
export function openFeedbackRoundNow(
  ctx: Context,
  distributorId: string,
): Promise<FeedbackRoundView> {
  if (ctx.actor.distributorId !== null || ctx.actor.role !== 'principal_admin') {
    throw new AppError('forbidden');
  }
  return inTransaction(ctx, async (tx) => {
    await getVisibleDistributor(ctx, tx, distributorId);
    const now = ctx.clock.now();
    const round = await openRound(tx, ctx.actor, distributorId, now);
    if (!round) {
      throw new AppError('feedback_round_exists', { params: { quarter: quarterOf(now) } });
    }
    return roundView(ctx.actor, round, [], now);
  });
}
