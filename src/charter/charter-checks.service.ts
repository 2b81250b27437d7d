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
  return conflicts.map((conflict) => explainConflict(ctx, conflict, names));
}

async function productLineNames(tx: Tx, workspaceId: string, ids: string[]) {
  const rows = await findProductLines(tx, workspaceId, [...new Set(ids)]);
  return new Map(rows.map((row) => [row.id, `${row.code} ${row.name}`]));
}

function explainConflict(
  ctx: Context,
  conflict: Conflict,
  names: Map<string, string>,
): ConflictView {
  const { t } = ctx;
  // A distributor's user learns that a clash exists and where, never whose charter it is.
  const hidden = conflict.other && !isPrincipal(ctx.actor);
  const other = conflict.other
    ? hidden
      ? { distributorId: null, distributorName: null, version: null, status: null }
      : conflict.other
    : null;
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
    territory: conflict.region ? `${conflict.region} (${conflict.country})` : conflict.country,
    lines: conflict.productLineIds
      ? conflict.productLineIds.map((id) => names.get(id) ?? id).join(', ')
      : t('charter.conflict.all_lines'),
    from: conflict.from ?? '',
    until: conflict.until ?? t('charter.conflict.open_ended'),
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
