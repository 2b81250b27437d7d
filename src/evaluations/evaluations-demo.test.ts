// The demo's evaluations (#18): Saigon Motor Parts has last year's, completed in January with a
// decision to develop, and this year's as a draft. Lan reads last year's decision but not Jonas's
// draft, nor either internal note; the playbook's "an evaluation done this year" is ticked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer } from '../../test/demo.ts';
import { http } from '../../test/http.ts';
import type { TestServer } from '../../test/server.ts';
import { demoPassword, demoUsers } from '../seed/demo-data.ts';

type List = {
  items: { id: string; year: number; status: string; decision: string | null }[];
};
type Evaluation = {
  status: string;
  decision: string | null;
  principalAssessment: { text: string } | null;
  distributorAssessment: { text: string; authorName: string } | null;
  followUps: { text: string }[];
  internalNote: string | null;
  completedAt: string | null;
  createdAt: string;
};

describe('the demo’s evaluations', () => {
  let server: TestServer;
  let jonas: ReturnType<typeof http>;
  let lan: ReturnType<typeof http>;
  let base: string;
  let saigon: string;

  beforeAll(async () => {
    const started = await startDemoServer();
    server = started.server;
    jonas = started.client;
    saigon = started.ids.get('Saigon Motor Parts') ?? '';
    base = `/api/v1/distributors/${saigon}/evaluations`;
    const login = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: demoUsers.vietnam.email, password: demoPassword }),
    });
    lan = http(server.url).withHeaders({
      cookie: login.headers.get('set-cookie')?.split(';')[0] ?? '',
    });
  }, 240_000);
  afterAll(() => server?.close());

  it('shows last year’s completed evaluation and this year’s draft, year on year', async () => {
    const year = new Date().getUTCFullYear();
    const list = await jonas.get<List>(base);
    expect(list.body.items.map((item) => [item.year, item.status, item.decision])).toEqual([
      [year, 'draft', 'renew'],
      [year - 1, 'completed', 'develop'],
    ]);
    const [thisYear, lastYear] = list.body.items;
    const completed = await jonas.get<Evaluation>(`${base}/${lastYear?.id}`);
    expect(completed.body.completedAt?.slice(0, 10)).toBe(`${year}-01-20`);
    expect(completed.body.createdAt.slice(0, 10)).toBe(`${year}-01-12`);
    expect(completed.body.distributorAssessment?.authorName).toBe('Nguyễn Thị Lan');
    expect(completed.body.internalNote).toMatch(/^Margin on the Vietnamese price list/);

    const lanList = await lan.get<List>(base);
    expect(lanList.body.items.map((item) => item.decision)).toEqual([null, 'develop']);
    const lanCompleted = await lan.get<Evaluation>(`${base}/${lastYear?.id}`);
    expect(lanCompleted.body).toMatchObject({ decision: 'develop', internalNote: null });
    expect(lanCompleted.body.followUps).toHaveLength(2);
    const lanDraft = await lan.get<Evaluation>(`${base}/${thisYear?.id}`);
    expect(lanDraft.body).toMatchObject({
      status: 'draft',
      decision: null,
      principalAssessment: null,
      internalNote: null,
    });
    expect(lanDraft.text).not.toContain('Growth slowed after the summer');
  });

  it('ticks Saigon’s “an evaluation done this year” with a link to it', async () => {
    const playbook = await jonas.get<{
      items: { key: string; isDone: boolean; evidence: { link: string | null } | null }[];
    }>(`/api/v1/distributors/${saigon}/playbook`);
    const item = playbook.body.items.find((entry) => entry.key === 'evaluation_done');
    expect(item?.isDone).toBe(true);
    expect(item?.evidence?.link).toMatch(new RegExp(`^/distributors/${saigon}/evaluations/`));
  });
});
