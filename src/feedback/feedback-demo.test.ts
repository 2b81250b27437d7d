// The demo's surveys (#18): Saigon Motor Parts shows a gap between the sides, with this quarter's
// round open and answered by Brenner's people only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer } from '../../test/demo.ts';
import type { http } from '../../test/http.ts';
import type { TestServer } from '../../test/server.ts';

type Feedback = {
  rounds: { quarter: string; isOpen: boolean; answers: { side: string }[] }[];
  gaps: { topic: string; principal: number; distributor: number }[];
};

describe('the demo’s surveys', () => {
  let server: TestServer;
  let client: ReturnType<typeof http>;
  let ids: Map<string, string>;
  beforeAll(async () => {
    ({ server, client, ids } = await startDemoServer());
  }, 180_000);
  afterAll(() => server?.close());

  it('shows a gap for Saigon Motor Parts, with this quarter open and one side answered', async () => {
    const saigon = await client.get<Feedback>(
      `/api/v1/distributors/${ids.get('Saigon Motor Parts')}/feedback`,
    );
    const [current, previous] = saigon.body.rounds;
    expect(saigon.body.rounds).toHaveLength(3);
    expect(current?.isOpen).toBe(true);
    expect(current?.answers.map((answer) => answer.side)).toEqual(['principal', 'principal']);
    expect(previous?.isOpen).toBe(false);
    expect(saigon.body.gaps.map((gap) => gap.topic)).toContain('communication');
    expect(saigon.body.gaps[0]).toMatchObject({ principal: 4.5, distributor: 2 });
  });
});
