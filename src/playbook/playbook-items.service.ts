// The workspace's playbook as it stands: its latest version's items, or the standard playbook while
// no admin has changed it, with each item's texts in the reader's language.
import type { Tx } from '../db/client.ts';
import { catalogueLanguage } from '../platform/languages.ts';
import type { Context } from '../platform/tenancy.ts';
import type { PlaybookTexts } from './playbook.queries.ts';
import { findLatestPlaybookVersion, listPlaybookItems } from './playbook.queries.ts';
import { standardItems, standardKeys } from './playbook-defaults.ts';
import { asRuleCode } from './playbook-rule-codes.ts';
import { ruleOf } from './playbook-rules.ts';

export type CurrentItem = {
  key: string;
  position: number;
  ruleCode: string | null;
  threshold: number | null;
  texts: PlaybookTexts;
};

export type CurrentPlaybook = {
  versionId: string | null;
  version: number;
  items: CurrentItem[];
};

export async function currentPlaybook(tx: Tx, workspaceId: string): Promise<CurrentPlaybook> {
  const latest = await findLatestPlaybookVersion(tx, workspaceId);
  if (!latest) {
    return {
      versionId: null,
      version: 1,
      items: standardItems.map((item, index) => ({ ...item, position: index + 1, texts: {} })),
    };
  }
  const rows = await listPlaybookItems(tx, workspaceId, latest.id);
  return {
    versionId: latest.id,
    version: latest.version,
    items: rows.map((row) => ({
      key: row.itemKey,
      position: row.position,
      ruleCode: row.ruleCode,
      threshold: row.threshold,
      texts: row.texts,
    })),
  };
}

/**
 * The texts in the reader's language: as the admin wrote them in it, else the standard item's
 * translation, else in whichever language the admin wrote them.
 */
export function itemTexts(ctx: Context, item: Pick<CurrentItem, 'key' | 'texts'>) {
  const own = item.texts[catalogueLanguage(ctx.actor.locale)];
  if (own) return own;
  if (standardKeys.has(item.key)) {
    return {
      title: ctx.t(`playbook.items.${item.key}.title`),
      criteria: ctx.t(`playbook.items.${item.key}.criteria`),
    };
  }
  return (
    item.texts.en ?? Object.values(item.texts).find(Boolean) ?? { title: item.key, criteria: '' }
  );
}

/** Whether the item ticks itself: its rule is one this version of Liaison knows. */
export function isAutomatic(item: Pick<CurrentItem, 'ruleCode'>) {
  return ruleOf(item.ruleCode) !== undefined;
}

export function itemView(ctx: Context, item: CurrentItem) {
  const texts = itemTexts(ctx, item);
  const automatic = isAutomatic(item);
  return {
    key: item.key,
    position: item.position,
    title: texts.title,
    criteria: texts.criteria,
    kind: automatic ? ('automatic' as const) : ('judgement' as const),
    ruleCode: automatic ? asRuleCode(item.ruleCode) : null,
    threshold: automatic
      ? (item.threshold ?? ruleOf(item.ruleCode)?.defaultThreshold ?? null)
      : null,
  };
}
