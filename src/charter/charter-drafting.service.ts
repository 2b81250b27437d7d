// Drafting a charter: the principal writes the first draft or an amendment of the signed version,
// edits it while it is a draft, and checks any text for errors and conflicts as it is edited.
// Both sides read the versions and compare them.
import type { Tx } from '../db/client.ts';
import { getVisibleDistributor } from '../distributors/distributors.service.ts';
import { recordAudit } from '../platform/audit.ts';
import { AppError, postgresErrorCode } from '../platform/errors.ts';
import { type Context, inTransaction, isPrincipal } from '../platform/tenancy.ts';
import { fieldErrorsFromIssues } from '../platform/validation.ts';
import { CharterContent, defaultCharterContent } from './charter.content.ts';
import {
  findVersion,
  insertVersion,
  latestVersions,
  listVersions,
  updateVersion,
} from './charter.queries.ts';
import { checkProductLines, conflictsFor } from './charter-checks.service.ts';
import {
  requirePrincipalEditor,
  stateError,
  versionView,
  visibleVersion,
} from './charter-versions.service.ts';
import { diffContent } from './diff.ts';

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
  return inTransaction(ctx, async (tx) =>
    versionView(ctx, tx, await startCharterVersion(ctx, tx, distributorId, input.content)),
  );
}

/**
 * Starts the next version as a draft, inside the caller's transaction: the first draft, or an
 * amendment of the signed version (its text, unless `content` is given). Refused while another
 * version is being worked on. Amendment proposals start drafts through this too.
 */
export async function startCharterVersion(
  ctx: Context,
  tx: Tx,
  distributorId: string,
  inputContent: CharterContent | undefined,
) {
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
    inputContent ??
    (base?.content as CharterContent | undefined) ??
    defaultCharterContent(ctx.clock.now().toISOString().slice(0, 10), facts.languages[0] ?? 'en');
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
  return created;
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
