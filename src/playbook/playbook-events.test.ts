// What the playbook tells people, over HTTP on either database: a judgement ticked by one side
// reaches the other (which may confirm it), and proof that goes away (a signed charter put in
// question by a newer version) tells both sides the items are no longer ticked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCharter } from '../../test/factories.ts';
import { pinnedClock } from '../../test/fakes/clock.ts';
import { http } from '../../test/http.ts';
import { runQueuedJobs } from '../../test/run-jobs.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';
import { type DistributorPlaybook, item, relationship } from './playbook.fixture.ts';

const clock = pinnedClock('2027-03-01T08:00:00Z');
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ clock, isolated: true });
});
afterAll(() => server.close());

type Notifications = { items: { type: string; data: Record<string, unknown>; path: string }[] };

describe('the playbook’s notifications', () => {
  it('tells the other side of a tick to confirm, and both sides of ticks the proof took away', async () => {
    const { workspace, distributor, manager, lan, base } = await relationship(server);
    const news = async (user: typeof manager) =>
      (await http(server.url).as(user).get<Notifications>('/api/v1/notifications')).body.items
        .filter((entry) => entry.type.startsWith('playbook.'))
        .map((entry) => [entry.type, entry.data, entry.path]);
    const playbookPage = `/distributors/${distributor.id}/playbook`;

    const ticked = await http(server.url)
      .as(lan)
      .post<DistributorPlaybook>(`${base}/playbook/items/on_board/tick`, {
        note: 'Đội bán hàng đã nắm rõ vai trò và danh mục sản phẩm.',
      });
    expect(ticked.status).toBe(200);
    await runQueuedJobs(server);
    expect(await news(manager)).toEqual([
      [
        'playbook.item_ticked',
        { itemKey: 'on_board', tickerName: 'Nguyễn Thị Lan', side: 'distributor' },
        playbookPage,
      ],
    ]);
    expect(await news(lan)).toEqual([]);

    // The charter signed, then a new version sent for negotiation: its tick goes.
    await makeCharter(workspace, distributor.id, 'signed');
    const signed = await http(server.url).as(manager).get<DistributorPlaybook>(`${base}/playbook`);
    expect(item(signed.body, 'charter_signed').isDone).toBe(true);
    clock.advance({ minutes: 5 });
    const api = http(server.url).as(manager);
    expect((await api.post(`${base}/charter`, {})).status).toBe(201);
    const sent = await api.post(`${base}/charter/versions/2/transitions`, {
      action: 'send',
      reason: null,
    });
    expect(sent.status).toBe(200);
    const pending = await api.get<DistributorPlaybook>(`${base}/playbook`);
    expect(item(pending.body, 'charter_signed').isDone).toBe(false);
    await runQueuedJobs(server);
    const lost = [
      'playbook.items_unticked',
      { itemKeys: ['charter_signed'], count: 1 },
      playbookPage,
    ];
    expect(await news(lan)).toEqual([lost]);
    expect((await news(manager))[0]).toEqual(lost);
  });
});
