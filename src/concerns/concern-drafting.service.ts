// The formal performance concern while it is a draft: written from today's signals and the
// charter in force (concern-letter.ts), reviewed and edited by the principal, or discarded. A
// distributor's users never see a draft: they are refused here, and their database role sees only
// sent concerns (migration 0017).
import { productLineNames, signedCharterContent } from '../charter/charter-in-force.service.ts';
import { documentLanguageOf } from '../charter/documents/document-language.ts';
import type { Tx } from '../db/client.ts';
import { getVisibleDistributor } from '../distributors/distributors.service.ts';
import { listEscalationLadder } from '../distributors/escalation.service.ts';
import { recordAudit } from '../platform/audit.ts';
import { todayIn } from '../platform/clock.ts';
import { AppError, fieldError } from '../platform/errors.ts';
import {
  type Context,
  inTransaction,
  isPrincipal,
  principalEditors,
  requireRole,
} from '../platform/tenancy.ts';
import { assessDistributors } from '../warnings/warnings.service.ts';
import { writeConcernLetter } from './concern-letter.ts';
import {
  type ConcernRow,
  deleteDraftConcern,
  findConcern,
  findWorkspaceName,
  insertConcern,
  listConcerns,
  lockDistributorConcerns,
  nextConcernNumber,
  updateConcern,
} from './concerns.queries.ts';
import type {
  ConcernCitation,
  ConcernPatch,
  ConcernSignal,
  NewConcernInput,
} from './concerns.schema.ts';
import { escalationSettingsOf, signalReason } from './escalation.service.ts';

export function concernState(row: ConcernRow) {
  if (row.status === 'draft') return 'draft' as const;
  if (row.respondedAt) return 'responded' as const;
  return row.acknowledgedAt ? ('acknowledged' as const) : ('sent' as const);
}

export function concernView(ctx: Context, row: ConcernRow) {
  // The deadline binds the distributor: it passes at the end of that day on its calendar.
  const today = todayIn(ctx.clock, row.distributorTimeZone);
  const person = (userId: string | null, name: string | null) =>
    name === null ? null : { userId, name };
  return {
    id: row.id,
    distributorId: row.distributorId,
    distributorName: row.distributorName,
    number: row.number,
    status: row.status,
    state: concernState(row),
    isOverdue:
      row.status === 'sent' &&
      row.respondedAt === null &&
      row.responseDueOn !== null &&
      today > row.responseDueOn,
    asOf: row.asOf,
    secondLanguage: row.secondLanguage,
    subject: row.subject,
    body: row.body,
    subjectTranslation: row.subjectTranslation,
    bodyTranslation: row.bodyTranslation,
    // jsonb columns, written by this domain from ConcernSignal and ConcernCitation values.
    signals: row.signals as ConcernSignal[],
    citations: row.citations as ConcernCitation[],
    responseDays: row.responseDays,
    responseDueOn: row.responseDueOn,
    createdBy: { userId: row.createdByUserId, name: row.createdByName },
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    sentAt: row.sentAt,
    sentBy: person(row.sentByUserId, row.sentByName),
    recipients: isPrincipal(ctx.actor) ? row.recipients : null,
    documentSha256: row.documentSha256,
    acknowledgedAt: row.acknowledgedAt,
    acknowledgedBy: person(row.acknowledgedByUserId, row.acknowledgedByName),
    response: row.response,
    respondedAt: row.respondedAt,
    respondedBy: person(row.respondedByUserId, row.respondedByName),
  };
}

/** A concern the actor may see (a distributor's user: only sent ones), or 404. */
export async function visibleConcern(ctx: Context, tx: Tx, distributorId: string, id: string) {
  await getVisibleDistributor(ctx, tx, distributorId);
  const row = await findConcern(tx, ctx.actor.workspaceId, distributorId, id);
  if (!row || (row.status === 'draft' && !isPrincipal(ctx.actor))) {
    throw new AppError('not_found');
  }
  return row;
}

export function stateError(ctx: Context, row: ConcernRow, action: string) {
  return new AppError('concern_state', {
    params: {
      number: row.number,
      status: ctx.t(`concerns.state.${concernState(row)}`),
      action: ctx.t(`concerns.action.${action}`),
    },
  });
}

export function listDistributorConcerns(ctx: Context, distributorId: string) {
  return inTransaction(ctx, async (tx) => {
    await getVisibleDistributor(ctx, tx, distributorId);
    const rows = await listConcerns(tx, ctx.actor.workspaceId, distributorId);
    return {
      items: rows
        .filter((row) => row.status === 'sent' || isPrincipal(ctx.actor))
        .map((row) => concernView(ctx, row)),
    };
  });
}

export function getConcern(ctx: Context, distributorId: string, id: string) {
  return inTransaction(ctx, async (tx) =>
    concernView(ctx, await visibleConcern(ctx, tx, distributorId, id)),
  );
}

/** The catalogue language beside English: the distributor's first, else the charter's working one. */
function letterLanguage(languages: string[], workingLanguage: string | undefined) {
  const first = languages[0] ?? null;
  if (documentLanguageOf(first)) return first;
  return workingLanguage && documentLanguageOf(workingLanguage) ? workingLanguage : first;
}

export function draftConcern(ctx: Context, distributorId: string, input: NewConcernInput) {
  requireRole(ctx.actor, principalEditors);
  return inTransaction(ctx, async (tx) => {
    const workspaceId = ctx.actor.workspaceId;
    const distributor = await getVisibleDistributor(ctx, tx, distributorId);
    const asOf = todayIn(ctx.clock, 'UTC');
    const [assessment] = await assessDistributors(tx, workspaceId, asOf, distributorId);
    const signals: ConcernSignal[] = assessment?.signals ?? [];
    if (!signals.length) throw fieldError(ctx.t, '#', 'concerns.validation.nothingToCite');
    const settings = await escalationSettingsOf(tx, workspaceId);
    const charter = (await signedCharterContent(tx, workspaceId, distributorId)) ?? null;
    const addressee = (await listEscalationLadder(tx, workspaceId, distributorId)).find(
      (step) => step.side === 'distributor',
    );
    await lockDistributorConcerns(tx, workspaceId, distributorId);
    const number = await nextConcernNumber(tx, workspaceId, distributorId);
    const responseDays = input.responseDays ?? settings.concernResponseDays;
    const letter = writeConcernLetter({
      number,
      asOf,
      principalName: await findWorkspaceName(tx, workspaceId),
      distributorName: distributor.name,
      addresseeName: addressee?.contactName ?? null,
      senderName: ctx.actor.name,
      signals,
      charter,
      productLines: await productLineNames(tx, workspaceId),
      language: letterLanguage(distributor.languages, charter?.communication.workingLanguage),
      reasonOf: (signal) => signalReason(ctx.t, signal),
    });
    const now = ctx.clock.now();
    const inserted = await insertConcern(tx, {
      workspaceId,
      distributorId,
      number,
      status: 'draft',
      asOf,
      secondLanguage: letter.secondLanguage,
      subject: letter.subject,
      body: letter.body,
      subjectTranslation: letter.subjectTranslation,
      bodyTranslation: letter.bodyTranslation,
      signals,
      citations: letter.citations,
      responseDays,
      createdByUserId: ctx.actor.userId,
      createdByName: ctx.actor.name,
      createdAt: now,
      updatedAt: now,
    });
    if (!inserted) throw new Error('concern insert returned no row');
    const created = await findConcern(tx, workspaceId, distributorId, inserted.id);
    if (!created) throw new Error('concern vanished after insert');
    await recordAudit(tx, ctx.actor, {
      entityType: 'performance_concern',
      entityId: created.id,
      distributorId,
      action: 'concern.drafted',
      after: created,
    });
    return concernView(ctx, created);
  });
}

export function changeConcernDraft(
  ctx: Context,
  distributorId: string,
  id: string,
  patch: ConcernPatch,
) {
  requireRole(ctx.actor, principalEditors);
  return inTransaction(ctx, async (tx) => {
    const before = await visibleConcern(ctx, tx, distributorId, id);
    if (before.status !== 'draft') throw stateError(ctx, before, 'edit');
    if (!before.secondLanguage && (patch.subjectTranslation || patch.bodyTranslation)) {
      const pointer = patch.subjectTranslation ? '#/subjectTranslation' : '#/bodyTranslation';
      throw fieldError(ctx.t, pointer, 'concerns.validation.noSecondLanguage');
    }
    await updateConcern(tx, ctx.actor.workspaceId, id, {
      ...patch,
      updatedAt: ctx.clock.now(),
    });
    const after = await visibleConcern(ctx, tx, distributorId, id);
    await recordAudit(tx, ctx.actor, {
      entityType: 'performance_concern',
      entityId: id,
      distributorId,
      action: 'concern.edited',
      before,
      after,
    });
    return concernView(ctx, after);
  });
}

export function discardConcernDraft(ctx: Context, distributorId: string, id: string) {
  requireRole(ctx.actor, principalEditors);
  return inTransaction(ctx, async (tx) => {
    const before = await visibleConcern(ctx, tx, distributorId, id);
    if (before.status !== 'draft') throw stateError(ctx, before, 'discard');
    await deleteDraftConcern(tx, ctx.actor.workspaceId, id);
    await recordAudit(tx, ctx.actor, {
      entityType: 'performance_concern',
      entityId: id,
      distributorId,
      action: 'concern.discarded',
      before,
    });
  });
}
