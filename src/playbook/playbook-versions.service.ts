// The workspace admin adapts the playbook: adds, removes and reorders items and writes their texts.
// Each change is a new version. An item keeps its key, and with it every relationship's state and
// its rule: editing an automatic item's text never turns it into a judgement item.
import { randomUUID } from 'node:crypto';
import { recordAudit } from '../platform/audit.ts';
import { AppError, type FieldError } from '../platform/errors.ts';
import { catalogueLanguage } from '../platform/languages.ts';
import { type Context, inTransaction, principalRoles, requireRole } from '../platform/tenancy.ts';
import type { PlaybookTexts } from './playbook.queries.ts';
import {
  insertPlaybookVersion,
  listPlaybookVersions,
  lockPlaybookVersions,
} from './playbook.queries.ts';
import type { PlaybookInput } from './playbook.schema.ts';
import { currentPlaybook, itemTexts, itemView } from './playbook-items.service.ts';
import { ruleCodes } from './playbook-rule-codes.ts';
import { ruleOf } from './playbook-rules.ts';

export function getPlaybook(ctx: Context) {
  requireRole(ctx.actor, principalRoles);
  return inTransaction(ctx, async (tx) => {
    const playbook = await currentPlaybook(tx, ctx.actor.workspaceId);
    const versions = await listPlaybookVersions(tx, ctx.actor.workspaceId);
    return {
      version: playbook.version,
      isStandard: playbook.versionId === null,
      language: catalogueLanguage(ctx.actor.locale),
      items: playbook.items.map((item) => itemView(ctx, item)),
      versions: versions.map((row) => ({
        version: row.version,
        creatorName: row.creatorName,
        createdAt: row.createdAt,
      })),
      ruleCodes: [...ruleCodes],
    };
  });
}

export function savePlaybook(ctx: Context, input: PlaybookInput) {
  requireRole(ctx.actor, ['principal_admin']);
  return inTransaction(ctx, async (tx) => {
    await lockPlaybookVersions(tx, ctx.actor.workspaceId);
    const before = await currentPlaybook(tx, ctx.actor.workspaceId);
    const existing = new Map(before.items.map((item) => [item.key, item]));
    const errors: FieldError[] = [];
    const seenKeys = new Set<string>();
    const seenRules = new Set<string>();
    const items = input.items.map((entry, index) => {
      const previous = entry.key === null ? undefined : existing.get(entry.key);
      if (entry.key !== null && (!previous || seenKeys.has(entry.key))) {
        errors.push({ pointer: `#/items/${index}/key`, detail: ctx.t('playbook.unknownItem') });
      }
      const key = previous?.key ?? `item-${randomUUID().slice(0, 8)}`;
      seenKeys.add(key);
      // An existing item keeps its rule whatever is sent; a new one may take an unused rule.
      const ruleCode = previous ? previous.ruleCode : entry.ruleCode;
      if (ruleCode && seenRules.has(ruleCode)) {
        errors.push({ pointer: `#/items/${index}/ruleCode`, detail: ctx.t('playbook.ruleTwice') });
      }
      if (ruleCode) seenRules.add(ruleCode);
      const rule = ruleOf(ruleCode);
      const threshold = rule?.defaultThreshold === undefined ? null : entry.threshold;
      const shown = previous ? itemTexts(ctx, previous) : undefined;
      const texts: PlaybookTexts = { ...(previous?.texts ?? {}) };
      if (!shown || shown.title !== entry.title || shown.criteria !== entry.criteria) {
        texts[input.language] = { title: entry.title, criteria: entry.criteria };
      }
      return { itemKey: key, position: index + 1, ruleCode, threshold, texts };
    });
    if (errors.length) throw new AppError('validation_failed', { errors });
    const version = await insertPlaybookVersion(
      tx,
      {
        workspaceId: ctx.actor.workspaceId,
        version: before.version + 1,
        createdBy: ctx.actor.userId,
        creatorName: ctx.actor.name,
      },
      items,
    );
    const keysAfter = new Set(items.map((item) => item.itemKey));
    await recordAudit(tx, ctx.actor, {
      entityType: 'playbook',
      entityId: version.id,
      action: 'playbook.edited',
      before: { version: before.version, items: before.items.map((item) => item.key) },
      after: {
        version: version.version,
        items: items.map((item) => item.itemKey),
        added: items.filter((item) => !existing.has(item.itemKey)).map((item) => item.itemKey),
        removed: before.items.filter((item) => !keysAfter.has(item.key)).map((item) => item.key),
      },
    });
    return version.version;
  }).then(() => getPlaybook(ctx));
}
