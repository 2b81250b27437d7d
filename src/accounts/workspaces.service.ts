// Operator actions (the CLI and the demo data): workspaces and accounts are created outside any
// workspace's scope, on the owner connection.
import type { Db } from '../db/client.ts';
import { AppError } from '../platform/errors.ts';
import { hashPassword } from '../platform/secrets.ts';
import type { Services } from '../platform/tenancy.ts';
import {
  findUserByEmailAsOwner,
  findWorkspaceBySlugAsOwner,
  insertUserAsOwner,
  insertWorkspaceAsOwner,
  listWorkspacesAsOwner,
} from './accounts.queries.ts';

type Base = Pick<Services, 'db'>;

export async function createWorkspace(base: Base, input: { name: string; slug: string }) {
  const created = await insertWorkspaceAsOwner(base.db, input);
  if (!created) throw new Error('workspace insert returned no row');
  return created;
}

export type NewUser = {
  email: string;
  name: string;
  /** Without a password the account signs in only through an invitation or an API token. */
  password?: string;
  locale?: string;
  timeZone?: string;
};

/** Creates an account with an argon2id password hash; refuses an e-mail already in use. */
export async function createUser(base: Base, input: NewUser) {
  if (await findUserByEmailAsOwner(base.db, input.email)) throw new AppError('email_taken');
  const created = await insertUserAsOwner(base.db, {
    email: input.email,
    name: input.name,
    passwordHash: input.password ? await hashPassword(input.password) : null,
    locale: input.locale ?? 'en',
    timeZone: input.timeZone ?? 'UTC',
  });
  if (!created) throw new Error('user insert returned no row');
  return created;
}

export function findWorkspaceBySlug(base: { db: Db }, slug: string) {
  return findWorkspaceBySlugAsOwner(base.db, slug);
}

export function listWorkspaces(base: { db: Db }) {
  return listWorkspacesAsOwner(base.db);
}

export function findUserByEmail(base: { db: Db }, email: string) {
  return findUserByEmailAsOwner(base.db, email);
}
