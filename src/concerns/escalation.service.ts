// Escalation up a distributor's ladder: the next step proposed (escalation-ladder.ts), the steps
// taken, and the workspace's waits. The principal's own: a distributor's users are refused before
// any row is read, and their database role sees no step (migration 0017).
import type { TFunction } from 'i18next';
import { DateTime } from 'luxon';
import { signedCharterContent } from '../charter/charter-in-force.service.ts';
import type { Tx } from '../db/client.ts';
import { lookUpContacts } from '../distributors/contacts.service.ts';
import { getVisibleDistributor } from '../distributors/distributors.service.ts';
import { listEscalationLadder } from '../distributors/escalation.service.ts';
import { recordAudit } from '../platform/audit.ts';
import { todayIn } from '../platform/clock.ts';
import { AppError, fieldError } from '../platform/errors.ts';
import {
  type Context,
  inTransaction,
  principalEditors,
  principalRoles,
  requireRole,
} from '../platform/tenancy.ts';
import { assessDistributors } from '../warnings/warnings.service.ts';
import { listConcerns } from './concerns.queries.ts';
import type { EscalationActionInput, EscalationSettings } from './concerns.schema.ts';
import {
  type EscalationActionRow,
  findEscalationSettings,
  insertEscalationAction,
  listEscalationActions,
  upsertEscalationSettings,
} from './escalation.queries.ts';
import { type Proposal, proposeNextStep } from './escalation-ladder.ts';

export const defaultEscalationSettings: EscalationSettings = {
  visitWaitDays: 7,
  contactWaitHours: 72,
  concernResponseDays: 14,
};

/** Steps older than this belong to an earlier episode and no longer count on the ladder. */
const ESCALATION_WINDOW_DAYS = 180;
const HISTORY_ROWS = 200;

export async function escalationSettingsOf(tx: Tx, workspaceId: string) {
  // A jsonb column, checked by EscalationSettings when it was set; a wait added later defaults.
  const stored = (await findEscalationSettings(tx, workspaceId)) as
    | Partial<EscalationSettings>
    | undefined;
  return { ...defaultEscalationSettings, ...stored };
}

export function actionView(row: EscalationActionRow) {
  return {
    id: row.id,
    distributorId: row.distributorId,
    kind: row.kind,
    contactId: row.contactId,
    contactName: row.contactName,
    concernId: row.concernId,
    takenAt: row.takenAt,
    note: row.note,
    recordedBy: { userId: row.recordedByUserId, name: row.recordedByName },
    createdAt: row.createdAt,
  };
}

/** A signal's reason as the early-warning API words it. */
export function signalReason(
  t: TFunction,
  signal: { kind: string; params: Record<string, unknown> },
) {
  const params = Object.fromEntries(
    Object.entries(signal.params).map(([key, value]) => [
      key,
      Array.isArray(value) ? value.join(', ') : value,
    ]),
  );
  return t(`warnings.signal.${signal.kind}`, params);
}

function proposalView(ctx: Context, proposal: Proposal) {
  const empty = {
    contactId: null,
    contactName: null,
    channel: null,
    level: null,
    concernId: null,
    waitUntil: null,
  };
  const t = (key: string, params: Record<string, string | number> = {}) =>
    ctx.t(`concerns.proposal.${key}`, params);
  const at = (date: Date) =>
    DateTime.fromJSDate(date, { zone: ctx.actor.timeZone }).toFormat('yyyy-LL-dd HH:mm');
  switch (proposal.kind) {
    case 'none':
      return { ...empty, kind: proposal.kind, reason: t(proposal.because) };
    case 'wait':
      return {
        ...empty,
        kind: proposal.kind,
        concernId: proposal.concernId,
        waitUntil: proposal.until,
        reason: t(`wait_${proposal.because}`, {
          name: proposal.step.contactName ?? '',
          takenAt: at(proposal.step.takenAt),
          until: at(proposal.until),
        }),
      };
    case 'contact':
      return {
        ...empty,
        kind: proposal.kind,
        contactId: proposal.rung.contactId,
        contactName: proposal.rung.contactName,
        channel: proposal.rung.channel,
        level: proposal.rung.level,
        reason: t(proposal.tried ? 'contact_next' : 'contact_first', {
          name: proposal.rung.contactName,
          level: proposal.rung.level,
          channel: ctx.t(`channel.${proposal.rung.channel}`, {
            defaultValue: proposal.rung.channel,
          }),
          hours: proposal.rung.responseTimeHours,
        }),
      };
    case 'visit':
      return { ...empty, kind: proposal.kind, reason: t(`visit_${proposal.because}`) };
    case 'concern':
      return {
        ...empty,
        kind: proposal.kind,
        concernId: proposal.draftId,
        reason: t(proposal.draftId ? 'concern_draft' : 'concern'),
      };
    case 'exhausted':
      return {
        ...empty,
        kind: proposal.kind,
        concernId: proposal.concernId,
        reason: t('exhausted'),
      };
  }
}

/** The distributor's state today, the next step proposed with its reason, and the steps taken. */
export function getEscalation(ctx: Context, distributorId: string) {
  requireRole(ctx.actor, principalRoles);
  return inTransaction(ctx, async (tx) => {
    const workspaceId = ctx.actor.workspaceId;
    await getVisibleDistributor(ctx, tx, distributorId);
    const now = ctx.clock.now();
    const day = todayIn(ctx.clock, 'UTC');
    const [assessment] = await assessDistributors(tx, workspaceId, day, distributorId);
    if (!assessment) throw new AppError('not_found');
    const settings = await escalationSettingsOf(tx, workspaceId);
    const charter = await signedCharterContent(tx, workspaceId, distributorId);
    const ladder = (await listEscalationLadder(tx, workspaceId, distributorId))
      .filter((step) => step.side === 'distributor')
      .map((step) => ({
        level: step.level,
        contactId: step.contactId,
        contactName: step.contactName,
        channel: step.channel,
        responseTimeHours: step.responseTimeHours,
      }));
    const since = DateTime.fromJSDate(now).minus({ days: ESCALATION_WINDOW_DAYS }).toJSDate();
    const actions = await listEscalationActions(tx, workspaceId, distributorId, {
      limit: HISTORY_ROWS,
    });
    const concerns = await listConcerns(tx, workspaceId, distributorId, since);
    const proposal = proposeNextStep({
      now,
      state: assessment.state,
      ladder,
      steps: actions.filter((action) => action.takenAt >= since),
      concerns: concerns.map((concern) => ({
        id: concern.id,
        status: concern.status,
        sentAt: concern.sentAt,
        dueAt: concern.responseDueOn
          ? DateTime.fromISO(concern.responseDueOn, { zone: 'utc' }).endOf('day').toJSDate()
          : null,
        respondedAt: concern.respondedAt,
      })),
      visitWaitDays: settings.visitWaitDays,
      contactWaitHours: charter?.communication.responseHours.high ?? settings.contactWaitHours,
    });
    return {
      distributorId,
      asOf: day,
      state: assessment.state,
      reasons: assessment.signals.map((signal) => signalReason(ctx.t, signal)),
      proposal: proposalView(ctx, proposal),
      actions: actions.map(actionView),
    };
  });
}

export function listDistributorEscalationActions(ctx: Context, distributorId: string) {
  requireRole(ctx.actor, principalRoles);
  return inTransaction(ctx, async (tx) => {
    await getVisibleDistributor(ctx, tx, distributorId);
    const rows = await listEscalationActions(tx, ctx.actor.workspaceId, distributorId, {
      limit: HISTORY_ROWS,
    });
    return { items: rows.map(actionView) };
  });
}

/** Records a step inside the caller's transaction (a concern's sending records its own). */
export async function insertActionAudited(
  ctx: Context,
  tx: Tx,
  values: Omit<
    Parameters<typeof insertEscalationAction>[1],
    'workspaceId' | 'recordedByUserId' | 'recordedByName' | 'createdAt'
  >,
) {
  const row = await insertEscalationAction(tx, {
    ...values,
    workspaceId: ctx.actor.workspaceId,
    recordedByUserId: ctx.actor.userId,
    recordedByName: ctx.actor.name,
    createdAt: ctx.clock.now(),
  });
  if (!row) throw new Error('escalation action insert returned no row');
  await recordAudit(tx, ctx.actor, {
    entityType: 'escalation_action',
    entityId: row.id,
    distributorId: row.distributorId,
    action: 'escalation.action_recorded',
    after: row,
  });
  return row;
}

export function recordEscalationAction(
  ctx: Context,
  distributorId: string,
  input: EscalationActionInput,
) {
  requireRole(ctx.actor, principalEditors);
  return inTransaction(ctx, async (tx) => {
    const workspaceId = ctx.actor.workspaceId;
    await getVisibleDistributor(ctx, tx, distributorId);
    const now = ctx.clock.now();
    const takenAt = input.takenAt ? new Date(input.takenAt) : now;
    if (takenAt > now) throw fieldError(ctx.t, '#/takenAt', 'concerns.validation.takenInFuture');
    let contactName: string | null = null;
    if (input.kind === 'contact') {
      if (!input.contactId) {
        throw fieldError(ctx.t, '#/contactId', 'concerns.validation.contactRequired');
      }
      const [found] = await lookUpContacts(tx, workspaceId, {
        ids: [input.contactId],
        distributorId,
      });
      if (found?.side !== 'distributor') {
        throw fieldError(ctx.t, '#/contactId', 'concerns.validation.contactNotDistributors');
      }
      contactName = found.name;
    } else if (input.contactId) {
      throw fieldError(ctx.t, '#/contactId', 'concerns.validation.contactOnlyForContact');
    }
    const row = await insertActionAudited(ctx, tx, {
      distributorId,
      kind: input.kind,
      contactId: input.kind === 'contact' ? (input.contactId ?? null) : null,
      contactName,
      concernId: null,
      takenAt,
      note: input.note ?? null,
    });
    return actionView(row);
  });
}

export function getEscalationSettings(ctx: Context) {
  requireRole(ctx.actor, principalRoles);
  return inTransaction(ctx, (tx) => escalationSettingsOf(tx, ctx.actor.workspaceId));
}

export function setEscalationSettings(ctx: Context, settings: EscalationSettings) {
  requireRole(ctx.actor, principalEditors);
  return inTransaction(ctx, async (tx) => {
    const workspaceId = ctx.actor.workspaceId;
    const before = await escalationSettingsOf(tx, workspaceId);
    await upsertEscalationSettings(tx, workspaceId, settings, ctx.clock.now());
    await recordAudit(tx, ctx.actor, {
      entityType: 'escalation_settings',
      entityId: workspaceId,
      action: 'escalation.settings_set',
      before,
      after: settings,
    });
    return settings;
  });
}
