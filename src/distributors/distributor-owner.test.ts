import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeDistributor,
  makeDistributorUser,
  makeUser,
  makeWorkspace,
} from '../../test/factories.ts';
import { http } from '../../test/http.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';

type Item = { id: string; name: string; ownerId: string | null; ownerName: string | null };
type Page = { items: Item[]; total: number };
type Bulk = { results: { id: string; name: string | null; ok: boolean; detail: string | null }[] };
type Problem = { status: number; errors?: { pointer: string; detail: string }[] };

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('account owners', () => {
  it('names a principal member as owner, lists "my distributors" and audits the change', async () => {
    const workspace = await makeWorkspace(server);
    const jonas = await makeUser(workspace, 'principal_manager', { name: 'Jonas Becker' });
    const katarzyna = await makeUser(workspace, 'principal_viewer', { name: 'Katarzyna Nowak' });
    const saigon = await makeDistributor(workspace, { name: 'Saigon Motor Parts' });
    await makeDistributor(workspace, { name: 'Siam Auto Components', country: 'TH' });
    const api = http(server.url).as(jonas);

    const set = await api.put<Item>(`/api/v1/distributors/${saigon.id}/owner`, {
      ownerId: jonas.id,
    });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ ownerId: jonas.id, ownerName: 'Jonas Becker' });

    const mine = await api.get<Page>('/api/v1/distributors?owner=me');
    expect(mine.body.items.map((item) => item.name)).toEqual(['Saigon Motor Parts']);
    const unowned = await api.get<Page>('/api/v1/distributors?owner=none');
    expect(unowned.body.items.map((item) => item.name)).toEqual(['Siam Auto Components']);
    // A viewer sees the owner and filters by it, but owns nothing yet.
    const viewer = http(server.url).as(katarzyna);
    expect((await viewer.get<Page>('/api/v1/distributors?owner=me')).body.items).toEqual([]);
    expect(
      (await viewer.get<Page>(`/api/v1/distributors?owner=${jonas.id}`)).body.items[0]?.ownerName,
    ).toBe('Jonas Becker');
    expect((await viewer.get<{ name: string }[]>('/api/v1/distributors/owners')).body).toEqual([
      expect.objectContaining({ name: 'Jonas Becker' }),
      expect.objectContaining({ name: 'Katarzyna Nowak' }),
    ]);
    // …and may not set owners.
    const refused = await viewer.put(`/api/v1/distributors/${saigon.id}/owner`, { ownerId: null });
    expect(refused.status).toBe(403);

    const audit = await http(server.url)
      .as(await makeUser(workspace, 'principal_admin'))
      .get<{ items: { action: string }[] }>(`/api/v1/audit-log?distributorId=${saigon.id}`);
    expect(audit.body.items.map((entry) => entry.action)).toContain('distributor.owner_changed');
  });

  it('refuses an owner who is not a principal member of the workspace', async () => {
    const workspace = await makeWorkspace(server);
    const other = await makeWorkspace(server);
    const manager = await makeUser(workspace);
    const saigon = await makeDistributor(workspace);
    const lan = await makeDistributorUser(workspace, saigon.id);
    const stranger = await makeUser(other, 'principal_manager', { name: 'Wang Fang' });
    const api = http(server.url).as(manager);
    for (const ownerId of [lan.id, stranger.id]) {
      const answer = await api.put<Problem>(`/api/v1/distributors/${saigon.id}/owner`, { ownerId });
      expect(answer.status).toBe(422);
      expect(answer.body.errors?.[0]).toMatchObject({
        pointer: '#/ownerId',
        detail: 'The owner must be a member of your company’s team in this workspace.',
      });
    }
    const bulk = await api.post<Problem>('/api/v1/distributors/bulk/owner', {
      ids: [saigon.id],
      ownerId: lan.id,
    });
    expect(bulk.status).toBe(422);
  });

  it('keeps the owner from a distributor’s users, who cannot set owners or use bulk actions', async () => {
    const workspace = await makeWorkspace(server);
    const manager = await makeUser(workspace);
    const saigon = await makeDistributor(workspace);
    const lan = await makeDistributorUser(workspace, saigon.id);
    await http(server.url)
      .as(manager)
      .put(`/api/v1/distributors/${saigon.id}/owner`, { ownerId: manager.id });
    const api = http(server.url).as(lan);

    expect((await api.get<Item>(`/api/v1/distributors/${saigon.id}`)).body).toMatchObject({
      ownerId: null,
      ownerName: null,
    });
    expect((await api.get<Page>('/api/v1/distributors')).body.items[0]?.ownerId).toBeNull();
    expect((await api.get('/api/v1/distributors?owner=me')).status).toBe(403);
    expect((await api.get('/api/v1/distributors/owners')).status).toBe(403);
    expect(
      (await api.put(`/api/v1/distributors/${saigon.id}/owner`, { ownerId: null })).status,
    ).toBe(403);
    expect(
      (await api.post('/api/v1/distributors/bulk/owner', { ids: [saigon.id], ownerId: null }))
        .status,
    ).toBe(403);
    expect(
      (
        await api.post('/api/v1/distributors/bulk/lifecycle', {
          ids: [saigon.id],
          stage: 'suspended',
          reason: 'Thử',
        })
      ).status,
    ).toBe(403);
    expect((await api.get(`/api/v1/distributors/export.csv?ids=${saigon.id}`)).status).toBe(403);
  });
});

describe('bulk actions', () => {
  it('changes the stage row by row, audits each and reports a refused move in words', async () => {
    const workspace = await makeWorkspace(server);
    const manager = await makeUser(workspace);
    const hanoi = await makeDistributor(workspace, {
      name: 'Hà Nội Phụ Tùng',
      lifecycleStage: 'active',
    });
    const bangkok = await makeDistributor(workspace, {
      name: 'บริษัท สยาม ออโต้',
      country: 'TH',
      lifecycleStage: 'at_risk',
    });
    const krakow = await makeDistributor(workspace, {
      name: 'Motoczęści Kraków',
      country: 'PL',
      lifecycleStage: 'prospect',
    });
    const outsider = await makeDistributor(await makeWorkspace(server));
    const api = http(server.url).as(manager);

    const answer = await api.post<Bulk>('/api/v1/distributors/bulk/lifecycle', {
      ids: [hanoi.id, bangkok.id, krakow.id, outsider.id],
      stage: 'suspended',
      reason: 'Credit hold until the overdue invoices are paid',
    });
    expect(answer.status).toBe(200);
    expect(answer.body.results).toEqual([
      { id: hanoi.id, name: 'Hà Nội Phụ Tùng', ok: true, detail: null },
      { id: bangkok.id, name: 'บริษัท สยาม ออโต้', ok: true, detail: null },
      {
        id: krakow.id,
        name: 'Motoczęści Kraków',
        ok: false,
        detail:
          'A distributor in stage “Prospect” cannot move to “Suspended”. Possible next stages: Onboarding, Terminated.',
      },
      { id: outsider.id, name: null, ok: false, detail: expect.any(String) },
    ]);
    // A bulk change says why: without a reason nothing is changed.
    const unexplained = await api.post<Problem>('/api/v1/distributors/bulk/lifecycle', {
      ids: [krakow.id],
      stage: 'onboarding',
    });
    expect(unexplained.status).toBe(422);
    expect(unexplained.body.errors?.[0]?.pointer).toBe('#/reason');
    const history = await api.get<{ reason: string | null; toStage: string }[]>(
      `/api/v1/distributors/${hanoi.id}/lifecycle`,
    );
    expect(history.body[0]).toMatchObject({
      toStage: 'suspended',
      reason: 'Credit hold until the overdue invoices are paid',
    });
    const page = await api.get<{ items: { name: string; lifecycleStage: string }[] }>(
      '/api/v1/distributors?stage=suspended',
    );
    expect(page.body.items.map((item) => item.name).sort()).toEqual(
      ['Hà Nội Phụ Tùng', 'บริษัท สยาม ออโต้'].sort(),
    );
  });

  it('gives several distributors one owner and exports only the selected rows', async () => {
    const workspace = await makeWorkspace(server);
    const manager = await makeUser(workspace, 'principal_manager', { name: 'Trần Thị Mai' });
    const one = await makeDistributor(workspace, { name: 'Hà Nội Phụ Tùng' });
    const two = await makeDistributor(workspace, { name: 'Đà Nẵng Auto' });
    await makeDistributor(workspace, { name: 'Huadong Auto Parts', country: 'CN' });
    const api = http(server.url).as(manager);

    const owners = await api.post<Bulk>('/api/v1/distributors/bulk/owner', {
      ids: [one.id, two.id],
      ownerId: manager.id,
    });
    expect(owners.body.results.map((row) => row.ok)).toEqual([true, true]);
    expect((await api.get<Page>('/api/v1/distributors?owner=me')).body.total).toBe(2);

    const csv = await api.get(`/api/v1/distributors/export.csv?ids=${one.id},${two.id}`);
    expect(csv.status).toBe(200);
    const lines = csv.text.trim().split(/\r?\n/);
    expect(lines).toHaveLength(3);
    expect(csv.text).toContain('Hà Nội Phụ Tùng');
    expect(csv.text).toContain('Đà Nẵng Auto');
    expect(csv.text).not.toContain('Huadong');
  });
});
