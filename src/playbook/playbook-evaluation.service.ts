// Items that tick themselves: each rule (playbook-rules.ts) is evaluated against the relationship's
// data; an item whose proof appears ticks, one whose proof goes away un-ticks, and each change is
// kept as a transition with its proof. Runs when someone opens the playbook, when the portfolio
// finds an evaluation older than a quarter of an hour, and hourly for every workspace.
import type { Tx } from '../db/client.ts';
import { recordAudit } from '../platform/audit.ts';
import { publishEvent } from '../platform/events.ts';
import type { JobContext } from '../platform/jobs.ts';
import {
  type Context,
  inSystemTransaction,
  inTransaction,
  makeContext,
  systemActor,
} from '../platform/tenancy.ts';
import type { PlaybookEvidence } from './playbook.queries.ts';
import {
  insertPlaybookTransition,
  listPlaybookDistributors,
  listPlaybookStates,
  listPlaybookWorkspaceIdsAsOwner,
  listStalePlaybookDistributors,
  lockDistributorPlaybook,
  markPlaybookChecked,
  type PlaybookStateRow,
  upsertPlaybookState,
} from './playbook.queries.ts';
import { type CurrentItem, currentPlaybook } from './playbook-items.service.ts';
import { evidenceSource, ruleOf } from './playbook-rules.ts';

/** How old a stored evaluation may be before the portfolio evaluates the relationship again. */
export const FRESH_MINUTES = 15;

const sameEvidence = (a: PlaybookEvidence | null, b: PlaybookEvidence | null) =>
  JSON.stringify(a) === JSON.stringify(b);

/**
 * Evaluates every automatic item of one relationship in the caller's transaction and records what
 * changed; answers the states by item key. Judgement items keep what people recorded.
 */
export async function evaluateDistributorPlaybook(
  ctx: Context,
  tx: Tx,
  distributorId: string,
  items: CurrentItem[],
): Promise<Map<string, PlaybookStateRow>> {
  const workspaceId = ctx.actor.workspaceId;
  const now = ctx.clock.now();
  await lockDistributorPlaybook(tx, workspaceId, distributorId);
  const states = new Map(
    (await listPlaybookStates(tx, workspaceId, distributorId)).map((row) => [row.itemKey, row]),
  );
  const evidence = evidenceSource(ctx, tx, distributorId);
  const changes: { item: string; isDone: boolean }[] = [];
  for (const item of items) {
    const rule = ruleOf(item.ruleCode);
    if (!rule) continue;
    const threshold = item.threshold ?? rule.defaultThreshold ?? 1;
    const result = await rule.evaluate({ distributorId, now, threshold, evidence });
    const before = states.get(item.key);
    const changed = (before?.isDone ?? false) !== result.isDone;
    if (before && !changed && sameEvidence(before.evidence, result.evidence)) continue;
    const row = await upsertPlaybookState(tx, {
      workspaceId,
      distributorId,
      itemKey: item.key,
      isDone: result.isDone,
      since: changed || !before ? now : before.since,
      evidence: result.evidence,
      tickedBy: null,
      tickerName: null,
      tickerSide: null,
      note: null,
      confirmedBy: null,
      confirmerName: null,
      confirmedAt: null,
      checkedAt: now,
    });
    if (row) states.set(item.key, row);
    if (changed) {
      changes.push({ item: item.key, isDone: result.isDone });
      await insertPlaybookTransition(tx, {
        workspaceId,
        distributorId,
        itemKey: item.key,
        isDone: result.isDone,
        cause: result.isDone ? 'ticked_by_rule' : 'unticked_by_rule',
        evidence: result.evidence,
        actorName: 'Liaison',
        at: now,
      });
    }
  }
  await markPlaybookChecked(tx, workspaceId, distributorId, now);
  if (changes.length) {
    // Liaison changed the states, whoever opened the page: the audit names the system.
    await recordAudit(tx, systemActor(workspaceId), {
      entityType: 'playbook',
      entityId: distributorId,
      distributorId,
      action: 'playbook.evaluated',
      after: {
        ticked: changes.filter((change) => change.isDone).map((change) => change.item),
        unticked: changes.filter((change) => !change.isDone).map((change) => change.item),
      },
    });
    // Proof that went away (a charter superseded, meetings no longer held) is news to both sides.
    const lost = changes.filter((change) => !change.isDone).map((change) => change.item);
    if (lost.length) {
      await publishEvent(tx, workspaceId, {
        type: 'playbook.items_unticked',
        distributorId,
        subjectId: distributorId,
        data: { itemKeys: lost, count: lost.length },
        occurredAt: now,
      });
    }
  }
  return states;
}

/**
 * Evaluates the workspace's relationships, in the caller's transaction: all of them, or only
 * those not evaluated in the last FRESH_MINUTES.
 */
export async function evaluateWorkspacePlaybooks(
  ctx: Context,
  tx: Tx,
  options: { onlyStale: boolean },
) {
  const playbook = await currentPlaybook(tx, ctx.actor.workspaceId);
  const distributors = await listPlaybookDistributors(tx, ctx.actor.workspaceId);
  const ids = distributors.map((row) => row.id);
  const due = options.onlyStale
    ? await listStalePlaybookDistributors(
        tx,
        ctx.actor.workspaceId,
        ids,
        new Date(ctx.clock.now().getTime() - FRESH_MINUTES * 60_000),
      )
    : ids;
  for (const id of due) await evaluateDistributorPlaybook(ctx, tx, id, playbook.items);
  return { playbook, distributors };
}

/** One relationship evaluated now, in a transaction of its own (the demo's history). */
export function reevaluatePlaybook(ctx: Context, distributorId: string) {
  return inTransaction(ctx, async (tx) =>
    evaluateDistributorPlaybook(
      ctx,
      tx,
      distributorId,
      (await currentPlaybook(tx, ctx.actor.workspaceId)).items,
    ),
  );
}

/** Every relationship of the workspace evaluated now, in a transaction of its own. */
export function reevaluateWorkspacePlaybooks(ctx: Context) {
  return inTransaction(ctx, (tx) => evaluateWorkspacePlaybooks(ctx, tx, { onlyStale: false }));
}

/** The hourly job: every workspace, each in its own system transaction. */
export async function evaluateAllPlaybooks(
  jobs: Pick<JobContext, 'database' | 'config' | 'mailer' | 'clock'>,
) {
  const workspaceIds = await listPlaybookWorkspaceIdsAsOwner(jobs.database.db);
  let evaluated = 0;
  for (const workspaceId of workspaceIds) {
    const ctx = makeContext(
      { db: jobs.database.db, config: jobs.config, mailer: jobs.mailer, clock: jobs.clock },
      systemActor(workspaceId),
    );
    await inSystemTransaction(jobs.database, workspaceId, async (tx) => {
      const { distributors } = await evaluateWorkspacePlaybooks(ctx, tx, { onlyStale: false });
      evaluated += distributors.length;
    });
  }
  return { workspaces: workspaceIds.length, distributors: evaluated };
}
