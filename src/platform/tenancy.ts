import type { SQL } from 'drizzle-orm';
import type { TFunction } from 'i18next';
import type { Config } from '../config.ts';
import { type Database, type Db, inTenantTransaction, type Tx } from '../db/client.ts';
import type { Role } from '../db/schema.ts';
import { type Clock, todayIn } from './clock.ts';
import { AppError } from './errors.ts';
import { translator } from './i18n.ts';
import type { Mailer } from './mail.ts';

/** Who is acting, in which workspace, through which door; every service call carries one. */
export type Actor = {
  userId: string | null;
  name: string;
  email: string | null;
  workspaceId: string;
  role: Role;
  /** Set for a distributor's user: everything they do is confined to this distributor. */
  distributorId: string | null;
  via: 'session' | 'token' | 'cli' | 'system';
  locale: string;
  timeZone: string;
  requestId: string | null;
  /** For a signed-in person: the session's public id (their list of sessions marks it). */
  sessionId?: string;
  /** For an API token: its id (each token has a rate limit of its own). */
  tokenId?: string;
  /** Their workspace requires a second factor they have not set up: they may only set it up. */
  mustEnrolTwoFactor?: boolean;
};

/** Today in the caller's zone: due dates are days on the person's calendar, not UTC instants. */
export function todayFor(ctx: { actor: Pick<Actor, 'timeZone'>; clock: Clock }): string {
  return todayIn(ctx.clock, ctx.actor.timeZone);
}

/**
 * Liaison itself (jobs, reminders, invitations: audited as "Liaison") or an operator at the command
 * line, recorded under the name given.
 */
export function systemActor(
  workspaceId: string,
  name = 'Liaison',
  via: 'cli' | 'system' = 'system',
): Actor {
  return {
    userId: null,
    name,
    email: null,
    workspaceId,
    role: 'principal_admin',
    distributorId: null,
    via,
    locale: 'en',
    timeZone: 'UTC',
    requestId: null,
  };
}

/**
 * A request whose actor was remembered rather than looked up (accounts/actor-cache.ts): the
 * sign-in must still be live, and the request's first tenant transaction checks it in the
 * statement that sets the tenant. `confirmed` records that it was checked.
 */
export type Liveness = {
  condition: SQL;
  confirmed: boolean;
  /** Forgets the remembered actor and throws 401. */
  lost: () => never;
};

/** What a service needs besides its input; passed explicitly, never imported as a singleton. */
export type Context = {
  db: Db;
  actor: Actor;
  config: Config;
  mailer: Mailer;
  clock: Clock;
  t: TFunction;
  liveness?: Liveness;
};

/** What every request and job shares: the database, configuration, mailer and clock. */
export type Services = { db: Db; config: Config; mailer: Mailer; clock: Clock };

export function makeContext(base: Services, actor: Actor, liveness?: Liveness): Context {
  return { ...base, actor, t: translator(actor.locale), ...(liveness ? { liveness } : {}) };
}

/** The one door to tenant data: a transaction scoped (and row-level secured) to the actor. */
export function inTransaction<T>(ctx: Context, work: (tx: Tx) => Promise<T>): Promise<T> {
  const liveness = ctx.liveness?.confirmed === false ? ctx.liveness : undefined;
  return inTenantTransaction(
    ctx.db,
    {
      workspaceId: ctx.actor.workspaceId,
      distributorId: ctx.actor.distributorId,
      userId: ctx.actor.userId,
      check: liveness && { condition: liveness.condition, onCheckFailed: liveness.lost },
    },
    async (tx) => {
      if (liveness) liveness.confirmed = true;
      return work(tx);
    },
  );
}

/**
 * The door for system work (jobs, reminders, mail) that acts for one workspace: the same role and
 * row-level security as a person of the principal, with no user. Work that must cross workspaces
 * uses a function named `…AsOwner`, listed in docs/decisions.md.
 */
export function inSystemTransaction<T>(
  database: Pick<Database, 'db'>,
  workspaceId: string,
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  return inTenantTransaction(database.db, { workspaceId, distributorId: null, userId: null }, work);
}

export const principalRoles: readonly Role[] = [
  'principal_admin',
  'principal_manager',
  'principal_viewer',
];
export const principalEditors: readonly Role[] = ['principal_admin', 'principal_manager'];

export function isPrincipal(actor: Actor): boolean {
  return actor.distributorId === null && principalRoles.includes(actor.role);
}

export function requireRole(actor: Actor, roles: readonly Role[]): void {
  if (!roles.includes(actor.role)) throw new AppError('forbidden');
}

/**
 * The distributor ids an actor may touch: a distributor's user only their own. Asking for another
 * distributor answers 404, exactly as for an id that does not exist.
 */
export function requireDistributorAccess(actor: Actor, distributorId: string): void {
  if (actor.distributorId !== null && actor.distributorId !== distributorId) {
    throw new AppError('not_found');
  }
}
