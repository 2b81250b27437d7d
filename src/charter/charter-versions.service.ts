// The relationship charter: versions, negotiation points, conflict checks and signatures.
// Rules (docs/charter.md): the principal drafts; either side negotiates through points; a version
// is agreed with no open points and no conflicts; an authorised signer of each party signs the
// agreed text's hash; with both signatures the version is signed, immutable, and supersedes the
// previous one. Changes after that are amendments: a new version on the same path.
// This file holds what the drafting, negotiation and signing services share: who may act on
// which side, which version a caller may see, and how a version is shown.
import type { Tx } from '../db/client.ts';
import type { Role, Side } from '../db/types.ts';
import { getVisibleDistributor } from '../distributors/distributors.service.ts';
import { AppError } from '../platform/errors.ts';
import { type Context, isPrincipal, principalEditors } from '../platform/tenancy.ts';
import type { CharterContent } from './charter.content.ts';
import { type CharterDocument, referencedProductLineIds } from './charter.document.ts';
import {
  countOpenPoints,
  distributorFacts,
  findProductLines,
  findVersion,
  findWorkspace,
  listSignatures,
  type VersionRow,
} from './charter.queries.ts';
import { conflictsFor } from './charter-checks.service.ts';

/** Who may negotiate (raise points, respond, agree, reopen) on each side. */
const negotiators: readonly Role[] = [...principalEditors, 'distributor_admin'];
/** Who may sign for each party. */
export const signers: Record<Side, Role> = {
  principal: 'principal_admin',
  distributor: 'distributor_admin',
};

export function sideOf(ctx: Context): Side {
  return isPrincipal(ctx.actor) ? 'principal' : 'distributor';
}

export function requireNegotiator(ctx: Context) {
  if (!negotiators.includes(ctx.actor.role)) throw new AppError('forbidden');
}

export function requirePrincipalEditor(ctx: Context) {
  if (!isPrincipal(ctx.actor) || !principalEditors.includes(ctx.actor.role)) {
    throw new AppError('forbidden');
  }
}

export function stateError(ctx: Context, status: string, action: string) {
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

export async function versionView(ctx: Context, tx: Tx, row: VersionRow) {
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
