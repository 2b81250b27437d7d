// Threads between the principal and one distributor: people of both sides write messages; each
// new message is e-mailed to the thread's other participants in their own language.
import { lookUpMembers } from '../accounts/accounts.service.ts';
import type { Tx } from '../db/client.ts';
import type { Role } from '../db/types.ts';
import { getVisibleDistributor } from '../distributors/distributors.service.ts';
import { recordAudit } from '../platform/audit.ts';
import { AppError, type FieldError } from '../platform/errors.ts';
import { type Context, inTransaction, principalRoles, requireRole } from '../platform/tenancy.ts';
import type { Upload } from '../platform/uploads.ts';
import { type AttachmentMeta, findThreadAttachments } from './attachments.queries.ts';
import { checkUploads, storeAttachments } from './attachments.service.ts';
import {
  countMessages,
  findMessages,
  findParticipants,
  findThread,
  findThreadCandidates,
  findThreadPage,
  insertMessage,
  insertParticipants,
  insertThread,
  type MessageRow,
  type ParticipantRow,
  type ThreadRow,
  touchThread,
  updateLastRead,
} from './communication.queries.ts';
import type { MessageInput, ThreadInput, ThreadListQuery } from './communication.schema.ts';
import { queueMessageMail } from './message-mail.service.ts';
import type { Side } from './responsiveness.ts';

/** Who may write: the principal's editors and the distributor's own people. */
export const threadWriters: readonly Role[] = [
  'principal_admin',
  'principal_manager',
  'distributor_admin',
  'distributor_member',
];

export function sideOf(ctx: Context): Side {
  return ctx.actor.distributorId === null ? 'principal' : 'distributor';
}

function threadSummary(
  ctx: Context,
  row: ThreadRow,
  participants: ParticipantRow[],
  messageCount: number,
) {
  const own = participants.find((person) => person.userId === ctx.actor.userId);
  return {
    id: row.id,
    distributorId: row.distributorId,
    subject: row.subject,
    participants: participants.map((person) => ({
      userId: person.userId,
      name: person.name,
      side: person.side,
    })),
    messageCount,
    priority: row.priority,
    lastMessageAt: row.lastMessageAt,
    unread: own ? own.lastReadAt === null || own.lastReadAt < row.lastMessageAt : false,
    createdAt: row.createdAt,
  };
}

function messageView(row: MessageRow, attachments: readonly AttachmentMeta[]) {
  return {
    id: row.id,
    author: { userId: row.authorUserId, name: row.authorName, side: row.authorSide },
    body: row.body,
    attachments: attachments
      .filter((file) => file.messageId === row.id)
      .map(({ id, fileName, contentType, sizeBytes }) => ({
        id,
        fileName,
        contentType,
        sizeBytes,
      })),
    createdAt: row.createdAt,
  };
}

export function listThreads(ctx: Context, distributorId: string, query: ThreadListQuery) {
  return inTransaction(ctx, async (tx) => {
    await getVisibleDistributor(ctx, tx, distributorId);
    const ws = ctx.actor.workspaceId;
    const { rows, total } = await findThreadPage(tx, ws, {
      distributorId,
      q: query.q || undefined,
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    });
    const ids = rows.map((row) => row.id);
    const participants = await findParticipants(tx, ws, ids);
    const counts = new Map(
      (await countMessages(tx, ws, ids)).map((entry) => [entry.threadId, entry.value]),
    );
    return {
      items: rows.map((row) =>
        threadSummary(
          ctx,
          row,
          participants.filter((person) => person.threadId === row.id),
          counts.get(row.id) ?? 0,
        ),
      ),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  });
}

async function threadDetail(ctx: Context, tx: Tx, row: ThreadRow) {
  const participants = await findParticipants(tx, ctx.actor.workspaceId, [row.id]);
  const messages = await findMessages(tx, ctx.actor.workspaceId, row.id);
  const attachments = await findThreadAttachments(tx, ctx.actor.workspaceId, row.id);
  return {
    ...threadSummary(ctx, row, participants, messages.length),
    messages: messages.map((message) => messageView(message, attachments)),
  };
}

export async function visibleThread(ctx: Context, tx: Tx, distributorId: string, threadId: string) {
  await getVisibleDistributor(ctx, tx, distributorId);
  const row = await findThread(tx, ctx.actor.workspaceId, distributorId, threadId);
  if (!row) throw new AppError('not_found');
  return row;
}

export function getThread(ctx: Context, distributorId: string, threadId: string) {
  return inTransaction(ctx, async (tx) =>
    threadDetail(ctx, tx, await visibleThread(ctx, tx, distributorId, threadId)),
  );
}

/** The named members, each checked to be of the principal or of this distributor. */
async function checkParticipants(ctx: Context, tx: Tx, distributorId: string, userIds: string[]) {
  const members = await lookUpMembers(tx, ctx.actor.workspaceId, userIds);
  const byId = new Map(members.map((member) => [member.userId, member]));
  const errors: FieldError[] = [];
  const people: Omit<ParticipantRow, 'workspaceId' | 'threadId' | 'lastReadAt'>[] = [];
  userIds.forEach((userId, index) => {
    const member = byId.get(userId);
    const side: Side | null = !member
      ? null
      : member.distributorId === null && principalRoles.includes(member.role)
        ? 'principal'
        : member.distributorId === distributorId
          ? 'distributor'
          : null;
    if (!member || !side) {
      errors.push({
        pointer: `#/participantUserIds/${index}`,
        detail: ctx.t('communication.validation.participant_unknown'),
      });
      return;
    }
    const { name, email, locale } = member;
    people.push({ userId, distributorId, side, name, email, locale });
  });
  if (!errors.length && !people.some((person) => person.side !== sideOf(ctx))) {
    errors.push({
      pointer: '#/participantUserIds',
      detail: ctx.t('communication.validation.other_side_required'),
    });
  }
  if (errors.length) throw new AppError('validation_failed', { errors });
  return people;
}

/** The caller as a participant (the author of a message takes part in its thread). */
function callerAsParticipant(ctx: Context, distributorId: string) {
  const { userId, name, email, locale } = ctx.actor;
  if (!userId || !email) return [];
  return [{ userId, distributorId, side: sideOf(ctx), name, email, locale }];
}

export async function createThread(
  ctx: Context,
  distributorId: string,
  input: ThreadInput,
  uploads: readonly Upload[] = [],
) {
  requireRole(ctx.actor, threadWriters);
  const files = await checkUploads(ctx, uploads);
  return inTransaction(ctx, async (tx) => {
    const distributor = await getVisibleDistributor(ctx, tx, distributorId);
    const userIds = [...new Set(input.participantUserIds)].filter((id) => id !== ctx.actor.userId);
    const people = await checkParticipants(ctx, tx, distributorId, userIds);
    const now = ctx.clock.now();
    const ws = ctx.actor.workspaceId;
    const thread = await insertThread(tx, {
      workspaceId: ws,
      distributorId,
      subject: input.subject.normalize('NFC'),
      priority: input.priority,
      createdBy: ctx.actor.userId,
      createdAt: now,
      lastMessageAt: now,
    });
    await insertParticipants(
      tx,
      [
        ...callerAsParticipant(ctx, distributorId).map((me) => ({ ...me, lastReadAt: now })),
        ...people,
      ].map((person) => ({ workspaceId: ws, threadId: thread.id, ...person })),
    );
    const message = await writeMessage(ctx, tx, thread, input.body, now);
    const attachments = await storeAttachments(ctx, tx, message, files);
    await recordAudit(tx, ctx.actor, {
      entityType: 'communication_thread',
      entityId: thread.id,
      distributorId,
      action: 'communication.thread_created',
      after: {
        subject: thread.subject,
        priority: thread.priority,
        participantUserIds: userIds,
        messageId: message.id,
        attachments: attachments.map(({ id, fileName, sizeBytes }) => ({
          id,
          fileName,
          sizeBytes,
        })),
      },
    });
    await queueMessageMail(ctx, tx, thread, distributor.name, message, attachments);
    return threadDetail(ctx, tx, thread);
  });
}

function writeMessage(ctx: Context, tx: Tx, thread: ThreadRow, body: string, now: Date) {
  return insertMessage(tx, {
    workspaceId: ctx.actor.workspaceId,
    threadId: thread.id,
    distributorId: thread.distributorId,
    authorUserId: ctx.actor.userId,
    authorName: ctx.actor.name,
    authorSide: sideOf(ctx),
    body: body.normalize('NFC'),
    createdAt: now,
  });
}

export async function postMessage(
  ctx: Context,
  distributorId: string,
  threadId: string,
  input: MessageInput,
  uploads: readonly Upload[] = [],
) {
  requireRole(ctx.actor, threadWriters);
  const files = await checkUploads(ctx, uploads);
  return inTransaction(ctx, async (tx) => {
    const distributor = await getVisibleDistributor(ctx, tx, distributorId);
    const thread = await visibleThread(ctx, tx, distributorId, threadId);
    const now = ctx.clock.now();
    const ws = ctx.actor.workspaceId;
    await insertParticipants(
      tx,
      callerAsParticipant(ctx, distributorId).map((me) => ({ workspaceId: ws, threadId, ...me })),
    );
    const message = await writeMessage(ctx, tx, thread, input.body, now);
    const attachments = await storeAttachments(ctx, tx, message, files);
    await touchThread(tx, ws, threadId, now);
    if (ctx.actor.userId) await updateLastRead(tx, ws, threadId, ctx.actor.userId, now);
    await recordAudit(tx, ctx.actor, {
      entityType: 'communication_thread',
      entityId: threadId,
      distributorId,
      action: 'communication.message_posted',
      after: {
        messageId: message.id,
        body: message.body,
        attachments: attachments.map(({ id, fileName, sizeBytes }) => ({
          id,
          fileName,
          sizeBytes,
        })),
      },
    });
    await queueMessageMail(ctx, tx, thread, distributor.name, message, attachments);
    return messageView(message, attachments);
  });
}

/** Marks the thread read up to now for the caller, when they take part in it. */
export function markThreadRead(ctx: Context, distributorId: string, threadId: string) {
  return inTransaction(ctx, async (tx) => {
    await visibleThread(ctx, tx, distributorId, threadId);
    const userId = ctx.actor.userId;
    if (!userId) return;
    const now = ctx.clock.now();
    if (!(await updateLastRead(tx, ctx.actor.workspaceId, threadId, userId, now))) return;
    await recordAudit(tx, ctx.actor, {
      entityType: 'communication_thread',
      entityId: threadId,
      distributorId,
      action: 'communication.thread_read',
      after: { userId, readAt: now },
    });
  });
}

/** The people a new thread with this distributor may name, both sides, by name. */
export function listThreadCandidates(ctx: Context, distributorId: string) {
  return inTransaction(ctx, async (tx) => {
    await getVisibleDistributor(ctx, tx, distributorId);
    return findThreadCandidates(tx, ctx.actor.workspaceId, distributorId);
  });
}
