// Sessions, tokens and invitations expire by the server's clock, not the machine's: a pinned
// clock moves time forward without backdating rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDistributor, makeUser, makeWorkspace } from '../../test/factories.ts';
import { pinnedClock } from '../../test/fakes/clock.ts';
import { http } from '../../test/http.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';

const clock = pinnedClock(new Date());
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ clock });
});
afterAll(() => server.close());

describe('expiry by the server’s clock', () => {
  it('signs a person out once the session is older than SESSION_DAYS, however busy', async () => {
    const workspace = await makeWorkspace(server);
    const admin = await makeUser(workspace, 'principal_admin', {
      password: 'correct horse battery',
    });
    const login = await http(server.url).post('/api/v1/auth/login', {
      email: admin.email,
      password: 'correct horse battery',
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const api = http(server.url, { cookie });
    // Used every few hours, so the idle timeout never ends it: only its absolute end does.
    const end = server.clock.now().getTime() + server.config.sessionDays * 86_400_000;
    while (clock.now().getTime() < end - 6 * 3_600_000) {
      clock.advance({ hours: 6 });
      expect((await api.get('/api/v1/me')).status).toBe(200);
    }
    clock.set(new Date(end - 60_000));
    expect((await api.get('/api/v1/me')).status).toBe(200);
    clock.advance({ minutes: 2 });
    expect((await api.get('/api/v1/me')).status).toBe(401);
  });

  it('lets an invitation link work for seven days, then refuses it', async () => {
    const workspace = await makeWorkspace(server);
    const distributor = await makeDistributor(workspace);
    const admin = await makeUser(workspace, 'principal_admin');
    const api = http(server.url).as(admin);
    await api.post('/api/v1/invitations', {
      email: 'linh.tran@saigonmotor.example',
      role: 'distributor_member',
      distributorId: distributor.id,
    });
    const outbox = await api.get<{ toAddress: string; bodyText: string }[]>('/api/v1/outbox');
    const mail = outbox.body.find((m) => m.toAddress === 'linh.tran@saigonmotor.example');
    const token = mail?.bodyText.match(/\/invitations\/([\w-]+)/)?.[1] ?? '';
    clock.advance({ days: 7, minutes: -1 });
    expect((await http(server.url).get(`/api/v1/invitations/by-token/${token}`)).status).toBe(200);
    clock.advance({ minutes: 2 });
    const expired = await http(server.url).get<{ type: string }>(
      `/api/v1/invitations/by-token/${token}`,
    );
    expect(expired.body.type).toBe('/problems/invitation-invalid');
  });

  it('stamps a token’s last use at most once a minute, at the server’s time', async () => {
    const workspace = await makeWorkspace(server);
    const admin = await makeUser(workspace, 'principal_admin');
    const api = http(server.url).as(admin);
    await api.get('/api/v1/me');
    const first = clock.now();
    type Token = { lastUsedAt: string | null };
    const used = await api.get<Token[]>('/api/v1/tokens');
    expect(used.body[0]?.lastUsedAt).toBe(first.toISOString());
    clock.advance({ seconds: 30 });
    const soon = await api.get<Token[]>('/api/v1/tokens');
    expect(soon.body[0]?.lastUsedAt).toBe(first.toISOString());
    clock.advance({ seconds: 31 });
    await api.get('/api/v1/me');
    const later = await api.get<Token[]>('/api/v1/tokens');
    expect(later.body[0]?.lastUsedAt).toBe(clock.now().toISOString());
  });
});
