// A relationship's playbook as both sides see it: the current evaluation of every item with what
// proves it, judgement items ticked by a person of one side with a note and confirmed by the
// other, and the history of changes. The portfolio counts progress and where relationships stall.
import type { Tx } from '../db/client.ts';
import type { Role, Side } from '../db/types.ts';
import { getVisibleDistributor } from '../distributors/distributors.service.ts';
import { recordAudit } from '../platform/audit.ts';
import { AppError } from '../platform/errors.ts';
import { publishEvent } from '../platform/events.ts';
import {
  type Context,
  inTransaction,
  isPrincipal,
  principalEditors,
  principalRoles,
  requireRole,
} from '../platform/tenancy.ts';
import {
  insertPlaybookTransition,
  listPlaybookTransitions,
  listWorkspacePlaybookStates,
  type PlaybookStateRow,
  upsertPlaybookState,
} from './playbook.queries.ts';
import type { DistributorPlaybook, PlaybookProgress } from './playbook.schema.ts';
import {
  evaluateDistributorPlaybook,
  evaluateWorkspacePlaybooks,
} from './playbook-evaluation.service.ts';
import { evidenceView } from './playbook-evidence.ts';
import {
  type CurrentItem,
  currentPlaybook,
  isAutomatic,
  itemView,
} from './playbook-items.service.ts';

/** Who may tick, un-tick and confirm judgement items: editors of either side, not viewers. */
const judges: readonly Role[] = [...principalEditors, 'distributor_admin', 'distributor_member'];

const sideOf = (ctx: Context): Side => (isPrincipal(ctx.actor) ? 'principal' : 'distributor');

function itemWithState(ctx: Context, item: CurrentItem, state: PlaybookStateRow | undefined) {
  const view = itemView(ctx, item);
  const isDone = state?.isDone ?? false;
  const mayJudge = view.kind === 'judgement' && judges.includes(ctx.actor.role);
  const tickedBy =
    view.kind === 'judgement' && isDone && state?.tickerName && state.tickerSide
      ? { name: state.tickerName, side: state.tickerSide }
      : null;
  return {
    ...view,
    isDone,
    since: state?.since ?? null,
    evidence: state?.evidence ? evidenceView(ctx, state.evidence) : null,
    tickedBy,
    note: isDone ? (state?.note ?? null) : null,
    confirmedBy:
      isDone && state?.confirmerName && state.confirmedAt
        ? { name: state.confirmerName, at: state.confirmedAt }
        : null,
    canTick: mayJudge && !isDone,
    canConfirm:
      mayJudge &&
      isDone &&
      !state?.confirmedAt &&
      tickedBy !== null &&
      tickedBy.side !== sideOf(ctx),
    canUntick: mayJudge && isDone,
  };
}

async function playbookView(
  ctx: Context,
  tx: Tx,
  distributorId: string,
): Promise<DistributorPlaybook> {
  const playbook = await currentPlaybook(tx, ctx.actor.workspaceId);
  const states = await evaluateDistributorPlaybook(ctx, tx, distributorId, playbook.items);
  const items = playbook.items.map((item) => itemWithState(ctx, item, states.get(item.key)));
  const titles = new Map(items.map((item) => [item.key, item.title]));
  const history = await listPlaybookTransitions(tx, ctx.actor.workspaceId, distributorId, 100);
  return {
    distributorId,
    version: playbook.version,
    done: items.filter((item) => item.isDone).length,
    total: items.length,
    evaluatedAt: ctx.clock.now(),
    items,
    history: history.map((row) => ({
      itemKey: row.itemKey,
      title: titles.get(row.itemKey) ?? ctx.t('playbook.removedItem'),
      isDone: row.isDone,
      cause: row.cause,
      evidence: row.evidence ? evidenceView(ctx, row.evidence) : null,
      note: row.note,
      actorName: row.actorName,
      at: row.at,
    })),
  };
}

export function getDistributorPlaybook(ctx: Context, distributorId: string) {
  return inTransaction(ctx, async (tx) => {
    await getVisibleDistributor(ctx, tx, distributorId);
    return playbookView(ctx, tx, distributorId);
  });
}

type JudgementStep = 'tick' | 'untick' | 'confirm';

/** Ticks, un-ticks or confirms a judgement item, with the transition and the audit entry. */
export function judgePlaybookItem(
  ctx: Context,
  distributorId: string,
  key: string,
  step: JudgementStep,
  note: string | null,
) {
  requireRole(ctx.actor, judges);
  return inTransaction(ctx, async (tx) => {
    await getVisibleDistributor(ctx, tx, distributorId);
    const playbook = await currentPlaybook(tx, ctx.actor.workspaceId);
    const item = playbook.items.find((candidate) => candidate.key === key);
    if (!item) throw new AppError('not_found');
    const title = itemView(ctx, item).title;
    if (isAutomatic(item))
      throw new AppError('playbook_item_automatic', { params: { item: title } });
    const states = await evaluateDistributorPlaybook(ctx, tx, distributorId, playbook.items);
    const state = states.get(key);
    const isDone = state?.isDone ?? false;
    const side = sideOf(ctx);
    const refuse = () =>
      new AppError('playbook_item_state', {
        params: { item: title, status: ctx.t(`playbook.status.${isDone ? 'done' : 'open'}`) },
      });
    const now = ctx.clock.now();
    const person = { tickedBy: ctx.actor.userId, tickerName: ctx.actor.name, tickerSide: side };
    const unconfirmed = { confirmedBy: null, confirmerName: null, confirmedAt: null };
    const base = {
      workspaceId: ctx.actor.workspaceId,
      distributorId,
      itemKey: key,
      checkedAt: now,
    };
    if (step === 'tick') {
      if (isDone) throw refuse();
      await upsertPlaybookState(tx, {
        ...base,
        ...person,
        ...unconfirmed,
        isDone: true,
        since: now,
        evidence: null,
        note,
      });
    } else if (step === 'untick') {
      if (!isDone) throw refuse();
      await upsertPlaybookState(tx, {
        ...base,
        ...person,
        ...unconfirmed,
        isDone: false,
        since: now,
        evidence: null,
        note,
      });
    } else {
      if (!isDone || !state || state.confirmedAt) throw refuse();
      if (state.tickerSide === side) throw new AppError('playbook_confirm_side');
      await upsertPlaybookState(tx, {
        ...state,
        confirmedBy: ctx.actor.userId,
        confirmerName: ctx.actor.name,
        confirmedAt: now,
        checkedAt: now,
      });
    }
    const cause = step === 'tick' ? 'ticked' : step === 'untick' ? 'unticked' : 'confirmed';
    await insertPlaybookTransition(tx, {
      workspaceId: ctx.actor.workspaceId,
      distributorId,
      itemKey: key,
      isDone: step !== 'untick',
      cause,
      note,
      actorUserId: ctx.actor.userId,
      actorName: ctx.actor.name,
      at: now,
    });
    await recordAudit(tx, ctx.actor, {
      entityType: 'playbook',
      entityId: distributorId,
      distributorId,
      action: `playbook.item_${cause}`,
      after: { item: key, title, note, side },
    });
    // A judgement ticked by one side waits for the other's confirmation: it is told.
    if (step === 'tick') {
      await publishEvent(tx, ctx.actor.workspaceId, {
        type: 'playbook.item_ticked',
        distributorId,
        subjectId: distributorId,
        actorUserId: ctx.actor.userId,
        data: { itemKey: key, tickerName: ctx.actor.name, side },
        occurredAt: now,
      });
    }
    return playbookView(ctx, tx, distributorId);
  });
}

/** Progress per relationship and, per item, how many ticked it and how many stall at it. */
export function getPlaybookProgress(ctx: Context) {
  requireRole(ctx.actor, principalRoles);
  return inTransaction(ctx, async (tx): Promise<PlaybookProgress> => {
    const { playbook, distributors } = await evaluateWorkspacePlaybooks(ctx, tx, {
      onlyStale: true,
    });
    return progressOf(ctx, tx, playbook.items, playbook.version, distributors);
  });
}

/** Evaluates every relationship now (principal editors), and answers the progress. */
export function evaluateAllNow(ctx: Context) {
  requireRole(ctx.actor, principalEditors);
  return inTransaction(ctx, async (tx): Promise<PlaybookProgress> => {
    const { playbook, distributors } = await evaluateWorkspacePlaybooks(ctx, tx, {
      onlyStale: false,
    });
    return progressOf(ctx, tx, playbook.items, playbook.version, distributors);
  });
}

async function progressOf(
  ctx: Context,
  tx: Tx,
  items: CurrentItem[],
  version: number,
  distributors: { id: string; name: string; country: string }[],
): Promise<PlaybookProgress> {
  const done = new Set(
    (await listWorkspacePlaybookStates(tx, ctx.actor.workspaceId))
      .filter((row) => row.isDone)
      .map((row) => `${row.distributorId}:${row.itemKey}`),
  );
  const views = items.map((item) => itemView(ctx, item));
  const rows = distributors.map((distributor) => {
    const open = views.find((item) => !done.has(`${distributor.id}:${item.key}`));
    return {
      ...distributor,
      done: views.filter((item) => done.has(`${distributor.id}:${item.key}`)).length,
      total: views.length,
      stalledAt: open ? { key: open.key, title: open.title } : null,
    };
  });
  return {
    version,
    items: views.map((item) => ({
      key: item.key,
      title: item.title,
      done: rows.filter((row) => done.has(`${row.id}:${item.key}`)).length,
      stalled: rows.filter((row) => row.stalledAt?.key === item.key).length,
    })),
    distributors: rows,
  };
}
