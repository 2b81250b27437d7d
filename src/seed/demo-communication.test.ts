import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer } from '../../test/demo.ts';
import type { http } from '../../test/http.ts';
import type { TestServer } from '../../test/server.ts';

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
  let ids: Map<string, string>;

  beforeAll(async () => {
    ({ server, client, ids } = await startDemoServer());
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
