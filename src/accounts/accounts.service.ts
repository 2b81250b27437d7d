import { type Db, enterTenantScope, type Tx } from '../db/client.ts';
import type { Role } from '../db/schema.ts';
import { recordAudit } from '../platform/audit.ts';
import { AppError, fieldError, postgresErrorCode } from '../platform/errors.ts';
import { queueMail } from '../platform/mail.ts';
import { hashPassword, hashSecret, newSecret, verifyPassword } from '../platform/secrets.ts';
import {
  type Actor,
  type Context,
  inTransaction,
  principalEditors,
  requireRole,
} from '../platform/tenancy.ts';
import {
  deleteSessionAsOwner,
  findDistributorAdmins,
  findInvitationByTokenAsOwner,
  findMemberActorAsOwner,
  findMembership,
  findSessionActorAsOwner,
  findTokenActorAsOwner,
  findUserByEmailAsOwner,
  findWorkspaceBySlugAsOwner,
  findWorkspaceName,
  insertApiToken,
  insertInvitation,
  insertMembership,
  insertSessionAsOwner,
  insertUserAsOwner,
  insertWorkspaceAsOwner,
  listApiTokens,
  listInvitations,
  listMembers,
  listMembershipsAsOwner,
  listWorkspacesAsOwner,
  markInvitation,
  revokeApiToken,
  switchSessionWorkspaceAsOwner,
  touchTokenAsOwner,
  updateUserProfile,
} from './accounts.queries.ts';
import type {
  AcceptInvitationInput,
  InvitationInput,
  LoginInput,
  Me,
  ProfileInput,
} from './accounts.schema.ts';

type Base = Omit<Context, 'actor' | 't'>;
type ClientMeta = { userAgent?: string | undefined; ip?: string | undefined };

export const SESSION_COOKIE = 'liaison_session';
const INVITATION_DAYS = 7;
// A well-formed hash to verify against when the e-mail is unknown, so both answers take as long.
const unknownUserHash = await hashPassword(newSecret());

/** Checks the password and opens a session in the person's first workspace. */
export async function signIn(base: Base, input: LoginInput, meta: ClientMeta) {
  const user = await findUserByEmailAsOwner(base.db, input.email);
  const isValid = await verifyPassword(user?.passwordHash ?? unknownUserHash, input.password);
  if (!user || !isValid || user.disabledAt) throw new AppError('invalid_credentials');
  const memberships = await listMembershipsAsOwner(base.db, user.id);
  const first = memberships[0];
  if (!first) throw new AppError('invalid_credentials');
  const sessionToken = await openSession(base, user.id, first.workspaceId, meta);
  return { sessionToken };
}

export async function openSession(
  base: Base,
  userId: string,
  workspaceId: string,
  meta: ClientMeta,
) {
  const sessionToken = newSecret();
  await insertSessionAsOwner(base.db, {
    id: hashSecret(sessionToken),
    userId,
    workspaceId,
    expiresAt: new Date(Date.now() + base.config.sessionDays * 86_400_000),
    userAgent: meta.userAgent?.slice(0, 300) ?? null,
    ip: meta.ip ?? null,
  });
  return sessionToken;
}

export async function signOut(base: Base, sessionToken: string) {
  await deleteSessionAsOwner(base.db, hashSecret(sessionToken));
}

/** The actor behind a session cookie or a bearer token, or undefined if neither is valid. */
export async function resolveActor(
  base: Base,
  credentials: { sessionToken?: string | undefined; bearerToken?: string | undefined },
  requestId: string,
): Promise<Actor | undefined> {
  if (credentials.bearerToken) {
    const row = await findTokenActorAsOwner(base.db, hashSecret(credentials.bearerToken));
    if (!row) return undefined;
    // At most one write a minute per token: a busy integration does not write on every call.
    const { tokenId, isUseStale, ...actor } = row;
    if (isUseStale) await touchTokenAsOwner(base.db, row.workspaceId, tokenId);
    return { ...actor, via: 'token', requestId };
  }
  if (credentials.sessionToken) {
    const row = await findSessionActorAsOwner(base.db, hashSecret(credentials.sessionToken));
    if (!row) return undefined;
    return { ...row, via: 'session', requestId };
  }
  return undefined;
}

/** The actor behind a credential another domain verified (a calendar feed's token). */
export async function resolveMemberActor(
  base: Base,
  member: { workspaceId: string; userId: string },
  via: Actor['via'],
): Promise<(Actor & { workspaceName: string }) | undefined> {
  const row = await findMemberActorAsOwner(base.db, member.workspaceId, member.userId);
  return row ? { ...row, via, requestId: null } : undefined;
}

/** The distributor's admins, inside the caller's transaction (mail is queued in it). */
export function listDistributorAdmins(tx: Tx, workspaceId: string, distributorId: string) {
  return findDistributorAdmins(tx, workspaceId, distributorId);
}

export async function getMe(ctx: Context): Promise<Me> {
  const { actor } = ctx;
  if (!actor.userId || !actor.email) throw new AppError('unauthenticated');
  const workspaces = await listMembershipsAsOwner(ctx.db, actor.userId);
  return {
    user: {
      id: actor.userId,
      name: actor.name,
      email: actor.email,
      locale: actor.locale,
      timeZone: actor.timeZone,
    },
    workspaceId: actor.workspaceId,
    role: actor.role,
    distributorId: actor.distributorId,
    workspaces,
  };
}

export async function switchWorkspace(ctx: Context, sessionToken: string, workspaceId: string) {
  if (!ctx.actor.userId) throw new AppError('forbidden');
  const memberships = await listMembershipsAsOwner(ctx.db, ctx.actor.userId);
  // Not a member answers 404, like any id the caller may not see.
  if (!memberships.some((m) => m.workspaceId === workspaceId)) throw new AppError('not_found');
  await switchSessionWorkspaceAsOwner(ctx.db, hashSecret(sessionToken), workspaceId);
}

export async function updateProfile(ctx: Context, input: ProfileInput) {
  const userId = ctx.actor.userId;
  if (!userId) throw new AppError('forbidden');
  return inTransaction(ctx, async (tx) => {
    const after = await updateUserProfile(tx, userId, input);
    await recordAudit(tx, ctx.actor, {
      entityType: 'user',
      entityId: userId,
      action: 'user.profile_updated',
      before: { name: ctx.actor.name, locale: ctx.actor.locale, timeZone: ctx.actor.timeZone },
      after,
    });
    return after;
  });
}

// ---- API tokens ----

export async function createApiToken(ctx: Context, name: string) {
  const userId = ctx.actor.userId;
  if (!userId) throw new AppError('forbidden');
  const token = newSecret('lia_');
  return inTransaction(ctx, async (tx) => {
    const row = await insertApiToken(tx, {
      workspaceId: ctx.actor.workspaceId,
      userId,
      name,
      tokenHash: hashSecret(token),
      tokenPrefix: token.slice(0, 10),
    });
    if (!row) throw new Error('token insert returned no row');
    const { tokenHash: _hash, ...shown } = row;
    await recordAudit(tx, ctx.actor, {
      entityType: 'api_token',
      entityId: row.id,
      action: 'api_token.created',
      after: shown,
    });
    return { ...shown, token };
  });
}

export function listOwnApiTokens(ctx: Context) {
  const userId = ctx.actor.userId;
  if (!userId) throw new AppError('forbidden');
  return inTransaction(ctx, (tx) => listApiTokens(tx, ctx.actor.workspaceId, userId));
}

export function revokeOwnApiToken(ctx: Context, tokenId: string) {
  const userId = ctx.actor.userId;
  if (!userId) throw new AppError('forbidden');
  return inTransaction(ctx, async (tx) => {
    const revoked = await revokeApiToken(tx, ctx.actor.workspaceId, userId, tokenId);
    if (!revoked) throw new AppError('not_found');
    await recordAudit(tx, ctx.actor, {
      entityType: 'api_token',
      entityId: tokenId,
      action: 'api_token.revoked',
      after: revoked,
    });
    return revoked;
  });
}

// ---- members and invitations ----

export function listWorkspaceMembers(ctx: Context) {
  requireRole(ctx.actor, principalEditors);
  return inTransaction(ctx, (tx) => listMembers(tx, ctx.actor.workspaceId));
}

/** Roles a principal user may hand out: admins any, managers only distributor roles. */
function canGrantRole(actor: Actor, role: Role): boolean {
  if (actor.role === 'principal_admin') return true;
  return actor.role === 'principal_manager' && role.startsWith('distributor_');
}

export async function inviteMember(ctx: Context, input: InvitationInput) {
  const { actor, t } = ctx;
  requireRole(actor, principalEditors);
  if (!canGrantRole(actor, input.role)) throw new AppError('forbidden');
  const isDistributorRole = input.role.startsWith('distributor_');
  if (isDistributorRole && !input.distributorId) {
    throw fieldError(t, '#/distributorId', 'validation.distributor_required_for_role');
  }
  if (!isDistributorRole && input.distributorId) {
    throw fieldError(t, '#/distributorId', 'validation.distributor_not_for_role');
  }
  const token = newSecret();
  const link = `${ctx.config.publicUrl}/invitations/${token}`;
  // Looked up before the transaction: PGlite has one connection, which the transaction holds.
  const existing = await findUserByEmailAsOwner(ctx.db, input.email);
  return inTransaction(ctx, async (tx) => {
    if (existing && (await findMembership(tx, actor.workspaceId, existing.id))) {
      throw new AppError('member_exists');
    }
    const row = await insertInvitation(tx, {
      workspaceId: actor.workspaceId,
      email: input.email,
      role: input.role,
      distributorId: input.distributorId,
      tokenHash: hashSecret(token),
      invitedBy: actor.userId ?? '',
      expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
    }).catch((error: unknown) => {
      // A distributor id from another workspace fails the composite foreign key.
      if (postgresErrorCode(error) === '23503') throw new AppError('not_found');
      throw error;
    });
    if (!row) throw new Error('invitation insert returned no row');
    const workspaceName = await findWorkspaceName(tx, actor.workspaceId);
    await queueMail(tx, actor.workspaceId, {
      to: input.email,
      subject: t('email.invitation.subject', { inviter: actor.name, workspace: workspaceName }),
      text: t('email.invitation.body', {
        inviter: actor.name,
        workspace: workspaceName,
        role: t(`roles.${input.role}`),
        link,
        days: INVITATION_DAYS,
      }),
    });
    const { tokenHash: _hash, ...shown } = row;
    await recordAudit(tx, actor, {
      entityType: 'invitation',
      entityId: row.id,
      action: 'invitation.created',
      distributorId: row.distributorId,
      after: shown,
    });
    return shown;
  });
}

export function listWorkspaceInvitations(ctx: Context) {
  requireRole(ctx.actor, principalEditors);
  return inTransaction(ctx, (tx) => listInvitations(tx, ctx.actor.workspaceId));
}

export function revokeInvitation(ctx: Context, invitationId: string) {
  requireRole(ctx.actor, principalEditors);
  return inTransaction(ctx, async (tx) => {
    const row = await markInvitation(tx, ctx.actor.workspaceId, invitationId, {
      revokedAt: new Date(),
    });
    if (!row) throw new AppError('not_found');
    await recordAudit(tx, ctx.actor, {
      entityType: 'invitation',
      entityId: invitationId,
      action: 'invitation.revoked',
      distributorId: row.distributorId,
    });
  });
}

export async function previewInvitation(base: Base, token: string) {
  const found = await findInvitationByTokenAsOwner(base.db, hashSecret(token));
  if (!found) throw new AppError('invitation_invalid');
  const existing = await findUserByEmailAsOwner(base.db, found.invitation.email);
  return {
    email: found.invitation.email,
    role: found.invitation.role,
    workspaceName: found.workspaceName,
    distributorName: found.distributorName,
    hasAccount: Boolean(existing),
  };
}

/**
 * Accepts an invitation: creates the account (or, for an existing account, checks its password),
 * adds the membership and opens a session, all in one transaction.
 */
export async function acceptInvitation(base: Base, input: AcceptInvitationInput, meta: ClientMeta) {
  const found = await findInvitationByTokenAsOwner(base.db, hashSecret(input.token));
  if (!found) throw new AppError('invitation_invalid');
  const { invitation } = found;
  const existing = await findUserByEmailAsOwner(base.db, invitation.email);
  if (existing && !(await verifyPassword(existing.passwordHash, input.password))) {
    throw new AppError('invalid_credentials');
  }
  const passwordHash = existing ? null : await hashPassword(input.password);
  const userId = await base.db.transaction(async (tx) => {
    const user =
      existing ??
      (await insertUserAsOwner(tx, {
        email: invitation.email,
        name: input.name,
        passwordHash,
      }));
    if (!user) throw new Error('user insert returned no row');
    const actor: Actor = {
      userId: user.id,
      name: user.name,
      email: user.email,
      workspaceId: invitation.workspaceId,
      role: invitation.role,
      distributorId: invitation.distributorId,
      via: 'session',
      locale: user.locale,
      timeZone: user.timeZone,
      requestId: null,
    };
    await enterTenantScope(tx, {
      workspaceId: actor.workspaceId,
      distributorId: actor.distributorId,
      userId: user.id,
    });
    const accepted = await markInvitation(tx, invitation.workspaceId, invitation.id, {
      acceptedAt: new Date(),
    });
    if (!accepted) throw new AppError('invitation_invalid');
    if (await findMembership(tx, invitation.workspaceId, user.id)) {
      throw new AppError('member_exists');
    }
    const member = await insertMembership(tx, {
      workspaceId: invitation.workspaceId,
      userId: user.id,
      role: invitation.role,
      distributorId: invitation.distributorId,
    });
    await recordAudit(tx, actor, {
      entityType: 'membership',
      entityId: user.id,
      action: 'invitation.accepted',
      distributorId: invitation.distributorId,
      after: member,
    });
    return user.id;
  });
  const sessionToken = await openSession(base, userId, invitation.workspaceId, meta);
  return { sessionToken };
}

// ---- operator actions (CLI and demo data) ----

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

/** Adds an existing account to the actor's workspace with a role (and distributor). */
export function addMember(
  ctx: Context,
  input: { userId: string; role: Role; distributorId: string | null },
) {
  requireRole(ctx.actor, ['principal_admin']);
  return inTransaction(ctx, async (tx) => {
    if (await findMembership(tx, ctx.actor.workspaceId, input.userId)) {
      throw new AppError('member_exists');
    }
    const member = await insertMembership(tx, { workspaceId: ctx.actor.workspaceId, ...input });
    await recordAudit(tx, ctx.actor, {
      entityType: 'membership',
      entityId: input.userId,
      action: 'membership.created',
      distributorId: input.distributorId,
      after: member,
    });
    return member;
  });
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
