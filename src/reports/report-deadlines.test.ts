import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeCharter,
  makeDistributor,
  makeDistributorUser,
  makeWorkspace,
} from '../../test/factories.ts';
import { pinnedClock } from '../../test/fakes/clock.ts';
import { http } from '../../test/http.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';
import { defaultCharterContent } from '../charter/charter.content.ts';
import { dayIn, isExpected, isLate } from './report-deadlines.ts';

type Months = {
  months: { period: string; status: string; expected: boolean; late: boolean; dueOn: string }[];
};

describe('report deadlines on the distributor’s calendar', () => {
  it.each([
    ['2027-02', '2027-03-01', false],
    ['2027-03', '2027-03-01', true],
    ['2027-03', '2027-03-31', true],
    ['2027-03', '2027-04-01', false],
    ['2026-10', '2026-01-15', true],
  ])('owes %s when the relationship began on %s: %s', (period, startsOn, expected) => {
    expect(isExpected(period, startsOn)).toBe(expected);
  });

  it('reads the day a report arrived in the distributor’s zone', () => {
    // 18:30 UTC on 10 April is already 11 April in Ho Chi Minh City: a day late there.
    const arrived = new Date('2027-04-10T18:30:00Z');
    expect(dayIn(arrived, 'Asia/Ho_Chi_Minh')).toBe('2027-04-11');
    const schedule = { today: '2027-04-13', timeZone: 'Asia/Ho_Chi_Minh', expected: true };
    expect(isLate({ firstSubmittedAt: arrived }, '2027-04-10', schedule)).toBe(true);
    expect(
      isLate({ firstSubmittedAt: arrived }, '2027-04-10', { ...schedule, timeZone: 'UTC' }),
    ).toBe(false);
    expect(isLate(undefined, '2027-04-10', { ...schedule, expected: false })).toBe(false);
  });
});

describe('the months a distributor owes', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ clock: pinnedClock('2027-04-13T09:00:00Z') });
  });
  afterAll(() => server.close());

  it('shows months before the relationship began as not expected, never late', async () => {
    const workspace = await makeWorkspace(server);
    const distributor = await makeDistributor(workspace, { reportCurrency: 'USD' });
    await makeCharter(workspace, distributor.id, 'signed', defaultCharterContent('2027-03-01'));
    const seller = await makeDistributorUser(workspace, distributor.id, 'distributor_admin');
    const response = await http(server.url)
      .as(seller)
      .get<Months>(`/api/v1/distributors/${distributor.id}/reports?months=6`);
    expect(response.status).toBe(200);
    expect(
      response.body.months.map(({ period, status, expected, late }) => ({
        period,
        status,
        expected,
        late,
      })),
    ).toEqual([
      // March is owed: due on 10 April, missing on the 13th, so late.
      { period: '2027-03', status: 'missing', expected: true, late: true },
      { period: '2027-02', status: 'missing', expected: false, late: false },
      { period: '2027-01', status: 'missing', expected: false, late: false },
      { period: '2026-12', status: 'missing', expected: false, late: false },
      { period: '2026-11', status: 'missing', expected: false, late: false },
      { period: '2026-10', status: 'missing', expected: false, late: false },
    ]);
    const february = await http(server.url)
      .as(seller)
      .get<{ expected: boolean; late: boolean }>(
        `/api/v1/distributors/${distributor.id}/reports/2027-02`,
      );
    expect(february.body).toMatchObject({ expected: false, late: false });
  });
});
