import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDistributor, makeUser, makeWorkspace } from '../../test/factories.ts';
import { http } from '../../test/http.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';

type Problem = { title: string; detail?: string; errors?: { pointer: string; detail: string }[] };
type Member = { userId: string; name: string; role: string; deactivatedAt: string | null };
type AuditPage = { items: { action: string; entityId: string; before: unknown; after: unknown }[] };

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function signIn(email: string, password: string) {
  const login = await http(server.url).post('/api/v1/auth/login', { email, password });
  return {
    status: login.status,
    cookie: (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '',
  };
}

describe('member management', () => {
  it('deactivates a member: sign-in refused, sessions and tokens end; reactivation restores', async () => {
    const workspace = await makeWorkspace(server);
    const admin = await makeUser(workspace, 'principal_admin', { name: 'Katrin Weber' });
    const jonas = await makeUser(workspace, 'principal_manager', {
      name: 'Jonas Becker',
      password: 'correct horse battery',
    });
    const session = await signIn(jonas.email, 'correct horse battery');
    expect(session.status).toBe(204);
    const asJonas = http(server.url, { cookie: session.cookie });
    expect((await asJonas.get('/api/v1/me')).status).toBe(200);

    const api = http(server.url).as(admin);
    const off = await api.patch<Member>(`/api/v1/members/${jonas.id}`, { active: false });
    expect(off.status).toBe(200);
    expect(off.body.deactivatedAt).not.toBeNull();
    expect((await asJonas.get('/api/v1/me')).status).toBe(401);
    expect((await http(server.url).as(jonas).get('/api/v1/me')).status).toBe(401);
    expect((await signIn(jonas.email, 'correct horse battery')).status).toBe(401);
    const listed = await api.get<Member[]>('/api/v1/members');
    expect(listed.body.find((m) => m.userId === jonas.id)?.deactivatedAt).not.toBeNull();

    const on = await api.patch<Member>(`/api/v1/members/${jonas.id}`, { active: true });
    expect(on.body.deactivatedAt).toBeNull();
    // The old session stays ended; a new sign-in works.
    expect((await asJonas.get('/api/v1/me')).status).toBe(401);
    expect((await signIn(jonas.email, 'correct horse battery')).status).toBe(204);

    const audit = await api.get<AuditPage>(`/api/v1/audit-log?entityType=membership&limit=10`);
    expect(audit.body.items.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(['membership.deactivated', 'membership.reactivated']),
    );
  });

  it('changes roles only within a side, and only as an admin', async () => {
    const workspace = await makeWorkspace(server);
    const vietnam = await makeDistributor(workspace, { name: 'Saigon Motor Parts' });
    const admin = await makeUser(workspace, 'principal_admin', { name: 'Katrin Weber' });
    const manager = await makeUser(workspace, 'principal_manager', { name: 'Jonas Becker' });
    const lan = await makeUser(workspace, 'distributor_member', {
      distributorId: vietnam.id,
      name: 'Nguyễn Thị Lan',
    });
    const api = http(server.url).as(admin);

    const promoted = await api.patch<Member>(`/api/v1/members/${lan.id}`, {
      role: 'distributor_admin',
    });
    expect(promoted.status).toBe(200);
    expect(promoted.body.role).toBe('distributor_admin');

    const crossed = await api.patch<Problem>(`/api/v1/members/${lan.id}`, {
      role: 'principal_viewer',
    });
    expect(crossed.status).toBe(422);
    expect(crossed.body.errors?.[0]?.pointer).toBe('#/role');
    const crossedBack = await api.patch<Problem>(`/api/v1/members/${manager.id}`, {
      role: 'distributor_member',
    });
    expect(crossedBack.status).toBe(422);

    const byManager = await http(server.url)
      .as(manager)
      .patch<Problem>(`/api/v1/members/${lan.id}`, { role: 'distributor_member' });
    expect(byManager.status).toBe(403);

    const audit = await api.get<AuditPage>('/api/v1/audit-log?action=membership.role_changed');
    expect(audit.body.items[0]?.before).toEqual({
      name: 'Nguyễn Thị Lan',
      role: 'distributor_member',
    });
    expect(audit.body.items[0]?.after).toEqual({
      name: 'Nguyễn Thị Lan',
      role: 'distributor_admin',
    });
  });

  it('never leaves the workspace without an active admin', async () => {
    const workspace = await makeWorkspace(server);
    const katrin = await makeUser(workspace, 'principal_admin', { name: 'Katrin Weber' });
    const piotr = await makeUser(workspace, 'principal_admin', { name: 'Piotr Wiśniewski' });
    const api = http(server.url).as(katrin);

    // Two admins: one may be demoted; then the other is the last one.
    expect(
      (await api.patch(`/api/v1/members/${piotr.id}`, { role: 'principal_manager' })).status,
    ).toBe(200);
    const demoteSelf = await api.patch<Problem>(`/api/v1/members/${katrin.id}`, {
      role: 'principal_viewer',
    });
    expect(demoteSelf.status).toBe(409);
    expect(demoteSelf.body.detail).toBe(
      'Katrin Weber is the last active admin. Make someone else an admin first.',
    );
    const deactivateSelf = await api.patch<Problem>(`/api/v1/members/${katrin.id}`, {
      active: false,
    });
    expect(deactivateSelf.status).toBe(409);
    expect((await api.get('/api/v1/me')).status).toBe(200);
  });

  it('answers 404 for a member of another workspace', async () => {
    const workspace = await makeWorkspace(server);
    const other = await makeWorkspace(server, 'Huang Auto Parts');
    const admin = await makeUser(workspace, 'principal_admin');
    const stranger = await makeUser(other, 'principal_manager', { name: 'Huang Wei' });
    const res = await http(server.url)
      .as(admin)
      .patch(`/api/v1/members/${stranger.id}`, { active: false });
    expect(res.status).toBe(404);
  });
});

describe('resending an invitation', () => {
  it('mails a new link; the old link stops working', async () => {
    const workspace = await makeWorkspace(server);
    const vietnam = await makeDistributor(workspace, { name: 'Saigon Motor Parts' });
    const admin = await makeUser(workspace, 'principal_admin', { name: 'Katrin Weber' });
    const api = http(server.url).as(admin);
    const invited = await api.post<{ id: string }>('/api/v1/invitations', {
      email: 'tran.van.minh@saigonmotor.example',
      role: 'distributor_member',
      distributorId: vietnam.id,
    });
    const tokens = async () => {
      const outbox = await api.get<{ toAddress: string; bodyText: string }[]>('/api/v1/outbox');
      return outbox.body
        .filter((mail) => mail.toAddress === 'tran.van.minh@saigonmotor.example')
        .map((mail) => mail.bodyText.match(/\/invitations\/([\w-]+)/)?.[1] ?? '');
    };
    const [first] = await tokens();
    const resent = await api.post(`/api/v1/members/invitations/${invited.body.id}/resend`);
    expect(resent.status).toBe(200);
    const all = await tokens();
    expect(all).toHaveLength(2);
    const second = all.find((token) => token !== first) ?? '';
    expect((await http(server.url).get(`/api/v1/invitations/by-token/${first}`)).status).toBe(410);
    expect((await http(server.url).get(`/api/v1/invitations/by-token/${second}`)).status).toBe(200);

    await api.delete(`/api/v1/invitations/${invited.body.id}`);
    const afterRevoke = await api.post(`/api/v1/members/invitations/${invited.body.id}/resend`);
    expect(afterRevoke.status).toBe(404);
    const audit = await api.get<AuditPage>('/api/v1/audit-log?entityType=invitation');
    expect(audit.body.items.map((entry) => entry.action)).toContain('invitation.resent');
  });
});
