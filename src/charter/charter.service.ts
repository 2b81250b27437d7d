// The relationship charter: versions, negotiation points, conflict checks and signatures.
// Rules (docs/charter.md): the principal drafts; either side negotiates through points; a version
// is agreed with no open points and no conflicts; an authorised signer of each party signs the
// agreed text's hash; with both signatures the version is signed, immutable, and supersedes the
// previous one. Changes after that are amendments: a new version on the same path.
import type { Tx } from '../db/client.ts';
import type { Role, Side } from '../db/schema.ts';
import { getVisibleDistributor } from '../distributors/distributors.service.ts';
import { recordAudit } from '../platform/audit.ts';
import {
  AppError,
  type FieldError,
  postgresConstraint,
  postgresErrorCode,
} from '../platform/errors.ts';
import { type Context, inTransaction, isPrincipal, principalEditors } from '../platform/tenancy.ts';
import { fieldErrorsFromIssues } from '../platform/validation.ts';
import {
  CharterContent,
  type CharterSection,
  defaultCharterContent,
  sectionSchemas,
} from './charter.content.ts';
import {
  type CharterDocument,
  documentHash,
  referencedProductLineIds,
  type SignedCharterBundle,
  verifyBundle,
} from './charter.document.ts';
import { notifyDistributorSigners } from './charter.mail.ts';
import {
  activeSignatureRecords,
  countOpenPoints,
  distributorFacts,
  findPoint,
  findProductLines,
  findVersion,
  findWorkspace,
  insertPoint,
  insertPointEvent,
  insertSignature,
  insertVersion,
  latestVersions,
  listPointEvents,
  listPoints,
  listSignatures,
  listVersions,
  nextPointNumber,
  otherCommitments,
  updatePoint,
  updateVersion,
  type VersionRow,
  voidSignatures,
} from './charter.queries.ts';
import type { ConflictView, PointEventInput, PointInput, SignInput } from './charter.schema.ts';
import { type Conflict, countriesOf, findConflicts } from './conflicts.ts';
import { diffContent } from './diff.ts';

/** Who may negotiate (raise points, respond, agree, reopen) on each side. */
const negotiators: readonly Role[] = [...principalEditors, 'distributor_admin'];
/** Who may sign for each party. */
const signers: Record<Side, Role> = {
  principal: 'principal_admin',
  distributor: 'distributor_admin',
};

function sideOf(ctx: Context): Side {
  return isPrincipal(ctx.actor) ? 'principal' : 'distributor';
}

function requireNegotiator(ctx: Context) {
  if (!negotiators.includes(ctx.actor.role)) throw new AppError('forbidden');
}

function requirePrincipalEditor(ctx: Context) {
  if (!isPrincipal(ctx.actor) || !principalEditors.includes(ctx.actor.role)) {
    throw new AppError('forbidden');
  }
}

function stateError(ctx: Context, status: string, action: string) {
  return new AppError('charter_state', {
    params: {
      status: ctx.t(`charter.status.${status}`),
      action: ctx.t(`charter.action.${action}`),
    },
  });
}

/** A distributor's users never see the principal's drafts: a draft answers 404 to them. */
export async function visibleVersion(
  ctx: Context,
  tx: Tx,
  distributorId: string,
  version: number,
  lock = false,
) {
  await getVisibleDistributor(ctx, tx, distributorId);
  const row = await findVersion(tx, ctx.actor.workspaceId, distributorId, version, { lock });
  if (!row || (row.status === 'draft' && !isPrincipal(ctx.actor))) throw new AppError('not_found');
  return row;
}

/** Conflicts of a content against every other binding charter, explained in the caller's language. */
async function conflictsFor(ctx: Context, tx: Tx, distributorId: string, content: CharterContent) {
  const conflicts = findConflicts(
    content,
    await otherCommitments(tx, distributorId, countriesOf(content)),
  );
  const names = await productLineNames(
    tx,
    ctx.actor.workspaceId,
    conflicts.flatMap((c) => c.productLineIds ?? []),
  );
  return conflicts.map((conflict) => explainConflict(ctx, conflict, names));
}

async function productLineNames(tx: Tx, workspaceId: string, ids: string[]) {
  const rows = await findProductLines(tx, workspaceId, [...new Set(ids)]);
  return new Map(rows.map((row) => [row.id, `${row.code} ${row.name}`]));
}

function explainConflict(
  ctx: Context,
  conflict: Conflict,
  names: Map<string, string>,
): ConflictView {
  const { t } = ctx;
  // A distributor's user learns that a clash exists and where, never whose charter it is.
  const hidden = conflict.other && !isPrincipal(ctx.actor);
  const other = conflict.other
    ? hidden
      ? { distributorId: null, distributorName: null, version: null, status: null }
      : conflict.other
    : null;
  const params = {
    other: conflict.other
      ? hidden
        ? t('charter.conflict.another_distributor')
        : t('charter.conflict.named_distributor', {
            name: conflict.other.distributorName,
            version: conflict.other.version,
            status: t(`charter.status.${conflict.other.status}`).toLowerCase(),
          })
      : t('charter.conflict.this_charter'),
    territory: conflict.region ? `${conflict.region} (${conflict.country})` : conflict.country,
    lines: conflict.productLineIds
      ? conflict.productLineIds.map((id) => names.get(id) ?? id).join(', ')
      : t('charter.conflict.all_lines'),
    from: conflict.from ?? '',
    until: conflict.until ?? t('charter.conflict.open_ended'),
    company: conflict.company ?? '',
  };
  const { otherPointer: _otherPointer, ...shown } = conflict;
  return { ...shown, other, detail: t(`charter.conflict.${conflict.kind}`, params) };
}

function conflictError(conflicts: ConflictView[]) {
  return new AppError('charter_conflicts', {
    params: { count: conflicts.length },
    errors: conflicts.map((conflict) => ({
      pointer: `#/content${conflict.pointer.slice(1)}`,
      detail: conflict.detail,
    })),
  });
}

/** Product lines named in a content must exist in this workspace and not be archived. */
async function checkProductLines(
  ctx: Context,
  tx: Tx,
  content: CharterContent,
  prefix = '#/content',
) {
  const ids = referencedProductLineIds(content);
  const found = new Map(
    (await findProductLines(tx, ctx.actor.workspaceId, ids)).map((row) => [row.id, row]),
  );
  const errors: FieldError[] = [];
  const check = (id: string | null, pointer: string) => {
    if (id && !found.has(id)) {
      errors.push({
        pointer: `${prefix}${pointer}`,
        detail: ctx.t('validation.product_line', { value: id }),
      });
    }
  };
  for (const [g, grant] of content.territory.grants.entries()) {
    for (const [i, id] of grant.productLineIds.entries()) {
      check(id, `/territory/grants/${g}/productLineIds/${i}`);
    }
  }
  for (const [i, id] of content.productCoverage.productLineIds.entries()) {
    check(id, `/productCoverage/productLineIds/${i}`);
  }
  for (const [i, line] of content.inventory.lines.entries()) {
    check(line.productLineId, `/inventory/lines/${i}/productLineId`);
  }
  if (errors.length) throw new AppError('validation_failed', { errors });
}

export function getCharterOverview(ctx: Context, distributorId: string) {
  return inTransaction(ctx, async (tx) => {
    await getVisibleDistributor(ctx, tx, distributorId);
    const versions = (await listVersions(tx, ctx.actor.workspaceId, distributorId)).filter(
      (row) => row.status !== 'draft' || isPrincipal(ctx.actor),
    );
    return {
      distributorId,
      versions,
      signedVersion: versions.find((row) => row.status === 'signed')?.version ?? null,
      workingVersion:
        versions.find((row) => ['draft', 'negotiation', 'agreed'].includes(row.status))?.version ??
        null,
    };
  });
}

async function versionView(ctx: Context, tx: Tx, row: VersionRow) {
  const content = row.content as CharterContent;
  const [signatures, openPoints, names] = [
    await listSignatures(tx, row.workspaceId, row.id),
    await countOpenPoints(tx, row.workspaceId, row.id),
    await findProductLines(tx, row.workspaceId, referencedProductLineIds(content)),
  ];
  // Signed and superseded texts are history: conflicts matter only while a text can change.
  const conflicts = ['signed', 'superseded'].includes(row.status)
    ? []
    : await conflictsFor(ctx, tx, row.distributorId, content);
  return {
    distributorId: row.distributorId,
    version: row.version,
    status: row.status,
    basedOnVersion: row.basedOnVersion,
    content,
    agreedHash: row.agreedHash,
    agreedAt: row.agreedAt,
    signedAt: row.signedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    signatures,
    productLines: Object.fromEntries(
      names.map((line) => [line.id, { code: line.code, name: line.name }]),
    ),
    openPoints,
    conflicts,
  };
}

export function getCharterVersion(ctx: Context, distributorId: string, version: number) {
  return inTransaction(ctx, async (tx) =>
    versionView(ctx, tx, await visibleVersion(ctx, tx, distributorId, version)),
  );
}

/** The first draft, or an amendment of the signed version: a new version on the same path. */
export function createCharter(
  ctx: Context,
  distributorId: string,
  input: { content?: CharterContent | undefined },
) {
  requirePrincipalEditor(ctx);
  return inTransaction(ctx, async (tx) => {
    const facts = await getVisibleDistributor(ctx, tx, distributorId);
    const versions = await latestVersions(tx, ctx.actor.workspaceId, distributorId);
    const working = versions.find((row) => ['draft', 'negotiation', 'agreed'].includes(row.status));
    if (working) {
      throw new AppError('charter_exists', { params: { version: working.version } });
    }
    const signed = versions.find((row) => row.status === 'signed');
    const base = signed
      ? await findVersion(tx, ctx.actor.workspaceId, distributorId, signed.version)
      : undefined;
    const content =
      input.content ??
      (base?.content as CharterContent | undefined) ??
      defaultCharterContent(new Date().toISOString().slice(0, 10), facts.languages[0] ?? 'en');
    await checkProductLines(ctx, tx, content);
    const created = await insertVersion(tx, {
      workspaceId: ctx.actor.workspaceId,
      distributorId,
      version: (versions[0]?.version ?? 0) + 1,
      status: 'draft',
      content,
      basedOnVersion: signed?.version ?? null,
      createdBy: ctx.actor.userId,
    }).catch((error: unknown) => {
      if (postgresErrorCode(error) === '23505')
        throw new AppError('charter_exists', { params: { version: '' } });
      throw error;
    });
    if (!created) throw new Error('charter insert returned no row');
    await recordAudit(tx, ctx.actor, {
      entityType: 'charter',
      entityId: created.id,
      distributorId,
      action: signed ? 'charter.amendment_started' : 'charter.created',
      after: { version: created.version, basedOnVersion: created.basedOnVersion },
    });
    return versionView(ctx, tx, created);
  });
}

/** The principal edits a draft directly; once sent, changes go through negotiation points. */
export function updateCharterContent(
  ctx: Context,
  distributorId: string,
  version: number,
  content: CharterContent,
) {
  requirePrincipalEditor(ctx);
  return inTransaction(ctx, async (tx) => {
    const row = await visibleVersion(ctx, tx, distributorId, version, true);
    if (row.status !== 'draft') throw stateError(ctx, row.status, 'edit');
    await checkProductLines(ctx, tx, content);
    const after = await updateVersion(tx, row, { content });
    await recordAudit(tx, ctx.actor, {
      entityType: 'charter',
      entityId: row.id,
      distributorId,
      action: 'charter.edited',
      before: { version, differences: diffContent(row.content as CharterContent, content).length },
      after: { version, differences: diffContent(row.content as CharterContent, content) },
    });
    if (!after) throw new Error('charter update returned no row');
    return versionView(ctx, tx, after);
  });
}

/**
 * Validates a content being edited and lists its conflicts; changes nothing. Principal staff
 * only: checking made-up texts would let a distributor's user map other distributors'
 * territories. They see the conflicts of their own charter's actual text instead.
 */
export function checkCharterContent(ctx: Context, distributorId: string, content: unknown) {
  if (!isPrincipal(ctx.actor)) throw new AppError('forbidden');
  return inTransaction(ctx, async (tx) => {
    await getVisibleDistributor(ctx, tx, distributorId);
    const parsed = CharterContent.safeParse(content);
    if (!parsed.success) {
      return {
        valid: false,
        errors: fieldErrorsFromIssues(ctx.t, parsed.error.issues, '#/content'),
        conflicts: [],
      };
    }
    const errors = await checkProductLines(ctx, tx, parsed.data).then(
      () => [],
      (error: unknown) => {
        if (error instanceof AppError) return error.fieldErrors;
        throw error;
      },
    );
    const conflicts = await conflictsFor(ctx, tx, distributorId, parsed.data);
    return { valid: errors.length === 0 && conflicts.length === 0, errors, conflicts };
  });
}

export async function canonicalDocument(tx: Tx, row: VersionRow): Promise<CharterDocument> {
  const content = row.content as CharterContent;
  const [space, facts, lines] = [
    await findWorkspace(tx, row.workspaceId),
    await distributorFacts(tx, row.workspaceId, row.distributorId),
    await findProductLines(tx, row.workspaceId, referencedProductLineIds(content)),
  ];
  if (!space || !facts) throw new AppError('not_found');
  return {
    format: 'liaison.charter/1',
    workspace: { id: space.id, name: space.name },
    distributor: {
      id: facts.id,
      name: facts.name,
      country: facts.country,
      languages: facts.languages,
    },
    version: row.version,
    basedOnVersion: row.basedOnVersion,
    productLines: Object.fromEntries(
      lines.map((line) => [line.id, { code: line.code, name: line.name }]),
    ),
    content,
  };
}

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
        agreedAt: new Date(),
      });
    } else {
      requireNegotiator(ctx);
      if (row.status !== 'agreed') throw stateError(ctx, row.status, 'reopen');
      voided = await voidSignatures(tx, row.workspaceId, row.id);
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
      changes.resolvedAt = new Date();
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

function signatureConsent(ctx: Context, version: number, hash: string) {
  return ctx.t('charter.consent', { version, hash });
}

export function signCharter(
  ctx: Context,
  distributorId: string,
  version: number,
  input: SignInput,
  request: { ip: string | null; userAgent: string | null },
) {
  return inTransaction(ctx, async (tx) => {
    const row = await visibleVersion(ctx, tx, distributorId, version, true);
    const party = sideOf(ctx);
    if (ctx.actor.role !== signers[party]) {
      throw new AppError('signer_not_authorised', {
        params: { role: ctx.t(`roles.${signers[party]}`) },
      });
    }
    if (row.status !== 'agreed' || !row.agreedHash || !row.agreedDocument)
      throw stateError(ctx, row.status, 'sign');
    // The stored text must still be the agreed text, and the signer must have seen that text.
    const recheck = verifyBundle(
      { document: row.agreedDocument as CharterDocument, hash: row.agreedHash, signatures: [] },
      row.content as CharterContent,
    );
    if (
      !recheck.checks
        .filter((check) => check.check === 'hash' || check.check === 'text')
        .every((check) => check.ok)
    ) {
      throw new AppError('charter_changed', { params: { hash: row.agreedHash } });
    }
    if (input.contentHash !== row.agreedHash) {
      throw new AppError('charter_changed', {
        params: { hash: row.agreedHash },
        errors: [
          {
            pointer: '#/contentHash',
            detail: ctx.t('errors.charter_changed.detail', { hash: row.agreedHash }),
          },
        ],
      });
    }
    if (isPrincipal(ctx.actor)) {
      const conflicts = await conflictsFor(ctx, tx, distributorId, row.content as CharterContent);
      if (conflicts.length) throw conflictError(conflicts);
    }
    const existing = await listSignatures(tx, row.workspaceId, row.id);
    const active = existing.filter((signature) => signature.voidedAt === null);
    if (active.some((signature) => signature.party === party)) {
      throw new AppError('already_signed', { params: { party: ctx.t(`side.${party}`) } });
    }
    if (!ctx.actor.userId) throw new AppError('forbidden');
    const signature = await insertSignature(tx, {
      workspaceId: row.workspaceId,
      distributorId,
      charterVersionId: row.id,
      party,
      userId: ctx.actor.userId,
      typedName: input.typedName,
      signerRole: input.signerRole,
      consentText: signatureConsent(ctx, version, row.agreedHash),
      contentHash: input.contentHash,
      ip: request.ip,
      userAgent: request.userAgent,
    }).catch((error: unknown) => {
      if (
        postgresErrorCode(error) === '23505' &&
        postgresConstraint(error) === 'charter_signature_party_key'
      ) {
        throw new AppError('already_signed', { params: { party: ctx.t(`side.${party}`) } });
      }
      throw error;
    });
    if (!signature) throw new Error('signature insert returned no row');
    const complete = active.length === 1;
    let after = row;
    if (complete) {
      const previous = (await latestVersions(tx, row.workspaceId, distributorId)).filter(
        (other) => other.status === 'signed' && other.version !== version,
      );
      for (const old of previous) {
        const oldRow = await findVersion(tx, row.workspaceId, distributorId, old.version);
        if (oldRow)
          await updateVersion(tx, oldRow, { status: 'superseded', supersededAt: new Date() });
      }
      after = (await updateVersion(tx, row, { status: 'signed', signedAt: new Date() })) ?? row;
    }
    await recordAudit(tx, ctx.actor, {
      entityType: 'charter',
      entityId: row.id,
      distributorId,
      action: complete ? 'charter.signed' : 'charter.signature_added',
      after: {
        version,
        party,
        typedName: input.typedName,
        signerRole: input.signerRole,
        hash: input.contentHash,
        ip: request.ip,
        status: after.status,
      },
    });
    if (party === 'principal' && !complete) {
      await notifyDistributorSigners(ctx, tx, distributorId, 'principal_signed', version);
    }
    return versionView(ctx, tx, after);
  });
}

/** The signed bundle of a version, and its stored text, read in one transaction. */
async function bundleAndText(ctx: Context, tx: Tx, distributorId: string, version: number) {
  const row = await visibleVersion(ctx, tx, distributorId, version);
  if (!row.agreedDocument || !row.agreedHash) throw stateError(ctx, row.status, 'verify');
  const bundle: SignedCharterBundle = {
    document: row.agreedDocument as CharterDocument,
    hash: row.agreedHash,
    signatures: await activeSignatureRecords(tx, row.workspaceId, row.id),
  };
  return { bundle, content: row.content as CharterContent };
}

export function signedBundle(
  ctx: Context,
  distributorId: string,
  version: number,
): Promise<SignedCharterBundle> {
  return inTransaction(
    ctx,
    async (tx) => (await bundleAndText(ctx, tx, distributorId, version)).bundle,
  );
}

/** Verifies a version against the database: its text, its hash and both signatures agree. */
export function verifyCharter(ctx: Context, distributorId: string, version: number) {
  return inTransaction(ctx, async (tx) => {
    const { bundle, content } = await bundleAndText(ctx, tx, distributorId, version);
    return verifyBundle(bundle, content);
  });
}

export function compareCharterVersions(
  ctx: Context,
  distributorId: string,
  from: number,
  to: number,
) {
  return inTransaction(ctx, async (tx) => {
    const a = await visibleVersion(ctx, tx, distributorId, from);
    const b = await visibleVersion(ctx, tx, distributorId, to);
    return {
      from,
      to,
      differences: diffContent(a.content as CharterContent, b.content as CharterContent),
    };
  });
}
