// Sales targets per distributor, product line (or all lines) and month, quarter or year.
import { and, asc, eq, gte, lt, sql } from 'drizzle-orm';
import { productLineCodeSql } from '../charter/charter.queries.ts';
import type { Tx } from '../db/client.ts';
import { distributor, salesTarget, type TargetPeriodKind } from '../db/schema.ts';

/** A year's targets of a distributor, by period, period kind and product line code. */
export function listTargetsOfYear(
  tx: Tx,
  workspaceId: string,
  distributorId: string,
  year: number,
) {
  return tx
    .select()
    .from(salesTarget)
    .where(
      and(
        eq(salesTarget.workspaceId, workspaceId),
        eq(salesTarget.distributorId, distributorId),
        gte(salesTarget.period, `${year}-01-01`),
        lt(salesTarget.period, `${year + 1}-01-01`),
      ),
    )
    .orderBy(
      asc(salesTarget.period),
      asc(salesTarget.periodKind),
      asc(productLineCodeSql(salesTarget.workspaceId, salesTarget.productLineId)),
    );
}

export function deleteTargetsOfYear(
  tx: Tx,
  workspaceId: string,
  distributorId: string,
  year: number,
) {
  return tx
    .delete(salesTarget)
    .where(
      and(
        eq(salesTarget.workspaceId, workspaceId),
        eq(salesTarget.distributorId, distributorId),
        gte(salesTarget.period, `${year}-01-01`),
        lt(salesTarget.period, `${year + 1}-01-01`),
      ),
    );
}

/** Sets one target (`period`: its first day); a missing product line means all lines. */
export function upsertTarget(
  tx: Tx,
  workspaceId: string,
  distributorId: string,
  target: {
    productLineId: string | null;
    periodKind: TargetPeriodKind;
    period: string;
    revenue: string;
    units: number | null;
    createdBy: string | null;
  },
) {
  // The unique index is on an expression (a missing line counts as one key), which only SQL
  // can name as the conflict target.
  return tx.execute(sql`
        insert into sales_target (workspace_id, distributor_id, product_line_id, period_kind, period,
          revenue, units, created_by)
        values (${workspaceId}, ${distributorId}, ${target.productLineId}, ${target.periodKind},
          ${target.period}, ${target.revenue}, ${target.units}, ${target.createdBy})
        on conflict (workspace_id, distributor_id,
          coalesce(product_line_id, '00000000-0000-0000-0000-000000000000'), period_kind, period)
        do update set revenue = excluded.revenue, units = excluded.units, updated_at = now()`);
}

/** Every distributor's id and name, to find a spreadsheet row's distributor by name. */
export function listDistributorNames(tx: Tx, workspaceId: string) {
  return tx
    .select({ id: distributor.id, name: distributor.name })
    .from(distributor)
    .where(eq(distributor.workspaceId, workspaceId));
}
