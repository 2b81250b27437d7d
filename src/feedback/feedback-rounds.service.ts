// Feedback rounds on the durable schedule: the recurring job opens the quarter's round for every
// working relationship (onboarding, active, at risk) and, REMIND_AFTER_DAYS after a round opened,
// reminds the people who have not answered, once, in the app and by e-mail in each person's
// language. The candidates are listed across workspaces as the owner (ids only); each round is
// opened or reminded, audited and told in one transaction inside its workspace's scope.
import { listMembersToNotify } from '../accounts/accounts.service.ts';
import type { Database, Tx } from '../db/client.ts';
import { recordAudit } from '../platform/audit.ts';
import { publishEvent } from '../platform/events.ts';
import { translator } from '../platform/i18n.ts';
import { queueMail } from '../platform/mail.ts';
import { type Actor, inSystemTransaction, systemActor } from '../platform/tenancy.ts';
import {
  findDistributorName,
  findRound,
  insertRound,
  listAnswers,
  listDistributorsWithoutRoundAsOwner,
  listRoundsToRemindAsOwner,
  markRoundReminded,
} from './feedback.queries.ts';
import { quarterEnd, quarterOf, respondentRoles } from './feedback-rules.ts';

/** Days after a round opened before those who have not answered are reminded. */
export const REMIND_AFTER_DAYS = 7;

/**
 * Opens the quarter of `now` for one distributor, audited and announced to both sides; answers
 * undefined when that quarter has a round already.
 */
export async function openRound(tx: Tx, actor: Actor, distributorId: string, now: Date) {
  const quarter = quarterOf(now);
  const round = await insertRound(tx, {
    workspaceId: actor.workspaceId,
    distributorId,
    quarter,
    openedAt: now,
    closesAt: quarterEnd(quarter),
    openedBy: actor.userId,
    openerName: actor.name,
  });
  if (!round) return undefined;
  // Told: the people expected to answer, not every principal person of every relationship.
  const owner = await findDistributorName(tx, actor.workspaceId, distributorId);
  const expected = expectedRespondents(
    await listMembersToNotify(tx, actor.workspaceId),
    distributorId,
    owner?.ownerUserId ?? null,
  );
  await recordAudit(tx, actor, {
    entityType: 'feedback_round',
    entityId: round.id,
    distributorId,
    action: 'feedback.round_opened',
    after: { quarter, closesAt: round.closesAt.toISOString() },
  });
  await publishEvent(tx, actor.workspaceId, {
    type: 'feedback.round_opened',
    distributorId,
    subjectId: round.id,
    actorUserId: actor.userId,
    recipientUserIds: expected.map((member) => member.userId),
    data: { roundId: round.id, quarter },
    occurredAt: now,
  });
  return round;
}

type Member = Awaited<ReturnType<typeof listMembersToNotify>>[number];

/**
 * Who is expected to answer a distributor's round: its own users who work the relationship, and on
 * the principal's side the relationship's owner, or the admins and managers when it has none.
 */
export function expectedRespondents(
  members: Member[],
  distributorId: string,
  ownerUserId: string | null,
) {
  const working = members.filter((member) => respondentRoles.includes(member.role));
  const theirs = working.filter((member) => member.distributorId === distributorId);
  const principal = working.filter((member) => member.distributorId === null);
  const owner = principal.filter((member) => member.userId === ownerUserId);
  return [...theirs, ...(owner.length > 0 ? owner : principal)];
}

async function remindRound(
  tx: Tx,
  workspaceId: string,
  roundId: string,
  publicUrl: string,
  now: Date,
) {
  const round = await findRound(tx, workspaceId, roundId);
  if (!round || round.remindedAt !== null) return 0;
  const distributor = await findDistributorName(tx, workspaceId, round.distributorId);
  if (!distributor) return 0;
  const answered = new Set(
    (await listAnswers(tx, workspaceId, [round.id])).map((answer) => answer.userId),
  );
  const members = await listMembersToNotify(tx, workspaceId);
  const waiting = expectedRespondents(members, round.distributorId, distributor.ownerUserId).filter(
    (member) => !answered.has(member.userId),
  );
  await markRoundReminded(tx, workspaceId, round.id, now);
  if (waiting.length === 0) return 0;
  const link = `${publicUrl}/distributors/${round.distributorId}/feedback`;
  for (const person of waiting) {
    const t = translator(person.locale);
    const params = {
      name: person.name,
      distributor: distributor.name,
      quarter: round.quarter,
      closesOn: round.closesAt.toISOString().slice(0, 10),
      link,
    };
    await queueMail(tx, workspaceId, {
      to: person.email,
      subject: t('feedback.mail.reminderSubject', params),
      text: t('feedback.mail.reminderBody', params),
    });
  }
  await publishEvent(tx, workspaceId, {
    type: 'feedback.reminder',
    distributorId: round.distributorId,
    subjectId: round.id,
    actorUserId: null,
    recipientUserIds: waiting.map((person) => person.userId),
    data: { roundId: round.id, quarter: round.quarter },
    occurredAt: now,
  });
  await recordAudit(tx, systemActor(workspaceId), {
    entityType: 'feedback_round',
    entityId: round.id,
    distributorId: round.distributorId,
    action: 'feedback.reminded',
    after: { quarter: round.quarter, recipients: waiting.map((person) => person.name) },
  });
  return waiting.length;
}

/**
 * The recurring job: opens this quarter's rounds and sends the reminders due at `now`. Answers how
 * many rounds it opened and how many people it reminded. `workspaceId` confines the run to one
 * workspace (tests, an operator's rerun).
 */
export async function runFeedbackSchedule(
  database: Pick<Database, 'db'>,
  publicUrl: string,
  now: Date,
  options: { workspaceId?: string } = {},
) {
  let opened = 0;
  const quarter = quarterOf(now);
  for (const candidate of await listDistributorsWithoutRoundAsOwner(
    database.db,
    quarter,
    options.workspaceId,
  )) {
    const round = await inSystemTransaction(database, candidate.workspace_id, (tx) =>
      openRound(tx, systemActor(candidate.workspace_id), candidate.distributor_id, now),
    );
    if (round) opened += 1;
  }
  let reminded = 0;
  const openedBefore = new Date(now.getTime() - REMIND_AFTER_DAYS * 86_400_000);
  for (const candidate of await listRoundsToRemindAsOwner(
    database.db,
    now,
    openedBefore,
    options.workspaceId,
  )) {
    reminded += await inSystemTransaction(database, candidate.workspace_id, (tx) =>
      remindRound(tx, candidate.workspace_id, candidate.round_id, publicUrl, now),
    );
  }
  return { opened, reminded };
}
