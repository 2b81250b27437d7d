// The real Liaison server as `liaison start` builds it, with a workspace member and API token
// to call it as, and beside it a bare Fastify route that answers constant JSON: the ceiling
// of HTTP on this machine, for the load test to compare against.
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

export async function startBareFastify(): Promise<RunningServer> {
  const app = Fastify({ logger: false });
  app.get('/bare', async () => constantBody);
  return listen(app);
}
