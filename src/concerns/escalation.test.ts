import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeContact, makeDistributor, makeWorkspace } from '../../test/factories.ts';
import { http } from '../../test/http.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';
import { inTenantTransaction } from '../db/client.ts';
import { auditLog, escalationAction } from '../db/schema.ts';
import { atRiskRelationship, concernsClock, type ProblemBody } from './concerns.fixture.ts';

type Action = {
  id: string;
  kind: string;
  contactName: string | null;
  recordedBy: { name: string };
};
type Escalation = {
  state: string;
  reasons: string[];
  proposal: {
    kind: string;
    reason: string;
    contactName: string | null;
    level: number | null;
    concernId: string | null;
    waitUntil: string | null;
  };
  actions: Action[];
};

const clock = concernsClock();
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ clock });
});
afterAll(() => server.close());
beforeEach(() => clock.set('2026-11-20T08:00:00Z'));

describe('the escalation ladder', () => {
  it('proposes each contact on the ladder in turn, then a visit, then a formal concern', async () => {
    const { distributor, client, minh, lanContact } = await atRiskRelationship(server);
    const path = `/api/v1/distributors/${distributor.id}/escalation`;
    const actions = `/api/v1/distributors/${distributor.id}/escalation-actions`;

    let escalation = await client.get<Escalation>(path);
    expect(escalation.status).toBe(200);
    expect(escalation.body.state).toBe('at_risk');
    expect(escalation.body.reasons.join(' ')).toContain('below the committed buffer of 8 weeks');
    expect(escalation.body.proposal).toMatchObject({
      kind: 'contact',
      contactName: 'Trần Văn Minh',
      level: 1,
    });
    expect(escalation.body.proposal.reason).toContain('Trần Văn Minh');

    const called = await client.post<Action>(actions, {
      kind: 'contact',
      contactId: minh.id,
      note: 'Called his mobile; he promised the October report by Friday.',
    });
    expect(called.status).toBe(201);
    expect(called.body).toMatchObject({ kind: 'contact', contactName: 'Trần Văn Minh' });
    expect(called.body.recordedBy.name).toBe('Jonas Becker');

    // The ladder gives him 48 hours: until then, the proposal is to wait.
    escalation = await client.get<Escalation>(path);
    expect(escalation.body.proposal.kind).toBe('wait');
    expect(escalation.body.proposal.waitUntil).toBe('2026-11-22T08:00:00.000Z');

    clock.advance({ hours: 49 });
    escalation = await client.get<Escalation>(path);
    expect(escalation.body.proposal).toMatchObject({
      kind: 'contact',
      contactName: 'Nguyễn Thị Lan',
      level: 2,
    });
    expect((await client.post(actions, { kind: 'contact', contactId: lanContact.id })).status).toBe(
      201,
    );
    clock.advance({ hours: 25 });
    expect((await client.get<Escalation>(path)).body.proposal.kind).toBe('visit');

    expect(
      (await client.post(actions, { kind: 'visit', note: 'Visited the Thủ Đức warehouse.' }))
        .status,
    ).toBe(201);
    clock.advance({ days: 6 });
    expect((await client.get<Escalation>(path)).body.proposal.kind).toBe('wait');
    clock.advance({ days: 2 });
    escalation = await client.get<Escalation>(path);
    expect(escalation.body.proposal).toMatchObject({ kind: 'concern', concernId: null });
    expect(escalation.body.actions.map((action) => action.kind)).toEqual([
      'visit',
      'contact',
      'contact',
    ]);

    const draft = await client.post<{ id: string }>(
      `/api/v1/distributors/${distributor.id}/concerns`,
      {},
    );
    expect(draft.status).toBe(201);
    escalation = await client.get<Escalation>(path);
    expect(escalation.body.proposal).toMatchObject({ kind: 'concern', concernId: draft.body.id });
  });

  it('waits for a visit as long as the workspace’s setting says', async () => {
    const { distributor, client, workspace } = await atRiskRelationship(server);
    const settings = await client.put('/api/v1/escalation/settings', {
      visitWaitDays: 3,
      contactWaitHours: 72,
      concernResponseDays: 21,
    });
    expect(settings.status).toBe(200);
    const actions = `/api/v1/distributors/${distributor.id}/escalation-actions`;
    await client.post(actions, { kind: 'visit', takenAt: '2026-11-16T03:00:00Z' });
    const escalation = await client.get<Escalation>(
      `/api/v1/distributors/${distributor.id}/escalation`,
    );
    // Three days after the visit have passed: the ladder's first contact is next.
    expect(escalation.body.proposal).toMatchObject({ kind: 'contact', level: 1 });
    const audit = await inTenantTransaction(
      server.database.db,
      { workspaceId: workspace.id, distributorId: null, userId: null },
      (tx) =>
        tx
          .select({ action: auditLog.action, actorName: auditLog.actorName })
          .from(auditLog)
          .where(and(eq(auditLog.workspaceId, workspace.id))),
    );
    expect(audit).toEqual(
      expect.arrayContaining([
        { action: 'escalation.settings_set', actorName: 'Jonas Becker' },
        { action: 'escalation.action_recorded', actorName: 'Jonas Becker' },
      ]),
    );
  });

  it('proposes nothing for a healthy relationship, and hides another workspace’s', async () => {
    const { client, workspace } = await atRiskRelationship(server);
    const healthy = await makeDistributor(workspace, { name: 'Thăng Long Auto Parts JSC' });
    const escalation = await client.get<Escalation>(
      `/api/v1/distributors/${healthy.id}/escalation`,
    );
    expect(escalation.status).toBe(200);
    expect(escalation.body).toMatchObject({ state: 'healthy', proposal: { kind: 'none' } });
    const elsewhere = await makeDistributor(await makeWorkspace(server));
    // Another workspace's distributor is not found, exactly like a missing one.
    expect((await client.get(`/api/v1/distributors/${elsewhere.id}/escalation`)).status).toBe(404);
  });

  it('refuses a step that names no contact, another side’s contact, or a time to come', async () => {
    const { distributor, client, workspace } = await atRiskRelationship(server);
    const actions = `/api/v1/distributors/${distributor.id}/escalation-actions`;
    const principalContact = await makeContact(workspace, distributor.id, {
      side: 'principal',
      name: 'Mei Fischer',
      role: 'regional_sales_manager',
      language: 'en',
    });
    const cases: [unknown, string][] = [
      [{ kind: 'contact' }, '#/contactId'],
      [{ kind: 'contact', contactId: principalContact.id }, '#/contactId'],
      [{ kind: 'visit', contactId: principalContact.id }, '#/contactId'],
      [{ kind: 'visit', takenAt: '2026-11-21T08:00:00Z' }, '#/takenAt'],
      [{ kind: 'visit', takenAt: 'yesterday' }, '#/takenAt'],
      [{ kind: 'letter' }, '#/kind'],
    ];
    for (const [body, pointer] of cases) {
      const refused = await client.post<ProblemBody>(actions, body);
      expect(refused.status).toBe(422);
      expect(refused.body.errors?.map((error) => error.pointer)).toContain(pointer);
    }
    expect((await client.get<{ items: Action[] }>(actions)).body.items).toEqual([]);
  });

  it('keeps the ladder from the distributor’s own users', async () => {
    const { distributor, client, lan, workspace } = await atRiskRelationship(server);
    await client.post(`/api/v1/distributors/${distributor.id}/escalation-actions`, {
      kind: 'visit',
    });
    const portal = http(server.url).as(lan);
    expect((await portal.get(`/api/v1/distributors/${distributor.id}/escalation`)).status).toBe(
      403,
    );
    const base = `/api/v1/distributors/${distributor.id}/escalation-actions`;
    expect((await portal.get(base)).status).toBe(403);
    expect((await portal.post(base, { kind: 'visit' })).status).toBe(403);
    expect((await portal.get('/api/v1/escalation/settings')).status).toBe(403);
    const scope = { workspaceId: workspace.id, distributorId: distributor.id, userId: lan.id };
    const rows = await inTenantTransaction(server.database.db, scope, (tx) =>
      tx.select().from(escalationAction),
    );
    expect(rows).toEqual([]);
  });
});
