import { z } from 'zod';
import { Email, IanaTimeZone, LanguageTag, Text, Uuid } from '../platform/fields.ts';

export const RoleName = z.enum([
  'principal_admin',
  'principal_manager',
  'principal_viewer',
  'distributor_admin',
  'distributor_member',
]);

export const LoginInput = z.object({
  email: Email,
  password: z.string().min(1).max(200),
});
export type LoginInput = z.infer<typeof LoginInput>;

export const WorkspaceMembership = z.object({
  workspaceId: Uuid,
  workspaceName: z.string(),
  workspaceSlug: z.string(),
  role: RoleName,
  distributorId: Uuid.nullable(),
});

export const Me = z.object({
  user: z.object({
    id: Uuid,
    name: z.string(),
    email: z.string(),
    locale: z.string(),
    timeZone: z.string(),
  }),
  workspaceId: Uuid,
  role: RoleName,
  distributorId: Uuid.nullable(),
  workspaces: z.array(WorkspaceMembership),
  mustEnrolTwoFactor: z.boolean().meta({
    description: 'The workspace requires a second factor you have not set up yet.',
  }),
});
export type Me = z.infer<typeof Me>;

export const ProfileInput = z
  .object({ name: Text(200), locale: LanguageTag, timeZone: IanaTimeZone })
  .partial();
export type ProfileInput = z.infer<typeof ProfileInput>;

export const SwitchWorkspaceInput = z.object({ workspaceId: Uuid });

export const TokenInput = z.object({ name: Text(100) });
export const ApiToken = z.object({
  id: Uuid,
  name: z.string(),
  tokenPrefix: z.string(),
  createdAt: z.date(),
  lastUsedAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
});
export const CreatedApiToken = ApiToken.extend({
  token: z.string().meta({ description: 'The secret; shown only in this response.' }),
});

export const Member = z.object({
  userId: Uuid,
  name: z.string(),
  email: z.string(),
  role: RoleName,
  distributorId: Uuid.nullable(),
  distributorName: z.string().nullable(),
  joinedAt: z.date(),
  deactivatedAt: z.date().nullable().meta({ description: 'Null while the member can sign in' }),
});

/** One change to a member: another role on their side, or deactivated / reactivated. */
export const MemberChange = z.union([
  z.object({ role: RoleName }).strict(),
  z.object({ active: z.boolean() }).strict(),
]);

export const ChangedMember = z.object({
  userId: Uuid,
  role: RoleName,
  distributorId: Uuid.nullable(),
  deactivatedAt: z.date().nullable(),
});

export const InvitationInput = z.object({
  email: Email,
  role: RoleName,
  distributorId: Uuid.nullish().transform((value) => value ?? null),
});
export type InvitationInput = z.infer<typeof InvitationInput>;

export const Invitation = z.object({
  id: Uuid,
  email: z.string(),
  role: RoleName,
  distributorId: Uuid.nullable(),
  distributorName: z.string().nullable(),
  createdAt: z.date(),
  expiresAt: z.date(),
  acceptedAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
});

export const InvitationPreview = z.object({
  email: z.string(),
  role: RoleName,
  workspaceName: z.string(),
  distributorName: z.string().nullable(),
  hasAccount: z.boolean(),
});
