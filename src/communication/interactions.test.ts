import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeContact,
  makeDistributor,
  makeDistributorUser,
  makeUser,
  makeWorkspace,
} from '../../test/factories.ts';
import { pinnedClock } from '../../test/fakes/clock.ts';
import { http } from '../../test/http.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';
import { auditLog } from '../db/schema.ts';
import { interactionResponse, responsivenessSince, threadResponses } from './responsiveness.ts';

type Interaction = {
  id: string;
  channel: string;
  direction: string;
  people: { contactId: string; name: string; side: string }[];
  summary: string;
  repliedAt: string | null;
  loggedBySide: string;
  canEdit: boolean;
};
type Page = { items: Interaction[]; total: number };
type Problem = { status: number; errors?: { pointer: string }[] };
type Responsiveness = {
  principal: { medianHours: number | null; responses: number };
  distributor: { medianHours: number | null; responses: number };
};

const clock = pinnedClock('2027-03-01T08:00:00Z');
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ clock });
});
afterAll(() => server.close());

async function relationship() {
  const workspace = await makeWorkspace(server);
  const distributor = await makeDistributor(workspace);
  const manager = await makeUser(workspace, 'principal_manager');
  const seller = await makeDistributorUser(workspace, distributor.id);
  const huy = await makeContact(workspace, distributor.id, { name: 'Lê Quốc Huy' });
  const base = `/api/v1/distributors/${distributor.id}`;
  return { workspace, distributor, manager, seller, huy, base };
}

describe('logged interactions', () => {
  it('are logged, listed newest first, filtered, changed and removed with audit', async () => {
    const { workspace, manager, huy, base } = await relationship();
    const api = http(server.url).as(manager);
    const call = await api.post<Interaction>(`${base}/interactions`, {
      occurredAt: '2027-02-10T09:00:00Z',
      direction: 'inbound',
      channel: 'call',
      contactIds: [huy.id],
      summary: 'Huy asked for the new price list.',
      repliedAt: '2027-02-10T15:00:00Z',
    });
    expect(call.status).toBe(201);
    expect(call.body.people).toEqual([
      { contactId: huy.id, name: 'Lê Quốc Huy', side: 'distributor' },
    ]);
    expect(call.body).toMatchObject({ loggedBySide: 'principal', canEdit: true });
    await api.post(`${base}/interactions`, {
      occurredAt: '2027-02-20T09:00:00Z',
      direction: 'outbound',
      channel: 'whatsapp',
      summary: 'Sent the price list.',
    });
    const all = await api.get<Page>(`${base}/interactions`);
    expect(all.body.items.map((i) => i.channel)).toEqual(['whatsapp', 'call']);
    const calls = await api.get<Page>(`${base}/interactions?channel=call`);
    expect(calls.body.total).toBe(1);
    const late = await api.get<Page>(
      `${base}/interactions?from=${encodeURIComponent('2027-02-15T00:00:00Z')}`,
    );
    expect(late.body.items.map((i) => i.channel)).toEqual(['whatsapp']);

    const changed = await api.patch<Interaction>(`${base}/interactions/${call.body.id}`, {
      summary: 'Huy asked for the 2027 price list.',
    });
    expect(changed.status).toBe(200);
    expect(changed.body.summary).toBe('Huy asked for the 2027 price list.');
    expect((await api.delete(`${base}/interactions/${call.body.id}`)).status).toBe(204);
    const audit = await server.database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.workspaceId, workspace.id), eq(auditLog.entityId, call.body.id)));
    expect(audit.map((a) => a.action).sort()).toEqual([
      'communication.interaction_deleted',
      'communication.interaction_logged',
      'communication.interaction_updated',
    ]);
  });

  it("refuse another distributor's contacts, a reply before the interaction, the future", async () => {
    const { workspace, manager, base } = await relationship();
    const other = await makeDistributor(workspace);
    const stranger = await makeContact(workspace, other.id);
    const bad = await http(server.url)
      .as(manager)
      .post<Problem>(`${base}/interactions`, {
        occurredAt: '2027-02-10T09:00:00Z',
        direction: 'inbound',
        channel: 'visit',
        contactIds: [stranger.id],
        summary: 'Visit',
        repliedAt: '2027-02-09T09:00:00Z',
      });
    expect(bad.status).toBe(422);
    expect(bad.body.errors?.map((e) => e.pointer)).toEqual(['#/contactIds/0', '#/repliedAt']);
    const future = await http(server.url).as(manager).post<Problem>(`${base}/interactions`, {
      occurredAt: '2027-03-02T09:00:00Z',
      direction: 'outbound',
      channel: 'call',
      summary: 'Not yet',
    });
    expect(future.status).toBe(422);
    expect(future.body.errors?.map((e) => e.pointer)).toEqual(['#/occurredAt']);
  });

  it("may be logged by the distributor's user, who may not change the principal's", async () => {
    const { manager, seller, base } = await relationship();
    const theirs = await http(server.url).as(seller).post<Interaction>(`${base}/interactions`, {
      occurredAt: '2027-02-12T09:00:00Z',
      direction: 'inbound',
      channel: 'email',
      summary: 'We asked for marketing support.',
    });
    expect(theirs.status).toBe(201);
    expect(theirs.body.loggedBySide).toBe('distributor');
    const ours = await http(server.url).as(manager).post<Interaction>(`${base}/interactions`, {
      occurredAt: '2027-02-13T09:00:00Z',
      direction: 'outbound',
      channel: 'meeting',
      summary: 'Quarterly review.',
    });
    const asSeller = http(server.url).as(seller);
    const list = await asSeller.get<Page>(`${base}/interactions`);
    expect(list.body.items.map((i) => i.canEdit)).toEqual([false, true]);
    expect(
      (await asSeller.patch(`${base}/interactions/${ours.body.id}`, { summary: 'x' })).status,
    ).toBe(403);
    expect((await asSeller.delete(`${base}/interactions/${ours.body.id}`)).status).toBe(403);
    const fixed = await asSeller.patch<Interaction>(`${base}/interactions/${theirs.body.id}`, {
      repliedAt: '2027-02-14T09:00:00Z',
    });
    expect(fixed.status).toBe(200);
    const times = await asSeller.get<Responsiveness>(`${base}/communication/responsiveness`);
    expect(times.body.principal).toMatchObject({ medianHours: 48, responses: 1 });
  });

  it('count only replies of the last 90 days', async () => {
    const { manager, base } = await relationship();
    const api = http(server.url).as(manager);
    for (const [occurredAt, repliedAt] of [
      ['2026-10-01T09:00:00Z', '2026-10-01T10:00:00Z'],
      ['2027-02-01T09:00:00Z', '2027-02-01T11:00:00Z'],
      ['2027-02-02T09:00:00Z', '2027-02-02T13:00:00Z'],
    ]) {
      await api.post(`${base}/interactions`, {
        occurredAt,
        repliedAt,
        direction: 'outbound',
        channel: 'call',
        summary: 'Follow-up',
      });
    }
    const times = await api.get<Responsiveness>(`${base}/communication/responsiveness`);
    expect(times.body.distributor).toMatchObject({ medianHours: 3, responses: 2 });
  });
});

describe('the response-time rule', () => {
  const at = (hour: number) => new Date(Date.UTC(2027, 0, 1, hour));
  it("measures from the first unanswered message to the other side's next one", () => {
    const responses = threadResponses(
      [
        { side: 'principal', at: at(0) },
        { side: 'principal', at: at(2) },
        { side: 'distributor', at: at(6) },
        { side: 'distributor', at: at(7) },
        { side: 'principal', at: at(8) },
      ],
      72,
    );
    expect(responses.map((r) => [r.side, r.hours])).toEqual([
      ['distributor', 6],
      ['principal', 2],
    ]);
  });
  it('gives an inbound reply to the principal and an outbound one to the distributor', () => {
    expect(
      interactionResponse({ direction: 'inbound', occurredAt: at(1), repliedAt: at(4) }, 72),
    ).toMatchObject({ side: 'principal', hours: 3 });
    expect(
      interactionResponse({ direction: 'outbound', occurredAt: at(1), repliedAt: null }, 72),
    ).toBeNull();
    const medians = responsivenessSince(
      [
        { side: 'principal', answeredAt: at(5), hours: 1, expectedHours: 4 },
        { side: 'principal', answeredAt: at(5), hours: 4, expectedHours: 2 },
      ],
      at(0),
    );
    expect(medians.principal).toEqual({ medianHours: 2.5, responses: 2, withinProtocol: 0.5 });
  });
});
