import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeDistributor,
  makeDistributorUser,
  makeUser,
  makeWorkspace,
} from '../../test/factories.ts';
import { http } from '../../test/http.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';

type Saved = { id: string; name: string; query: string; page: string };
type Problem = { status: number; errors?: { pointer: string; detail: string }[] };

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('saved filters', () => {
  it('saves, lists, renames and deletes a person’s own filters, audited', async () => {
    const workspace = await makeWorkspace(server);
    const mai = await makeUser(workspace, 'principal_viewer', { name: 'Trần Thị Mai' });
    const tomasz = await makeUser(workspace, 'principal_manager', { name: 'Tomasz Wiśniewski' });
    const api = http(server.url).as(mai);

    const created = await api.post<Saved>('/api/v1/saved-filters', {
      page: 'directory',
      name: 'Việt Nam – của tôi',
      query: '?country=VN&owner=me&page=3&sort=updatedAt',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'Việt Nam – của tôi',
      query: 'country=VN&owner=me&sort=updatedAt',
    });
    const clash = await api.post<Problem>('/api/v1/saved-filters', {
      page: 'directory',
      name: 'VIỆT NAM – CỦA TÔI',
      query: '',
    });
    expect(clash.status).toBe(422);
    expect(clash.body.errors?.[0]?.pointer).toBe('#/name');

    // Another person neither sees nor touches it.
    const other = http(server.url).as(tomasz);
    expect((await other.get<Saved[]>('/api/v1/saved-filters?page=directory')).body).toEqual([]);
    expect((await other.delete(`/api/v1/saved-filters/${created.body.id}`)).status).toBe(404);

    const renamed = await api.patch<Saved>(`/api/v1/saved-filters/${created.body.id}`, {
      name: 'Miền Nam',
    });
    expect(renamed.body.name).toBe('Miền Nam');
    expect(
      (await api.get<Saved[]>('/api/v1/saved-filters?page=directory')).body.map((f) => f.name),
    ).toEqual(['Miền Nam']);
    expect((await api.delete(`/api/v1/saved-filters/${created.body.id}`)).status).toBe(204);
    expect((await api.get<Saved[]>('/api/v1/saved-filters?page=directory')).body).toEqual([]);

    const audit = await http(server.url)
      .as(await makeUser(workspace, 'principal_admin'))
      .get<{ items: { action: string }[] }>('/api/v1/audit-log?entityType=saved_filter');
    expect(audit.body.items.map((entry) => entry.action).sort()).toEqual([
      'saved_filter.created',
      'saved_filter.deleted',
      'saved_filter.renamed',
    ]);
  });

  it('has none for a distributor’s users', async () => {
    const workspace = await makeWorkspace(server);
    const lan = await makeDistributorUser(workspace, (await makeDistributor(workspace)).id);
    const api = http(server.url).as(lan);
    expect((await api.get('/api/v1/saved-filters?page=directory')).status).toBe(403);
    expect(
      (await api.post('/api/v1/saved-filters', { page: 'directory', name: 'Của tôi', query: '' }))
        .status,
    ).toBe(403);
  });
});
