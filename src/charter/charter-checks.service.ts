// The checks a charter text must pass before it can be agreed or signed: its product lines exist,
// and it does not clash with another distributor's binding charter. Conflicts are explained in
// the caller's language, and a distributor's user never learns whose charter it clashes with.
import type { Tx } from '../db/client.ts';
import { AppError, type FieldError } from '../platform/errors.ts';
import { type Context, isPrincipal } from '../platform/tenancy.ts';
import type { CharterContent } from './charter.content.ts';
import { referencedProductLineIds } from './charter.document.ts';
import { findProductLines, otherCommitments } from './charter.queries.ts';
import type { ConflictView } from './charter.schema.ts';
import { type Conflict, countriesOf, findConflicts } from './conflicts.ts';
import { subdivisionName } from './subdivisions.ts';

/** Conflicts of a content against every other binding charter, explained in the caller's language. */
export async function conflictsFor(
  ctx: Context,
  tx: Tx,
  distributorId: string,
  content: CharterContent,
) {
  const conflicts = findConflicts(
    content,
    await otherCommitments(tx, distributorId, countriesOf(content)),
  );
  const names = await productLineNames(
    tx,
    ctx.actor.workspaceId,
    conflicts.flatMap((c) => c.productLineIds ?? []),
  );
  // The same clash read twice (two of another charter's grants, or two hidden charters a
  // distributor's user cannot tell apart) is one sentence, shown once.
  const seen = new Set<string>();
  return conflicts
    .map((conflict) => explainConflict(ctx, conflict, names))
    .filter((view) => {
      const key = `${view.pointer}|${view.detail}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

async function productLineNames(tx: Tx, workspaceId: string, ids: string[]) {
  const rows = await findProductLines(tx, workspaceId, [...new Set(ids)]);
  return new Map(rows.map((row) => [row.id, `${row.code} ${row.name}`]));
}

/** Country and region names, dates and lists in the reader's language (their locale). */
function readerWords(locale: string) {
  const [tag = 'en'] = Intl.DateTimeFormat.supportedLocalesOf([locale]);
  const countries = new Intl.DisplayNames([tag], { type: 'region', fallback: 'code' });
  // Charter dates are calendar days: formatted in UTC so no zone moves them to the next day.
  const dates = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' });
  const lists = new Intl.ListFormat(tag, { style: 'long', type: 'conjunction' });
  return {
    country: (code: string) => {
      try {
        return countries.of(code) ?? code;
      } catch {
        return code;
      }
    },
    date: (iso: string) => dates.format(new Date(`${iso}T00:00:00Z`)),
    list: (items: string[]) => lists.format(items),
  };
}

/**
 * One sentence a business reader understands: "This charter makes Laos exclusive for BRK-100
 * Brake pads from 5 January 2027 with no end date, but the charter of Saigon Motor Parts
 * (version 1, signed) already lets that distributor sell there." Country names, not codes ("LA"
 * read as Los Angeles); dates in the reader's format.
 */
function explainConflict(
  ctx: Context,
  conflict: Conflict,
  names: Map<string, string>,
): ConflictView {
  const { t } = ctx;
  const words = readerWords(ctx.actor.locale);
  // A distributor's user learns that a clash exists and where, never whose charter it is.
  const hidden = conflict.other && !isPrincipal(ctx.actor);
  const other = conflict.other
    ? hidden
      ? { distributorId: null, distributorName: null, version: null, status: null }
      : conflict.other
    : null;
  const country = words.country(conflict.country);
  const params = {
    other: conflict.other
      ? hidden
        ? t('charter.conflict.another_distributor')
        : t('charter.conflict.named_distributor', {
            name: conflict.other.distributorName,
            version: conflict.other.version,
            status: t(`charter.status.${conflict.other.status}`).toLowerCase(),
          })
      : t('charter.conflict.this_charter'),
    territory: conflict.region
      ? t('charter.conflict.region', {
          region: subdivisionName(conflict.region) ?? conflict.region,
          country,
        })
      : country,
    country,
    lines: conflict.productLineIds
      ? words.list(conflict.productLineIds.map((id) => names.get(id) ?? id))
      : t('charter.conflict.all_lines'),
    // Account clashes have no dates.
    period: !conflict.from
      ? ''
      : conflict.until
        ? t('charter.conflict.period', {
            from: words.date(conflict.from),
            until: words.date(conflict.until),
          })
        : t('charter.conflict.period_open', { from: words.date(conflict.from) }),
    company: conflict.company ?? '',
  };
  const { otherPointer: _otherPointer, ...shown } = conflict;
  return { ...shown, other, detail: t(`charter.conflict.${conflict.kind}`, params) };
}

export function conflictError(conflicts: ConflictView[]) {
  return new AppError('charter_conflicts', {
    params: { count: conflicts.length },
    errors: conflicts.map((conflict) => ({
      pointer: `#/content${conflict.pointer.slice(1)}`,
      detail: conflict.detail,
    })),
  });
}

/** Product lines named in a content must exist in this workspace and not be archived. */
export async function checkProductLines(
  ctx: Context,
  tx: Tx,
  content: CharterContent,
  prefix = '#/content',
) {
  const ids = referencedProductLineIds(content);
  const found = new Map(
    (await findProductLines(tx, ctx.actor.workspaceId, ids)).map((row) => [row.id, row]),
  );
  const errors: FieldError[] = [];
  const check = (id: string | null, pointer: string) => {
    if (id && !found.has(id)) {
      errors.push({
        pointer: `${prefix}${pointer}`,
        detail: ctx.t('validation.product_line', { value: id }),
      });
    }
  };
  for (const [g, grant] of content.territory.grants.entries()) {
    for (const [i, id] of grant.productLineIds.entries()) {
      check(id, `/territory/grants/${g}/productLineIds/${i}`);
    }
  }
  for (const [i, id] of content.productCoverage.productLineIds.entries()) {
    check(id, `/productCoverage/productLineIds/${i}`);
  }
  for (const [i, line] of content.inventory.lines.entries()) {
    check(line.productLineId, `/inventory/lines/${i}/productLineId`);
  }
  if (errors.length) throw new AppError('validation_failed', { errors });
}
