import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeContact,
  makeDistributor,
  makeDistributorUser,
  makeUser,
  makeWorkspace,
} from '../../test/factories.ts';
import { api, http } from '../../test/http.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';

type Page = { items: { name: string; country: string }[]; total: number };
type Problem = { type: string; status: number; errors?: { pointer: string; detail: string }[] };

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('distributor directory', () => {
  it('creates a distributor and shows it in the list with its contact count', async () => {
    const workspace = await makeWorkspace(server);
    const manager = await makeUser(workspace, 'principal_manager');
    const api = http(server.url).as(manager);
    const created = await api.post<{ id: string; lifecycleStage: string }>('/api/v1/distributors', {
      name: 'Siam Auto Components',
      country: 'TH',
      timeZone: 'Asia/Bangkok',
      languages: ['th', 'en'],
    });
    expect(created.status).toBe(201);
    expect(created.body.lifecycleStage).toBe('prospect');
    await makeContact(workspace, created.body.id, { name: 'Somchai Wongsakul' });

    const list = await api.get<{ items: { name: string; contactCount: number }[] }>(
      '/api/v1/distributors?q=siam',
    );
    expect(list.body.items).toEqual([
      expect.objectContaining({ name: 'Siam Auto Components', contactCount: 1 }),
    ]);
  });

  it('searches, filters by country and stage, sorts and pages on the server', async () => {
    const workspace = await makeWorkspace(server);
    const manager = await makeUser(workspace);
    for (const [name, country, stage] of [
      ['Andes Repuestos', 'CL', 'active'],
      ['Bogotá Autopartes', 'CO', 'active'],
      ['Cape Auto Distributors', 'ZA', 'prospect'],
      ['Andina Frenos', 'CO', 'at_risk'],
    ] as const) {
      await makeDistributor(workspace, { name, country, lifecycleStage: stage });
    }
    const api = http(server.url).as(manager);
    const byCountry = await api.get<Page>('/api/v1/distributors?country=CO&sort=name');
    expect(byCountry.body.items.map((d) => d.name)).toEqual(['Andina Frenos', 'Bogotá Autopartes']);
    const byStage = await api.get<Page>('/api/v1/distributors?stage=at_risk');
    expect(byStage.body.items.map((d) => d.name)).toEqual(['Andina Frenos']);
    const search = await api.get<Page>('/api/v1/distributors?q=and');
    expect(search.body.items.map((d) => d.name)).toEqual(['Andes Repuestos', 'Andina Frenos']);
    const page2 = await api.get<Page>(
      '/api/v1/distributors?sort=name&order=desc&pageSize=3&page=2',
    );
    expect(page2.body).toMatchObject({ total: 4, items: [{ name: 'Andes Repuestos' }] });
  });

  it('explains every invalid field at once and stores nothing', async () => {
    const workspace = await makeWorkspace(server);
    const manager = await makeUser(workspace);
    const api = http(server.url).as(manager);
    const response = await api.post<Problem>('/api/v1/distributors', {
      name: 'x'.repeat(201),
      country: 'Vietnam',
      timeZone: 'Asia/Hanoi',
      languages: ['xx'],
    });
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body.errors).toEqual([
      { pointer: '#/name', detail: 'Must be at most 200 characters.' },
      {
        pointer: '#/country',
        detail: '"Vietnam" is not an ISO 3166 country code (did you mean VN?).',
      },
      { pointer: '#/timeZone', detail: 'Unknown time zone "Asia/Hanoi".' },
      {
        pointer: '#/languages/0',
        detail: '"xx" is not a known language code (use a BCP 47 tag like vi or zh-Hans).',
      },
    ]);
    const list = await api.get<Page>('/api/v1/distributors?status=all');
    expect(list.body.total).toBe(0);
  });

  it('refuses a duplicate name, malformed JSON and a wrong content type', async () => {
    const workspace = await makeWorkspace(server);
    const manager = await makeUser(workspace);
    await makeDistributor(workspace, { name: 'Huadong Auto Parts Trading' });
    const api = http(server.url).as(manager);
    const duplicate = await api.post<Problem>('/api/v1/distributors', {
      name: 'huadong auto parts trading',
      country: 'CN',
      timeZone: 'Asia/Shanghai',
      languages: ['zh-Hans'],
    });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.errors?.[0]?.pointer).toBe('#/name');
    const malformed = await api.post<Problem>('/api/v1/distributors', '{"name":', {
      'content-type': 'application/json',
    });
    expect(malformed.status).toBe(400);
    const wrongType = await api.post<Problem>('/api/v1/distributors', 'name=x', {
      'content-type': 'text/plain',
    });
    expect(wrongType.status).toBe(415);
  });

  it('records the lifecycle history and refuses a jump the rules do not allow', async () => {
    const workspace = await makeWorkspace(server);
    const manager = await makeUser(workspace);
    const distributor = await makeDistributor(workspace, { lifecycleStage: 'active' });
    const api = http(server.url).as(manager);
    const jump = await api.post<Problem>(`/api/v1/distributors/${distributor.id}/lifecycle`, {
      stage: 'prospect',
    });
    expect(jump.status).toBe(422);
    const move = await api.post(`/api/v1/distributors/${distributor.id}/lifecycle`, {
      stage: 'at_risk',
      reason: 'No orders for three months',
    });
    expect(move.status).toBe(200);
    const history = await api.get<{ fromStage: string | null; toStage: string; reason: string }[]>(
      `/api/v1/distributors/${distributor.id}/lifecycle`,
    );
    expect(history.body.map((e) => [e.fromStage, e.toStage])).toEqual([
      ['active', 'at_risk'],
      [null, 'active'],
    ]);
    expect(history.body[0]?.reason).toBe('No orders for three months');
  });

  it('changes only the fields a patch names: a USD distributor stays in USD', async () => {
    const workspace = await makeWorkspace(server);
    const api = http(server.url).as(await makeUser(workspace, 'principal_admin'));
    const created = await api.post<Record<string, unknown> & { id: string }>(
      '/api/v1/distributors',
      {
        name: 'Boston Brake Supply',
        legalName: 'Boston Brake Supply LLC',
        country: 'US',
        timeZone: 'America/New_York',
        languages: ['en'],
        website: 'https://bostonbrake.example',
        notes: 'Pays in 30 days',
        lifecycleStage: 'active',
        reportCurrency: 'USD',
      },
    );
    expect(created.status).toBe(201);
    const path = `/api/v1/distributors/${created.body.id}`;
    const before = (await api.get<Record<string, unknown>>(path)).body;
    expect((await api.patch(path, { city: 'Boston' })).status).toBe(200);
    const after = (await api.get<Record<string, unknown>>(path)).body;
    expect(after).toEqual({ ...before, city: 'Boston', updatedAt: after.updatedAt });
    expect(after.reportCurrency).toBe('USD');
  });

  it('writes every change to the audit log with actor, before and after', async () => {
    const workspace = await makeWorkspace(server);
    const admin = await makeUser(workspace, 'principal_admin', { name: 'Katrin Weber' });
    const distributor = await makeDistributor(workspace, { city: 'Hanoi' });
    const api = http(server.url).as(admin);
    await api.patch(`/api/v1/distributors/${distributor.id}`, { city: 'Ho Chi Minh City' });
    const audit = await api.get<{
      items: {
        action: string;
        actorName: string;
        actorVia: string;
        before: { city: string };
        after: { city: string };
      }[];
    }>(`/api/v1/audit-log?entityType=distributor&action=distributor.updated`);
    expect(audit.body.items).toHaveLength(1);
    expect(audit.body.items[0]).toMatchObject({
      actorName: 'Katrin Weber',
      actorVia: 'token',
      before: { city: 'Hanoi' },
      after: { city: 'Ho Chi Minh City' },
    });
  });
});

describe('a distributor’s user', () => {
  it('sees only their own distributor in the list', async () => {
    const workspace = await makeWorkspace(server);
    const vietnam = await makeDistributor(workspace, { name: 'Saigon Motor Parts' });
    await makeDistributor(workspace, { name: 'Siam Auto Components', country: 'TH' });
    const user = await makeDistributorUser(workspace, vietnam.id);
    const { data: list } = await api(server).as(user).GET('/api/v1/distributors');
    expect(list?.items.map((d) => d.name)).toEqual(['Saigon Motor Parts']);
  });

  it('does not see the principal’s internal notes about their company', async () => {
    const workspace = await makeWorkspace(server);
    const vietnam = await makeDistributor(workspace, {
      notes: 'Now also carries a competing brake line.',
    });
    const user = await makeDistributorUser(workspace, vietnam.id);
    const manager = await makeUser(workspace);
    const path = '/api/v1/distributors/{id}';
    const params = { path: { id: vietnam.id } };
    const asDistributor = await api(server).as(user).GET(path, { params });
    expect(asDistributor.data?.notes).toBeNull();
    const asPrincipal = await api(server).as(manager).GET(path, { params });
    expect(asPrincipal.data?.notes).toBe('Now also carries a competing brake line.');
  });

  it('gets 404 for another distributor by every route, and changes nothing', async () => {
    const workspace = await makeWorkspace(server);
    const vietnam = await makeDistributor(workspace);
    const thailand = await makeDistributor(workspace, { country: 'TH', timeZone: 'Asia/Bangkok' });
    const thaiContact = await makeContact(workspace, thailand.id);
    const user = await makeDistributorUser(workspace, vietnam.id);
    const api = http(server.url).as(user);
    const base = `/api/v1/distributors/${thailand.id}`;
    const attempts = [
      api.get(base),
      api.patch(base, { city: 'Chiang Mai' }),
      api.post(`${base}/lifecycle`, { stage: 'suspended' }),
      api.get(`${base}/lifecycle`),
      api.get(`${base}/contacts`),
      api.post(`${base}/contacts`, { name: 'Intruder', role: 'sales_rep' }),
      api.patch(`${base}/contacts/${thaiContact.id}`, { name: 'Changed' }),
      api.delete(`${base}/contacts/${thaiContact.id}`),
      api.get(`${base}/escalation-steps`),
    ];
    const statuses = (await Promise.all(attempts)).map((r) => r.status);
    // Principal-only routes answer 403 before looking; all others cannot tell it exists.
    expect(statuses).toEqual([404, 403, 403, 404, 404, 404, 404, 404, 404]);
    const manager = await makeUser(workspace);
    const contacts = await http(server.url).as(manager).get<{ name: string }[]>(`${base}/contacts`);
    expect(contacts.body.map((c) => c.name)).toEqual([thaiContact.name]);
  });

  it('edits their own side’s contacts but not the principal’s, nor the profile', async () => {
    const workspace = await makeWorkspace(server);
    const vietnam = await makeDistributor(workspace);
    const principalContact = await makeContact(workspace, vietnam.id, {
      side: 'principal',
      role: 'account_manager',
      name: 'Jonas Becker',
    });
    const user = await makeDistributorUser(workspace, vietnam.id, 'distributor_member');
    const api = http(server.url).as(user);
    const base = `/api/v1/distributors/${vietnam.id}`;
    const own = await api.post<{ id: string }>(`${base}/contacts`, {
      name: 'Phạm Thu Hà',
      role: 'sales_rep',
      email: 'ha.pham@saigonmotor.example',
    });
    expect(own.status).toBe(201);
    expect(
      (await api.patch(`${base}/contacts/${own.body.id}`, { title: 'Sales rep' })).status,
    ).toBe(200);
    expect((await api.patch(`${base}/contacts/${principalContact.id}`, { name: 'X' })).status).toBe(
      403,
    );
    expect(
      (await api.post(`${base}/contacts`, { side: 'principal', name: 'X', role: 'other' })).status,
    ).toBe(403);
    expect((await api.patch(base, { name: 'Renamed' })).status).toBe(403);
  });
});
