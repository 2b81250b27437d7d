import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../platform/errors.ts';
import { contextOf } from '../platform/http.ts';
import { commonErrors, ProblemSchema } from '../platform/problem.schema.ts';
import type { Services } from '../platform/tenancy.ts';
import {
  EnableTwoFactorInput,
  PasswordConfirmation,
  PasswordResetPreview,
  PasswordResetRequest,
  RecoveryCodes,
  SecondFactorInput,
  SessionRecord,
  SignedOutSessions,
  TwoFactorEnrolment,
  TwoFactorState,
  WorkspaceSecurity,
} from './account-security.schema.ts';
import {
  changePassword,
  getWorkspaceSecurity,
  listOwnSessions,
  previewPasswordReset,
  requestPasswordReset,
  resetPassword,
  setWorkspaceSecurity,
  signOutOtherSessions,
  signOutSession,
} from './account-security.service.ts';
import { PasswordChangeInput, PasswordResetInput } from './password.schema.ts';
import { clientMeta, sessionTokenOf, setSessionCookie } from './session-cookie.ts';
import { completeSignIn } from './sessions.service.ts';
import {
  disableTwoFactor,
  enableTwoFactor,
  regenerateRecoveryCodes,
  startTwoFactorSetup,
  twoFactorState,
} from './two-factor.service.ts';

const tags = ['Account security'];
const publicRoute = { isPublic: true } as const;
// The person's own security settings stay reachable while their workspace waits for their
// second factor: setting it up is what they are asked to do.
const ownSecurity = { beforeTwoFactor: true } as const;

/** The session cookie of a signed-in person; these routes are not for API tokens. */
function ownSessionToken(request: FastifyRequest): string {
  const token = sessionTokenOf(request);
  if (!token || contextOf(request).actor.via !== 'session') throw new AppError('forbidden');
  return token;
}

export function accountSecurityRoutes(services: Services) {
  return async (root: FastifyInstance) => {
    const app = root.withTypeProvider<ZodTypeProvider>();

    app.post(
      '/api/v1/auth/login/second-factor',
      {
        config: publicRoute,
        schema: {
          operationId: 'completeSignIn',
          tags,
          summary: 'The second step of signing in: the code from the app, or a recovery code',
          body: SecondFactorInput,
          response: { 204: z.null(), 401: ProblemSchema, 422: ProblemSchema, 429: ProblemSchema },
        },
      },
      async (request, reply) => {
        const { sessionToken } = await completeSignIn(services, request.body, clientMeta(request));
        setSessionCookie(services.config, request, reply, sessionToken);
        return reply.code(204).send(null);
      },
    );

    app.post(
      '/api/v1/auth/password-reset',
      {
        config: publicRoute,
        schema: {
          operationId: 'requestPasswordReset',
          tags,
          summary:
            'E-mail a link to choose a new password; the answer is the same whether or not ' +
            'the address has an account',
          body: PasswordResetRequest,
          response: { 202: z.null(), 422: ProblemSchema },
        },
      },
      async (request, reply) => {
        await requestPasswordReset(services, request.body.email);
        return reply.code(202).send(null);
      },
    );

    app.get(
      '/api/v1/auth/password-reset/:token',
      {
        config: publicRoute,
        schema: {
          operationId: 'previewPasswordReset',
          tags,
          summary: 'The account a reset link is for, while the link can be used',
          params: z.object({ token: z.string().min(10).max(200) }),
          response: { 200: PasswordResetPreview, 410: ProblemSchema },
        },
      },
      async (request) => previewPasswordReset(services, request.params.token),
    );

    app.post(
      '/api/v1/auth/password-reset/complete',
      {
        config: publicRoute,
        schema: {
          operationId: 'resetPassword',
          tags,
          summary: 'Set a new password with a reset link; ends every session of the account',
          body: PasswordResetInput,
          response: { 204: z.null(), 410: ProblemSchema, 422: ProblemSchema },
        },
      },
      async (request, reply) => {
        await resetPassword(services, request.body);
        return reply.code(204).send(null);
      },
    );

    app.put(
      '/api/v1/me/password',
      {
        config: ownSecurity,
        schema: {
          operationId: 'changeMyPassword',
          tags,
          summary: 'Change your password; your other sessions end',
          body: PasswordChangeInput,
          response: { 204: z.null(), ...commonErrors },
        },
      },
      async (request, reply) => {
        await changePassword(contextOf(request), request.body, ownSessionToken(request));
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/api/v1/me/sessions',
      {
        config: ownSecurity,
        schema: {
          operationId: 'listMySessions',
          tags,
          summary: 'Where you are signed in: each session, the latest used first',
          response: { 200: z.array(SessionRecord), ...commonErrors },
        },
      },
      async (request) => listOwnSessions(contextOf(request)),
    );

    app.delete(
      '/api/v1/me/sessions/:id',
      {
        config: ownSecurity,
        schema: {
          operationId: 'endMySession',
          tags,
          summary: 'Sign out one of your sessions',
          params: z.object({ id: z.uuid() }),
          response: { 204: z.null(), ...commonErrors },
        },
      },
      async (request, reply) => {
        await signOutSession(contextOf(request), request.params.id);
        return reply.code(204).send(null);
      },
    );

    app.post(
      '/api/v1/me/sessions/end-others',
      {
        config: ownSecurity,
        schema: {
          operationId: 'endMyOtherSessions',
          tags,
          summary: 'Sign out everywhere else: every session but this one',
          response: { 200: SignedOutSessions, ...commonErrors },
        },
      },
      async (request) => signOutOtherSessions(contextOf(request), ownSessionToken(request)),
    );

    app.get(
      '/api/v1/me/two-factor',
      {
        config: ownSecurity,
        schema: {
          operationId: 'getMyTwoFactor',
          tags,
          summary: 'Whether your second factor is on, and how many recovery codes are left',
          response: { 200: TwoFactorState, ...commonErrors },
        },
      },
      async (request) => twoFactorState(contextOf(request)),
    );

    app.post(
      '/api/v1/me/two-factor/setup',
      {
        config: ownSecurity,
        schema: {
          operationId: 'startMyTwoFactorSetup',
          tags,
          summary: 'Start setting up an authenticator app: a new secret, as a QR code',
          response: { 200: TwoFactorEnrolment, ...commonErrors, 409: ProblemSchema },
        },
      },
      async (request) => startTwoFactorSetup(contextOf(request)),
    );

    app.post(
      '/api/v1/me/two-factor/enable',
      {
        config: ownSecurity,
        schema: {
          operationId: 'enableMyTwoFactor',
          tags,
          summary: 'Switch the second factor on with a code from the app; returns recovery codes',
          body: EnableTwoFactorInput,
          response: { 200: RecoveryCodes, ...commonErrors, 409: ProblemSchema },
        },
      },
      async (request) => enableTwoFactor(contextOf(request), request.body.code),
    );

    app.post(
      '/api/v1/me/two-factor/disable',
      {
        config: ownSecurity,
        schema: {
          operationId: 'disableMyTwoFactor',
          tags,
          summary: 'Switch the second factor off (not where a workspace of yours requires it)',
          body: PasswordConfirmation,
          response: { 204: z.null(), ...commonErrors, 409: ProblemSchema },
        },
      },
      async (request, reply) => {
        await disableTwoFactor(contextOf(request), request.body.password);
        return reply.code(204).send(null);
      },
    );

    app.post(
      '/api/v1/me/two-factor/recovery-codes',
      {
        config: ownSecurity,
        schema: {
          operationId: 'replaceMyRecoveryCodes',
          tags,
          summary: 'Ten new recovery codes; the old ones stop working',
          body: PasswordConfirmation,
          response: { 200: RecoveryCodes, ...commonErrors, 409: ProblemSchema },
        },
      },
      async (request) => regenerateRecoveryCodes(contextOf(request), request.body.password),
    );

    app.get(
      '/api/v1/workspace/security',
      {
        schema: {
          operationId: 'getWorkspaceSecurity',
          tags,
          summary: 'The workspace’s sign-in rules (admins)',
          response: { 200: WorkspaceSecurity, ...commonErrors },
        },
      },
      async (request) => getWorkspaceSecurity(contextOf(request)),
    );

    app.put(
      '/api/v1/workspace/security',
      {
        schema: {
          operationId: 'setWorkspaceSecurity',
          tags,
          summary: 'Require a second factor of everyone in the workspace (admins)',
          body: WorkspaceSecurity,
          response: { 200: WorkspaceSecurity, ...commonErrors },
        },
      },
      async (request) => setWorkspaceSecurity(contextOf(request), request.body),
    );
  };
}
