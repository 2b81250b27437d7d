import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCharter, makeDistributor, makeUser, makeWorkspace } from '../../test/factories.ts';
import { http } from '../../test/http.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';
import {
  contentWith,
  exclusiveIn,
  type Problem,
  relationship,
  today,
  type Version,
} from './charter.fixture.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('charter negotiation', () => {
  it('takes counter-proposals, and lets only the right side concede or withdraw', async () => {
    const { distributor, manager, signer, base, workspace } = await relationship(server);
    const sent = await makeCharter(workspace, distributor.id, 'negotiation');
    const principal = http(server.url).as(manager);
    const portal = http(server.url).as(signer);
    const reporting = sent.content.reporting;
    await portal.post(`${base}/versions/1/points`, {
      section: 'reporting',
      title: 'Report due day',
      position: 'Our books close on the 12th.',
      proposal: { ...reporting, monthlyReportDueDay: 20 },
    });
    const counter = await principal.post(`${base}/versions/1/points/1/events`, {
      kind: 'position',
      body: 'The 15th, so the monthly review keeps its week.',
      proposal: { ...reporting, monthlyReportDueDay: 15 },
    });
    expect(counter.status).toBe(200);
    const badCounter = await principal.post<Problem>(`${base}/versions/1/points/1/events`, {
      kind: 'position',
      body: 'The 31st.',
      proposal: { ...reporting, monthlyReportDueDay: 31 },
    });
    expect(badCounter.status).toBe(422);
    expect(badCounter.body.errors?.[0]?.pointer).toBe('#/proposal/monthlyReportDueDay');
    // Only the side that raised a point withdraws it; only the proposer concedes.
    const withdraw = await principal.post<Problem>(`${base}/versions/1/points/1/events`, {
      kind: 'withdrawn',
    });
    expect(withdraw.body.errors?.[0]?.detail).toBe(
      'Only the side that raised the point can withdraw it.',
    );
    const concede = await portal.post<Problem>(`${base}/versions/1/points/1/events`, {
      kind: 'conceded',
    });
    expect(concede.body.errors?.[0]?.detail).toBe(
      'Only the side that made the current proposal can concede it.',
    );
    expect(
      (await portal.post(`${base}/versions/1/points/1/events`, { kind: 'agreed' })).status,
    ).toBe(200);
    const after = await principal.get<Version>(`${base}/versions/1`);
    expect(after.body.content.reporting.monthlyReportDueDay).toBe(15);
    const points = await principal.get<
      { principalPosition: string; distributorPosition: string; status: string }[]
    >(`${base}/versions/1/points`);
    expect(points.body[0]).toMatchObject({
      principalPosition: 'The 15th, so the monthly review keeps its week.',
      distributorPosition: 'Our books close on the 12th.',
      status: 'agreed',
    });
    const closed = await portal.post<Problem>(`${base}/versions/1/points/1/events`, {
      kind: 'comment',
      body: 'Thanks',
    });
    expect(closed.status).toBe(409);
    expect(closed.body.detail).toBe('Point 1 is agreed.');
  });

  it('refuses bad input with a pointer to each field, and changes nothing', async () => {
    const { manager, base } = await relationship(server);
    const principal = http(server.url).as(manager);
    await principal.post(base, {});
    const bad = contentWith({
      territory: {
        grants: [
          {
            country: 'XX',
            region: null,
            productLineIds: [],
            exclusive: true,
            startsOn: today,
            endsOn: null,
          },
          {
            country: 'VN',
            region: 'TH-10',
            productLineIds: [],
            exclusive: true,
            startsOn: today,
            endsOn: null,
          },
          {
            country: 'VN',
            region: null,
            productLineIds: [],
            exclusive: false,
            startsOn: '2026-05-01',
            endsOn: '2026-04-01',
          },
        ],
        clause: '',
      },
      carveOuts: { accounts: [{ company: ' ', country: 'VN', reason: '' }], clause: '' },
    });
    const refused = await principal.put<Problem>(`${base}/versions/1/content`, { content: bad });
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual(
      expect.arrayContaining([
        {
          pointer: '#/content/territory/grants/0/country',
          detail: expect.stringContaining('"XX"'),
        },
        {
          pointer: '#/content/territory/grants/1/region',
          detail: '"TH-10" is not an ISO 3166-2 subdivision of VN.',
        },
        {
          pointer: '#/content/territory/grants/2/endsOn',
          detail: 'The end date is before the start date.',
        },
        { pointer: '#/content/carveOuts/accounts/0/company', detail: 'This field is required.' },
      ]),
    );
    const unknownLine = await principal.put<Problem>(`${base}/versions/1/content`, {
      content: contentWith({
        productCoverage: {
          mode: 'subset',
          productLineIds: ['00000000-0000-4000-8000-000000000000'],
          clause: '',
        },
      }),
    });
    expect(unknownLine.status).toBe(422);
    expect(unknownLine.body.errors?.[0]?.pointer).toBe(
      '#/content/productCoverage/productLineIds/0',
    );
    const unchanged = await principal.get<Version>(`${base}/versions/1`);
    expect(unchanged.body.content.territory.grants).toEqual([]);
  });
});

describe('territory conflicts', () => {
  it('finds clashes with other charters while editing and blocks agreeing', async () => {
    const workspace = await makeWorkspace(server);
    const saigon = await makeDistributor(workspace, { name: 'Saigon Motor Parts' });
    await makeCharter(
      workspace,
      saigon.id,
      'signed',
      contentWith({
        territory: exclusiveIn('VN'),
        carveOuts: {
          accounts: [{ company: 'Truong Hai Auto (THACO)', country: 'VN', reason: 'OEM' }],
          clause: '',
        },
      }),
    );
    const { distributor, manager, signer, base } = await relationship(server, workspace);
    const principal = http(server.url).as(manager);
    await principal.post(base, {});
    const clashing = contentWith({
      territory: exclusiveIn('VN', 'VN-SG'),
      assignedAccounts: {
        accounts: [{ company: 'truong hai auto – thaco', country: 'VN' }],
        clause: '',
      },
    });
    const check = await principal.post<{ valid: boolean; conflicts: Version['conflicts'] }>(
      `${base}/check`,
      { content: clashing },
    );
    expect(check.body.valid).toBe(false);
    expect(check.body.conflicts.map((c) => [c.kind, c.pointer])).toEqual([
      ['exclusive_overlap', '#/territory/grants/0'],
      ['assigned_carved_out', '#/assignedAccounts/accounts/0'],
    ]);
    // One sentence with names and the reader's date format, not codes ("LA" read as Los Angeles).
    const from = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${today}T00:00:00Z`),
    );
    expect(check.body.conflicts[0]?.detail).toBe(
      `This charter makes Hồ Chí Minh (Vietnam) exclusive for every product line from ${from} with no end date, but the charter of Saigon Motor Parts (version 1, signed) already gives the same exclusivity.`,
    );
    expect(check.body.conflicts[1]?.detail).toBe(
      'truong hai auto – thaco in Vietnam is assigned to the distributor here, but the charter of Saigon Motor Parts (version 1, signed) reserves it for the principal.',
    );

    await principal.put(`${base}/versions/1/content`, { content: clashing });
    await principal.post(`${base}/versions/1/transitions`, { action: 'send' });
    const refused = await principal.post<Problem>(`${base}/versions/1/transitions`, {
      action: 'agree',
    });
    expect(refused.status).toBe(409);
    expect(refused.body.errors?.map((e) => e.pointer)).toEqual([
      '#/content/territory/grants/0',
      '#/content/assignedAccounts/accounts/0',
    ]);
    // The distributor's user learns of the clash, not whose charter it is.
    const portalView = await http(server.url).as(signer).get<Version>(`${base}/versions/1`);
    expect(portalView.body.conflicts[0]?.other).toEqual({
      distributorId: null,
      distributorName: null,
      version: null,
      status: null,
    });
    expect(portalView.body.conflicts[0]?.detail).toContain("another distributor's charter");
    expect(portalView.body.conflicts[0]?.detail).not.toContain('Saigon');
    // …and cannot probe other charters with made-up texts.
    const probe = await http(server.url)
      .as(signer)
      .post(`${base}/check`, { content: contentWith({ territory: exclusiveIn('VN') }) });
    expect(probe.status).toBe(403);
    expect(distributor.id).not.toBe(saigon.id);

    // A non-exclusive grant elsewhere is fine.
    const fine = await principal.post<{ valid: boolean }>(`${base}/check`, {
      content: contentWith({ territory: exclusiveIn('KH') }),
    });
    expect(fine.body.valid).toBe(true);
  });

  it('explains a clash in the reader’s language, with country names, once', async () => {
    const workspace = await makeWorkspace(server);
    const saigon = await makeDistributor(workspace, { name: 'Saigon Motor Parts' });
    const laos = (exclusive: boolean, endsOn: string | null, count: number) => ({
      grants: Array.from({ length: count }, () => ({
        country: 'LA',
        region: null,
        productLineIds: [],
        exclusive,
        startsOn: '2026-01-01',
        endsOn,
      })),
      clause: '',
    });
    // Two of Saigon's grants make the same clash: the reader sees it once.
    await makeCharter(
      workspace,
      saigon.id,
      'signed',
      contentWith({ territory: laos(false, null, 2) }),
    );
    const { distributor } = await relationship(server, workspace);
    await makeCharter(
      workspace,
      distributor.id,
      'negotiation',
      contentWith({ territory: laos(true, '2027-12-31', 1) }),
    );
    const lan = await makeUser(workspace, 'distributor_admin', {
      distributorId: distributor.id,
      name: 'Nguyễn Thị Lan',
      locale: 'vi',
    });
    const base = `/api/v1/distributors/${distributor.id}/charter`;
    const seen = await http(server.url).as(lan).get<Version>(`${base}/versions/1`);
    expect(seen.body.conflicts.map((conflict) => conflict.detail)).toEqual([
      'Hiến chương này trao quyền độc quyền tại Lào cho mọi dòng sản phẩm từ 1 tháng 1, 2026 đến 31 tháng 12, 2027, nhưng hiến chương của một nhà phân phối khác đã cho phép bán tại đó (không độc quyền).',
    ]);
  });
});
