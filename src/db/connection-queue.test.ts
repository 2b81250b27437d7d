// PGlite's one connection behind a queue: requests in the order they asked and before background
// work, background work not starved, and a request that cannot reach the connection in time
// answered 503 with Retry-After, having changed nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, makeWorkspace } from '../../test/factories.ts';
import { http } from '../../test/http.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';
import { ConnectionBusyError, ConnectionQueue, inBackgroundLane } from './connection-queue.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Occupies the queue until `release` is called; resolves once it holds it. */
async function hold(queue: ConnectionQueue) {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let held = () => {};
  const holding = new Promise<void>((resolve) => {
    held = resolve;
  });
  const done = queue.run(async () => {
    held();
    await released;
  });
  await holding;
  return { release, done };
}

describe('the connection queue', () => {
  it('serves requests in the order they asked, before background work that asked earlier', async () => {
    const queue = new ConnectionQueue({ maxWaitMs: 5_000, backgroundMaxDelayMs: 5_000 });
    const order: string[] = [];
    const { release, done } = await hold(queue);
    const work = (name: string) => async () => {
      order.push(name);
    };
    const all = [
      inBackgroundLane(() => queue.run(work('hourly scan'))),
      queue.run(work('first request')),
      inBackgroundLane(() => queue.run(work('outbox'))),
      queue.run(work('second request')),
    ];
    expect(queue.waiting).toEqual({ requests: 2, background: 2 });
    release();
    await Promise.all([done, ...all]);
    expect(order).toEqual(['first request', 'second request', 'hourly scan', 'outbox']);
  });

  it('lets background work that has waited its longest go before newer requests', async () => {
    const queue = new ConnectionQueue({ maxWaitMs: 5_000, backgroundMaxDelayMs: 50 });
    const order: string[] = [];
    const { release, done } = await hold(queue);
    const job = inBackgroundLane(() => queue.run(async () => void order.push('job')));
    await sleep(80);
    const request = queue.run(async () => void order.push('request'));
    release();
    await Promise.all([done, job, request]);
    expect(order).toEqual(['job', 'request']);
  });

  it('refuses a request that waited too long, and still serves the ones after it', async () => {
    const queue = new ConnectionQueue({ maxWaitMs: 50, backgroundMaxDelayMs: 25 });
    const { release, done } = await hold(queue);
    const refused = queue.run(async () => 'never');
    await expect(refused).rejects.toBeInstanceOf(ConnectionBusyError);
    expect(queue.waiting).toEqual({ requests: 0, background: 0 });
    release();
    await done;
    await expect(queue.run(async () => 'served')).resolves.toBe('served');
  });
});

// The queue stands in front of PGlite only; PostgreSQL gives each request a connection.
describe.skipIf(Boolean(process.env.TEST_DATABASE_URL))('a busy embedded database', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      config: { pglite: { sharedBuffers: '16MB', maxWaitMs: 300 } },
    });
  });
  afterAll(() => server.close());

  it('answers 503 with Retry-After while the connection stays busy, and changes nothing', async () => {
    const workspace = await makeWorkspace(server);
    const anna = await makeUser(workspace, 'principal_manager', { name: 'Anna Schulz' });
    const client = http(server.url, { authorization: `Bearer ${anna.token}` }, false);
    // A transaction that keeps PGlite's one connection for a second, as a long import would.
    const longWork = server.database.db.transaction(async () => sleep(1_000));
    await sleep(20);
    const refused = await client.post('/api/v1/distributors', {
      name: 'Công ty TNHH Phụ tùng Hải Phòng',
      country: 'VN',
    });
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.body).toMatchObject({ type: '/problems/busy', title: 'Liaison is busy' });
    await longWork;
    const listed = await client.get<{ total: number }>('/api/v1/distributors');
    expect(listed.status).toBe(200);
    expect(listed.body.total).toBe(0);
  });
});
