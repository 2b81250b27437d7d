import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import { accountSecurityRoutes } from './accounts/account-security.routes.ts';
import { accountsRoutes } from './accounts/accounts.routes.ts';
import { registerAuthentication } from './accounts/authentication.ts';
import { oidcRoutes } from './accounts/oidc.routes.ts';
import { SESSION_COOKIE } from './accounts/session-cookie.ts';
import { auditRoutes } from './audit/audit.routes.ts';
import { cadenceRoutes } from './cadence/cadence.routes.ts';
import { notesRoutes } from './cadence/notes.routes.ts';
import { charterRoutes } from './charter/charter.routes.ts';
import { onCharterSigned } from './charter/charter-signed-listeners.ts';
import { productLineCatalogue } from './charter/product-lines.service.ts';
import { communicationRoutes } from './communication/communication.routes.ts';
import { concernsRoutes } from './concerns/concerns.routes.ts';
import type { Config } from './config.ts';
import type { Database } from './db/client.ts';
import { distributorsRoutes } from './distributors/distributors.routes.ts';
import { latestCompletedEvaluation } from './evaluations/evaluation-evidence.service.ts';
import { evaluationsRoutes } from './evaluations/evaluations.routes.ts';
import { feedbackRoutes } from './feedback/feedback.routes.ts';
import { helpRoutes } from './help/help.routes.ts';
import { libraryRoutes } from './library/library.routes.ts';
import { notificationsRoutes } from './notifications/notifications.routes.ts';
import { onboardingRoutes } from './onboarding/onboarding.routes.ts';
import { ordersRoutes } from './orders/orders.routes.ts';
import { outboxRoutes } from './outbox/outbox.routes.ts';
import { planRoutes } from './plan/plan.routes.ts';
import { adoptCharterGoals } from './plan/plan-charter.service.ts';
import { type Clock, systemClock } from './platform/clock.ts';
import {
  answerClientError,
  answerFrameworkError,
  registerProblemHandlers,
  registerTextChecks,
  setStandardHeaders,
} from './platform/http.ts';
import { registerIdempotency } from './platform/idempotency.ts';
import type { Mailer } from './platform/mail.ts';
import { documentTransformObject } from './platform/openapi.ts';
import { registerRateLimits } from './platform/rate-limit.ts';
import type { Services } from './platform/tenancy.ts';
import { playbookRoutes } from './playbook/playbook.routes.ts';
import { provideEvaluationLookup } from './playbook/playbook-rules.ts';
import { exchangeRatesRoutes } from './reports/exchange-rates.routes.ts';
import { exportsRoutes } from './reports/exports.routes.ts';
import { kpiRoutes } from './reports/kpi.routes.ts';
import { reportsRoutes } from './reports/reports.routes.ts';
import { savedFiltersRoutes } from './saved-filters/saved-filters.routes.ts';
import { searchRoutes } from './search/search.routes.ts';
import { timelineRoutes } from './timeline/timeline.routes.ts';
import { warningsRoutes } from './warnings/warnings.routes.ts';
import { webhooksRoutes } from './webhooks/webhooks.routes.ts';

export type AppOptions = { config: Config; database: Database; mailer: Mailer; clock?: Clock };

const version = '0.1.0';

export async function buildApp({
  config,
  database,
  mailer,
  clock = systemClock,
}: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: config.logLevel },
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
    },
    trustProxy: trustedProxies(config.trustProxy),
    bodyLimit: 5 * 1024 * 1024,
    frameworkErrors: answerFrameworkError,
    clientErrorHandler: answerClientError,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerTextChecks(app);
  app.addHook('onSend', async (request, reply) => {
    setStandardHeaders(request, reply);
  });
  // JSON in, JSON out: a text/plain body is refused with 415 instead of failing validation.
  app.removeContentTypeParser('text/plain');
  app.addContentTypeParser('text/csv', { parseAs: 'string' }, (_request, body, done) =>
    done(null, body),
  );

  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Liaison API',
        version,
        description:
          'The principal and its distributors run their relationship in Liaison. Authenticate with ' +
          'the session cookie (sign in) or `Authorization: Bearer <API token>`. Errors are RFC 9457 ' +
          'problem+json with field pointers. docs/api.md shows how to create a token and call ' +
          'the API with curl or the typed client.',
        license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
      },
      // Paths are absolute on whatever host serves this document.
      servers: [{ url: '/' }],
      tags: [
        { name: 'Accounts', description: 'Sign-in, the caller, API tokens, members, invitations' },
        {
          name: 'Account security',
          description: 'Sessions, password change and reset, two-factor authentication',
        },
        { name: 'Distributors', description: 'The directory, profiles and lifecycle stages' },
        { name: 'Contacts', description: 'Both sides’ people at each distributor' },
        { name: 'Escalation ladder', description: 'Who to go to, in order, on each side' },
        { name: 'Saved filters', description: 'Each person’s named views of a list page' },
        { name: 'Charter', description: 'Product lines, and the charter from draft to signature' },
        { name: 'Feedback', description: 'The quarterly relationship survey both sides answer' },
        {
          name: 'Playbook',
          description: 'The relationship checklist, each distributor’s progress and its history',
        },
        {
          name: 'Onboarding',
          description: 'The first 90 days of each relationship: its steps, due days and stalls',
        },
        {
          name: 'Evaluations',
          description:
            'The yearly (or on-demand) evaluation of each relationship: figures, assessments, decision',
        },
        { name: 'Cadence', description: 'The meeting plan, its meetings and calendar feeds' },
        { name: 'Meetings and action items', description: 'Agendas, notes and action items' },
        { name: 'Communication', description: 'Threads, logged interactions, response times' },
        { name: 'Monthly reports', description: 'What a distributor reports each month' },
        { name: 'Targets and KPIs', description: 'Targets, scorecards, the portfolio and packs' },
        {
          name: 'Exchange rates',
          description: 'The reporting currency and monthly rates the portfolio converts with',
        },
        { name: 'Early warnings', description: 'Signals, health and thresholds (principal only)' },
        {
          name: 'Escalation and concerns',
          description: 'Steps up the ladder and formal performance concerns',
        },
        { name: 'Audit log', description: 'Every change, who made it, before and after' },
        { name: 'E-mail outbox', description: 'The e-mails Liaison stored or sent' },
        { name: 'Notifications', description: 'In-app notifications and the e-mail digest' },
        { name: 'Webhooks', description: 'Outgoing webhooks, their deliveries (principal admins)' },
        {
          name: 'Document library',
          description: 'Documents, versions, translations and coverage by language',
        },
        { name: 'Operations', description: 'Health of the server and its database' },
        { name: 'Orders', description: 'The principal’s orders (sell-in) and their import' },
        {
          name: 'Search and timeline',
          description: 'Global search, the relationship timeline of each distributor, in-app help',
        },
        {
          name: 'Goals and plan',
          description: 'Goals, responsibilities and milestones both sides agree, with history',
        },
      ],
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          session: { type: 'apiKey', in: 'cookie', name: 'liaison_session' },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: documentTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  const services: Services = { db: database.db, config, mailer, clock };
  registerAuthentication(app, services);
  await registerRateLimits(app, config);
  registerIdempotency(app, services);
  registerProblemHandlers(app);

  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/health',
    {
      schema: {
        operationId: 'health',
        tags: ['Operations'],
        summary: 'Whether the server and its database answer',
        response: {
          200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) }),
        },
      },
    },
    async () => {
      await database.rawQuery('select 1');
      return { status: 'ok' as const, database: database.engine };
    },
  );
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/instance',
    {
      config: { isPublic: true },
      schema: {
        operationId: 'getInstance',
        tags: ['Operations'],
        summary: 'What every page should know about this server before anyone signs in',
        response: {
          200: z.object({
            demo: z.boolean().meta({
              description:
                'The demo data is loaded here (LIAISON_DEMO): made-up companies and published ' +
                'passwords, so the app shows a warning banner',
            }),
            singleSignOn: z
              .object({ name: z.string() })
              .nullable()
              .meta({ description: 'The OpenID Connect provider people may sign in with' }),
          }),
        },
      },
    },
    async () => ({
      demo: config.loadDemoData,
      singleSignOn: config.oidc ? { name: config.oidc.name } : null,
    }),
  );
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await app.register(accountsRoutes(services));
  await app.register(accountSecurityRoutes(services));
  await app.register(oidcRoutes(services));
  await app.register(distributorsRoutes, { productLines: productLineCatalogue });
  await app.register(savedFiltersRoutes);
  await app.register(charterRoutes);
  // A signed charter's goals section becomes the plan's goals, in the signing transaction.
  onCharterSigned(adoptCharterGoals);
  await app.register(planRoutes);
  await app.register(feedbackRoutes);
  await app.register(cadenceRoutes(services));
  await app.register(notesRoutes);
  await app.register(communicationRoutes(services));
  await app.register(reportsRoutes);
  await app.register(kpiRoutes);
  await app.register(exchangeRatesRoutes);
  await app.register(exportsRoutes);
  await app.register(auditRoutes);
  await app.register(outboxRoutes);
  await app.register(playbookRoutes);
  await app.register(onboardingRoutes);
  // The playbook's "an evaluation done" reads the evaluations, which read the playbook.
  provideEvaluationLookup(latestCompletedEvaluation);
  await app.register(evaluationsRoutes);
  await app.register(warningsRoutes);
  await app.register(concernsRoutes);
  await app.register(notificationsRoutes);
  await app.register(webhooksRoutes);
  await app.register(ordersRoutes);
  await app.register(libraryRoutes);
  await app.register(searchRoutes);
  await app.register(timelineRoutes);
  await app.register(helpRoutes);

  await registerWeb(app, config.webDistDir);
  return app;
}

/** TRUST_PROXY for Fastify: a hop count as the function proxy-addr takes (its types lack numbers). */
function trustedProxies(proxies: Config['trustProxy']) {
  if (typeof proxies !== 'number') return proxies;
  return (_address: string, hop: number) => hop < proxies;
}

/**
 * The app page's Content-Security-Policy: scripts only from Liaison's own bundles (no inline
 * script, no eval), requests only to itself, never framed. Styles allow inline ones: the charts
 * and a few components set style attributes.
 */
const appPagePolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const bootPreloads = ['/api/v1/me', '/api/v1/instance']
  .map((url) => `<${url}>; rel=preload; as=fetch; crossorigin`)
  .join(', ');

/** Serves the built single-page app; any non-API path falls back to its index.html. */
async function registerWeb(app: FastifyInstance, webDistDir: string) {
  if (!existsSync(path.join(webDistDir, 'index.html'))) {
    app.log.warn({ webDistDir }, 'web front end not built: run npm run build:web');
    return;
  }
  await app.register(fastifyStatic, {
    root: webDistDir,
    wildcard: false,
    // The build writes a .br and a .gz beside each file (web/vite.config.ts): sent as they are.
    preCompressed: true,
    cacheControl: false,
    // Built assets carry a content hash in their names, so they never change; index.html does.
    setHeaders: (response, filePath) => {
      const isHashedAsset = filePath.includes(`${path.sep}assets${path.sep}`);
      response.setHeader(
        'cache-control',
        isHashedAsset ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
      // A precompressed page arrives here as its .br or .gz copy: the policy goes with it too.
      if (/\.html(?:\.br|\.gz)?$/.test(filePath)) {
        response.setHeader('content-security-policy', appPagePolicy);
      }
    },
  });
  app.get('/*', { schema: { hide: true } }, (request, reply) => {
    // A missing asset (an old tab asking for last release's bundle) is a 404, not the app page.
    if (request.url.startsWith('/api/') || request.url.startsWith('/assets/')) {
      return reply.callNotFound();
    }
    // A signed-in browser asks for its session and this server's facts before anything else:
    // hinted here, the two requests leave while the page's scripts load and run.
    if (request.cookies[SESSION_COOKIE]) reply.header('link', bootPreloads);
    return reply.sendFile('index.html');
  });
}
