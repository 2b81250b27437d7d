// A read starts from the actor remembered from the caller's last request (actor-cache.ts), and the
// sign-in behind it is still checked against the database on every request: a token revoked or a
// member changed by another process (the CLI, a second server) fails the very next request.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, makeWorkspace } from '../../test/factories.ts';
import { http } from '../../test/http.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';
import { apiToken, membership } from '../db/schema.ts';

type Me = { user: { name: string }; role: string };

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** What another process does: a write straight to the database, which this server never sees. */
function elsewhere() {
  return server.database.db;
}

describe('a remembered sign-in', () => {
  it('fails the next read, with or without a tenant transaction, once its token is revoked elsewhere', async () => {
    const workspace = await makeWorkspace(server);
    const manager = await makeUser(workspace, 'principal_manager', { name: 'Trần Văn Đức' });
    const api = http(server.url).as(manager);
    // Two reads: the first looks the token up and remembers it, the second starts from memory.
    expect((await api.get('/api/v1/distributors')).status).toBe(200);
    expect((await api.get<Me>('/api/v1/me')).body.user.name).toBe('Trần Văn Đức');

    await elsewhere()
      .update(apiToken)
      .set({ revokedAt: new Date() })
      .where(eq(apiToken.userId, manager.id));

    const list = await api.get<{ title: string; status: number }>('/api/v1/distributors');
    expect(list.status).toBe(401);
    expect(list.headers.get('content-type')).toMatch(/application\/problem\+json/);
    // /me reads as the owner and opens no tenant transaction: it is checked before it answers.
    expect((await api.get('/api/v1/me')).status).toBe(401);
  });

  it('fails a read that opens no tenant transaction as soon as the member is deactivated elsewhere', async () => {
    const workspace = await makeWorkspace(server);
    const viewer = await makeUser(workspace, 'principal_viewer', { name: 'สมชาย ใจดี' });
    const api = http(server.url).as(viewer);
    expect((await api.get<Me>('/api/v1/me')).status).toBe(200);
    expect((await api.get<Me>('/api/v1/me')).status).toBe(200);

    await elsewhere()
      .update(membership)
      .set({ deactivatedAt: new Date() })
      .where(and(eq(membership.userId, viewer.id), eq(membership.workspaceId, workspace.id)));

    expect((await api.get('/api/v1/me')).status).toBe(401);
    expect((await api.get('/api/v1/distributors')).status).toBe(401);
  });

  it('never reads with a role the member no longer has', async () => {
    const workspace = await makeWorkspace(server);
    const member = await makeUser(workspace, 'principal_manager', { name: '王芳' });
    const api = http(server.url).as(member);
    expect((await api.get<Me>('/api/v1/me')).body.role).toBe('principal_manager');
    expect((await api.get('/api/v1/distributors')).status).toBe(200);

    // Made a viewer by another process: the remembered manager fails its check once, and the
    // next request looks the member up again.
    await elsewhere()
      .update(membership)
      .set({ role: 'principal_viewer' })
      .where(and(eq(membership.userId, member.id), eq(membership.workspaceId, workspace.id)));
    expect((await api.get('/api/v1/distributors')).status).toBe(401);
    expect((await api.get<Me>('/api/v1/me')).body.role).toBe('principal_viewer');

    // Made a manager again through Liaison itself: the server forgets what it remembered, and the
    // very next read has the new role with no 401 in between.
    const admin = await makeUser(workspace, 'principal_admin');
    const changed = await http(server.url)
      .as(admin)
      .patch(`/api/v1/members/${member.id}`, { role: 'principal_manager' });
    expect(changed.status).toBe(200);
    expect((await api.get<Me>('/api/v1/me')).body.role).toBe('principal_manager');
  });
});
