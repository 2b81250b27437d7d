// Outgoing webhooks against a real HTTP receiver on a loopback port. Loopback is a refused address
// unless the operator allows it, so this server allows 127.0.0.1 and ::1 (WEBHOOK_ALLOWED_NETWORKS)
// and the refusal tests use other private addresses.
import { createServer, type IncomingHttpHeaders } from 'node:http';
import { eq } from 'drizzle-orm';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeDistributor,
  makeDistributorUser,
  makeUser,
  makeWorkspace,
} from '../../test/factories.ts';
import { pinnedClock } from '../../test/fakes/clock.ts';
import { http } from '../../test/http.ts';
import { runQueuedJobs } from '../../test/run-jobs.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';
import { inTenantTransaction } from '../db/client.ts';
import { webhook, webhookDelivery, workspace as workspaceTable } from '../db/schema.ts';
import { eventTranslator } from '../platform/event-text.ts';
import { publishEvent } from '../platform/events.ts';
import { inSystemTransaction } from '../platform/tenancy.ts';

type Created = { id: string; secret: string; url: string; eventTypes: string[] };
type Attempt = { attempt: number; statusCode: number | null; error: string | null };
type Delivery = { id: string; eventType: string; status: string; attempts: Attempt[] };
type Problem = { status: number; errors?: { pointer: string; detail: string }[] };
type Received = { path: string; headers: IncomingHttpHeaders; body: string };

// Signatures carry a timestamp that receivers check against their own clock (five minutes'
// tolerance), so the pinned clock starts at the real time and moves only seconds.
const clock = pinnedClock(new Date());
const loopback = ['127.0.0.1/32', '::1/128'];
let server: TestServer;
const received: Received[] = [];
/** Statuses the receiver answers with, in order; 200 when none is left. */
const answers: number[] = [];
const receiver = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    received.push({
      path: request.url ?? '',
      headers: request.headers,
      body: Buffer.concat(chunks).toString('utf8'),
    });
    const status = answers.shift() ?? 200;
    response.writeHead(status, { 'content-type': 'text/plain' });
    response.end(status < 300 ? 'thanks' : 'busy, try later');
  });
});
let receiverUrl = '';

beforeAll(async () => {
  server = await startTestServer({
    clock,
    isolated: true,
    config: { webhookAllowedNetworks: loopback },
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const address = receiver.address();
  if (!address || typeof address === 'string') throw new Error('receiver has no port');
  receiverUrl = `http://localhost:${address.port}`;
});
afterAll(async () => {
  await server.close();
  await new Promise((resolve) => receiver.close(resolve));
});

async function setUp() {
  const workspace = await makeWorkspace(server);
  const distributor = await makeDistributor(workspace, { name: 'Thăng Long Auto Parts JSC' });
  const admin = await makeUser(workspace, 'principal_admin', { name: 'Katrin Weber' });
  return { workspace, distributor, admin, api: http(server.url).as(admin) };
}

function receivedAt(path: string) {
  return received.filter((request) => request.path === path);
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

describe('outgoing webhooks', () => {
  it('deliver an event to a real receiver, signed so that standardwebhooks verifies it', async () => {
    const { distributor, admin, api } = await setUp();
    const lan = await makeDistributorUser(admin.workspace, distributor.id);
    const created = await api.post<Created>('/api/v1/webhooks', {
      url: `${receiverUrl}/erp/liaison`,
      description: 'ERP',
      eventTypes: ['message.received', 'report.submitted'],
    });
    expect(created.status).toBe(201);
    expect(created.body.secret).toMatch(/^whsec_/);
    const listed = await api.get<{ items: Record<string, unknown>[] }>('/api/v1/webhooks');
    expect(listed.body.items.map((hook) => [hook.url, 'secret' in hook])).toEqual([
      [`${receiverUrl}/erp/liaison`, false],
    ]);

    await http(server.url)
      .as(lan)
      .post(`/api/v1/distributors/${distributor.id}/threads`, {
        subject: 'Brake pad stock for Q2',
        body: 'Can you confirm the containers arrive in April?',
        participantUserIds: [admin.id],
      });
    await runQueuedJobs(server);

    const [request] = receivedAt('/erp/liaison');
    expect(request).toBeDefined();
    const headers = {
      'webhook-id': String(request?.headers['webhook-id']),
      'webhook-timestamp': String(request?.headers['webhook-timestamp']),
      'webhook-signature': String(request?.headers['webhook-signature']),
    };
    const verified = new Webhook(created.body.secret).verify(request?.body ?? '', headers) as {
      type: string;
      data: { distributor: { name: string }; subject: string; url: string };
    };
    expect(verified.type).toBe('message.received');
    expect(verified.data.distributor.name).toBe('Thăng Long Auto Parts JSC');
    expect(verified.data.subject).toBe('Brake pad stock for Q2');
    expect(verified.data.url).toContain(`/distributors/${distributor.id}/communication/`);
    // A forged body fails the same check.
    expect(() => new Webhook(created.body.secret).verify('{"type":"x"}', headers)).toThrow();

    const log = await api.get<{ items: Delivery[] }>(
      `/api/v1/webhooks/${created.body.id}/deliveries`,
    );
    expect(log.body.items.map((d) => [d.eventType, d.status, d.attempts.length])).toEqual([
      ['message.received', 'succeeded', 1],
    ]);
    expect(log.body.items[0]?.attempts[0]).toMatchObject({ attempt: 1, statusCode: 200 });
  });

  it('rotate the secret: for a day each message is signed with the new and the old one', async () => {
    const { api, workspace } = await setUp();
    const created = await api.post<Created>('/api/v1/webhooks', {
      url: `${receiverUrl}/rotation`,
      eventTypes: ['report.late'],
    });
    const rotated = await api.post<Created & { previousSecretUntil: string }>(
      `/api/v1/webhooks/${created.body.id}/secret`,
    );
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).toMatch(/^whsec_/);
    expect(rotated.body.secret).not.toBe(created.body.secret);
    expect(Date.parse(rotated.body.previousSecretUntil) - clock.now().getTime()).toBe(86_400_000);
    const manager = await makeUser(workspace, 'principal_manager');
    const refused = await http(server.url)
      .as(manager)
      .post(`/api/v1/webhooks/${created.body.id}/secret`);
    expect(refused.status).toBe(403);

    const headersOf = (request: Received | undefined) => ({
      'webhook-id': String(request?.headers['webhook-id']),
      'webhook-timestamp': String(request?.headers['webhook-timestamp']),
      'webhook-signature': String(request?.headers['webhook-signature']),
    });
    expect((await api.post(`/api/v1/webhooks/${created.body.id}/ping`)).status).toBe(202);
    await runQueuedJobs(server);
    const [during] = receivedAt('/rotation');
    // A receiver on either secret accepts it.
    for (const secret of [created.body.secret, rotated.body.secret]) {
      expect(new Webhook(secret).verify(during?.body ?? '', headersOf(during))).toMatchObject({
        type: 'webhook.ping',
      });
    }
    expect(headersOf(during)['webhook-signature'].split(' ')).toHaveLength(2);

    // A day later the old one signs no more.
    clock.advance({ hours: 25 });
    try {
      await api.post(`/api/v1/webhooks/${created.body.id}/ping`);
      await runQueuedJobs(server);
    } finally {
      clock.advance({ hours: -25 });
    }
    const after = receivedAt('/rotation').at(-1);
    expect(receivedAt('/rotation')).toHaveLength(2);
    expect(headersOf(after)['webhook-signature'].split(' ')).toHaveLength(1);

    // The audit log says it happened, never what the secrets are.
    const audit = await api.get<{ items: { action: string; after: unknown }[] }>(
      `/api/v1/audit-log?entityId=${created.body.id}`,
    );
    const entry = audit.body.items.find((item) => item.action === 'webhook.secret_rotated');
    expect(entry).toBeDefined();
    expect(JSON.stringify(audit.body.items)).not.toContain('whsec_');
  });

  it('refuse private, loopback and link-local addresses and other schemes (422 at #/url)', async () => {
    const { api } = await setUp();
    for (const url of [
      'http://10.1.2.3/hook',
      'http://169.254.169.254/latest/meta-data/',
      'http://100.64.0.7/hook',
      'http://[fd12:3456::1]/hook',
      'http://[::ffff:192.168.1.10]/hook',
      'http://0.0.0.0/hook',
      'ftp://203.0.113.10/hook',
      'not a url',
    ]) {
      const refused = await api.post<Problem>('/api/v1/webhooks', {
        url,
        eventTypes: ['report.late'],
      });
      expect([url, refused.status]).toEqual([url, 422]);
      expect(refused.body.errors?.map((e) => e.pointer)).toEqual(['#/url']);
    }
    const list = await api.get<{ items: unknown[] }>('/api/v1/webhooks');
    expect(list.body.items).toEqual([]);
  });

  it("are the principal admins' alone", async () => {
    const { workspace, distributor, api } = await setUp();
    await api.post('/api/v1/webhooks', { url: `${receiverUrl}/x`, eventTypes: ['report.late'] });
    const manager = await makeUser(workspace, 'principal_manager');
    const lan = await makeDistributorUser(workspace, distributor.id);
    for (const person of [manager, lan]) {
      const answer = await http(server.url)
        .as(person)
        .post('/api/v1/webhooks', { url: `${receiverUrl}/x`, eventTypes: ['report.late'] });
      expect(answer.status).toBe(403);
      expect((await http(server.url).as(person).get('/api/v1/webhooks')).status).toBe(403);
    }
    // The database agrees: a distributor's scope sees no webhook, delivery or attempt.
    const scope = { workspaceId: workspace.id, distributorId: distributor.id, userId: lan.id };
    const seen = await inTenantTransaction(server.database.db, scope, async (tx) => ({
      webhooks: await tx.select().from(webhook),
      deliveries: await tx.select().from(webhookDelivery),
    }));
    expect(seen).toEqual({ webhooks: [], deliveries: [] });
  });

  it('retry a failing receiver with backoff, log every attempt, and redeliver on request', async () => {
    const { api } = await setUp();
    const created = await api.post<Created>('/api/v1/webhooks', {
      url: `${receiverUrl}/flaky`,
      eventTypes: ['report.late'],
    });
    answers.push(503, 503);
    const ping = await api.post<Delivery>(`/api/v1/webhooks/${created.body.id}/ping`);
    expect(ping.status).toBe(202);
    await runQueuedJobs(server);
    expect(receivedAt('/flaky')).toHaveLength(1);
    await runQueuedJobs(server); // not due yet: the retry waits 30 seconds
    expect(receivedAt('/flaky')).toHaveLength(1);
    clock.advance({ seconds: 31 });
    await runQueuedJobs(server);
    clock.advance({ seconds: 61 });
    await runQueuedJobs(server);
    expect(receivedAt('/flaky')).toHaveLength(3);

    const deliveries = `/api/v1/webhooks/${created.body.id}/deliveries`;
    const log = await api.get<{ items: Delivery[] }>(deliveries);
    const [delivery] = log.body.items;
    expect(delivery?.status).toBe('succeeded');
    expect(delivery?.attempts.map((a) => [a.attempt, a.statusCode])).toEqual([
      [1, 503],
      [2, 503],
      [3, 200],
    ]);

    const again = await api.post<Delivery>(`${deliveries}/${delivery?.id}/redeliver`);
    expect(again.status).toBe(202);
    await runQueuedJobs(server);
    const ids = receivedAt('/flaky').map((request) => request.headers['webhook-id']);
    expect(ids).toHaveLength(4);
    expect(new Set(ids).size).toBe(1); // the same message id every time: receivers deduplicate
    const after = await api.get<{ items: Delivery[] }>(deliveries);
    expect(after.body.items[0]?.attempts.map((a) => a.statusCode)).toEqual([503, 503, 200, 200]);
  });

  it('send nothing to a paused webhook', async () => {
    const { api } = await setUp();
    const created = await api.post<Created>('/api/v1/webhooks', {
      url: `${receiverUrl}/paused`,
      eventTypes: ['report.late'],
    });
    await api.post(`/api/v1/webhooks/${created.body.id}/ping`);
    const paused = await api.patch<{ isActive: boolean }>(`/api/v1/webhooks/${created.body.id}`, {
      isActive: false,
    });
    expect(paused.body.isActive).toBe(false);
    await runQueuedJobs(server);
    expect(receivedAt('/paused')).toEqual([]);
    const log = await api.get<{ items: Delivery[] }>(
      `/api/v1/webhooks/${created.body.id}/deliveries`,
    );
    expect(log.body.items.map((d) => [d.status, d.attempts.length])).toEqual([['failed', 0]]);
  });

  it('post Slack and Teams messages for the same events', async () => {
    const { workspace, distributor, api } = await setUp();
    for (const format of ['slack', 'teams']) {
      const created = await api.post<Created>('/api/v1/webhooks', {
        url: `${receiverUrl}/${format}`,
        format,
        eventTypes: ['health.changed'],
      });
      expect(created.status).toBe(201);
    }
    await healthChanged(workspace.id, distributor.id);
    await runQueuedJobs(server);
    const slack = JSON.parse(receivedAt('/slack')[0]?.body ?? '{}');
    expect(slack.text).toBe('Thăng Long Auto Parts JSC is now at risk (was on watch).');
    expect(slack.blocks[0]).toEqual({
      type: 'section',
      text: { type: 'mrkdwn', text: slack.text },
    });
    expect(slack.blocks[1].elements[0].url).toBe(
      `${server.config.publicUrl}/distributors/${distributor.id}`,
    );
    const teams = JSON.parse(receivedAt('/teams')[0]?.body ?? '{}');
    expect(teams.type).toBe('message');
    expect(teams.attachments[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(teams.attachments[0].content.type).toBe('AdaptiveCard');
    expect(teams.attachments[0].content.body[1].text).toBe(slack.text);
    expect(teams.attachments[0].content.actions[0].type).toBe('Action.OpenUrl');

    // The principal's channel reads the workspace's language: German once the workspace is.
    await server.database.db
      .update(workspaceTable)
      .set({ defaultLocale: 'de' })
      .where(eq(workspaceTable.id, workspace.id));
    await healthChanged(workspace.id, distributor.id);
    await runQueuedJobs(server);
    const german = JSON.parse(receivedAt('/slack')[1]?.body ?? '{}');
    const de = eventTranslator('de');
    expect(german.text).toBe(
      de('events.health_changed', {
        distributor: 'Thăng Long Auto Parts JSC',
        to: de('states.at_risk'),
        from: de('states.watch'),
      }),
    );
    expect(german.text).not.toBe(slack.text);
  });

  it('check the address again when delivering, after the name is resolved', async () => {
    const { workspace, distributor, api } = await setUp();
    const created = await api.post<Created>('/api/v1/webhooks', {
      url: `${receiverUrl}/rebound`,
      eventTypes: ['health.changed'],
    });
    expect(created.status).toBe(201);
    // The operator withdraws loopback: "localhost" now resolves only to refused addresses.
    server.config.webhookAllowedNetworks = [];
    try {
      await healthChanged(workspace.id, distributor.id);
      await runQueuedJobs(server);
    } finally {
      server.config.webhookAllowedNetworks = loopback;
    }
    expect(receivedAt('/rebound')).toEqual([]);
    const log = await api.get<{ items: Delivery[] }>(
      `/api/v1/webhooks/${created.body.id}/deliveries`,
    );
    expect(log.body.items[0]?.status).toBe('failed');
    expect(log.body.items[0]?.attempts[0]?.error).toMatch(/refused address/);
  });
});
