// Input a careless client or an attacker sends: each gets a clear 4xx as problem+json with the
// request's id, never a 500, and changes nothing (issue #15, "56 responses with status 500").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Config, loadConfig } from '../src/config.ts';
import {
  makeContact,
  makeDistributor,
  makeDistributorUser,
  makeProductLine,
  makeUser,
  makeWorkspace,
} from './factories.ts';
import { http } from './http.ts';
import { startTestServer, type TestServer } from './server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

type Problem = { status: number; code?: string; errors?: { pointer: string }[] };

/** A raw request, as a client that does not use our test client's checks would send it. */
async function send(
  path: string,
  init: { method?: string; token: string; body?: string; contentType?: string },
) {
  const response = await fetch(`${server.url}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      authorization: `Bearer ${init.token}`,
      ...(init.body !== undefined
        ? { 'content-type': init.contentType ?? 'application/json' }
        : {}),
    },
    body: init.body,
  });
  const text = await response.text();
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    requestId: response.headers.get('x-request-id'),
    body: (text ? JSON.parse(text) : null) as Problem | null,
  };
}

function expectProblem(response: Awaited<ReturnType<typeof send>>, status: number) {
  expect(response.status).toBe(status);
  expect(response.contentType).toMatch(/^application\/problem\+json/);
  expect(response.requestId).toBeTruthy();
}

async function setting() {
  const workspace = await makeWorkspace(server);
  const admin = await makeUser(workspace, 'principal_admin', { name: 'Katrin Weber' });
  const distributor = await makeDistributor(workspace, { name: 'Phụ Tùng Sài Gòn' });
  const contact = await makeContact(workspace, distributor.id, { name: 'Nguyễn Thị Lan' });
  const seller = await makeDistributorUser(workspace, distributor.id);
  return { workspace, admin, distributor, contact, seller };
}

describe('hostile input', () => {
  it('refuses a NUL character in a search or a body with 422, naming the field', async () => {
    const { admin, distributor } = await setting();
    const search = await send('/api/v1/distributors?q=%00', { token: admin.token });
    expectProblem(search, 422);
    expect(search.body?.errors?.map((error) => error.pointer)).toEqual(['#querystring/q']);
    const patch = await send(`/api/v1/distributors/${distributor.id}`, {
      method: 'PATCH',
      token: admin.token,
      body: JSON.stringify({ city: 'Sài\u0000Gòn' }),
    });
    expectProblem(patch, 422);
    expect(patch.body?.errors?.map((error) => error.pointer)).toEqual(['#/city']);
    const after = await http(server.url)
      .as(admin)
      .get<{ city: string | null }>(`/api/v1/distributors/${distributor.id}`);
    expect(after.body.city).toBe(distributor.city ?? null);
  });

  it('refuses a lone surrogate in text kept as JSON with 422', async () => {
    const { admin, distributor, seller, workspace } = await setting();
    const line = await makeProductLine(workspace, { code: 'BRK-100' });
    const period = '2026-01';
    const submitted = await http(server.url)
      .as(seller)
      .post(`/api/v1/distributors/${distributor.id}/reports/${period}/submissions`, {
        content: {
          period,
          currency: 'EUR',
          sales: [{ productLine: line.code, units: 10, revenue: 240 }],
          inventory: [{ productLine: line.code, unitsOnHand: 30 }],
          pipeline: [],
          marketIntelligence: [],
          competitiveActivity: [],
          customerSatisfaction: { complaints: 0, returns: 0, score: 8 },
        },
      });
    expect(submitted.status).toBe(200);
    const review = await send(`/api/v1/distributors/${distributor.id}/reports/${period}/reviews`, {
      method: 'POST',
      token: admin.token,
      // A JSON escape of half a surrogate pair: valid JSON, not a valid Unicode string.
      body: '{"action":"comment","comment":"\\ud800x"}',
    });
    expectProblem(review, 422);
    expect(review.body?.errors?.map((error) => error.pointer)).toEqual(['#/comment']);
  });

  it('refuses a month or a day in year 0 with 422', async () => {
    const { admin, distributor } = await setting();
    for (const path of [
      `/api/v1/distributors/${distributor.id}/reports/0000-01`,
      `/api/v1/distributors/${distributor.id}/reports/0000-01/template?format=csv`,
      '/api/v1/early-warnings?asOf=0000-01-01',
    ]) {
      expectProblem(await send(path, { token: admin.token }), 422);
    }
  });

  it('refuses an empty or a null body on a PATCH with 422, and changes nothing', async () => {
    const { admin, distributor, contact } = await setting();
    const me = await send('/api/v1/me', { method: 'PATCH', token: admin.token, body: '{}' });
    expectProblem(me, 422);
    const contactPath = `/api/v1/distributors/${distributor.id}/contacts/${contact.id}`;
    for (const body of ['null', '{}']) {
      expectProblem(await send(contactPath, { method: 'PATCH', token: admin.token, body }), 422);
    }
    const contacts = await http(server.url)
      .as(admin)
      .get<{ id: string; name: string }[]>(`/api/v1/distributors/${distributor.id}/contacts`);
    expect(contacts.body.find((entry) => entry.id === contact.id)?.name).toBe('Nguyễn Thị Lan');
  });

  it('refuses a malformed CSV in the targets import with 422, naming the problem', async () => {
    const { admin } = await setting();
    const response = await send('/api/v1/targets/import?filename=m%E1%BB%A5c-ti%C3%AAu.csv', {
      method: 'POST',
      token: admin.token,
      body: 'a,"b\n',
      contentType: 'text/csv',
    });
    expectProblem(response, 422);
  });
});

describe('errors raised before a route runs', () => {
  it('answers a malformed or an over-long path with problem+json, its request id and the security headers', async () => {
    const { admin } = await setting();
    for (const path of ['/api/v1/distributors/%zz', `/api/v1/distributors/${'a'.repeat(5000)}`]) {
      const response = await fetch(`${server.url}${path}`, {
        headers: { authorization: `Bearer ${admin.token}` },
      });
      expect(response.status, path.slice(0, 40)).toBeLessThan(500);
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(response.headers.get('x-request-id')).toBeTruthy();
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      const problem = (await response.json()) as { status: number; requestId: string };
      expect(problem.requestId).toBe(response.headers.get('x-request-id'));
    }
  });
});

describe('requests from another origin', () => {
  async function signedIn() {
    const workspace = await makeWorkspace(server);
    const user = await makeUser(workspace, 'principal_admin', {
      password: 'correct horse battery',
    });
    const login = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' },
      body: JSON.stringify({ email: user.email, password: 'correct horse battery' }),
    });
    expect(login.status).toBe(204);
    return { user, cookie: (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '' };
  }
  const isSignedIn = async (cookie: string) =>
    (await fetch(`${server.url}/api/v1/me`, { headers: { cookie } })).status === 200;

  it('refuses a write on the session cookie from a page of another origin, and keeps the session', async () => {
    const { cookie } = await signedIn();
    const otherPort = new URL(server.url);
    otherPort.port = String(Number(otherPort.port) + 1);
    const crossOrigin: Record<string, string>[] = [
      { 'sec-fetch-site': 'same-site' },
      { 'sec-fetch-site': 'cross-site' },
      { origin: otherPort.origin },
    ];
    for (const headers of crossOrigin) {
      const response = await fetch(`${server.url}/api/v1/auth/logout`, {
        method: 'POST',
        headers: { cookie, ...headers },
      });
      expect(response.status, JSON.stringify(headers)).toBe(403);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    }
    expect(await isSignedIn(cookie)).toBe(true);
    // Signing in from another site's form is refused too (no session planted in the victim).
    const planted = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' },
      body: JSON.stringify({ email: 'someone@example.com', password: 'whatever it is' }),
    });
    expect(planted.status).toBe(403);
    // Liaison's own page signs out.
    const own = await fetch(`${server.url}/api/v1/auth/logout`, {
      method: 'POST',
      headers: { cookie, 'sec-fetch-site': 'same-origin', origin: new URL(server.url).origin },
    });
    expect(own.status).toBe(204);
    expect(await isSignedIn(cookie)).toBe(false);
  });

  it('lets a bearer token write from anywhere: a token is never sent by a browser on its own', async () => {
    const { admin } = await setting();
    const response = await fetch(`${server.url}/api/v1/distributors`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${admin.token}`,
        'content-type': 'application/json',
        'sec-fetch-site': 'cross-site',
      },
      body: JSON.stringify({
        name: 'Części Kraków',
        country: 'PL',
        timeZone: 'Europe/Warsaw',
        languages: ['pl'],
      }),
    });
    expect(response.status).toBe(201);
  });

  it('keeps API answers out of every cache and restricts browser features', async () => {
    const { admin } = await setting();
    const response = await fetch(`${server.url}/api/v1/distributors`, {
      headers: { authorization: `Bearer ${admin.token}` },
    });
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('permissions-policy')).toMatch(/camera=\(\)/);
    // Plain http here: no HSTS, which only a TLS connection may set.
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });
});

describe('the demo data', () => {
  it('is loaded by default only on the embedded database, never on a PostgreSQL server', () => {
    expect(loadConfig({}).loadDemoData).toBe(true);
    expect(loadConfig({ DATABASE_URL: 'postgres://db.example/liaison' }).loadDemoData).toBe(false);
    expect(
      loadConfig({ DATABASE_URL: 'postgres://db.example/liaison', LIAISON_DEMO: 'true' })
        .loadDemoData,
    ).toBe(true);
    expect(loadConfig({ LIAISON_DEMO: 'false' }).loadDemoData).toBe(false);
  });
});

describe('trusted proxies (TRUST_PROXY)', () => {
  it('reads the parsed setting: none, hops, addresses, and true as this host or a private network', () => {
    const trust = (value: string) => loadConfig({ TRUST_PROXY: value }).trustProxy;
    expect(trust('false')).toBe(false);
    expect(trust('1')).toBe(1);
    expect(trust('127.0.0.1, 10.0.0.0/8')).toEqual(['127.0.0.1', '10.0.0.0/8']);
    expect(trust('true')).toEqual(['loopback', 'linklocal', 'uniquelocal']);
    expect(() => trust('proxy.example.com')).toThrow(/TRUST_PROXY: must be false/);
  });

  it('believes X-Forwarded-Proto only from a trusted proxy: HSTS and a Secure cookie', async () => {
    const answersOver = async (trustProxy: Config['trustProxy']) => {
      const proxied = await startTestServer({ config: { trustProxy } });
      try {
        const workspace = await makeWorkspace(proxied);
        const user = await makeUser(workspace, 'principal_admin', {
          password: 'correct horse battery',
        });
        const login = await fetch(`${proxied.url}/api/v1/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
          body: JSON.stringify({ email: user.email, password: 'correct horse battery' }),
        });
        expect(login.status).toBe(204);
        return {
          hsts: login.headers.get('strict-transport-security'),
          secure: /;\s*Secure/i.test(login.headers.get('set-cookie') ?? ''),
        };
      } finally {
        await proxied.close();
      }
    };
    // The test connects from 127.0.0.1: a proxy there is believed, a client there is not.
    expect(await answersOver(['10.0.0.1'])).toEqual({ hsts: null, secure: false });
    expect(await answersOver(['127.0.0.1'])).toEqual({
      hsts: 'max-age=31536000; includeSubDomains',
      secure: true,
    });
  });
});

describe('Idempotency-Key', () => {
  it('answers a retried POST with the first answer and creates nothing twice', async () => {
    const { admin, distributor } = await setting();
    const path = `/api/v1/distributors/${distributor.id}/contacts`;
    const post = (key: string | undefined, name: string) =>
      fetch(`${server.url}${path}`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${admin.token}`,
          'content-type': 'application/json',
          ...(key ? { 'idempotency-key': key } : {}),
        },
        body: JSON.stringify({ name, role: 'sales_rep', email: 'wiktoria@czesci.example' }),
      });
    const first = await post('retry-7f3a', 'Wiktoria Żółkowska');
    expect(first.status).toBe(201);
    const created = (await first.json()) as { id: string };
    const retried = await post('retry-7f3a', 'Wiktoria Żółkowska');
    expect(retried.status).toBe(201);
    expect(retried.headers.get('idempotent-replayed')).toBe('true');
    expect(((await retried.json()) as { id: string }).id).toBe(created.id);
    // The same key with another body is the client's mistake, not a retry.
    const reused = await post('retry-7f3a', 'Zofia Wiśniewska');
    expect(reused.status).toBe(422);
    expect(reused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    // Without a key, a second POST is a second contact.
    expect((await post(undefined, 'Zofia Wiśniewska')).status).toBe(201);
    const contacts = await http(server.url).as(admin).get<{ name: string }[]>(path);
    expect(contacts.body.map((contact) => contact.name).sort()).toEqual(
      ['Nguyễn Thị Lan', 'Wiktoria Żółkowska', 'Zofia Wiśniewska'].sort(),
    );
  });

  it('keeps no answer of a refused request, so the corrected one may use the key', async () => {
    const { admin, distributor } = await setting();
    const post = (body: unknown) =>
      fetch(`${server.url}/api/v1/distributors/${distributor.id}/contacts`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${admin.token}`,
          'content-type': 'application/json',
          'idempotency-key': 'contact-2026-12-06',
        },
        body: JSON.stringify(body),
      });
    const refused = await post({
      name: 'Somchai Prasert',
      role: 'sales_rep',
      email: 'not an e-mail',
    });
    expect(refused.status).toBe(422);
    // A corrected body under the same key is treated as the first of its kind.
    const corrected = await post({
      name: 'Somchai Prasert',
      role: 'sales_rep',
      email: 'somchai@siam.example',
    });
    expect(corrected.status).toBe(201);
    expect(corrected.headers.get('idempotent-replayed')).toBeNull();
  });
});
