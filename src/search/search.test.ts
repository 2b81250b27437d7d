import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeCharter,
  makeContact,
  makeDistributor,
  makeDistributorUser,
  makeProductLine,
  makeUser,
  makeWorkspace,
  type TestUser,
} from '../../test/factories.ts';
import { http } from '../../test/http.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';
import { relationship } from '../cadence/cadence-rights.fixture.ts';

type Ref = { id: string; name: string };
type Results = {
  distributors: { id: string; name: string; city: string | null }[];
  contacts: { name: string; distributor: Ref }[];
  meetings: { id: string; kind: string; rhythm: string; distributor: Ref }[];
  reports: { period: string; distributor: Ref }[];
  charters: { version: number; status: string; distributor: Ref }[];
};

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const search = (user: TestUser, q: string, more = '') =>
  http(server.url)
    .as(user)
    .get<Results>(`/api/v1/search?q=${encodeURIComponent(q)}${more}`);

const lastMonth = (() => {
  const now = new Date();
  const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  return month.toISOString().slice(0, 7);
})();

/** Two distributors whose names and cities are accented, one of each side's people, a report. */
async function portfolio() {
  const workspace = await makeWorkspace(server);
  const manager = await makeUser(workspace, 'principal_manager', { name: 'Katrin Weber' });
  const thuDuc = await makeDistributor(workspace, {
    name: 'Phụ Tùng Ô Tô Thủ Đức',
    city: 'Thủ Đức',
    notes: 'No orders for three months; a competing Brembo line seen at their branch',
    lifecycleStage: 'at_risk',
  });
  const lodz = await makeDistributor(workspace, {
    name: 'Części Samochodowe Łódź Sp. z o.o.',
    country: 'PL',
    city: 'Łódź',
    timeZone: 'Europe/Warsaw',
    languages: ['pl'],
  });
  await makeContact(workspace, thuDuc.id, { name: 'Nguyễn Văn Đức' });
  await makeContact(workspace, lodz.id, { name: 'Paweł Wójcik', language: 'pl' });
  const lan = await makeDistributorUser(workspace, thuDuc.id);
  const pawel = await makeUser(workspace, 'distributor_admin', {
    distributorId: lodz.id,
    name: 'Paweł Wójcik',
  });
  await makeProductLine(workspace, { code: 'BRK-PAD', name: 'Brake pads' });
  const submitted = await http(server.url)
    .as(lan)
    .post(`/api/v1/distributors/${thuDuc.id}/reports/${lastMonth}/submissions`, {
      content: {
        period: lastMonth,
        currency: 'EUR',
        sales: [{ productLine: 'BRK-PAD', units: 120, revenue: 4800 }],
        inventory: [{ productLine: 'BRK-PAD', unitsOnHand: 240 }],
        pipeline: [],
        marketIntelligence: [],
        competitiveActivity: [],
        customerSatisfaction: { complaints: 2, returns: 1, score: 7.5 },
      },
    });
  expect(submitted.status).toBe(200);
  // The principal's draft of Łódź's charter: not shared with Łódź yet.
  await makeCharter(workspace, lodz.id, 'draft');
  return { manager, lan, pawel, thuDuc, lodz };
}

describe('global search', () => {
  it('finds Vietnamese and Polish names typed without accents, grouped by type', async () => {
    const { manager, thuDuc, lodz } = await portfolio();

    const vietnamese = await search(manager, 'thu duc');
    expect(vietnamese.status).toBe(200);
    expect(vietnamese.body.distributors.map((hit) => [hit.name, hit.city])).toEqual([
      ['Phụ Tùng Ô Tô Thủ Đức', 'Thủ Đức'],
    ]);
    expect(vietnamese.body.reports).toEqual([
      expect.objectContaining({
        period: lastMonth,
        distributor: { id: thuDuc.id, name: 'Phụ Tùng Ô Tô Thủ Đức' },
      }),
    ]);
    // Typed with its accents, it is found the same; with other accents, not.
    expect((await search(manager, 'Thủ Đức')).body.distributors).toHaveLength(1);
    expect((await search(manager, 'Thú Đức')).body.distributors).toHaveLength(0);

    const polish = await search(manager, 'LODZ');
    expect(polish.body.distributors.map((hit) => hit.name)).toEqual([
      'Części Samochodowe Łódź Sp. z o.o.',
    ]);
    expect(polish.body.charters).toEqual([
      {
        id: expect.any(String),
        version: 1,
        status: 'draft',
        distributor: { id: lodz.id, name: lodz.name },
      },
    ]);
    const people = await search(manager, 'wojcik');
    expect(people.body.contacts.map((hit) => [hit.name, hit.distributor.name])).toEqual([
      ['Paweł Wójcik', 'Części Samochodowe Łódź Sp. z o.o.'],
    ]);
    expect((await search(manager, 'duc')).body.contacts.map((hit) => hit.name)).toEqual([
      'Nguyễn Văn Đức',
    ]);
  });

  it("finds only a distributor's own records for its users, and never the principal's notes", async () => {
    const { manager, lan, pawel, thuDuc } = await portfolio();
    // The principal's staff find a distributor by their own notes on it…
    expect((await search(manager, 'brembo')).body.distributors.map((hit) => hit.id)).toEqual([
      thuDuc.id,
    ]);
    // …its own people do not, nor by its stage.
    const notes = await search(lan, 'brembo');
    expect(notes.status).toBe(200);
    expect(notes.body.distributors).toEqual([]);
    expect((await search(lan, 'at_risk')).body.distributors).toEqual([]);

    // Lan finds her company, her colleague and her report, nothing of Łódź.
    const own = await search(lan, 'duc');
    expect(own.body.distributors.map((hit) => hit.id)).toEqual([thuDuc.id]);
    expect(own.body.contacts.map((hit) => hit.name)).toEqual(['Nguyễn Văn Đức']);
    expect(own.body.reports.map((hit) => hit.period)).toEqual([lastMonth]);
    const other = await search(lan, 'lodz');
    expect(other.body).toEqual({
      distributors: [],
      contacts: [],
      meetings: [],
      reports: [],
      charters: [],
    });
    expect((await search(lan, 'wojcik')).body.contacts).toEqual([]);

    // Paweł finds Łódź, but not the principal's charter draft for it, nor Thủ Đức's report.
    const lodz = await search(pawel, 'lodz');
    expect(lodz.body.distributors).toHaveLength(1);
    expect(lodz.body.charters).toEqual([]);
    expect((await search(pawel, 'thu duc')).body.reports).toEqual([]);
  });

  it('finds meetings by their distributor, and limits each group', async () => {
    const { jonas, lan, distributor, meetings } = await relationship(server);
    const found = await search(jonas, 'saigon motor', '&limit=2');
    expect(found.body.meetings).toHaveLength(2);
    expect(found.body.meetings[0]?.distributor).toEqual({
      id: distributor.id,
      name: distributor.name,
    });
    expect(meetings.map((meeting) => meeting.id)).toEqual(
      expect.arrayContaining(found.body.meetings.map((meeting) => meeting.id)),
    );
    const lanFound = (await search(lan, 'saigon motor')).body.meetings;
    expect(lanFound.length).toBeGreaterThan(0);
    // Check-ins of onboarding month one are named twice-weekly, as on the meetings page.
    expect(lanFound.map((meeting) => [meeting.kind, meeting.rhythm])).toContainEqual([
      'weekly',
      'twice_weekly',
    ]);
  });

  it('asks for two letters at least', async () => {
    const { manager } = await portfolio();
    const short = await search(manager, 'ł');
    expect(short.status).toBe(422);
  });
});
