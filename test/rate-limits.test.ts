// API rate limits, set low here: each token and each signed-in person has a budget a minute of
// its own, anonymous callers one per address, and past it the answer is 429 with Retry-After.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../src/accounts/api-tokens.service.ts';
import { makeContext } from '../src/platform/tenancy.ts';
import { actorOf, makeUser, makeWorkspace } from './factories.ts';
import { http } from './http.ts';
import { startTestServer, type TestServer } from './server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({
    config: { rateLimit: { perMinute: 5, anonymousPerMinute: 3 } },
  });
});
afterAll(() => server.close());

type Problem = { type: string; status: number };

describe('API rate limits', () => {
  it('gives each token its own budget, and answers 429 with Retry-After past it', async () => {
    const workspace = await makeWorkspace(server);
    const user = await makeUser(workspace, 'principal_manager', { name: 'Trần Thị Hoa' });
    const api = http(server.url).as(user);
    for (let call = 0; call < 5; call += 1) {
      expect((await api.get('/api/v1/me')).status).toBe(200);
    }
    const refused = await api.get<Problem>('/api/v1/me');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.body.type).toBe('/problems/rate-limited');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.headers.get('x-request-id')).toBeTruthy();

    // Another token of the same person, and another person, are not held back.
    const services = {
      db: server.database.db,
      config: server.config,
      mailer: server.mailer,
      clock: server.clock,
    };
    const second = await createApiToken(makeContext(services, actorOf(user)), 'ERP sync');
    const other = http(server.url).withHeaders({ authorization: `Bearer ${second.token}` });
    expect((await other.get('/api/v1/me')).status).toBe(200);
    const colleague = await makeUser(workspace, 'principal_viewer');
    expect((await http(server.url).as(colleague).get('/api/v1/me')).status).toBe(200);
  });

  it('counts anonymous calls per address', async () => {
    const anonymous = http(server.url);
    const statuses: number[] = [];
    for (let call = 0; call < 4; call += 1) {
      statuses.push((await anonymous.get('/api/v1/invitations/by-token/not-a-real-token')).status);
    }
    expect(statuses).toEqual([410, 410, 410, 429]);
    // The web app's pages and the health check are not the API and are never held back.
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
  });
});
