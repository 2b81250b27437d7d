import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../platform/errors.ts';
import { contextOf } from '../platform/http.ts';
import { commonErrors, ProblemSchema } from '../platform/problem.schema.ts';
import type { Services } from '../platform/tenancy.ts';
import { SecondFactorChallenge } from './account-security.schema.ts';
import {
  ApiToken,
  ChangedMember,
  CreatedApiToken,
  Invitation,
  InvitationInput,
  InvitationPreview,
  LoginInput,
  Me,
  Member,
  MemberChange,
  ProfileInput,
  SwitchWorkspaceInput,
  TokenInput,
} from './accounts.schema.ts';
import { createApiToken, listOwnApiTokens, revokeOwnApiToken } from './api-tokens.service.ts';
import {
  acceptInvitation,
  inviteMember,
  listWorkspaceInvitations,
  previewInvitation,
  resendInvitation,
  revokeInvitation,
} from './invitations.service.ts';
import { changeMemberRole, listWorkspaceMembers, setMemberActive } from './members.service.ts';
import { AcceptInvitationInput } from './password.schema.ts';
import { clientMeta, SESSION_COOKIE, setSessionCookie } from './session-cookie.ts';
import { getMe, signIn, signOut, switchWorkspace, updateProfile } from './sessions.service.ts';

const tags = ['Accounts'];
const IdParams = z.object({ id: z.uuid() });

export function accountsRoutes(services: Services) {
  return async (root: FastifyInstance) => {
    const app = root.withTypeProvider<ZodTypeProvider>();

    app.post(
      '/api/v1/auth/login',
      {
        config: { isPublic: true },
        schema: {
          operationId: 'signIn',
          tags,
          summary:
            'Sign in with e-mail and password; sets the session cookie, or (202) asks for the ' +
            'second factor',
          body: LoginInput,
          response: {
            204: z.null(),
            202: SecondFactorChallenge,
            401: ProblemSchema,
            422: ProblemSchema,
            429: ProblemSchema,
          },
        },
      },
      async (request, reply) => {
        const outcome = await signIn(services, request.body, clientMeta(request));
        if ('challenge' in outcome) {
          return reply.code(202).send({ secondFactor: 'totp', challenge: outcome.challenge });
        }
        setSessionCookie(services.config, request, reply, outcome.sessionToken);
        return reply.code(204).send(null);
      },
    );

    app.post(
      '/api/v1/auth/logout',
      {
        config: { isPublic: true },
        schema: {
          operationId: 'signOut',
          tags,
          summary: 'Sign out: ends the session and clears its cookie',
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        const token = request.cookies[SESSION_COOKIE];
        if (token) await signOut(services, token);
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/api/v1/me',
      {
        config: { beforeTwoFactor: true },
        schema: {
          operationId: 'getMe',
          tags,
          summary: 'Who you are, your role here and the workspaces you belong to',
          response: { 200: Me, 401: ProblemSchema },
        },
      },
      async (request) => getMe(contextOf(request)),
    );

    app.patch(
      '/api/v1/me',
      {
        schema: {
          operationId: 'updateMyProfile',
          tags,
          summary: 'Change your name, language or time zone',
          body: ProfileInput,
          response: { 204: z.null(), ...commonErrors },
        },
      },
      async (request, reply) => {
        await updateProfile(contextOf(request), request.body);
        return reply.code(204).send(null);
      },
    );

    app.put(
      '/api/v1/me/workspace',
      {
        config: { beforeTwoFactor: true },
        schema: {
          operationId: 'switchWorkspace',
          tags,
          summary: 'Make another of your workspaces the current one (session sign-in only)',
          body: SwitchWorkspaceInput,
          response: { 204: z.null(), ...commonErrors },
        },
      },
      async (request, reply) => {
        // An API token belongs to one workspace; only a signed-in session can switch.
        const token = request.cookies[SESSION_COOKIE];
        if (!token || contextOf(request).actor.via !== 'session') throw new AppError('forbidden');
        await switchWorkspace(contextOf(request), token, request.body.workspaceId);
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/api/v1/tokens',
      {
        schema: {
          operationId: 'listApiTokens',
          tags,
          summary: 'Your API tokens in this workspace, revoked ones included',
          response: { 200: z.array(ApiToken), ...commonErrors },
        },
      },
      async (request) => listOwnApiTokens(contextOf(request)),
    );

    app.post(
      '/api/v1/tokens',
      {
        schema: {
          operationId: 'createApiToken',
          tags,
          summary: 'Create an API token for integrations; the secret is shown only once',
          body: TokenInput,
          response: { 201: CreatedApiToken, ...commonErrors },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await createApiToken(contextOf(request), request.body.name)),
    );

    app.delete(
      '/api/v1/tokens/:id',
      {
        schema: {
          operationId: 'revokeApiToken',
          tags,
          summary: 'Revoke one of your API tokens; it stops working at once',
          params: IdParams,
          response: { 200: ApiToken, ...commonErrors },
        },
      },
      async (request) => revokeOwnApiToken(contextOf(request), request.params.id),
    );

    app.get(
      '/api/v1/members',
      {
        schema: {
          operationId: 'listMembers',
          tags,
          summary: 'The workspace’s members with their roles (principal editors)',
          response: { 200: z.array(Member), ...commonErrors },
        },
      },
      async (request) => listWorkspaceMembers(contextOf(request)),
    );

    app.patch(
      '/api/v1/members/:userId',
      {
        schema: {
          operationId: 'changeMember',
          tags,
          summary:
            'Change a member’s role within their side, or deactivate / reactivate them (principal admins); the workspace keeps one active admin',
          params: z.object({ userId: z.uuid() }),
          body: MemberChange,
          response: { 200: ChangedMember, ...commonErrors, 409: ProblemSchema },
        },
      },
      async (request) => {
        const ctx = contextOf(request);
        const { userId } = request.params;
        const change = request.body;
        return 'role' in change
          ? changeMemberRole(ctx, userId, change.role)
          : setMemberActive(ctx, userId, change.active);
      },
    );

    app.get(
      '/api/v1/invitations',
      {
        schema: {
          operationId: 'listInvitations',
          tags,
          summary: 'Invitations sent from this workspace, open or not (principal editors)',
          response: { 200: z.array(Invitation), ...commonErrors },
        },
      },
      async (request) => listWorkspaceInvitations(contextOf(request)),
    );

    app.post(
      '/api/v1/invitations',
      {
        schema: {
          operationId: 'inviteMember',
          tags,
          summary: 'Invite a person by e-mail link (principal staff, or a distributor’s staff)',
          body: InvitationInput,
          response: { 201: Invitation.omit({ distributorName: true }), ...commonErrors },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await inviteMember(contextOf(request), request.body)),
    );

    app.delete(
      '/api/v1/invitations/:id',
      {
        schema: {
          operationId: 'revokeInvitation',
          tags,
          summary: 'Revoke an open invitation; its link stops working',
          params: IdParams,
          response: { 204: z.null(), ...commonErrors },
        },
      },
      async (request, reply) => {
        await revokeInvitation(contextOf(request), request.params.id);
        return reply.code(204).send(null);
      },
    );

    app.post(
      '/api/v1/members/invitations/:id/resend',
      {
        schema: {
          operationId: 'resendInvitation',
          tags,
          summary: 'Send an open invitation again with a new link; the old link stops working',
          params: IdParams,
          response: { 200: Invitation.omit({ distributorName: true }), ...commonErrors },
        },
      },
      async (request) => resendInvitation(contextOf(request), request.params.id),
    );

    app.get(
      '/api/v1/invitations/by-token/:token',
      {
        config: { isPublic: true },
        schema: {
          operationId: 'previewInvitation',
          tags,
          summary: 'What an invitation link offers, before it is accepted',
          params: z.object({ token: z.string().min(10).max(200) }),
          response: { 200: InvitationPreview, 410: ProblemSchema },
        },
      },
      async (request) => previewInvitation(services, request.params.token),
    );

    app.post(
      '/api/v1/invitations/accept',
      {
        config: { isPublic: true },
        schema: {
          operationId: 'acceptInvitation',
          tags,
          summary: 'Accept an invitation: creates the account and signs in',
          body: AcceptInvitationInput,
          response: { 204: z.null(), 401: ProblemSchema, 410: ProblemSchema, 422: ProblemSchema },
        },
      },
      async (request, reply) => {
        const { sessionToken } = await acceptInvitation(
          services,
          request.body,
          clientMeta(request),
        );
        setSessionCookie(services.config, request, reply, sessionToken);
        return reply.code(204).send(null);
      },
    );
  };
}
