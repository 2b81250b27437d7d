// What each side sees of a relationship (issue #16): the principal its lifecycle stage, notes and
// reasons; the distributor's users the shared status only. And "active" lists mean working
// relationships: a terminated or suspended distributor is not in them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeDistributor,
  makeDistributorUser,
  makeUser,
  makeWorkspace,
} from '../../test/factories.ts';
import { http } from '../../test/http.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';

type Profile = {
  relationshipStatus: string;
  lifecycleStage: string | null;
  notes: string | null;
};
type Event = {
  fromStatus: string | null;
  toStatus: string;
  fromStage: string | null;
  toStage: string | null;
  reason: string | null;
};
type Page = { items: (Profile & { name: string })[] };
type Portfolio = { items: { name: string }[]; total: number };
type Coverage = { distributors: { name: string }[] };

const worry = 'Không có đơn hàng ba tháng; dòng má phanh cạnh tranh ở chi nhánh Thủ Đức';
const note = 'Ghi chú nội bộ: cân nhắc nhà phân phối thứ hai ở Hà Nội';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function atRiskSaigon() {
  const workspace = await makeWorkspace(server);
  const saigon = await makeDistributor(workspace, {
    name: 'Saigon Motor Parts',
    lifecycleStage: 'onboarding',
    notes: note,
  });
  const manager = await makeUser(workspace, 'principal_manager', { name: 'Jonas Becker' });
  const principal = http(server.url).as(manager);
  const base = `/api/v1/distributors/${saigon.id}`;
  for (const [stage, reason] of [
    ['active', 'Đơn hàng đầu tiên đã giao'],
    ['at_risk', worry],
  ] as const) {
    expect((await principal.post(`${base}/lifecycle`, { stage, reason })).status).toBe(200);
  }
  const lan = await makeDistributorUser(workspace, saigon.id);
  return { workspace, saigon, base, principal, distributor: http(server.url).as(lan) };
}

describe('what each side sees of the relationship', () => {
  it('shows the principal its stage and notes, and the distributor an active relationship', async () => {
    const { base, principal, distributor } = await atRiskSaigon();
    const ours = await principal.get<Profile>(base);
    expect(ours.body).toMatchObject({
      lifecycleStage: 'at_risk',
      relationshipStatus: 'active',
      notes: note,
    });
    const theirs = await distributor.get<Profile>(base);
    expect(theirs.status).toBe(200);
    expect(theirs.body).toMatchObject({
      relationshipStatus: 'active',
      lifecycleStage: null,
      notes: null,
    });
    expect(theirs.text).not.toContain('at_risk');
    expect(theirs.text).not.toContain(note);

    const list = await distributor.get<Page>('/api/v1/distributors');
    expect(list.body.items).toEqual([
      expect.objectContaining({
        name: 'Saigon Motor Parts',
        relationshipStatus: 'active',
        lifecycleStage: null,
      }),
    ]);
    // Filtering by stage would tell the stage by whether their one row comes back.
    expect((await distributor.get('/api/v1/distributors?stage=at_risk')).status).toBe(403);
    expect((await distributor.get('/api/v1/distributors?stage=active')).status).toBe(403);

    const scorecard = await distributor.get<{ distributor: Profile }>(`${base}/scorecard`);
    expect(scorecard.status).toBe(200);
    expect(scorecard.body.distributor).toMatchObject({
      relationshipStatus: 'active',
      lifecycleStage: null,
    });
    const principalsScorecard = await principal.get<{ distributor: Profile }>(`${base}/scorecard`);
    expect(principalsScorecard.body.distributor.lifecycleStage).toBe('at_risk');
  });

  it('gives the distributor the changes of the shared status, without stages or reasons', async () => {
    const { base, principal, distributor } = await atRiskSaigon();
    const ours = await principal.get<Event[]>(`${base}/lifecycle`);
    expect(ours.body.map((event) => [event.fromStage, event.toStage, event.reason])).toEqual([
      ['active', 'at_risk', worry],
      ['onboarding', 'active', 'Đơn hàng đầu tiên đã giao'],
      [null, 'onboarding', null],
    ]);
    const theirs = await distributor.get<Event[]>(`${base}/lifecycle`);
    expect(theirs.status).toBe(200);
    // Falling at risk is no change of the shared status: it is not in their history at all.
    expect(theirs.body).toEqual([
      expect.objectContaining({
        fromStatus: 'onboarding',
        toStatus: 'active',
        fromStage: null,
        toStage: null,
        reason: null,
      }),
      expect.objectContaining({ fromStatus: null, toStatus: 'onboarding', reason: null }),
    ]);
    expect(theirs.text).not.toContain(worry);
  });
});

describe('"active" lists', () => {
  it('leave terminated, suspended and prospective distributors out of the portfolio and coverage', async () => {
    const workspace = await makeWorkspace(server);
    for (const [name, stage] of [
      ['Andes Repuestos', 'active'],
      ['Bogotá Autopartes', 'at_risk'],
      ['Cape Auto Distributors', 'onboarding'],
      ['Dąbrowski Części', 'terminated'],
      ['Enugu Motor Spares', 'suspended'],
      ['Fjord Bildeler', 'prospect'],
    ] as const) {
      await makeDistributor(workspace, { name, lifecycleStage: stage });
    }
    const principal = http(server.url).as(await makeUser(workspace, 'principal_viewer'));
    const working = ['Andes Repuestos', 'Bogotá Autopartes', 'Cape Auto Distributors'];
    const portfolio = await principal.get<Portfolio>('/api/v1/portfolio?sort=name&order=asc');
    expect(portfolio.body.items.map((row) => row.name)).toEqual(working);
    expect(portfolio.body.total).toBe(3);
    // Asked for by stage, the others are there.
    const ended = await principal.get<Portfolio>(
      '/api/v1/portfolio?stage=terminated,suspended&sort=name&order=asc',
    );
    expect(ended.body.items.map((row) => row.name)).toEqual([
      'Dąbrowski Części',
      'Enugu Motor Spares',
    ]);
    const coverage = await principal.get<Coverage>('/api/v1/library/coverage');
    expect(coverage.body.distributors.map((row) => row.name)).toEqual(working);
    // The directory lists every stage; its "active" is the stage, its archive filter apart.
    const directory = await principal.get<Page>('/api/v1/distributors?stage=active');
    expect(directory.body.items.map((row) => row.name)).toEqual(['Andes Repuestos']);
    const listed = await principal.get<Page>('/api/v1/distributors?status=active');
    expect(listed.body.items).toHaveLength(6);
  });
});
