// Signing a charter: an authorised signer of each party signs the agreed text's hash; with both
// signatures the version is signed, immutable, and supersedes the previous one. The signed bundle
// (document, hash, signatures) can be downloaded and verified offline or against the database.
import type { Tx } from '../db/client.ts';
import { recordAudit } from '../platform/audit.ts';
import { AppError, postgresConstraint, postgresErrorCode } from '../platform/errors.ts';
import { publishEvent } from '../platform/events.ts';
import { type Context, inTransaction, isPrincipal } from '../platform/tenancy.ts';
import type { CharterContent } from './charter.content.ts';
import {
  type CharterDocument,
  type SignedCharterBundle,
  verifyBundle,
} from './charter.document.ts';
import {
  activeSignatureRecords,
  findVersion,
  insertSignature,
  latestVersions,
  listSignatures,
  updateVersion,
} from './charter.queries.ts';
import type { SignInput } from './charter.schema.ts';
import { conflictError, conflictsFor } from './charter-checks.service.ts';
import { notifyDistributorSigners } from './charter-mail.service.ts';
import { runCharterSignedListeners } from './charter-signed-listeners.ts';
import {
  sideOf,
  signers,
  stateError,
  versionView,
  visibleVersion,
} from './charter-versions.service.ts';

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
    const now = ctx.clock.now();
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
      signedAt: now,
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
        if (oldRow) await updateVersion(tx, oldRow, { status: 'superseded', supersededAt: now });
      }
      after = (await updateVersion(tx, row, { status: 'signed', signedAt: now })) ?? row;
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
    if (complete) {
      await publishEvent(tx, row.workspaceId, {
        type: 'charter.signed',
        distributorId,
        subjectId: row.id,
        actorUserId: ctx.actor.userId,
        data: { version, contentHash: row.agreedHash, signedAt: now },
        occurredAt: now,
      });
      // What follows the charter (the plan's goals) updates in this same transaction.
      await runCharterSignedListeners(ctx, tx, {
        distributorId,
        charterVersionId: row.id,
        version,
        content: row.content as CharterContent,
        signedAt: now,
      });
    }
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
