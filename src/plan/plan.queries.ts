import { and, asc, desc, eq, isNull, lt, ne, sql } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import {
  planChange,
  planGoal,
  planMilestone,
  planObjective,
  planResponsibility,
} from '../db/schema.ts';

export type GoalRow = typeof planGoal.$inferSelect;
export type ObjectiveRow = typeof planObjective.$inferSelect;
export type MilestoneRow = typeof planMilestone.$inferSelect;
export type ChangeRow = typeof planChange.$inferSelect;
export type ResponsibilityRow = typeof planResponsibility.$inferSelect;

/**
 * Plan writes of one distributor one after the other, for the transaction: change numbers stay
 * unique and an agreement sees the goal or milestone as its proposal left it.
 */
export async function lockPlan(tx: Tx, workspaceId: string, distributorId: string) {
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtextextended(${`plan:${workspaceId}:${distributorId}`}, 0))`,
  );
}

/** The goals in force (not removed). */
export function listGoals(tx: Tx, workspaceId: string, distributorId: string) {
  return tx
    .select()
    .from(planGoal)
    .where(
      and(
        eq(planGoal.workspaceId, workspaceId),
        eq(planGoal.distributorId, distributorId),
        isNull(planGoal.removedAt),
      ),
    )
    .orderBy(asc(planGoal.position), asc(planGoal.createdAt));
}

export function findGoal(tx: Tx, workspaceId: string, distributorId: string, id: string) {
  return tx
    .select()
    .from(planGoal)
    .where(
      and(
        eq(planGoal.workspaceId, workspaceId),
        eq(planGoal.distributorId, distributorId),
        eq(planGoal.id, id),
        isNull(planGoal.removedAt),
      ),
    )
    .for('update')
    .then((rows) => rows[0]);
}

export function insertGoal(tx: Tx, values: typeof planGoal.$inferInsert) {
  return tx
    .insert(planGoal)
    .values(values)
    .returning()
    .then((rows) => rows[0]);
}

export function updateGoal(
  tx: Tx,
  workspaceId: string,
  id: string,
  values: Partial<typeof planGoal.$inferInsert>,
) {
  return tx
    .update(planGoal)
    .set({ ...values, updatedAt: sql`now()` })
    .where(and(eq(planGoal.workspaceId, workspaceId), eq(planGoal.id, id)))
    .returning()
    .then((rows) => rows[0]);
}

export function nextGoalPosition(tx: Tx, workspaceId: string, distributorId: string) {
  return tx
    .select({ next: sql<number>`coalesce(max(${planGoal.position}), 0)::int + 1` })
    .from(planGoal)
    .where(and(eq(planGoal.workspaceId, workspaceId), eq(planGoal.distributorId, distributorId)))
    .then((rows) => rows[0]?.next ?? 1);
}

export function listObjectives(tx: Tx, workspaceId: string, distributorId: string) {
  return tx
    .select()
    .from(planObjective)
    .where(
      and(
        eq(planObjective.workspaceId, workspaceId),
        eq(planObjective.distributorId, distributorId),
      ),
    )
    .orderBy(asc(planObjective.position));
}

export function findObjective(tx: Tx, workspaceId: string, distributorId: string, id: string) {
  return tx
    .select()
    .from(planObjective)
    .where(
      and(
        eq(planObjective.workspaceId, workspaceId),
        eq(planObjective.distributorId, distributorId),
        eq(planObjective.id, id),
      ),
    )
    .for('update')
    .then((rows) => rows[0]);
}

export function insertObjectives(tx: Tx, values: (typeof planObjective.$inferInsert)[]) {
  if (values.length === 0) return Promise.resolve([]);
  return tx.insert(planObjective).values(values).returning();
}

export function updateObjective(
  tx: Tx,
  workspaceId: string,
  id: string,
  values: Partial<typeof planObjective.$inferInsert>,
) {
  return tx
    .update(planObjective)
    .set(values)
    .where(and(eq(planObjective.workspaceId, workspaceId), eq(planObjective.id, id)));
}

export function deleteObjectivesOfGoal(tx: Tx, workspaceId: string, goalId: string) {
  return tx
    .delete(planObjective)
    .where(and(eq(planObjective.workspaceId, workspaceId), eq(planObjective.goalId, goalId)))
    .returning();
}

export function listResponsibilities(tx: Tx, workspaceId: string, distributorId: string) {
  return tx
    .select()
    .from(planResponsibility)
    .where(
      and(
        eq(planResponsibility.workspaceId, workspaceId),
        eq(planResponsibility.distributorId, distributorId),
      ),
    )
    .orderBy(asc(planResponsibility.side), asc(planResponsibility.position));
}

export async function replaceResponsibilities(
  tx: Tx,
  workspaceId: string,
  distributorId: string,
  values: (typeof planResponsibility.$inferInsert)[],
) {
  await tx
    .delete(planResponsibility)
    .where(
      and(
        eq(planResponsibility.workspaceId, workspaceId),
        eq(planResponsibility.distributorId, distributorId),
      ),
    );
  if (values.length > 0) await tx.insert(planResponsibility).values(values);
}

export function listMilestones(tx: Tx, workspaceId: string, distributorId: string) {
  return tx
    .select()
    .from(planMilestone)
    .where(
      and(
        eq(planMilestone.workspaceId, workspaceId),
        eq(planMilestone.distributorId, distributorId),
        isNull(planMilestone.removedAt),
      ),
    )
    .orderBy(asc(planMilestone.dueOn), asc(planMilestone.createdAt));
}

/** Milestones past their deadline (before `today`) and not done, earliest first. */
export function listOverdueMilestones(
  tx: Tx,
  workspaceId: string,
  distributorId: string,
  today: string,
) {
  return tx
    .select()
    .from(planMilestone)
    .where(
      and(
        eq(planMilestone.workspaceId, workspaceId),
        eq(planMilestone.distributorId, distributorId),
        isNull(planMilestone.removedAt),
        ne(planMilestone.status, 'done'),
        lt(planMilestone.dueOn, today),
      ),
    )
    .orderBy(asc(planMilestone.dueOn));
}

export function findMilestone(tx: Tx, workspaceId: string, distributorId: string, id: string) {
  return tx
    .select()
    .from(planMilestone)
    .where(
      and(
        eq(planMilestone.workspaceId, workspaceId),
        eq(planMilestone.distributorId, distributorId),
        eq(planMilestone.id, id),
        isNull(planMilestone.removedAt),
      ),
    )
    .for('update')
    .then((rows) => rows[0]);
}

export function insertMilestone(tx: Tx, values: typeof planMilestone.$inferInsert) {
  return tx
    .insert(planMilestone)
    .values(values)
    .returning()
    .then((rows) => rows[0]);
}

export function updateMilestone(
  tx: Tx,
  workspaceId: string,
  id: string,
  values: Partial<typeof planMilestone.$inferInsert>,
) {
  return tx
    .update(planMilestone)
    .set({ ...values, updatedAt: sql`now()` })
    .where(and(eq(planMilestone.workspaceId, workspaceId), eq(planMilestone.id, id)))
    .returning()
    .then((rows) => rows[0]);
}

export function listChanges(tx: Tx, workspaceId: string, distributorId: string) {
  return tx
    .select()
    .from(planChange)
    .where(
      and(eq(planChange.workspaceId, workspaceId), eq(planChange.distributorId, distributorId)),
    )
    .orderBy(desc(planChange.number));
}

export function findChange(tx: Tx, workspaceId: string, distributorId: string, number: number) {
  return tx
    .select()
    .from(planChange)
    .where(
      and(
        eq(planChange.workspaceId, workspaceId),
        eq(planChange.distributorId, distributorId),
        eq(planChange.number, number),
      ),
    )
    .for('update')
    .then((rows) => rows[0]);
}

/** The next change number; the caller holds the plan's lock. */
export function nextChangeNumber(tx: Tx, workspaceId: string, distributorId: string) {
  return tx
    .select({ next: sql<number>`coalesce(max(${planChange.number}), 0)::int + 1` })
    .from(planChange)
    .where(
      and(eq(planChange.workspaceId, workspaceId), eq(planChange.distributorId, distributorId)),
    )
    .then((rows) => rows[0]?.next ?? 1);
}

export function insertChanges(tx: Tx, values: (typeof planChange.$inferInsert)[]) {
  if (values.length === 0) return Promise.resolve([]);
  return tx.insert(planChange).values(values).returning();
}

export function updateChange(
  tx: Tx,
  workspaceId: string,
  id: string,
  values: Partial<typeof planChange.$inferInsert>,
) {
  return tx
    .update(planChange)
    .set({ ...values, updatedAt: sql`now()` })
    .where(and(eq(planChange.workspaceId, workspaceId), eq(planChange.id, id)))
    .returning()
    .then((rows) => rows[0]);
}
