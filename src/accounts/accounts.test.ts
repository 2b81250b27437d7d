import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDistributor, makeUser, makeWorkspace } from '../../test/factories.ts';
import { http } from '../../test/http.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';
import { makeContext, systemActor } from '../platform/tenancy.ts';
import { addMember } from './members.service.ts';

type Problem = { title: string; status: number; errors?: { pointer: string; detail: string }[] };
type Me = {
  user: { name: string };
  role: string;
  distributorId: string | null;
  workspaceId: string;
};

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

function cookieFrom(headers: Headers): string {
  const setCookie = headers.get('set-cookie') ?? '';
  return setCookie.split(';')[0] ?? '';
}

describe('signing in', () => {
  it('opens a session with an HttpOnly SameSite cookie and shows who is signed in', async () => {
    const workspace = await makeWorkspace(server);
    const admin = await makeUser(workspace, 'principal_admin', {
      password: 'correct horse battery',
      name: 'Katrin Weber',
    });
    const login = await http(server.url).post('/api/v1/auth/login', {
      email: admin.email.toUpperCase(),
      password: 'correct horse battery',
    });
    expect(login.status).toBe(204);
    const setCookie = login.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const cookie = cookieFrom(login.headers);
    const me = await http(server.url, { cookie }).get<Me>('/api/v1/me');
    expect(me.body).toMatchObject({ user: { name: 'Katrin Weber' }, role: 'principal_admin' });

    const logout = await http(server.url, { cookie }).post('/api/v1/auth/logout');
    expect(logout.status).toBe(204);
    expect((await http(server.url, { cookie }).get('/api/v1/me')).status).toBe(401);
  });

  it('answers a wrong password and an unknown e-mail the same way', async () => {
    const workspace = await makeWorkspace(server);
    const user = await makeUser(workspace, 'principal_viewer', {
      password: 'correct horse battery',
    });
    const wrong = await http(server.url).post<Problem>('/api/v1/auth/login', {
      email: user.email,
      password: 'wrong password',
    });
    const unknown = await http(server.url).post<Problem>('/api/v1/auth/login', {
      email: 'nobody@example.com',
      password: 'wrong password',
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.title).toBe('Wrong e-mail or password');
    expect(unknown.body.title).toBe(wrong.body.title);
  });

  it('asks for sign-in on every API route without credentials', async () => {
    const response = await http(server.url).get<Problem>('/api/v1/distributors');
    expect(response.status).toBe(401);
    expect(response.body.title).toBe('Sign in to continue');
    const badToken = await http(server.url, { authorization: 'Bearer lia_nope' }).get(
      '/api/v1/distributors',
    );
    expect(badToken.status).toBe(401);
  });
});

describe('API tokens', () => {
  it('shows the secret once, works as a bearer token, and stops working when revoked', async () => {
    const workspace = await makeWorkspace(server);
    const manager = await makeUser(workspace);
    const api = http(server.url).as(manager);
    const created = await api.post<{ id: string; token: string; tokenPrefix: string }>(
      '/api/v1/tokens',
      { name: 'HubSpot sync' },
    );
    expect(created.status).toBe(201);
    expect(created.body.token).toMatch(/^lia_/);
    const list = await api.get<{ name: string; tokenPrefix: string }[]>('/api/v1/tokens');
    expect(JSON.stringify(list.body)).not.toContain(created.body.token);
    expect(list.body.map((t) => t.name)).toContain('HubSpot sync');

    const integration = http(server.url, { authorization: `Bearer ${created.body.token}` });
    expect((await integration.get('/api/v1/distributors')).status).toBe(200);
    expect((await api.delete(`/api/v1/tokens/${created.body.id}`)).status).toBe(200);
    expect((await integration.get('/api/v1/distributors')).status).toBe(401);
  });
});

describe('invitations', () => {
  it('invites a distributor’s staff by e-mail link; the link creates the account', async () => {
    const workspace = await makeWorkspace(server, 'Brenner Autoteile GmbH');
    const vietnam = await makeDistributor(workspace, { name: 'Saigon Motor Parts' });
    const admin = await makeUser(workspace, 'principal_admin', { name: 'Katrin Weber' });
    const api = http(server.url).as(admin);
    const invited = await api.post<{ id: string }>('/api/v1/invitations', {
      email: 'Huy.Le@SaigonMotor.example',
      role: 'distributor_member',
      distributorId: vietnam.id,
    });
    expect(invited.status).toBe(201);

    const outbox =
      await api.get<{ toAddress: string; subject: string; bodyText: string }[]>('/api/v1/outbox');
    const mail = outbox.body.find((m) => m.toAddress === 'huy.le@saigonmotor.example');
    expect(mail?.subject).toBe('Katrin Weber invited you to Brenner Autoteile GmbH on Liaison');
    const token = mail?.bodyText.match(/\/invitations\/([\w-]+)/)?.[1] ?? '';
    expect(token).not.toBe('');

    const preview = await http(server.url).get(`/api/v1/invitations/by-token/${token}`);
    expect(preview.body).toMatchObject({
      workspaceName: 'Brenner Autoteile GmbH',
      distributorName: 'Saigon Motor Parts',
      role: 'distributor_member',
      hasAccount: false,
    });
    const short = await http(server.url).post<Problem>('/api/v1/invitations/accept', {
      token,
      name: 'Lê Quốc Huy',
      password: 'short',
    });
    expect(short.status).toBe(422);
    expect(short.body.errors).toEqual([
      { pointer: '#/password', detail: 'Use at least 10 characters.' },
    ]);
    // Length alone does not make a password (NIST SP 800-63B): ten spaces are not ten
    // characters, and a leaked or patterned one is refused, whatever its length.
    const refusedFor = async (password: string) =>
      (
        await http(server.url).post<Problem>('/api/v1/invitations/accept', {
          token,
          name: 'Lê Quốc Huy',
          password,
        })
      ).body.errors?.map((error) => error.detail);
    expect(await refusedFor(' '.repeat(10))).toEqual(['Use at least 10 characters.']);
    for (const guessable of ['1234567890', 'password123', 'qwertyuiop', 'iloveyou12']) {
      expect(await refusedFor(guessable), guessable).toEqual([
        expect.stringMatching(/^This password is too easy to guess/),
      ]);
    }
    const accepted = await http(server.url).post('/api/v1/invitations/accept', {
      token,
      name: 'Lê Quốc Huy',
      password: 'a long enough password',
    });
    expect(accepted.status).toBe(204);
    const me = await http(server.url, { cookie: cookieFrom(accepted.headers) }).get<Me>(
      '/api/v1/me',
    );
    expect(me.body).toMatchObject({
      user: { name: 'Lê Quốc Huy' },
      role: 'distributor_member',
      distributorId: vietnam.id,
    });
    const again = await http(server.url).post<Problem>('/api/v1/invitations/accept', {
      token,
      name: 'Lê Quốc Huy',
      password: 'a long enough password',
    });
    expect(again.status).toBe(410);
  });

  it('lets a manager invite distributor staff only, and requires the distributor', async () => {
    const workspace = await makeWorkspace(server);
    const manager = await makeUser(workspace, 'principal_manager');
    const api = http(server.url).as(manager);
    const asAdmin = await api.post('/api/v1/invitations', {
      email: 'new.admin@brenner.example',
      role: 'principal_admin',
    });
    expect(asAdmin.status).toBe(403);
    const noDistributor = await api.post<Problem>('/api/v1/invitations', {
      email: 'rep@saigonmotor.example',
      role: 'distributor_member',
    });
    expect(noDistributor.status).toBe(422);
    expect(noDistributor.body.errors?.[0]).toEqual({
      pointer: '#/distributorId',
      detail: 'Choose the distributor this person works for.',
    });
    const badEmail = await api.post<Problem>('/api/v1/invitations', {
      email: 'not-an-email',
      role: 'distributor_member',
    });
    expect(badEmail.body.errors?.[0]?.pointer).toBe('#/email');
  });

  it('refuses a distributor of another workspace as if it did not exist', async () => {
    const ours = await makeWorkspace(server);
    const theirs = await makeWorkspace(server, 'Other Principal AG');
    const foreign = await makeDistributor(theirs);
    const admin = await makeUser(ours, 'principal_admin');
    const response = await http(server.url).as(admin).post('/api/v1/invitations', {
      email: 'someone@example.com',
      role: 'distributor_admin',
      distributorId: foreign.id,
    });
    expect(response.status).toBe(404);
  });
});

describe('workspaces', () => {
  it('switches a person who belongs to two workspaces, and refuses a third', async () => {
    const first = await makeWorkspace(server, 'Brenner Autoteile GmbH');
    const second = await makeWorkspace(server, 'Brenner Asia Pte. Ltd.');
    const stranger = await makeWorkspace(server, 'Someone Else GmbH');
    const user = await makeUser(first, 'principal_admin', { password: 'correct horse battery' });
    const context = makeContext(
      {
        db: server.database.db,
        config: server.config,
        mailer: server.mailer,
        clock: server.clock,
      },
      systemActor(second.id, 'Test'),
    );
    await addMember(context, { userId: user.id, role: 'principal_viewer', distributorId: null });
    const login = await http(server.url).post('/api/v1/auth/login', {
      email: user.email,
      password: 'correct horse battery',
    });
    const api = http(server.url, { cookie: cookieFrom(login.headers) });
    const before = await api.get<Me & { workspaces: unknown[] }>('/api/v1/me');
    expect(before.body.workspaces).toHaveLength(2);
    const target = before.body.workspaceId === first.id ? second : first;
    expect((await api.put('/api/v1/me/workspace', { workspaceId: target.id })).status).toBe(204);
    expect((await api.get<Me>('/api/v1/me')).body.workspaceId).toBe(target.id);
    expect((await api.put('/api/v1/me/workspace', { workspaceId: stranger.id })).status).toBe(404);
  });

  it('keeps admin pages from distributor users and viewers', async () => {
    const workspace = await makeWorkspace(server);
    const vietnam = await makeDistributor(workspace);
    const distributorUser = await makeUser(workspace, 'distributor_admin', {
      distributorId: vietnam.id,
    });
    const viewer = await makeUser(workspace, 'principal_viewer');
    for (const user of [distributorUser, viewer]) {
      const api = http(server.url).as(user);
      expect((await api.get('/api/v1/audit-log')).status).toBe(403);
      expect((await api.get('/api/v1/outbox')).status).toBe(403);
      expect((await api.get('/api/v1/members')).status).toBe(403);
    }
  });
});
