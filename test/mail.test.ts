import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase } from '../src/db/client.ts';
import { createMailer, deliverOutbox, queueMail } from '../src/platform/mail.ts';
import { inSystemTransaction } from '../src/platform/tenancy.ts';
import { makeDistributor, makeUser, makeWorkspace } from './factories.ts';
import { startFakeSmtp } from './fakes/smtp.ts';
import { http } from './http.ts';
import { startTestServer, type TestServer } from './server.ts';

let smtp: Awaited<ReturnType<typeof startFakeSmtp>>;
let server: TestServer;
beforeAll(async () => {
  smtp = await startFakeSmtp();
  server = await startTestServer({
    mailer: createMailer(smtp.url, 'Liaison <liaison@brenner.example>'),
  });
});
afterAll(async () => {
  await server.close();
  await smtp.close();
});

describe('outgoing e-mail with SMTP_URL set', () => {
  it('delivers a stored invitation through SMTP and marks it sent in the outbox', async () => {
    const workspace = await makeWorkspace(server);
    const vietnam = await makeDistributor(workspace, { name: 'Saigon Motor Parts' });
    const admin = await makeUser(workspace, 'principal_admin', { name: 'Katrin Weber' });
    const api = http(server.url).as(admin);
    await api.post('/api/v1/invitations', {
      email: 'minh.tran@saigonmotor.example',
      role: 'distributor_admin',
      distributorId: vietnam.id,
    });
    const before = await api.get<{ status: string }[]>('/api/v1/outbox');
    expect(before.body.map((m) => m.status)).toEqual(['stored']);

    // The database may be shared with other test files: deliver this workspace's mail only.
    const scope = { workspaceId: workspace.id };
    expect(await deliverOutbox(server.database, server.mailer, server.clock, scope)).toBe(1);
    const mail = smtp.received.find((m) => m.to.includes('minh.tran@saigonmotor.example'));
    expect(mail?.from).toBe('liaison@brenner.example');
    expect(mail?.raw).toContain('Subject: Katrin Weber invited you to');
    const after = await api.get<{ status: string; sentAt: string | null }[]>('/api/v1/outbox');
    expect(after.body[0]?.status).toBe('sent');
    expect(after.body[0]?.sentAt).not.toBeNull();
  });
});

describe('when the SMTP server refuses', () => {
  it('keeps the mail in the outbox with the error and retries it later', async () => {
    const refusing = await startTestServer({
      mailer: createMailer('smtp://127.0.0.1:1', 'Liaison <liaison@brenner.example>'),
    });
    try {
      const workspace = await makeWorkspace(refusing);
      const vietnam = await makeDistributor(workspace);
      const admin = await makeUser(workspace, 'principal_admin');
      const api = http(refusing.url).as(admin);
      await api.post('/api/v1/invitations', {
        email: 'anh.vo@saigonmotor.example',
        role: 'distributor_member',
        distributorId: vietnam.id,
      });
      expect(
        await deliverOutbox(refusing.database, refusing.mailer, refusing.clock, {
          workspaceId: workspace.id,
        }),
      ).toBe(0);
      const outbox =
        await api.get<{ status: string; attempts: number; error: string }[]>('/api/v1/outbox');
      expect(outbox.body[0]).toMatchObject({ status: 'stored', attempts: 1 });
      expect(outbox.body[0]?.error).toContain('ECONNREFUSED');
    } finally {
      await refusing.close();
    }
  });
});

describe('two servers delivering the same outbox at once', () => {
  it('sends each stored mail once', async () => {
    const workspace = await makeWorkspace(server);
    const addresses = Array.from({ length: 12 }, (_, i) => `dealer${i}@saigonmotor.example`);
    await inSystemTransaction(server.database, workspace.id, async (tx) => {
      for (const to of addresses) {
        await queueMail(tx, workspace.id, { to, subject: 'Monthly report due', text: 'Hello' });
      }
    });
    // Another process's own connection pool on PostgreSQL; PGlite has one connection to share.
    const databaseUrl = inject('databaseUrl');
    const other = databaseUrl ? await openDatabase({ databaseUrl, poolSize: 2 }) : server.database;
    try {
      const scope = { workspaceId: workspace.id, limit: 5 };
      const deliverAll = async (database: typeof server.database) => {
        let sent = 0;
        for (let delivered = -1; delivered !== 0; ) {
          delivered = await deliverOutbox(database, server.mailer, server.clock, scope);
          sent += delivered;
        }
        return sent;
      };
      const sent = await Promise.all([deliverAll(server.database), deliverAll(other)]);
      expect(sent[0] + sent[1]).toBe(12);
    } finally {
      if (other !== server.database) await other.close();
    }
    const received = smtp.received
      .flatMap((mail) => mail.to)
      .filter((to) => addresses.includes(to));
    expect(received.sort()).toEqual([...addresses].sort());
  });
});
