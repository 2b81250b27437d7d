// The demo's playbooks (#18): relationships at different points, items ticked from the demo's
// real data, and Huadong's "charter signed" open again because a newer version is negotiated.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer } from '../../test/demo.ts';
import type { http } from '../../test/http.ts';
import type { TestServer } from '../../test/server.ts';

type Item = { key: string; isDone: boolean; evidence: { text: string } | null };
type Playbook = {
  done: number;
  items: Item[];
  history: { itemKey: string; cause: string }[];
};
type Progress = {
  distributors: { name: string; done: number; stalledAt: { key: string } | null }[];
};

describe('the demo’s playbooks', () => {
  let server: TestServer;
  let client: ReturnType<typeof http>;
  let ids: Map<string, string>;

  beforeAll(async () => {
    ({ server, client, ids } = await startDemoServer());
  }, 240_000);
  afterAll(() => server?.close());

  const playbookOf = async (name: string) => {
    const response = await client.get<Playbook>(`/api/v1/distributors/${ids.get(name)}/playbook`);
    expect(response.status).toBe(200);
    const item = (key: string) => response.body.items.find((entry) => entry.key === key);
    return { body: response.body, item };
  };

  it('ticks Saigon’s items from its data and shows its judgement items', async () => {
    const { body, item } = await playbookOf('Saigon Motor Parts');
    for (const key of ['charter_signed', 'ladders_defined', 'problem_resolution', 'on_board']) {
      expect(item(key)?.isDone, key).toBe(true);
    }
    expect(item('trust')).toMatchObject({ isDone: true });
    expect(body.done).toBeGreaterThanOrEqual(6);
  });

  it('opens Huadong’s charter item again while version 2 is negotiated', async () => {
    const { body, item } = await playbookOf('Huadong Auto Parts Trading');
    expect(item('charter_signed')).toMatchObject({
      isDone: false,
      evidence: {
        text: 'Version 2 has been sent for negotiation and is not yet signed by both parties',
      },
    });
    expect(
      body.history
        .filter((entry) => entry.itemKey === 'charter_signed')
        .map((entry) => entry.cause),
    ).toEqual(['unticked_by_rule', 'ticked_by_rule']);
  });

  it('shows relationships at different points across the portfolio', async () => {
    const progress = await client.get<Progress>('/api/v1/playbook/progress');
    expect(progress.status).toBe(200);
    const counts = new Set(progress.body.distributors.map((row) => row.done));
    expect(counts.size).toBeGreaterThanOrEqual(3);
    const siam = progress.body.distributors.find((row) => row.name === 'Siam Auto Components');
    expect(siam?.stalledAt?.key).toBe('charter_signed');
  });
});
