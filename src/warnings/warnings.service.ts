// Early warning: each relationship's signals on a day, the health they add up to, the workspace's
// thresholds, and the history the hourly job keeps. The rules are in signals.ts; the facts come
// set-based from the owning domains' fragments (warning-facts.service.ts). The assessment is the
// principal's own: a distributor's users never reach it.
import type { TFunction } from 'i18next';
import { DateTime } from 'luxon';
import type { Database, Tx } from '../db/client.ts';
import { recordAudit } from '../platform/audit.ts';
import { todayIn } from '../platform/clock.ts';
import { AppError, fieldError } from '../platform/errors.ts';
import { publishEvent } from '../platform/events.ts';
import {
  type Context,
  inSystemTransaction,
  inTransaction,
  principalEditors,
  principalRoles,
  requireRole,
} from '../platform/tenancy.ts';
import {
  defaultThresholds,
  evaluateSignals,
  type HealthState,
  healthOf,
  type Signal,
  type Thresholds,
} from './signals.ts';
import { gatherWarningFacts } from './warning-facts.service.ts';
import {
  findWarningThresholds,
  listHealthHistory,
  listLatestHealth,
  listWarningWorkspaceIdsAsOwner,
  upsertHealth,
  upsertWarningThresholds,
} from './warnings.queries.ts';
import type { WarningThresholds } from './warnings.schema.ts';

const HISTORY_ROWS = 100;

export async function thresholdsOf(tx: Tx, workspaceId: string): Promise<Thresholds> {
  // A jsonb column: checked by the WarningThresholds schema when it was set; a threshold added
  // later takes its default.
  const stored = (await findWarningThresholds(tx, workspaceId)) as Partial<Thresholds> | undefined;
  return { ...defaultThresholds, ...stored };
}

type Assessment = {
  distributor: { id: string; name: string; country: string };
  state: HealthState;
  signals: Signal[];
};

/** Every assessed distributor's signals and state on `asOf` (YYYY-MM-DD, UTC days). */
export async function assessDistributors(
  tx: Tx,
  workspaceId: string,
  asOf: string,
  distributorId?: string,
): Promise<Assessment[]> {
  const thresholds = await thresholdsOf(tx, workspaceId);
  const relationships = await gatherWarningFacts(tx, workspaceId, asOf, distributorId);
  return relationships.map(({ distributor, facts }) => {
    const signals = evaluateSignals(facts, thresholds);
    return { distributor, state: healthOf(signals, thresholds.atRiskSignals), signals };
  });
}

/** A signal as the API shows it: its reason written out in the caller's language. */
function withReason(t: TFunction, signal: Signal) {
  const params = Object.fromEntries(
    Object.entries(signal.params).map(([key, value]) => [
      key,
      Array.isArray(value) ? value.join(', ') : value,
    ]),
  );
  return { ...signal, reason: t(`warnings.signal.${signal.kind}`, params) };
}

/** `asOf` as given, else today in UTC; a day still to come is refused. */
function assessedDay(ctx: Context, asOf: string | undefined): string {
  const today = todayIn(ctx.clock, 'UTC');
  if (asOf && asOf > today) {
    throw fieldError(ctx.t, '#/asOf', 'warnings.asOfInFuture', { today });
  }
  return asOf ?? today;
}

/** The distributors flagged (watch or at risk) on `asOf`, at risk first. */
export function listEarlyWarnings(ctx: Context, asOf: string | undefined) {
  requireRole(ctx.actor, principalRoles);
  const day = assessedDay(ctx, asOf);
  return inTransaction(ctx, async (tx) => {
    const assessments = await assessDistributors(tx, ctx.actor.workspaceId, day);
    const rank = { at_risk: 0, watch: 1, healthy: 2 };
    return {
      asOf: day,
      distributors: assessments
        .filter((entry) => entry.state !== 'healthy')
        .sort((a, b) => rank[a.state] - rank[b.state])
        .map((entry) => ({
          distributorId: entry.distributor.id,
          name: entry.distributor.name,
          country: entry.distributor.country,
          state: entry.state,
          signals: entry.signals.map((signal) => withReason(ctx.t, signal)),
        })),
    };
  });
}

/** One distributor's health today, with the states recorded before. */
/** A distributor's signals and state today, or on an earlier day (`asOf`), with its history. */
export function getDistributorHealth(ctx: Context, distributorId: string, asOf?: string) {
  // Principal staff only: a distributor's user is refused before any row is read.
  requireRole(ctx.actor, principalRoles);
  const day = assessedDay(ctx, asOf);
  return inTransaction(ctx, async (tx) => {
    const workspaceId = ctx.actor.workspaceId;
    const [assessment] = await assessDistributors(tx, workspaceId, day, distributorId);
    if (!assessment) throw new AppError('not_found');
    const history = await listHealthHistory(tx, workspaceId, distributorId, HISTORY_ROWS);
    return {
      distributorId,
      asOf: day,
      state: assessment.state,
      signals: assessment.signals.map((signal) => withReason(ctx.t, signal)),
      history: history.map((row) => ({
        asOf: row.asOf,
        state: row.state,
        // A jsonb column: the signals as evaluateSignals returned them when the row was stored.
        reasons: (row.reasons as Signal[]).map((signal) => withReason(ctx.t, signal)),
      })),
    };
  });
}

export function getWarningSettings(ctx: Context) {
  requireRole(ctx.actor, principalRoles);
  return inTransaction(ctx, (tx) => thresholdsOf(tx, ctx.actor.workspaceId));
}

export function setWarningSettings(ctx: Context, thresholds: WarningThresholds) {
  requireRole(ctx.actor, principalEditors);
  return inTransaction(ctx, async (tx) => {
    const workspaceId = ctx.actor.workspaceId;
    const before = await thresholdsOf(tx, workspaceId);
    const after: Thresholds = { ...before, ...thresholds };
    await upsertWarningThresholds(tx, workspaceId, after, ctx.clock.now());
    await recordAudit(tx, ctx.actor, {
      entityType: 'warning_settings',
      entityId: workspaceId,
      action: 'warnings.settings_set',
      before,
      after,
    });
    return after;
  });
}

/**
 * Assesses every distributor of one workspace today (UTC) and stores a health row for each whose
 * state differs from its last recorded one (a first assessment is recorded too). Returns how many
 * rows it stored.
 */
export async function recordHealthChanges(tx: Tx, workspaceId: string, now: Date) {
  return (await recordHealth(tx, workspaceId, now)).recorded;
}

async function recordHealth(tx: Tx, workspaceId: string, now: Date) {
  const day = DateTime.fromJSDate(now, { zone: 'utc' }).toISODate() ?? '';
  const latest = new Map(
    (await listLatestHealth(tx, workspaceId)).map((row) => [row.distributorId, row]),
  );
  let stored = 0;
  const assessments = await assessDistributors(tx, workspaceId, day);
  for (const assessment of assessments) {
    const last = latest.get(assessment.distributor.id);
    // Unchanged: nothing to record. Changed again within the day: that day's row is rewritten.
    if (last?.state === assessment.state) continue;
    await upsertHealth(tx, {
      workspaceId,
      distributorId: assessment.distributor.id,
      asOf: day,
      state: assessment.state,
      reasons: assessment.signals,
      recordedAt: now,
    });
    // A change, or a first assessment that is not healthy, is news to the principal.
    if (last || assessment.state !== 'healthy') {
      await publishEvent(tx, workspaceId, {
        type: 'health.changed',
        distributorId: assessment.distributor.id,
        data: { from: last?.state ?? null, to: assessment.state, asOf: day },
        occurredAt: now,
      });
    }
    stored++;
  }
  return { asOf: day, assessed: assessments.length, recorded: stored };
}

/**
 * On demand, what the hourly job does for the caller's workspace: assess every distributor now
 * and record the states that changed; audited as who asked for it.
 */
export function evaluateHealthNow(ctx: Context) {
  requireRole(ctx.actor, principalEditors);
  return inTransaction(ctx, async (tx) => {
    const workspaceId = ctx.actor.workspaceId;
    const evaluation = await recordHealth(tx, workspaceId, ctx.clock.now());
    await recordAudit(tx, ctx.actor, {
      entityType: 'warning_settings',
      entityId: workspaceId,
      action: 'warnings.evaluated',
      after: evaluation,
    });
    return evaluation;
  });
}

/**
 * The hourly job: every workspace with distributors (listed as the owner), each assessed in its
 * own system transaction with row-level security on.
 */
export async function recordAllHealthChanges(
  database: Pick<Database, 'db'>,
  options: { now: Date; workspaceId?: string },
) {
  const workspaceIds = await listWarningWorkspaceIdsAsOwner(database.db, options.workspaceId);
  let stored = 0;
  for (const workspaceId of workspaceIds) {
    stored += await inSystemTransaction(database, workspaceId, (tx) =>
      recordHealthChanges(tx, workspaceId, options.now),
    );
  }
  return stored;
}
