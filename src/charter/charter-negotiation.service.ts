// Negotiating a charter: the principal sends a draft, either side raises points on its sections
// and answers them (positions, proposals, agreement, concession, withdrawal); the principal agrees
// the text once no point is open and nothing conflicts, and either side may reopen it before it
// is signed.
import type { Side } from '../db/types.ts';
import { recordAudit } from '../platform/audit.ts';
import { AppError } from '../platform/errors.ts';
import { type Context, inTransaction, isPrincipal } from '../platform/tenancy.ts';
import { fieldErrorsFromIssues } from '../platform/validation.ts';
import { CharterContent, type CharterSection, sectionSchemas } from './charter.content.ts';
import { documentHash } from './charter.document.ts';
import {
  countOpenPoints,
  findPoint,
  insertPoint,
  insertPointEvent,
  listPointEvents,
  listPoints,
  nextPointNumber,
  updatePoint,
  updateVersion,
  type VersionRow,
  voidSignatures,
} from './charter.queries.ts';
import type { PointEventInput, PointInput } from './charter.schema.ts';
import { checkProductLines, conflictError, conflictsFor } from './charter-checks.service.ts';
import { notifyDistributorSigners } from './charter-mail.service.ts';
import {
  canonicalDocument,
  requireNegotiator,
  requirePrincipalEditor,
  sideOf,
  stateError,
  versionView,
  visibleVersion,
} from './charter-versions.service.ts';

export function transitionCharter(
  ctx: Context,
  distributorId: string,
  version: number,
  input: { action: 'send' | 'agree' | 'reopen'; reason: string | null },
) {
  return inTransaction(ctx, async (tx) => {
    const row = await visibleVersion(ctx, tx, distributorId, version, true);
    let after: VersionRow | undefined;
    let voided: { id: string; party: Side }[] = [];
    if (input.action === 'send') {
      requirePrincipalEditor(ctx);
      if (row.status !== 'draft') throw stateError(ctx, row.status, 'send');
      after = await updateVersion(tx, row, { status: 'negotiation' });
    } else if (input.action === 'agree') {
      requirePrincipalEditor(ctx);
      if (row.status !== 'draft' && row.status !== 'negotiation')
        throw stateError(ctx, row.status, 'agree');
      const open = await countOpenPoints(tx, row.workspaceId, row.id);
      if (open > 0) throw new AppError('open_points', { params: { count: open } });
      await checkProductLines(ctx, tx, row.content as CharterContent);
      const conflicts = await conflictsFor(ctx, tx, distributorId, row.content as CharterContent);
      if (conflicts.length) throw conflictError(conflicts);
      const document = await canonicalDocument(tx, row);
      after = await updateVersion(tx, row, {
        status: 'agreed',
        agreedDocument: document,
        agreedHash: documentHash(document),
        agreedAt: ctx.clock.now(),
      });
    } else {
      requireNegotiator(ctx);
      if (row.status !== 'agreed') throw stateError(ctx, row.status, 'reopen');
      voided = await voidSignatures(tx, row.workspaceId, row.id, ctx.clock.now());
      after = await updateVersion(tx, row, {
        status: 'negotiation',
        agreedDocument: null,
        agreedHash: null,
        agreedAt: null,
      });
    }
    if (!after) throw new Error('charter update returned no row');
    await recordAudit(tx, ctx.actor, {
      entityType: 'charter',
      entityId: row.id,
      distributorId,
      action: `charter.${input.action === 'send' ? 'sent' : input.action === 'agree' ? 'agreed' : 'reopened'}`,
      before: { version, status: row.status },
      after: {
        version,
        status: after.status,
        hash: after.agreedHash,
        reason: input.reason,
        ...(voided.length ? { voidedSignatures: voided } : {}),
      },
    });
    if (input.action !== 'reopen' && isPrincipal(ctx.actor)) {
      await notifyDistributorSigners(
        ctx,
        tx,
        distributorId,
        input.action === 'send' ? 'sent' : 'agreed',
        version,
      );
    }
    return versionView(ctx, tx, after);
  });
}

function parseProposal(ctx: Context, section: CharterSection, proposal: unknown) {
  const parsed = sectionSchemas[section].safeParse(proposal);
  if (!parsed.success) {
    throw new AppError('validation_failed', {
      errors: fieldErrorsFromIssues(ctx.t, parsed.error.issues, '#/proposal'),
    });
  }
  return parsed.data;
}

/** The proposed section applied to the content, validated as a whole (cross-section rules too). */
function applyProposal(
  ctx: Context,
  content: CharterContent,
  section: CharterSection,
  proposal: unknown,
) {
  const parsed = CharterContent.safeParse({ ...content, [section]: proposal });
  if (!parsed.success) {
    throw new AppError('validation_failed', {
      errors: fieldErrorsFromIssues(ctx.t, parsed.error.issues, '#/content'),
    });
  }
  return parsed.data;
}

export function listCharterPoints(ctx: Context, distributorId: string, version: number) {
  return inTransaction(ctx, async (tx) => {
    const row = await visibleVersion(ctx, tx, distributorId, version);
    const points = await listPoints(tx, row.workspaceId, row.id);
    const events = await listPointEvents(
      tx,
      row.workspaceId,
      points.map((point) => point.id),
    );
    return points.map((point) => ({
      ...point,
      section: point.section as CharterSection,
      events: events
        .filter((event) => event.pointId === point.id)
        .map(({ id, side, actorName, kind, body, proposal, createdAt }) => ({
          id,
          side,
          actorName,
          kind,
          body,
          proposal,
          createdAt,
        })),
    }));
  });
}

export function raiseCharterPoint(
  ctx: Context,
  distributorId: string,
  version: number,
  input: PointInput,
) {
  requireNegotiator(ctx);
  return inTransaction(ctx, async (tx) => {
    const row = await visibleVersion(ctx, tx, distributorId, version, true);
    if (row.status !== 'negotiation') throw stateError(ctx, row.status, 'raise');
    const side = sideOf(ctx);
    const proposal =
      input.proposal === undefined ? null : parseProposal(ctx, input.section, input.proposal);
    if (proposal !== null)
      applyProposal(ctx, row.content as CharterContent, input.section, proposal);
    const point = await insertPoint(tx, {
      workspaceId: row.workspaceId,
      distributorId,
      charterVersionId: row.id,
      number: await nextPointNumber(tx, row.workspaceId, row.id),
      section: input.section,
      title: input.title,
      raisedBy: side,
      principalPosition: side === 'principal' ? input.position : null,
      distributorPosition: side === 'distributor' ? input.position : null,
      proposal,
      proposalBy: proposal === null ? null : side,
      createdBy: ctx.actor.userId,
    });
    if (!point) throw new Error('point insert returned no row');
    await insertPointEvent(tx, {
      workspaceId: row.workspaceId,
      distributorId,
      pointId: point.id,
      side,
      actorUserId: ctx.actor.userId,
      actorName: ctx.actor.name,
      kind: 'raised',
      body: input.position,
      proposal,
    });
    await recordAudit(tx, ctx.actor, {
      entityType: 'charter_point',
      entityId: point.id,
      distributorId,
      action: 'charter.point_raised',
      after: {
        version,
        number: point.number,
        section: point.section,
        title: point.title,
        proposal,
      },
    });
    return { number: point.number };
  });
}

export function respondToCharterPoint(
  ctx: Context,
  distributorId: string,
  version: number,
  number: number,
  input: PointEventInput,
) {
  requireNegotiator(ctx);
  return inTransaction(ctx, async (tx) => {
    const row = await visibleVersion(ctx, tx, distributorId, version, true);
    if (row.status !== 'negotiation') throw stateError(ctx, row.status, 'respond');
    const point = await findPoint(tx, row.workspaceId, row.id, number);
    if (!point) throw new AppError('not_found');
    if (point.status !== 'open') {
      throw new AppError('point_state', {
        params: { number, status: ctx.t(`charter.point_status.${point.status}`) },
      });
    }
    const side = sideOf(ctx);
    const section = point.section as CharterSection;
    const refuse = (key: string) => {
      throw new AppError('point_state', {
        params: { number, status: ctx.t(`charter.point_status.${point.status}`) },
        errors: [{ pointer: '#/kind', detail: ctx.t(key) }],
      });
    };
    let proposal: unknown = null;
    const changes: Parameters<typeof updatePoint>[2] = {};
    switch (input.kind) {
      case 'comment':
        if (!input.body)
          throw new AppError('validation_failed', {
            errors: [{ pointer: '#/body', detail: ctx.t('validation.required') }],
          });
        break;
      case 'position':
        if (!input.body)
          throw new AppError('validation_failed', {
            errors: [{ pointer: '#/body', detail: ctx.t('validation.required') }],
          });
        changes[side === 'principal' ? 'principalPosition' : 'distributorPosition'] = input.body;
        if (input.proposal !== undefined) {
          proposal = parseProposal(ctx, section, input.proposal);
          applyProposal(ctx, row.content as CharterContent, section, proposal);
          changes.proposal = proposal;
          changes.proposalBy = side;
        }
        break;
      case 'agreed': {
        if (point.proposalBy === side) refuse('charter.point_rules.agree_own');
        if (point.proposal !== null) {
          const content = applyProposal(
            ctx,
            row.content as CharterContent,
            section,
            point.proposal,
          );
          await checkProductLines(ctx, tx, content);
          await updateVersion(tx, row, { content });
        }
        break;
      }
      case 'conceded':
        if (point.proposalBy !== side) refuse('charter.point_rules.concede_other');
        break;
      case 'withdrawn':
        if (point.raisedBy !== side) refuse('charter.point_rules.withdraw_other');
        break;
    }
    if (['agreed', 'conceded', 'withdrawn'].includes(input.kind)) {
      changes.status = input.kind as 'agreed' | 'conceded' | 'withdrawn';
      changes.resolvedAt = ctx.clock.now();
    }
    if (Object.keys(changes).length) await updatePoint(tx, point, changes);
    await insertPointEvent(tx, {
      workspaceId: row.workspaceId,
      distributorId,
      pointId: point.id,
      side,
      actorUserId: ctx.actor.userId,
      actorName: ctx.actor.name,
      kind: input.kind,
      body: input.body,
      proposal,
    });
    await recordAudit(tx, ctx.actor, {
      entityType: 'charter_point',
      entityId: point.id,
      distributorId,
      action: `charter.point_${input.kind}`,
      before: { status: point.status, proposal: point.proposal },
      after: {
        version,
        number,
        status: changes.status ?? point.status,
        body: input.body,
        proposal,
      },
    });
    return { number };
  });
}
