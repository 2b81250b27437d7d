import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeDistributor,
  makeDistributorUser,
  makeUser,
  makeWorkspace,
} from '../../test/factories.ts';
import { pinnedClock } from '../../test/fakes/clock.ts';
import { http } from '../../test/http.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';
import { inTenantTransaction } from '../db/client.ts';
import { auditLog, communicationMessage, communicationThread, outboxEmail } from '../db/schema.ts';

type Thread = {
  id: string;
  subject: string;
  participants: { userId: string; name: string; side: string }[];
  messageCount: number;
  unread: boolean;
  messages: { author: { name: string; side: string }; body: string }[];
};
type Page = { items: Thread[]; total: number; page: number; pageSize: number };
type Problem = { status: number; errors?: { pointer: string; detail: string }[] };
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
  const manager = await makeUser(workspace, 'principal_manager', { name: 'Katrin Weber' });
  const seller = await makeDistributorUser(workspace, distributor.id);
  const base = `/api/v1/distributors/${distributor.id}`;
  return { workspace, distributor, manager, seller, base };
}

function outboxOf(workspaceId: string) {
  return server.database.db
    .select()
    .from(outboxEmail)
    .where(eq(outboxEmail.workspaceId, workspaceId))
    .orderBy(outboxEmail.createdAt);
}

describe('threads', () => {
  it('start with a message to the other side, who answers; each message is e-mailed', async () => {
    const { workspace, manager, seller, base } = await relationship();
    const created = await http(server.url)
      .as(manager)
      .post<Thread>(`${base}/threads`, {
        subject: 'Brake pad stock for Q2',
        body: 'Can you confirm the two containers arrive in April?',
        participantUserIds: [seller.id],
      });
    expect(created.status).toBe(201);
    expect(created.body.participants.map((p) => [p.name, p.side])).toEqual([
      ['Nguyễn Thị Lan', 'distributor'],
      ['Katrin Weber', 'principal'],
    ]);
    let mails = await outboxOf(workspace.id);
    expect(mails.map((m) => m.toAddress)).toEqual([seller.email]);
    expect(mails[0]?.subject).toContain('Brake pad stock for Q2');
    expect(mails[0]?.bodyText).toContain('Can you confirm the two containers');

    const thread = `${base}/threads/${created.body.id}`;
    const seen = await http(server.url).as(seller).get<Thread>(thread);
    expect(seen.body.unread).toBe(true);
    expect((await http(server.url).as(seller).post(`${thread}/read`)).status).toBe(204);
    expect((await http(server.url).as(seller).get<Thread>(thread)).body.unread).toBe(false);

    clock.advance({ hours: 5 });
    const answer = await http(server.url)
      .as(seller)
      .post(`${thread}/messages`, { body: 'Yes, both arrive on 14 April.' });
    expect(answer.status).toBe(201);
    mails = await outboxOf(workspace.id);
    expect(mails.map((m) => m.toAddress)).toEqual([seller.email, manager.email]);

    const detail = await http(server.url).as(manager).get<Thread>(thread);
    expect(detail.body.unread).toBe(true);
    expect(detail.body.messages.map((m) => [m.author.side, m.body])).toEqual([
      ['principal', 'Can you confirm the two containers arrive in April?'],
      ['distributor', 'Yes, both arrive on 14 April.'],
    ]);
    const audit = await server.database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.workspaceId, workspace.id), eq(auditLog.entityId, created.body.id)));
    expect(audit.map((a) => a.action).sort()).toEqual([
      'communication.message_posted',
      'communication.thread_created',
      'communication.thread_read',
    ]);

    const times = await http(server.url)
      .as(manager)
      .get<Responsiveness>(`${base}/communication/responsiveness`);
    expect(times.status).toBe(200);
    expect(times.body.distributor).toMatchObject({ medianHours: 5, responses: 1 });
    expect(times.body.principal).toMatchObject({ medianHours: null, responses: 0 });
  });

  it('need a participant of the other side (422 with a pointer)', async () => {
    const { workspace, manager, base } = await relationship();
    const colleague = await makeUser(workspace, 'principal_viewer');
    const other = await makeDistributor(workspace);
    const stranger = await makeDistributorUser(workspace, other.id);
    const ourSideOnly = await http(server.url)
      .as(manager)
      .post<Problem>(`${base}/threads`, {
        subject: 'Internal',
        body: 'Only us',
        participantUserIds: [colleague.id],
      });
    expect(ourSideOnly.status).toBe(422);
    expect(ourSideOnly.body.errors?.map((e) => e.pointer)).toEqual(['#/participantUserIds']);
    const otherDistributor = await http(server.url)
      .as(manager)
      .post<Problem>(`${base}/threads`, {
        subject: 'Wrong partner',
        body: 'Hello',
        participantUserIds: [colleague.id, stranger.id],
      });
    expect(otherDistributor.status).toBe(422);
    expect(otherDistributor.body.errors?.map((e) => e.pointer)).toEqual(['#/participantUserIds/1']);
  });

  it("stay within their distributor: another distributor's user sees none of them", async () => {
    const { workspace, manager, seller, base } = await relationship();
    const other = await makeDistributor(workspace, { name: 'Bangkok Brake Co', country: 'TH' });
    const rival = await makeDistributorUser(workspace, other.id);
    const created = await http(server.url)
      .as(manager)
      .post<Thread>(`${base}/threads`, {
        subject: 'Pricing 2027',
        body: 'Confidential price list attached next week.',
        participantUserIds: [seller.id],
      });
    const asRival = http(server.url).as(rival);
    expect((await asRival.get(`${base}/threads`)).status).toBe(404);
    expect((await asRival.get(`${base}/threads/${created.body.id}`)).status).toBe(404);
    expect(
      (await asRival.post(`${base}/threads/${created.body.id}/messages`, { body: 'Hi' })).status,
    ).toBe(404);
    const own = await asRival.get<Page>(`/api/v1/distributors/${other.id}/threads`);
    expect(own.body.total).toBe(0);
    const sellers = await http(server.url).as(seller).get<Page>(`${base}/threads`);
    expect(sellers.body.items.map((t) => t.subject)).toEqual(['Pricing 2027']);

    // The database itself keeps them apart, whatever a query asks.
    const scope = { workspaceId: workspace.id, distributorId: other.id, userId: rival.id };
    const seen = await inTenantTransaction(server.database.db, scope, async (tx) => ({
      threads: await tx.select().from(communicationThread),
      messages: await tx.select().from(communicationMessage),
    }));
    expect(seen).toEqual({ threads: [], messages: [] });
  });

  it("may be started by a distributor's user with the principal's people", async () => {
    const { workspace, manager, seller, base } = await relationship();
    const created = await http(server.url)
      .as(seller)
      .post<Thread>(`${base}/threads`, {
        subject: 'Marketing support',
        body: 'Could you co-fund the Hanoi trade fair?',
        participantUserIds: [manager.id],
      });
    expect(created.status).toBe(201);
    expect(created.body.participants.map((p) => p.side).sort()).toEqual([
      'distributor',
      'principal',
    ]);
    const mails = await outboxOf(workspace.id);
    expect(mails.map((m) => m.toAddress)).toEqual([manager.email]);
  });

  it('are found by text in their subject or messages, a page at a time', async () => {
    const { manager, seller, base } = await relationship();
    const api = http(server.url).as(manager);
    for (const [subject, body] of [
      ['Brake pads', 'Containers in April'],
      ['Marketing fund', 'Trade fair in Hanoi: 50% of the booth'],
      ['Warranty claims', 'Three pads returned from Da Nang'],
    ]) {
      clock.advance({ minutes: 1 });
      await api.post(`${base}/threads`, { subject, body, participantUserIds: [seller.id] });
    }
    const pads = await api.get<Page>(`${base}/threads?q=PADS`);
    expect(pads.body.items.map((t) => t.subject)).toEqual(['Warranty claims', 'Brake pads']);
    const percent = await api.get<Page>(`${base}/threads?q=${encodeURIComponent('50%')}`);
    expect(percent.body.items.map((t) => t.subject)).toEqual(['Marketing fund']);
    const second = await api.get<Page>(`${base}/threads?pageSize=2&page=2`);
    expect(second.body).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(second.body.items.map((t) => t.subject)).toEqual(['Brake pads']);
  });
});
