// Amendment proposals: once a charter is signed, either side raises a point against the version
// in force (which section, what should change, why). The principal's editors take open proposals
// into the next draft or decline them with a reason; the proposer may withdraw one while it is
// open. The other side hears of each step through the event system (docs/charter.md).
import type { Tx } from '../db/client.ts';
import type { Role } from '../db/types.ts';
import { getVisibleDistributor } from '../distributors/distributors.service.ts';
import { recordAudit } from '../platform/audit.ts';
import { AppError } from '../platform/errors.ts';
import { publishEvent } from '../platform/events.ts';
import { type Context, inTransaction, principalEditors } from '../platform/tenancy.ts';
import { findVersion, latestVersions } from './charter.queries.ts';
import {
  type AmendmentRow,
  findAmendment,
  insertAmendment,
  listAmendments,
  nextAmendmentNumber,
  updateAmendments,
} from './charter-amendments.queries.ts';
import type {
  AmendmentInput,
  AmendmentSection,
  AmendmentView,
} from './charter-amendments.schema.ts';
import { startCharterVersion } from './charter-drafting.service.ts';
import { requirePrincipalEditor, sideOf } from './charter-versions.service.ts';

/**
 * Who may propose an amendment: the principal's editors, and every user of the distributor. A
 * proposal commits nobody (the principal decides what goes into a draft, and the distributor's
 * admin still negotiates and signs it), so a distributor's member may raise what they see in the
 * market. Viewers read proposals only.
 */
const proposers: readonly Role[] = [...principalEditors, 'distributor_admin', 'distributor_member'];

function view(
  ctx: Context,
  row: AmendmentRow,
  version: number,
  draftVersion: number | null,
): AmendmentView {
  return {
    number: row.number,
    section: row.section as AmendmentSection,
    change: row.change,
    reason: row.reason,
    status: row.status,
    version,
    proposerSide: row.proposerSide,
    proposerName: row.proposerName,
    isMine: row.proposedBy !== null && row.proposedBy === ctx.actor.userId,
    draftVersion,
    declineReason: row.declineReason,
    answererName: row.answererName,
    answeredAt: row.answeredAt,
    createdAt: row.createdAt,
  };
}

async function amendmentViews(ctx: Context, tx: Tx, distributorId: string) {
  const rows = await listAmendments(tx, ctx.actor.workspaceId, distributorId);
  return rows.map((row) => view(ctx, row.amendment, row.version, row.draftVersion));
}

async function oneView(ctx: Context, tx: Tx, distributorId: string, number: number) {
  const found = (await amendmentViews(ctx, tx, distributorId)).find(
    (item) => item.number === number,
  );
  if (!found) throw new Error(`amendment ${number} vanished in its own transaction`);
  return found;
}

/** An open proposal, locked for its answer; anything else is refused with its status. */
async function openAmendment(ctx: Context, tx: Tx, distributorId: string, number: number) {
  const row = await findAmendment(tx, ctx.actor.workspaceId, distributorId, number);
  if (!row) throw new AppError('not_found');
  if (row.status !== 'open') {
    throw new AppError('amendment_state', {
      params: { number, status: ctx.t(`charter.amendment_status.${row.status}`) },
    });
  }
  return row;
}

export function listCharterAmendments(ctx: Context, distributorId: string) {
  return inTransaction(ctx, async (tx) => {
    await getVisibleDistributor(ctx, tx, distributorId);
    return amendmentViews(ctx, tx, distributorId);
  });
}

export function proposeCharterAmendment(
  ctx: Context,
  distributorId: string,
  input: AmendmentInput,
) {
  if (!proposers.includes(ctx.actor.role)) throw new AppError('forbidden');
  return inTransaction(ctx, async (tx) => {
    await getVisibleDistributor(ctx, tx, distributorId);
    const signed = (await latestVersions(tx, ctx.actor.workspaceId, distributorId)).find(
      (row) => row.status === 'signed',
    );
    // Locking the version in force numbers two proposals made at once one after the other.
    const inForce =
      signed &&
      (await findVersion(tx, ctx.actor.workspaceId, distributorId, signed.version, {
        lock: true,
      }));
    if (!inForce) throw new AppError('charter_not_signed');
    const side = sideOf(ctx);
    const row = await insertAmendment(tx, {
      workspaceId: ctx.actor.workspaceId,
      distributorId,
      number: await nextAmendmentNumber(tx, ctx.actor.workspaceId, distributorId),
      charterVersionId: inForce.id,
      section: input.section,
      change: input.change,
      reason: input.reason,
      proposerSide: side,
      proposedBy: ctx.actor.userId,
      proposerName: ctx.actor.name,
    });
    if (!row) throw new Error('amendment insert returned no row');
    await recordAudit(tx, ctx.actor, {
      entityType: 'charter_amendment',
      entityId: row.id,
      distributorId,
      action: 'charter.amendment_proposed',
      after: {
        number: row.number,
        version: inForce.version,
        section: row.section,
        change: row.change,
        reason: row.reason,
        side,
      },
    });
    await publishEvent(tx, ctx.actor.workspaceId, {
      type: 'charter.amendment_proposed',
      distributorId,
      subjectId: row.id,
      actorUserId: ctx.actor.userId,
      data: {
        number: row.number,
        version: inForce.version,
        section: row.section,
        proposerName: row.proposerName,
        proposerSide: side,
      },
      occurredAt: ctx.clock.now(),
    });
    return view(ctx, row, inForce.version, null);
  });
}

/** The principal says no, with a reason the proposer reads. */
export function declineCharterAmendment(
  ctx: Context,
  distributorId: string,
  number: number,
  input: { reason: string },
) {
  requirePrincipalEditor(ctx);
  return inTransaction(ctx, async (tx) => {
    await getVisibleDistributor(ctx, tx, distributorId);
    const row = await openAmendment(ctx, tx, distributorId, number);
    const now = ctx.clock.now();
    await updateAmendments(tx, ctx.actor.workspaceId, [row.id], {
      status: 'declined',
      declineReason: input.reason,
      answeredBy: ctx.actor.userId,
      answererName: ctx.actor.name,
      answeredAt: now,
    });
    await recordAudit(tx, ctx.actor, {
      entityType: 'charter_amendment',
      entityId: row.id,
      distributorId,
      action: 'charter.amendment_declined',
      before: { number, status: row.status },
      after: { number, status: 'declined', reason: input.reason },
    });
    await publishEvent(tx, ctx.actor.workspaceId, {
      type: 'charter.amendment_declined',
      distributorId,
      subjectId: row.id,
      actorUserId: ctx.actor.userId,
      data: { number, section: row.section, reason: input.reason },
      occurredAt: now,
    });
    return oneView(ctx, tx, distributorId, number);
  });
}

/** The proposer takes their own open proposal back. */
export function withdrawCharterAmendment(ctx: Context, distributorId: string, number: number) {
  return inTransaction(ctx, async (tx) => {
    await getVisibleDistributor(ctx, tx, distributorId);
    const row = await openAmendment(ctx, tx, distributorId, number);
    if (row.proposedBy === null || row.proposedBy !== ctx.actor.userId) {
      throw new AppError('forbidden');
    }
    await updateAmendments(tx, ctx.actor.workspaceId, [row.id], {
      status: 'withdrawn',
      answeredBy: ctx.actor.userId,
      answererName: ctx.actor.name,
      answeredAt: ctx.clock.now(),
    });
    await recordAudit(tx, ctx.actor, {
      entityType: 'charter_amendment',
      entityId: row.id,
      distributorId,
      action: 'charter.amendment_withdrawn',
      before: { number, status: row.status },
      after: { number, status: 'withdrawn' },
    });
    return oneView(ctx, tx, distributorId, number);
  });
}

/**
 * Takes open proposals into the next draft: the draft being prepared if there is one, or a new
 * amendment version started from the signed text. A version already sent for negotiation is
 * refused (charter_exists): its changes go through negotiation points instead.
 */
export function draftFromCharterAmendments(ctx: Context, distributorId: string, numbers: number[]) {
  requirePrincipalEditor(ctx);
  return inTransaction(ctx, async (tx) => {
    await getVisibleDistributor(ctx, tx, distributorId);
    const rows: AmendmentRow[] = [];
    for (const number of [...new Set(numbers)].sort((a, b) => a - b)) {
      rows.push(await openAmendment(ctx, tx, distributorId, number));
    }
    const working = (await latestVersions(tx, ctx.actor.workspaceId, distributorId)).find((row) =>
      ['draft', 'negotiation', 'agreed'].includes(row.status),
    );
    const draft =
      working?.status === 'draft'
        ? await findVersion(tx, ctx.actor.workspaceId, distributorId, working.version, {
            lock: true,
          })
        : await startCharterVersion(ctx, tx, distributorId, undefined);
    if (!draft) throw new AppError('not_found');
    const now = ctx.clock.now();
    await updateAmendments(
      tx,
      ctx.actor.workspaceId,
      rows.map((row) => row.id),
      {
        status: 'drafted',
        draftVersionId: draft.id,
        answeredBy: ctx.actor.userId,
        answererName: ctx.actor.name,
        answeredAt: now,
      },
    );
    for (const row of rows) {
      await recordAudit(tx, ctx.actor, {
        entityType: 'charter_amendment',
        entityId: row.id,
        distributorId,
        action: 'charter.amendment_drafted',
        before: { number: row.number, status: row.status },
        after: { number: row.number, status: 'drafted', draftVersion: draft.version },
      });
      await publishEvent(tx, ctx.actor.workspaceId, {
        type: 'charter.amendment_drafted',
        distributorId,
        subjectId: row.id,
        actorUserId: ctx.actor.userId,
        data: { number: row.number, section: row.section, draftVersion: draft.version },
        occurredAt: now,
      });
    }
    const taken = new Set(rows.map((row) => row.number));
    return {
      version: draft.version,
      amendments: (await amendmentViews(ctx, tx, distributorId)).filter((item) =>
        taken.has(item.number),
      ),
    };
  });
}
