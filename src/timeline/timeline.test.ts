import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeCharter,
  makeDistributor,
  makeDistributorUser,
  makeProductLine,
  type TestUser,
} from '../../test/factories.ts';
import { http } from '../../test/http.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';
import { daysFromToday, relationship } from '../cadence/cadence-rights.fixture.ts';

type Item = {
  id: string;
  kind: string;
  event: string;
  at: string;
  actorName: string | null;
  subject: string | null;
  detail: string | null;
  ref: string | null;
};
type Page = { items: Item[]; nextCursor: string | null };

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const lastMonth = (() => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1))
    .toISOString()
    .slice(0, 7);
})();

/**
 * Saigon Motor Parts' relationship with a bit of everything: a cancelled meeting, an action item,
 * a report, a logged call, the principal's charter draft and its own lifecycle assessment.
 */
async function history() {
  const world = await relationship(server);
  const { workspace, distributor, jonas, lan, contacts, base, meetings } = world;
  const as = (user: TestUser) => http(server.url).as(user);
  const cancelled = await as(lan).post(`${base}/meetings/${meetings[0].id}/changes`, {
    action: 'cancel',
    reason: 'Tết holiday: the office is closed',
  });
  expect(cancelled.status).toBe(200);
  const item = await as(jonas).post(`${base}/action-items`, {
    meetingId: meetings[1].id,
    title: 'Xác nhận phân bổ container quý 1',
    ownerContactId: contacts.lan.id,
    dueOn: daysFromToday(7),
  });
  expect(item.status).toBe(201);
  await makeProductLine(workspace, { code: 'BRK-PAD', name: 'Brake pads' });
  const report = await as(lan).post(`${base}/reports/${lastMonth}/submissions`, {
    content: {
      period: lastMonth,
      currency: 'EUR',
      sales: [{ productLine: 'BRK-PAD', units: 120, revenue: 4800 }],
      inventory: [{ productLine: 'BRK-PAD', unitsOnHand: 240 }],
      pipeline: [],
      marketIntelligence: [],
      competitiveActivity: [],
      customerSatisfaction: { complaints: 3, returns: 1, score: 7.5 },
    },
  });
  expect(report.status).toBe(200);
  const call = await as(jonas).post(`${base}/interactions`, {
    occurredAt: new Date(Date.now() - 3 * 86_400_000).toISOString(),
    direction: 'outbound',
    channel: 'call',
    summary: 'Gọi chị Lan về giá má phanh',
  });
  expect(call.status).toBe(201);
  const stage = await as(jonas).post(`${base}/lifecycle`, {
    stage: 'at_risk',
    reason: 'No orders for three months; a competing brake line seen at their Thủ Đức branch',
  });
  expect(stage.status).toBe(200);
  await makeCharter(workspace, distributor.id, 'draft');
  return world;
}

const timeline = (user: TestUser, distributorId: string, query = '') =>
  http(server.url).as(user).get<Page>(`/api/v1/distributors/${distributorId}/timeline${query}`);

function newestFirst(items: Item[]) {
  return items.every((item, index) => {
    const previous = items[index - 1];
    return !previous || previous.at >= item.at;
  });
}

describe('the relationship timeline', () => {
  it('shows both sides’ events in order to the principal, its internal ones included', async () => {
    const { jonas, distributor } = await history();
    const answer = await timeline(jonas, distributor.id);
    expect(answer.status).toBe(200);
    const events = answer.body.items.map((item) => item.event);
    expect(events).toEqual(
      expect.arrayContaining([
        'meeting.cancelled',
        'action_item.created',
        'report.submitted',
        'communication.outbound',
        'lifecycle.changed',
        'charter.version_created',
      ]),
    );
    expect(newestFirst(answer.body.items)).toBe(true);
    // The call three days ago is the oldest.
    expect(answer.body.items.at(-1)?.event).toBe('communication.outbound');
    const cancelled = answer.body.items.find((item) => item.event === 'meeting.cancelled');
    expect(cancelled).toMatchObject({
      kind: 'meeting',
      actorName: 'Nguyễn Thị Lan',
      // A check-in of onboarding month one, named by its rhythm as on the meetings page.
      subject: 'twice_weekly',
      detail: 'Tết holiday: the office is closed',
    });
    expect(answer.body.items.find((item) => item.event === 'report.submitted')).toMatchObject({
      actorName: 'Nguyễn Thị Lan',
      subject: lastMonth,
      ref: lastMonth,
    });
    expect(answer.body.items.find((item) => item.event === 'lifecycle.changed')).toMatchObject({
      subject: 'at_risk',
      ref: 'active',
    });
  });

  it("keeps the principal's internal entries from the distributor's users", async () => {
    const { lan, huy, distributor } = await history();
    for (const user of [lan, huy]) {
      const answer = await timeline(user, distributor.id);
      expect(answer.status).toBe(200);
      const events = answer.body.items.map((item) => item.event);
      expect(events).toEqual(
        expect.arrayContaining([
          'meeting.cancelled',
          'action_item.created',
          'report.submitted',
          'communication.outbound',
        ]),
      );
      expect(events.some((event) => event.startsWith('lifecycle.'))).toBe(false);
      // The charter draft is the principal's until it is sent.
      expect(events).not.toContain('charter.version_created');
      expect(answer.text).not.toContain('Thủ Đức');
      expect(answer.text).not.toContain('at_risk');
      // Asking for the principal's kinds by name answers nothing either.
      const asked = await timeline(user, distributor.id, '?kinds=lifecycle,charter');
      expect(asked.body.items).toEqual([]);
    }
    // Another distributor's timeline is not there for Lan.
    const other = await makeDistributor(lan.workspace, { name: 'Đà Nẵng Phụ Tùng' });
    expect((await timeline(lan, other.id)).status).toBe(404);
    const stranger = await makeDistributorUser(lan.workspace, other.id);
    expect((await timeline(stranger, distributor.id)).status).toBe(404);
  });

  it('pages with a cursor and filters by kind', async () => {
    const { jonas, distributor } = await history();
    const all = (await timeline(jonas, distributor.id)).body.items;
    const walked: Item[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `?limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page = await timeline(jonas, distributor.id, query);
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      walked.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(walked.map((item) => item.id)).toEqual(all.map((item) => item.id));

    const reports = await timeline(jonas, distributor.id, '?kinds=report,communication');
    expect(new Set(reports.body.items.map((item) => item.kind))).toEqual(
      new Set(['report', 'communication']),
    );
    expect((await timeline(jonas, distributor.id, '?kinds=gossip')).status).toBe(422);
    expect((await timeline(jonas, distributor.id, '?cursor=bm90LWpzb24')).status).toBe(422);
  });
});
