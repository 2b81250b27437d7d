// The soak's traffic: who calls what, and how often. The principal's account manager works the
// directory, distributor pages, scorecards, the portfolio, report reviews and the threads, and
// writes (logs interactions, posts messages, saves report drafts); its admin reads the audit log.
// Each distributor's admin reads its own page and scorecard, saves and reopens this month's
// report draft, and reads and writes in its thread. Each side calls with its own API token.
import http from 'node:http';
import { createApiToken } from '../src/accounts/api-tokens.service.ts';
import { addMember } from '../src/accounts/members.service.ts';
import { createUser } from '../src/accounts/workspaces.service.ts';
import type { Role } from '../src/db/schema.ts';
import { type Actor, makeContext, systemActor } from '../src/platform/tenancy.ts';
import type { Random } from './random.ts';
import type { BenchServices } from './server.ts';
import { type Call, send } from './soak-load.ts';

export type DistributorAccount = { distributorId: string; userId: string; token: string };
export type Relationship = DistributorAccount & { threadId: string };

export type World = {
  principalToken: string;
  /** The audit log is the principal admins' alone. */
  principalAdminToken: string;
  distributorIds: string[];
  /** The distributors with an admin of their own, each in one thread with the principal. */
  relationships: Relationship[];
  directoryPaths: string[];
  /** This month (YYYY-MM): its report is not due yet, so drafts are what people save. */
  currentPeriod: string;
  /** Last month: every distributor has submitted it, for the principal to review. */
  lastPeriod: string;
};

type Member = { email: string; name: string; timeZone: string; role: Role };

/** A workspace member with an API token, made by the account services. */
export async function createMemberWithToken(
  services: BenchServices,
  workspaceId: string,
  member: Member,
  distributorId: string | null = null,
) {
  const operator = makeContext(services, systemActor(workspaceId, 'Benchmark', 'cli'));
  const user = await createUser(services, member);
  await addMember(operator, { userId: user.id, role: member.role, distributorId });
  const actor: Actor = {
    ...member,
    userId: user.id,
    workspaceId,
    distributorId,
    via: 'cli',
    locale: 'en',
    requestId: null,
  };
  const { token } = await createApiToken(makeContext(services, actor), 'soak');
  return { userId: user.id, token };
}

/** An admin of their own for each of `distributorIds`. */
export async function createDistributorAccounts(
  services: BenchServices,
  workspaceId: string,
  distributorIds: string[],
): Promise<DistributorAccount[]> {
  const accounts: DistributorAccount[] = [];
  for (const [index, distributorId] of distributorIds.entries()) {
    const member = {
      email: `soak.${index}@distributor.example`,
      name: `Nguyễn Thị Lan ${index}`,
      timeZone: 'Asia/Ho_Chi_Minh',
      role: 'distributor_admin' as const,
    };
    const { userId, token } = await createMemberWithToken(
      services,
      workspaceId,
      member,
      distributorId,
    );
    accounts.push({ distributorId, userId, token });
  }
  return accounts;
}

/** One thread per relationship, started by the principal over HTTP as its people would. */
export async function openThreads(
  origin: string,
  principalToken: string,
  accounts: DistributorAccount[],
): Promise<Relationship[]> {
  const agent = new http.Agent({ keepAlive: true });
  const relationships: Relationship[] = [];
  for (const account of accounts) {
    const reply = await send(agent, origin, {
      method: 'POST',
      path: `/api/v1/distributors/${account.distributorId}/threads`,
      token: principalToken,
      body: {
        subject: 'Q3 stock plan for brake pads',
        body: 'Please confirm the buffer stock for the BRK lines before the promotion starts.',
        participantUserIds: [account.userId],
      },
    });
    if (reply.status !== 201)
      throw new Error(`createThread answered ${reply.status}: ${reply.body}`);
    const { id } = JSON.parse(reply.body) as { id: string }; // ThreadDetail, checked by the server
    relationships.push({ ...account, threadId: id });
  }
  agent.destroy();
  return relationships;
}

type Operation = { routeClass: string; weight: number; call: (random: Random) => Call };

function draft(random: Random, period: string) {
  return {
    period,
    sales: Array.from({ length: 5 }, (_, line) => ({
      productLineCode: `BRK-${100 + line * 10}`,
      units: random.int(500),
      revenue: Math.round(random.between(1000, 50_000)),
    })),
    note: 'Half the month in; the rest on Friday.',
  };
}

const portfolioSorts = ['attainment', 'growth', 'name', 'revenue12m', 'tier'];
const channels = ['call', 'email', 'visit', 'whatsapp', 'meeting'];

function principalOperations(world: World): Operation[] {
  const token = world.principalToken;
  const anyone = (random: Random) => random.pick(world.distributorIds);
  const related = (random: Random) => random.pick(world.relationships);
  const get = (path: string): Call => ({ method: 'GET', path, token });
  return [
    { routeClass: 'P directory', weight: 20, call: (r) => get(r.pick(world.directoryPaths)) },
    {
      routeClass: 'P distributor',
      weight: 10,
      call: (r) => get(`/api/v1/distributors/${anyone(r)}`),
    },
    {
      routeClass: 'P scorecard',
      weight: 10,
      call: (r) => get(`/api/v1/distributors/${anyone(r)}/scorecard`),
    },
    {
      routeClass: 'P portfolio',
      weight: 5,
      call: (r) => get(`/api/v1/portfolio?sort=${r.pick(portfolioSorts)}&page=${1 + r.int(3)}`),
    },
    {
      routeClass: 'P report review',
      weight: 6,
      call: (r) => get(`/api/v1/distributors/${anyone(r)}/reports/${world.lastPeriod}`),
    },
    {
      routeClass: 'P audit log',
      weight: 3,
      call: (r) => ({
        method: 'GET',
        path: r.chance(0.5) ? '/api/v1/audit-log' : `/api/v1/audit-log?distributorId=${anyone(r)}`,
        token: world.principalAdminToken,
      }),
    },
    {
      routeClass: 'P threads',
      weight: 6,
      call: (r) => {
        const { distributorId, threadId } = related(r);
        const base = `/api/v1/distributors/${distributorId}/threads`;
        return get(r.chance(0.5) ? base : `${base}/${threadId}`);
      },
    },
    {
      routeClass: 'P log interaction',
      weight: 4,
      call: (r) => ({
        method: 'POST',
        path: `/api/v1/distributors/${anyone(r)}/interactions`,
        token,
        body: {
          occurredAt: new Date(Date.now() - r.int(7 * 86_400_000)).toISOString(),
          direction: r.pick(['inbound', 'outbound']),
          channel: r.pick(channels),
          summary: 'Went through the open orders and the stock of the top ten lines.',
        },
      }),
    },
    {
      routeClass: 'P post message',
      weight: 3,
      call: (r) => {
        const { distributorId, threadId } = related(r);
        return {
          method: 'POST',
          path: `/api/v1/distributors/${distributorId}/threads/${threadId}/messages`,
          token,
          body: { body: 'Thanks, noted. Can you send the updated forecast by Friday?' },
        };
      },
    },
    // No "save a draft for any distributor": a report is the distributor's statement, and the
    // principal's people may only enter one on its behalf, as a submission with a reason (#16).
  ];
}

function distributorOperations(world: World): Operation[] {
  const own = (random: Random) => random.pick(world.relationships);
  const base = (account: Relationship) => `/api/v1/distributors/${account.distributorId}`;
  const get = (account: Relationship, path: string): Call => ({
    method: 'GET',
    path: `${base(account)}${path}`,
    token: account.token,
  });
  return [
    { routeClass: 'D own distributor', weight: 5, call: (r) => get(own(r), '') },
    { routeClass: 'D scorecard', weight: 5, call: (r) => get(own(r), '/scorecard') },
    {
      routeClass: 'D save draft',
      weight: 5,
      call: (r) => {
        const account = own(r);
        return {
          method: 'PUT',
          path: `${base(account)}/reports/${world.currentPeriod}/draft`,
          token: account.token,
          body: { draft: draft(r, world.currentPeriod) },
        };
      },
    },
    {
      routeClass: 'D read draft',
      weight: 5,
      call: (r) => get(own(r), `/reports/${world.currentPeriod}`),
    },
    {
      routeClass: 'D thread',
      weight: 5,
      call: (r) => {
        const account = own(r);
        return get(account, `/threads/${account.threadId}`);
      },
    },
    {
      routeClass: 'D post message',
      weight: 3,
      call: (r) => {
        const account = own(r);
        return {
          method: 'POST',
          path: `${base(account)}/threads/${account.threadId}/messages`,
          token: account.token,
          body: {
            body: 'Forecast attached next week; stock of BRK-120 is low after the promotion.',
          },
        };
      },
    },
  ];
}

/** The weighted mix of both sides, and a picker that draws the next request from it. */
export function trafficMix(world: World, random: Random) {
  const operations = [...principalOperations(world), ...distributorOperations(world)];
  const choices = operations.map((operation) => [operation, operation.weight] as const);
  const weights = Object.fromEntries(operations.map((o) => [o.routeClass, o.weight]));
  const next = () => {
    const operation = random.weighted(choices);
    return { routeClass: operation.routeClass, call: operation.call(random) };
  };
  return { weights, next };
}
