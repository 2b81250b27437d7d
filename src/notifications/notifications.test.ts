import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeDistributor,
  makeDistributorUser,
  makeUser,
  makeWorkspace,
} from '../../test/factories.ts';
import { pinnedClock } from '../../test/fakes/clock.ts';
import { startFakeSmtp } from '../../test/fakes/smtp.ts';
import { http } from '../../test/http.ts';
import { runQueuedJobs } from '../../test/run-jobs.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';
import { inTenantTransaction } from '../db/client.ts';
import { event, notification } from '../db/schema.ts';
import { eventTranslator } from '../platform/event-text.ts';
import { publishEvent } from '../platform/events.ts';
import { createMailer, deliverOutbox } from '../platform/mail.ts';
import { inSystemTransaction } from '../platform/tenancy.ts';
import { sendNotificationDigests } from './notification-digest.service.ts';

type Notification = {
  id: string;
  type: string;
  distributor: { id: string; name: string } | null;
  data: Record<string, unknown>;
  path: string | null;
  readAt: string | null;
};
type Page = { items: Notification[]; total: number; unread: number };
type Problem = { status: number; errors?: { pointer: string }[] };

const clock = pinnedClock('2027-03-01T08:00:00Z');
let smtp: Awaited<ReturnType<typeof startFakeSmtp>>;
let server: TestServer;
beforeAll(async () => {
  smtp = await startFakeSmtp();
  server = await startTestServer({
    clock,
    isolated: true,
    mailer: createMailer(smtp.url, 'Liaison <liaison@brenner.example>'),
  });
});
afterAll(async () => {
  await server.close();
  await smtp.close();
});

async function relationship() {
  const workspace = await makeWorkspace(server);
  const distributor = await makeDistributor(workspace, { name: 'Thăng Long Auto Parts JSC' });
  const manager = await makeUser(workspace, 'principal_manager', { name: 'Katrin Weber' });
  const viewer = await makeUser(workspace, 'principal_viewer', { name: 'Jonas Becker' });
  const lan = await makeDistributorUser(workspace, distributor.id);
  const colleague = await makeDistributorUser(workspace, distributor.id, 'distributor_member');
  const other = await makeDistributor(workspace, { name: 'Motoczęści Polska', country: 'PL' });
  const stranger = await makeDistributorUser(workspace, other.id);
  return { workspace, distributor, manager, viewer, lan, colleague, stranger };
}

function healthChanged(workspaceId: string, distributorId: string) {
  return inSystemTransaction(server.database, workspaceId, (tx) =>
    publishEvent(tx, workspaceId, {
      type: 'health.changed',
      distributorId,
      data: { from: 'watch', to: 'at_risk', asOf: '2027-03-01' },
      occurredAt: clock.now(),
    }),
  );
}

describe('in-app notifications', () => {
  it('tell both sides of a new message, but not its author nor another distributor', async () => {
    const { distributor, manager, viewer, lan, colleague, stranger } = await relationship();
    const thread = await http(server.url)
      .as(lan)
      .post<{ id: string }>(`/api/v1/distributors/${distributor.id}/threads`, {
        subject: 'Brake pad stock for Q2',
        body: 'Can you confirm the containers arrive in April?',
        participantUserIds: [manager.id],
      });
    expect(thread.status).toBe(201);
    await runQueuedJobs(server);

    const managers = await http(server.url).as(manager).get<Page>('/api/v1/notifications');
    expect(managers.body.unread).toBe(1);
    expect(managers.body.items.map((n) => [n.type, n.distributor?.name, n.data.subject])).toEqual([
      ['message.received', 'Thăng Long Auto Parts JSC', 'Brake pad stock for Q2'],
    ]);
    expect(managers.body.items[0]?.path).toBe(
      `/distributors/${distributor.id}/communication/${thread.body.id}`,
    );
    // Every principal person sees the workspace's events, the distributor's own people theirs.
    for (const person of [viewer, colleague]) {
      const count = await http(server.url)
        .as(person)
        .get<{ unread: number }>('/api/v1/notifications/unread-count');
      expect(count.body.unread).toBe(1);
    }
    for (const person of [lan, stranger]) {
      const count = await http(server.url)
        .as(person)
        .get<{ unread: number }>('/api/v1/notifications/unread-count');
      expect(count.body.unread).toBe(0);
    }
  });

  it("keep the principal's health assessment from the distributor's people", async () => {
    const { workspace, distributor, manager, lan } = await relationship();
    await healthChanged(workspace.id, distributor.id);
    await runQueuedJobs(server);
    const managers = await http(server.url).as(manager).get<Page>('/api/v1/notifications');
    expect(managers.body.items.map((n) => [n.type, n.data.to])).toEqual([
      ['health.changed', 'at_risk'],
    ]);
    const lans = await http(server.url).as(lan).get<Page>('/api/v1/notifications');
    expect(lans.body.total).toBe(0);

    // The database agrees: in Lan's scope no event and no other person's notification shows.
    const scope = { workspaceId: workspace.id, distributorId: distributor.id, userId: lan.id };
    const seen = await inTenantTransaction(server.database.db, scope, async (tx) => ({
      events: await tx.select().from(event),
      notifications: await tx.select().from(notification),
    }));
    expect(seen).toEqual({ events: [], notifications: [] });
    const managerScope = { workspaceId: workspace.id, distributorId: null, userId: lan.id };
    const asOtherUser = await inTenantTransaction(server.database.db, managerScope, (tx) =>
      tx.select().from(notification),
    );
    expect(asOtherUser).toEqual([]);
  });

  it('page, filter unread, and are marked read one at a time or all at once', async () => {
    const { workspace, distributor, manager, viewer } = await relationship();
    for (let i = 0; i < 3; i++) {
      clock.advance({ minutes: 1 });
      await healthChanged(workspace.id, distributor.id);
    }
    await runQueuedJobs(server);
    const api = http(server.url).as(manager);
    const first = await api.get<Page>('/api/v1/notifications?pageSize=2');
    expect([first.body.items.length, first.body.total, first.body.unread]).toEqual([2, 3, 3]);
    const newest = first.body.items[0]?.id ?? '';
    const marked = await api.post<{ unread: number }>('/api/v1/notifications/read', {
      id: newest,
    });
    expect(marked.body.unread).toBe(2);
    const unread = await api.get<Page>('/api/v1/notifications?unread=true');
    expect(unread.body.items.map((n) => n.id)).not.toContain(newest);
    expect(unread.body.total).toBe(2);

    // Someone else's notification is not found, and bad input is refused with a pointer.
    const notMine = await http(server.url)
      .as(viewer)
      .post<Problem>('/api/v1/notifications/read', { id: newest });
    expect(notMine.status).toBe(404);
    const neither = await api.post<Problem>('/api/v1/notifications/read', {});
    expect(neither.status).toBe(422);
    expect(neither.body.errors?.map((e) => e.pointer)).toEqual(['#/id']);

    const all = await api.post<{ unread: number }>('/api/v1/notifications/read', { all: true });
    expect(all.body.unread).toBe(0);
    expect((await http(server.url).as(viewer).get<Page>('/api/v1/notifications')).body.unread).toBe(
      3,
    );
  });
});

describe('the e-mail digest', () => {
  it('arrives at 08:00 in the person’s zone and language, with what is unread', async () => {
    clock.set('2027-03-02T08:00:00Z'); // 15:00 in Ho Chi Minh City
    const { workspace, distributor, manager } = await relationship();
    const hanh = await makeDistributorUser(workspace, distributor.id, 'distributor_member');
    const api = http(server.url).as(hanh);
    expect(
      (await api.patch('/api/v1/me', { locale: 'vi', timeZone: 'Asia/Ho_Chi_Minh' })).status,
    ).toBe(204);
    const chosen = await api.put('/api/v1/notifications/preferences', { digest: 'daily' });
    expect(chosen.body).toEqual({ digest: 'daily' });
    expect((await api.put('/api/v1/notifications/preferences', { digest: 'hourly' })).status).toBe(
      422,
    );

    clock.advance({ hours: 1 });
    await http(server.url)
      .as(manager)
      .post(`/api/v1/distributors/${distributor.id}/threads`, {
        subject: 'Đơn hàng tháng 4',
        body: 'Chị xác nhận giúp em lịch giao hàng nhé.',
        participantUserIds: [hanh.id],
      });
    await healthChanged(workspace.id, distributor.id); // principal-only: not in her digest
    await runQueuedJobs(server);

    const only = { workspaceId: workspace.id };
    clock.set('2027-03-03T00:30:00Z'); // 07:30 in Ho Chi Minh City: not yet
    expect(
      await sendNotificationDigests(server.database, server.config.publicUrl, clock.now(), only),
    ).toBe(0);
    clock.set('2027-03-03T01:05:00Z'); // 08:05
    expect(
      await sendNotificationDigests(server.database, server.config.publicUrl, clock.now(), only),
    ).toBe(1);
    // Once a day: the next hourly run sends nothing more.
    clock.advance({ hours: 1 });
    expect(
      await sendNotificationDigests(server.database, server.config.publicUrl, clock.now(), only),
    ).toBe(0);

    expect(await deliverOutbox(server.database, server.mailer, clock, only)).toBeGreaterThan(0);
    const mails = await Promise.all(
      smtp.received.filter((m) => m.to.includes(hanh.email)).map((m) => simpleParser(m.raw)),
    );
    const mail = mails.find((m) => m.subject?.startsWith('Liaison:'));
    expect(mail?.subject).toBe('Liaison: 1 thông báo chưa đọc');
    // In Vietnamese, from the events catalogue (the wording is the translators').
    const vi = eventTranslator('vi');
    expect(mail?.text).toContain(vi('digest.greeting', { name: 'Nguyễn Thị Lan' }));
    expect(mail?.text).toContain(
      vi('events.message_received', {
        authorName: 'Katrin Weber',
        subject: 'Đơn hàng tháng 4',
        distributor: 'Thăng Long Auto Parts JSC',
      }),
    );
    expect(mail?.text).not.toContain('at_risk');
  });
});
