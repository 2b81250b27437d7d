import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { http } from '../../test/http.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';
import { loadDemoData } from './demo.ts';
import { demoPassword, demoUsers } from './demo-data.ts';

type SideFigures = { responses: number; withinProtocol: number | null; overdue: number };
type Responsiveness = { principal: SideFigures; distributor: SideFigures };
type Thread = { subject: string; messages: { author: { side: string }; createdAt: string }[] };
type ThreadPage = { items: { id: string; subject: string }[]; total: number };
type InteractionPage = {
  items: { direction: string; occurredAt: string; repliedAt: string | null }[];
};

describe('the demo’s communication', () => {
  let server: TestServer;
  let client: ReturnType<typeof http>;
  const ids = new Map<string, string>();

  beforeAll(async () => {
    // The demo's workspace and users have fixed names: on PostgreSQL they get a database alone.
    server = await startTestServer({ isolated: true });
    await loadDemoData(server.database, server.config);
    const login = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: demoUsers.manager.email, password: demoPassword }),
    });
    const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
    client = http(server.url).withHeaders({ cookie });
    const list = await client.get<{ items: { id: string; name: string }[] }>(
      '/api/v1/distributors?pageSize=100',
    );
    for (const item of list.body.items) ids.set(item.name, item.id);
  }, 180_000);
  afterAll(() => server?.close());

  it('shows Saigon Motor Parts quiet for ten weeks, two of Brenner’s messages unanswered', async () => {
    const saigon = `/api/v1/distributors/${ids.get('Saigon Motor Parts')}`;
    const threads = await client.get<ThreadPage>(`${saigon}/threads`);
    expect(threads.body.total).toBe(3);
    const inbound: number[] = [];
    for (const item of threads.body.items) {
      const thread = await client.get<Thread>(`${saigon}/threads/${item.id}`);
      for (const message of thread.body.messages) {
        if (message.author.side === 'distributor') inbound.push(Date.parse(message.createdAt));
      }
    }
    const interactions = await client.get<InteractionPage>(`${saigon}/interactions`);
    for (const item of interactions.body.items) {
      if (item.direction === 'inbound') inbound.push(Date.parse(item.occurredAt));
    }
    const weeksSilent = (Date.now() - Math.max(...inbound)) / (7 * 86_400_000);
    expect(weeksSilent).toBeGreaterThan(9.5);
    expect(weeksSilent).toBeLessThan(10.5);
    const saigonTimes = await client.get<Responsiveness>(`${saigon}/communication/responsiveness`);
    expect(saigonTimes.body.distributor.overdue).toBe(2);

    const siam = `/api/v1/distributors/${ids.get('Siam Auto Components')}`;
    const siamTimes = await client.get<Responsiveness>(`${siam}/communication/responsiveness`);
    expect(siamTimes.body.distributor).toMatchObject({ overdue: 0, withinProtocol: 1 });
  });
});
