// The real Liaison server as `liaison start` builds it, with a workspace member and API token
// to call it as, and beside it bare Fastify: a route that answers constant JSON (the ceiling of
// HTTP on this machine) and routes that run the API's own statements on the same database as the
// owner, with no authentication, transaction or validation (the floor of those routes).
import Fastify, { type FastifyInstance } from 'fastify';
import { createApiToken } from '../src/accounts/api-tokens.service.ts';
import { addMember } from '../src/accounts/members.service.ts';
import { createUser, createWorkspace } from '../src/accounts/workspaces.service.ts';
import { buildApp } from '../src/app.ts';
import { type Config, loadConfig } from '../src/config.ts';
import type { Database } from '../src/db/client.ts';
import { type Clock, systemClock } from '../src/platform/clock.ts';
import { createMailer, type Mailer } from '../src/platform/mail.ts';
import { type Actor, makeContext, systemActor } from '../src/platform/tenancy.ts';

export type BenchServices = {
  db: Database['db'];
  config: Config;
  mailer: Mailer;
  clock: Clock;
};

export function benchServices(database: Database): BenchServices {
  const config = {
    ...loadConfig({ LOG_LEVEL: 'silent', LIAISON_DEMO: 'false' }),
    port: 0,
    host: '127.0.0.1',
    // The sustained load is one token at thousands of requests a minute: at the default limit
    // (600 a minute) most answers would be 429s, measuring the limiter instead of the route.
    rateLimit: { perMinute: 1_000_000_000, anonymousPerMinute: 1_000_000_000 },
  };
  return {
    db: database.db,
    config,
    mailer: createMailer(undefined, config.mailFrom),
    clock: systemClock,
  };
}

export type BenchAccount = { workspaceId: string; userId: string; token: string };

/** The principal's workspace and an account manager with an API token, made by the services. */
export async function createBenchAccount(services: BenchServices): Promise<BenchAccount> {
  const workspace = await createWorkspace(services, {
    name: 'Brenner Autoteile GmbH',
    slug: 'brenner',
  });
  const user = await createUser(services, {
    email: 'bench.manager@brenner.example',
    name: 'Jonas Becker',
    timeZone: 'Europe/Berlin',
  });
  const operator = makeContext(services, systemActor(workspace.id, 'Benchmark', 'cli'));
  await addMember(operator, { userId: user.id, role: 'principal_manager', distributorId: null });
  const actor: Actor = {
    userId: user.id,
    name: user.name,
    email: user.email,
    workspaceId: workspace.id,
    role: 'principal_manager',
    distributorId: null,
    via: 'cli',
    locale: 'en',
    timeZone: 'Europe/Berlin',
    requestId: null,
  };
  const { token } = await createApiToken(makeContext(services, actor), 'benchmark');
  return { workspaceId: workspace.id, userId: user.id, token };
}

export type RunningServer = { url: string; app: FastifyInstance };

async function listen(app: FastifyInstance): Promise<RunningServer> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  return { url: `http://127.0.0.1:${address.port}`, app };
}

export async function startLiaison(
  database: Database,
  services: BenchServices,
): Promise<RunningServer> {
  const app = await buildApp({ config: services.config, database, mailer: services.mailer });
  return listen(app);
}

const constantBody = { status: 'ok', items: [], total: 0, page: 1, pageSize: 25 };

type Statement = { sql: string; params: unknown[] };

export type BareRoutes = {
  /** The list statements of the request mix, by index: GET /bare/list/:index. */
  list: Statement[];
  /** The statement of GET /api/v1/distributors/:id for an id: GET /bare/distributor/:id. */
  distributor: { sql: string; params: (id: string) => unknown[] };
};

export async function startBareFastify(
  database: Database,
  routes: BareRoutes,
): Promise<RunningServer> {
  const app = Fastify({ logger: false });
  app.get('/bare', async () => constantBody);
  app.get<{ Params: { index: string } }>('/bare/list/:index', async (request) => {
    const statement = routes.list[Number(request.params.index)];
    if (!statement) throw new Error(`no statement ${request.params.index}`);
    const rows = await database.rawQuery<{ total?: unknown }>(statement.sql, statement.params);
    return { items: rows, total: rows[0]?.total ?? 0 };
  });
  app.get<{ Params: { id: string } }>('/bare/distributor/:id', async (request, reply) => {
    const { sql, params } = routes.distributor;
    const [row] = await database.rawQuery(sql, params(request.params.id));
    return row ?? reply.code(404).send({ status: 404 });
  });
  return listen(app);
}
