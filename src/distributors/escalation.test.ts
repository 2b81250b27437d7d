import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeContact,
  makeDistributor,
  makeDistributorUser,
  makeUser,
  makeWorkspace,
} from '../../test/factories.ts';
import { http } from '../../test/http.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';

type Problem = { status: number; title: string; errors?: { pointer: string; detail: string }[] };
type Step = { side: string; level: number; contactName: string; channel: string };

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function relationship() {
  const workspace = await makeWorkspace(server);
  const vietnam = await makeDistributor(workspace, { name: 'Saigon Motor Parts' });
  const purchasing = await makeContact(workspace, vietnam.id, { name: 'Lê Quốc Huy' });
  const accountManager = await makeContact(workspace, vietnam.id, {
    side: 'principal',
    role: 'account_manager',
    name: 'Jonas Becker',
  });
  const manager = await makeUser(workspace);
  return { workspace, vietnam, purchasing, accountManager, manager };
}

describe('escalation ladders', () => {
  it('builds both sides’ ladders, and the distributor’s user sees both', async () => {
    const { workspace, vietnam, purchasing, accountManager, manager } = await relationship();
    const api = http(server.url).as(manager);
    const base = `/api/v1/distributors/${vietnam.id}/escalation-steps`;
    const first = await api.post(base, {
      side: 'distributor',
      level: 1,
      contactId: purchasing.id,
      channel: 'email',
      responseTimeHours: 24,
    });
    expect(first.status).toBe(201);
    await api.post(base, {
      side: 'principal',
      level: 1,
      contactId: accountManager.id,
      channel: 'phone',
      responseTimeHours: 8,
    });
    const portalUser = await makeDistributorUser(workspace, vietnam.id);
    const ladder = await http(server.url).as(portalUser).get<Step[]>(base);
    expect(ladder.body.map((s) => [s.side, s.level, s.contactName, s.channel])).toEqual([
      ['distributor', 1, 'Lê Quốc Huy', 'email'],
      ['principal', 1, 'Jonas Becker', 'phone'],
    ]);
    const attempt = await http(server.url).as(portalUser).post(base, {
      side: 'distributor',
      level: 2,
      contactId: purchasing.id,
      channel: 'visit',
      responseTimeHours: 72,
    });
    expect(attempt.status).toBe(403);
  });

  it('puts a taken level under the level field', async () => {
    const { vietnam, purchasing, manager } = await relationship();
    const api = http(server.url).as(manager);
    const base = `/api/v1/distributors/${vietnam.id}/escalation-steps`;
    const step = {
      side: 'distributor',
      level: 1,
      contactId: purchasing.id,
      channel: 'email',
      responseTimeHours: 24,
    };
    await api.post(base, step);
    const again = await api.post<Problem>(base, { ...step, channel: 'phone' });
    expect(again.status).toBe(409);
    expect(again.body.errors).toEqual([
      { pointer: '#/level', detail: 'Level 1 of the distributor ladder already has a step.' },
    ]);
  });

  it('refuses a contact from the other side or another distributor', async () => {
    const { workspace, vietnam, accountManager, manager } = await relationship();
    const thailand = await makeDistributor(workspace, {
      name: 'Siam Auto Components',
      country: 'TH',
    });
    const thaiContact = await makeContact(workspace, thailand.id);
    const api = http(server.url).as(manager);
    const base = `/api/v1/distributors/${vietnam.id}/escalation-steps`;
    const wrongSide = await api.post<Problem>(base, {
      side: 'distributor',
      level: 1,
      contactId: accountManager.id,
      channel: 'email',
      responseTimeHours: 24,
    });
    expect(wrongSide.body.errors).toEqual([
      { pointer: '#/contactId', detail: 'Choose a contact from the Distributor side.' },
    ]);
    const otherDistributor = await api.post<Problem>(base, {
      side: 'distributor',
      level: 1,
      contactId: thaiContact.id,
      channel: 'email',
      responseTimeHours: 24,
    });
    expect(otherDistributor.body.errors?.[0]?.pointer).toBe('#/contactId');
    expect((await api.get<Step[]>(base)).body).toEqual([]);
  });

  it('keeps a contact on a ladder from being deleted until its step is removed', async () => {
    const { vietnam, purchasing, manager } = await relationship();
    const api = http(server.url).as(manager);
    const base = `/api/v1/distributors/${vietnam.id}`;
    const step = await api.post<{ id: string }>(`${base}/escalation-steps`, {
      side: 'distributor',
      level: 1,
      contactId: purchasing.id,
      channel: 'email',
      responseTimeHours: 24,
    });
    const refused = await api.delete<Problem>(`${base}/contacts/${purchasing.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body.title).toBe('The contact is on an escalation ladder');
    expect((await api.delete(`${base}/escalation-steps/${step.body.id}`)).status).toBe(204);
    expect((await api.delete(`${base}/contacts/${purchasing.id}`)).status).toBe(204);
  });

  it('changes a step and records before and after in the audit log', async () => {
    const { workspace, vietnam, purchasing, manager } = await relationship();
    const api = http(server.url).as(manager);
    const base = `/api/v1/distributors/${vietnam.id}/escalation-steps`;
    const step = await api.post<{ id: string }>(base, {
      side: 'distributor',
      level: 1,
      contactId: purchasing.id,
      channel: 'email',
      responseTimeHours: 24,
    });
    const changed = await api.patch<Step & { responseTimeHours: number }>(
      `${base}/${step.body.id}`,
      { responseTimeHours: 12, channel: 'whatsapp' },
    );
    expect(changed.body).toMatchObject({ responseTimeHours: 12, channel: 'whatsapp' });
    const admin = await makeUser(workspace, 'principal_admin');
    const audit = await http(server.url)
      .as(admin)
      .get<{ items: { before: { channel: string }; after: { channel: string } }[] }>(
        '/api/v1/audit-log?action=escalation_step.updated',
      );
    expect(audit.body.items[0]).toMatchObject({
      before: { channel: 'email' },
      after: { channel: 'whatsapp' },
    });
  });
});
