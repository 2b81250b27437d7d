// Every operation of the OpenAPI document, called as every kind of caller (issue #15): invalid
// credentials get 401 before anything else runs; another workspace's admin and another
// distributor's user get 404 or 403 for records that are not theirs; nobody gets a 5xx; and no
// answer holds an id or a name of a record its caller may not see. New routes join by themselves;
// one whose path parameter the world has no value for fails, naming the operation. A
// distributor's users also never see the principal's internal view of them (issue #16): a
// lifecycle stage, the principal's notes, the reasons of its lifecycle moves.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession } from '../src/accounts/sessions.service.ts';
import { demoDistributors, demoUsers } from '../src/seed/demo-data.ts';
import { makeUser } from './factories.ts';
import { credentialInPath, publicOperations, skipped } from './isolation-exceptions.ts';
import {
  type Answer,
  bearerCaller,
  type Caller,
  describeCall,
  fetchDocument,
  fillPath,
  isDestructive,
  type KnownValues,
  listOperations,
  type Operation,
  type RequestBody,
  send,
  sessionCaller,
  uuidPattern,
  uuidsIn,
} from './operations.ts';
import {
  buildForeignWorkspace,
  buildWorld,
  getJson,
  internalMarkers,
  type Scope,
  services,
  type World,
} from './operations-world.ts';
import * as records from './record-secrets.ts';
import { distributorSecretsOf, rowsOf, type Secrets, secretsOf } from './record-secrets.ts';

type Expectation = 'unauthenticated' | 'not-theirs' | 'any';
type Pair = {
  caller: Caller;
  scope: Scope;
  expect: (operation: Operation) => Expectation;
  secrets: Secrets;
};

/**
 * Known defects (issue #15): leaks the matrix found that need more than a small fix. Their calls
 * are left out of the main test and fail a test of their own below, so the matrix stays a
 * guard for everything else while the defect is open. Remove an entry once its test passes.
 */
const knownDefects: { title: string; matches: (problem: string) => boolean }[] = [];
const knownDefectOf = (problem: string) => knownDefects.find((defect) => defect.matches(problem));
/** Every problem the matrix found, kept for the known defects' own tests. */
const problems: string[] = [];

let world: World;
let operations: Operation[];
let pairs: Pair[];
/** What callers of the demo workspace must not see, for the check of the check. */
let secretsOfSiam: Secrets;
let secretsOfForeign: Secrets;
let secretsForSaigon: Secrets;
let foreignAdmin: Caller;

beforeAll(async () => {
  world = await buildWorld();
  operations = listOperations(await fetchDocument(world.server.url));
  pairs = await buildPairs(world);
}, 240_000);
afterAll(() => world?.server.close());

/** What each kind of caller must not see: ids and names of records that are not theirs. */
async function secretsFor(world: World, foreignWorkspaceId: string) {
  const { server, workspaceId, distributors } = world;
  const homeRows = await rowsOf(server, workspaceId);
  const foreignRows = await rowsOf(server, foreignWorkspaceId);
  const ofForeign = secretsOf(foreignRows, homeRows);
  const plus = (a: Secrets, b: Secrets): Secrets => ({
    ids: new Set([...a.ids, ...b.ids]),
    names: new Set([...a.names, ...b.names]),
  });
  const ofSiam = distributorSecretsOf(homeRows, distributors.siam, distributors.saigon);
  const ofSaigon = distributorSecretsOf(homeRows, distributors.saigon, distributors.siam);
  return {
    ofForeign,
    ofSiam,
    ofHome: secretsOf(homeRows, foreignRows),
    forSaigon: { ...plus(ofForeign, ofSiam), internal: records.principalInternalOf(homeRows) },
    forSiam: { ...plus(ofForeign, ofSaigon), internal: records.principalInternalOf(homeRows) },
  };
}

async function buildPairs(world: World): Promise<Pair[]> {
  const foreign = await buildForeignWorkspace(world.server);
  const secrets = await secretsFor(world, foreign.workspace.id);
  secretsOfSiam = secrets.ofSiam;
  secretsOfForeign = secrets.ofForeign;
  secretsForSaigon = secrets.forSaigon;
  foreignAdmin = bearerCaller("another workspace's principal_admin", foreign.admin.token);
  const { vietnam, saigonMember, thailand, viewer, manager } = await memberCallers(world);
  const any = () => 'any' as const;
  const unlessPublic = (operation: Operation) =>
    publicOperations.has(operation.operationId) ? 'any' : 'unauthenticated';
  const notTheirs = (names: (operation: Operation) => boolean) => (operation: Operation) =>
    names(operation) && !publicOperations.has(operation.operationId) ? 'not-theirs' : 'any';
  return [
    ...(await refusedCallers(world)).map(
      (caller): Pair => ({
        caller,
        scope: 'saigon',
        expect: unlessPublic,
        secrets: secrets.ofForeign,
      }),
    ),
    {
      caller: foreignAdmin,
      scope: 'saigon',
      expect: notTheirs(namesARecord),
      secrets: secrets.ofHome,
    },
    ...[vietnam, saigonMember].map(
      (caller): Pair => ({
        caller: withOtherDistributorsIds(caller),
        scope: 'siam',
        expect: notTheirs(namesADistributorRecord),
        secrets: secrets.forSaigon,
      }),
    ),
    {
      caller: withOtherDistributorsIds(thailand),
      scope: 'saigon',
      expect: notTheirs(namesADistributorRecord),
      secrets: secrets.forSiam,
    },
    { caller: vietnam, scope: 'saigon', expect: any, secrets: secrets.forSaigon },
    { caller: saigonMember, scope: 'saigon', expect: any, secrets: secrets.forSaigon },
    { caller: thailand, scope: 'siam', expect: any, secrets: secrets.forSiam },
    { caller: viewer, scope: 'saigon', expect: any, secrets: secrets.ofForeign },
    { caller: manager, scope: 'saigon', expect: any, secrets: secrets.ofForeign },
    { caller: world.admin, scope: 'saigon', expect: any, secrets: secrets.ofForeign },
  ];
}

/** The same caller, sent with the other distributor's ids: refused wherever a path names one. */
const withOtherDistributorsIds = (caller: Caller): Caller => ({
  name: `${caller.name} with the other distributor's ids`,
  headers: caller.headers,
});

/** The demo's people on sessions, and the roles it has nobody in on API tokens. */
async function memberCallers(world: World) {
  const viewer = await makeUser(world.home, 'principal_viewer', { name: 'Hannah Vogel' });
  const saigonMember = await makeUser(world.home, 'distributor_member', {
    distributorId: world.distributors.saigon,
    name: 'Trần Văn Minh',
  });
  const signedIn = async (name: string, email: string) =>
    sessionCaller(name, await world.session(email));
  return {
    vietnam: await signedIn('distributor_admin of Saigon', demoUsers.vietnam.email),
    thailand: await signedIn('distributor_admin of Siam', demoUsers.thailand.email),
    manager: await signedIn('principal_manager', demoUsers.manager.email),
    saigonMember: bearerCaller('distributor_member of Saigon', saigonMember.token),
    viewer: bearerCaller('principal_viewer', viewer.token),
  };
}

/** Anonymous, a made-up token, a revoked token, an expired session and a signed-out one. */
async function refusedCallers(world: World): Promise<Caller[]> {
  const { server, workspaceId, users } = world;
  const holder = await makeUser(world.home, 'principal_manager', { name: 'Felix Hartmann' });
  const holderCaller = bearerCaller('token holder', holder.token);
  const created = await getJson(server, holderCaller, '/api/v1/tokens', { name: 'to revoke' });
  const revoke = await send(server.url, holderCaller, 'DELETE', `/api/v1/tokens/${created.id}`);
  expect(revoke.status).toBe(200);
  const adminId = users.get(demoUsers.admin.email) ?? '';
  const longAgo = { now: () => new Date(Date.now() - 400 * 86_400_000) };
  const expired = await openSession(
    { ...services(server), clock: longAgo },
    adminId,
    workspaceId,
    {},
  );
  const signedOut = await world.session(demoUsers.admin.email);
  const signOut = await send(
    server.url,
    sessionCaller('x', signedOut),
    'POST',
    '/api/v1/auth/logout',
  );
  expect(signOut.status).toBe(204);
  return [
    { name: 'anonymous', headers: {} },
    bearerCaller('a made-up bearer token', `lsn_${'Z'.repeat(40)}`),
    bearerCaller('a revoked API token', String(created.token)),
    sessionCaller('an expired session', expired),
    sessionCaller('a signed-out session', signedOut),
  ];
}

/** A path parameter that names a record of the workspace (an id, a token, a feed's file). */
function namesARecord(operation: Operation) {
  return operation.pathParameters.some(
    (parameter) => parameter.schema.format === 'uuid' || ['token', 'file'].includes(parameter.name),
  );
}

/** A path parameter whose value differs between the two distributors. */
function namesADistributorRecord(operation: Operation) {
  return operation.pathParameters.some(
    (parameter) => world.values.saigon.get(parameter.key) !== world.values.siam.get(parameter.key),
  );
}

/** A body the operation's media type accepts, but empty: the matrix tests who, not what. */
function minimalBody(operation: Operation): RequestBody | undefined {
  const type = operation.bodyTypes[0];
  if (!type) return undefined;
  if (type === 'application/json') return { contentType: type, payload: '{}' };
  if (type === 'multipart/form-data') return { contentType: type, payload: new FormData() };
  if (type.startsWith('text/')) return { contentType: type, payload: 'name\n' };
  return { contentType: type, payload: new Uint8Array() };
}

/** The same call with every uuid in the path made up: a record that does not exist. */
function twinPath(path: string) {
  return path.replace(uuidPattern, () => randomUUID());
}

async function check(operation: Operation, pair: Pair, values: KnownValues): Promise<string[]> {
  const path = fillPath(operation, values);
  const body = minimalBody(operation);
  const answer = await send(world.server.url, pair.caller, operation.method, path, body);
  const where = describeCall(operation, pair.caller, path);
  const problems = shapeProblems(answer).map((problem) => `${where}: ${problem}`);
  const expectation = pair.expect(operation);
  if (expectation === 'unauthenticated' && answer.status !== 401) {
    problems.push(`${where}: answered ${answer.status}, expected 401`);
  }
  if (expectation === 'not-theirs' && ![403, 404].includes(answer.status)) {
    // A refusal for another reason (a 422 for the empty body) is no answer about the record if
    // a record that does not exist gets the very same one.
    const twin = await send(world.server.url, pair.caller, operation.method, twinPath(path), body);
    if (twin.status !== answer.status || answer.status < 400) {
      problems.push(
        `${where}: answered ${answer.status} for a record not theirs, ${twin.status} for none`,
      );
    }
  }
  if (!credentialInPath.has(operation.operationId)) {
    problems.push(...leaks(answer, pair.secrets, path).map((leak) => `${where}: shows ${leak}`));
  }
  return problems;
}

function shapeProblems(answer: Answer): string[] {
  if (answer.status >= 500) return [`answered ${answer.status}: ${answer.text.slice(0, 200)}`];
  if (answer.status >= 400 && !answer.contentType.startsWith('application/problem+json')) {
    return [`answered ${answer.status} as ${answer.contentType}, not problem+json`];
  }
  return [];
}

function leaks(answer: Answer, secrets: Secrets, path: string): string[] {
  const asked = uuidsIn(path);
  const ids = [...uuidsIn(answer.text)].filter((id) => secrets.ids.has(id) && !asked.has(id));
  const names = [...secrets.names].filter((name) => answer.text.includes(name));
  // Only a distributor's user has the principal's internal view to miss.
  const internal = secrets.internal
    ? records.principalInternalIn(answer.text, secrets.internal)
    : [];
  return [
    ...ids.map((id) => `foreign id ${id}`),
    ...names.map((name) => `foreign name ${name}`),
    ...internal.map((leak) => `the principal's internal ${leak}`),
  ];
}

describe('the isolation matrix', () => {
  it('knows a value for every path parameter of every operation, and skips only real ones', () => {
    const unfillable = operations.flatMap((operation) =>
      (['saigon', 'siam'] as const).flatMap((scope) => {
        try {
          fillPath(operation, world.values[scope]);
          return [];
        } catch (error) {
          return [`${scope}: ${(error as Error).message}`];
        }
      }),
    );
    expect(unfillable).toEqual([]);
    const ids = new Set(operations.map((operation) => operation.operationId));
    const listed = [...skipped.keys(), ...publicOperations.keys(), ...credentialInPath];
    const stale = listed.filter((id) => !ids.has(id));
    expect(stale, 'skip-listed or public operations that no longer exist').toEqual([]);
  });

  it('finds a foreign id and name where there is one: the check checks', async () => {
    const sizes = (secrets: Secrets) => `${secrets.ids.size} ids, ${secrets.names.size} names`;
    console.info(
      `secrets: Siam's ${sizes(secretsOfSiam)}; the other workspace's ${sizes(secretsOfForeign)}`,
    );
    const siam = `/api/v1/distributors/${world.distributors.siam}`;
    const seenByAdmin = await send(world.server.url, world.admin, 'GET', siam);
    expect(leaks(seenByAdmin, secretsOfSiam, '')).toContain(
      `foreign name ${demoDistributors[1]?.name}`,
    );
    const theirList = await send(world.server.url, foreignAdmin, 'GET', '/api/v1/distributors');
    expect(leaks(theirList, secretsOfForeign, '').length).toBeGreaterThan(1);
  });

  it("finds the principal's internal view where the principal sees it: the check checks", async () => {
    expect([...(secretsForSaigon.internal ?? [])]).toEqual(
      expect.arrayContaining([...internalMarkers]),
    );
    const saigon = `/api/v1/distributors/${world.distributors.saigon}`;
    for (const path of [saigon, `${saigon}/lifecycle`]) {
      const found = leaks(
        await send(world.server.url, world.admin, 'GET', path),
        secretsForSaigon,
        '',
      );
      expect(found.join('\n')).toMatch(/lifecycle stage \(\w+: at_risk\)/);
      expect(internalMarkers.filter((marker) => found.join('\n').includes(marker))).not.toEqual([]);
    }
  });

  it('refuses, hides and never fails: every operation as every caller', async () => {
    const called = operations.filter((operation) => !skipped.has(operation.operationId));
    const ordered = [
      ...called.filter((operation) => !isDestructive(operation)),
      ...called.filter(
        (operation) => isDestructive(operation) && operation.operationId !== 'signOut',
      ),
      ...called.filter((operation) => operation.operationId === 'signOut'),
    ];
    let calls = 0;
    for (const operation of ordered) {
      for (const pair of pairs) {
        // Another distributor's ids where the path names none is the caller's own call again.
        if (pair.caller.name.includes('other distributor') && !namesADistributorRecord(operation)) {
          continue;
        }
        problems.push(...(await check(operation, pair, world.values[pair.scope])));
        calls += 1;
      }
    }
    console.info(
      `isolation matrix: ${called.length} operations × ${pairs.length} callers, ${calls} calls`,
    );
    expect(problems.filter((problem) => !knownDefectOf(problem))).toEqual([]);
  }, 600_000);

  // One failing test per known defect, naming every call that shows it, until it is fixed.
  for (const defect of knownDefects) {
    it(`has no known defect left: ${defect.title}`, () => {
      expect(problems.filter((problem) => knownDefectOf(problem) === defect)).toEqual([]);
    });
  }
});
