// The playbook's judgement items and its versions over HTTP (#18): ticked by one side with a note
// and confirmed by the other, the admin's edits making new versions without breaking the automatic
// items, and each side seeing only its own relationships.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCharter, makeDistributor, makeUser, makeWorkspace } from '../../test/factories.ts';
import { pinnedClock } from '../../test/fakes/clock.ts';
import { http } from '../../test/http.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';
import {
  type DistributorPlaybook,
  item,
  type Playbook,
  type Progress,
  relationship as relationshipIn,
} from './playbook.fixture.ts';

const clock = pinnedClock('2027-03-01T08:00:00Z');
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ clock });
});
afterAll(() => server.close());

const relationship = (workspace?: Parameters<typeof relationshipIn>[1]) =>
  relationshipIn(server, workspace);

describe('items that need judgement', () => {
  it('are ticked by one side with a note and confirmed by the other', async () => {
    const { manager, lan, base } = await relationship();
    const asLan = http(server.url).as(lan);
    const ticked = await asLan.post<DistributorPlaybook>(`${base}/playbook/items/on_board/tick`, {
      note: 'Đội bán hàng đã được đào tạo về vai trò của mình trong hợp tác.',
    });
    expect(ticked.status).toBe(200);
    expect(item(ticked.body, 'on_board')).toMatchObject({
      isDone: true,
      kind: 'judgement',
      tickedBy: { name: 'Nguyễn Thị Lan', side: 'distributor' },
      note: 'Đội bán hàng đã được đào tạo về vai trò của mình trong hợp tác.',
      confirmedBy: null,
      canConfirm: false,
    });
    // The side that ticked cannot confirm its own tick.
    const own = await asLan.post(`${base}/playbook/items/on_board/confirm`, {});
    expect(own.status).toBe(409);

    const asJonas = http(server.url).as(manager);
    const seen = await asJonas.get<DistributorPlaybook>(`${base}/playbook`);
    expect(item(seen.body, 'on_board').canConfirm).toBe(true);
    clock.advance({ minutes: 5 });
    const confirmed = await asJonas.post<DistributorPlaybook>(
      `${base}/playbook/items/on_board/confirm`,
      {},
    );
    expect(confirmed.status).toBe(200);
    expect(item(confirmed.body, 'on_board').confirmedBy).toMatchObject({ name: 'Jonas Becker' });

    // An automatic item is not ticked by hand; a viewer ticks nothing.
    const automatic = await asJonas.post(`${base}/playbook/items/charter_signed/tick`, {
      note: 'Signed on paper.',
    });
    expect(automatic.status).toBe(409);
    const viewer = await makeUser(manager.workspace, 'principal_viewer', { name: 'Mei Fischer' });
    const byViewer = await http(server.url)
      .as(viewer)
      .post(`${base}/playbook/items/trust/tick`, { note: 'Gut.' });
    expect(byViewer.status).toBe(403);

    clock.advance({ minutes: 5 });
    const unticked = await asJonas.post<DistributorPlaybook>(
      `${base}/playbook/items/on_board/untick`,
      { note: 'The new sales director has not been introduced yet.' },
    );
    expect(item(unticked.body, 'on_board')).toMatchObject({ isDone: false, confirmedBy: null });
    expect(
      unticked.body.history
        .filter((entry) => entry.itemKey === 'on_board')
        .map((entry) => [entry.cause, entry.note]),
    ).toEqual([
      ['unticked', 'The new sales director has not been introduced yet.'],
      ['confirmed', null],
      ['ticked', 'Đội bán hàng đã được đào tạo về vai trò của mình trong hợp tác.'],
    ]);
  });
});

describe('adapting the playbook', () => {
  it('makes a new version; automatic items keep their rule when their text changes', async () => {
    const { admin, manager, base } = await relationship();
    const asKatrin = http(server.url).as(admin);
    const standard = await asKatrin.get<Playbook>('/api/v1/playbook');
    expect(standard.body).toMatchObject({ version: 1, isStandard: true });
    expect(standard.body.items).toHaveLength(14);

    const items = standard.body.items
      .filter((entry) => entry.key !== 'communication_adhered')
      .map((entry) => ({
        key: entry.key,
        // Sending no rule must not strip an automatic item of its own.
        ruleCode: null,
        threshold: entry.key === 'meetings_held' ? 6 : entry.threshold,
        title:
          entry.key === 'charter_signed'
            ? 'Charter signed by Brenner and the distributor'
            : entry.title,
        criteria: entry.criteria,
      }));
    const trust = items.findIndex((entry) => entry.key === 'trust');
    const [moved] = items.splice(trust, 1);
    if (moved) items.unshift(moved);
    items.push({
      key: null as unknown as string,
      ruleCode: null,
      threshold: null,
      title: 'Der Distributor kennt unsere Produktlinien',
      criteria: 'Das Vertriebsteam hat die Produktschulung für Bremsen und Filter abgeschlossen.',
    });

    const forbidden = await http(server.url)
      .as(manager)
      .put('/api/v1/playbook', { language: 'en', items });
    expect(forbidden.status).toBe(403);
    const saved = await asKatrin.put<Playbook>('/api/v1/playbook', { language: 'en', items });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ version: 2, isStandard: false });
    expect(saved.body.items.map((entry) => entry.key).slice(0, 2)).toEqual([
      'trust',
      'charter_signed',
    ]);
    expect(saved.body.items.find((entry) => entry.key === 'charter_signed')).toMatchObject({
      title: 'Charter signed by Brenner and the distributor',
      ruleCode: 'charter_signed',
    });
    expect(saved.body.items.find((entry) => entry.key === 'meetings_held')?.threshold).toBe(6);
    expect(saved.body.items.some((entry) => entry.key === 'communication_adhered')).toBe(false);

    const playbook = await asKatrin.get<DistributorPlaybook>(`${base}/playbook`);
    expect(playbook.body).toMatchObject({ version: 2, total: 14 });
    expect(playbook.body.items.at(-1)).toMatchObject({
      kind: 'judgement',
      title: 'Der Distributor kennt unsere Produktlinien',
    });
    expect(item(playbook.body, 'charter_signed').kind).toBe('automatic');

    // A second item with the same rule is refused.
    const twice = await asKatrin.put('/api/v1/playbook', {
      language: 'en',
      items: [
        ...items,
        {
          key: null,
          ruleCode: 'charter_signed',
          threshold: null,
          title: 'Again',
          criteria: 'Again.',
        },
      ],
    });
    expect(twice.status).toBe(422);
  });
});

describe('who sees what', () => {
  it('keeps each distributor to its own playbook and the portfolio to the principal', async () => {
    const { workspace, distributor, manager, lan, base } = await relationship();
    const bangkok = await makeDistributor(workspace, {
      name: 'Siam Auto Components',
      country: 'TH',
      timeZone: 'Asia/Bangkok',
      languages: ['th', 'en'],
    });
    const somchai = await makeUser(workspace, 'distributor_admin', {
      distributorId: bangkok.id,
      name: 'Somchai Wongsakul',
    });
    const asSomchai = http(server.url).as(somchai);
    expect((await asSomchai.get(`${base}/playbook`)).status).toBe(404);
    expect(
      (await asSomchai.post(`${base}/playbook/items/trust/tick`, { note: 'ดีมาก' })).status,
    ).toBe(404);
    expect((await asSomchai.get(`/api/v1/distributors/${bangkok.id}/playbook`)).status).toBe(200);
    expect((await http(server.url).as(lan).get('/api/v1/playbook/progress')).status).toBe(403);
    expect((await http(server.url).as(lan).get('/api/v1/playbook')).status).toBe(403);

    const elsewhere = await makeUser(
      await makeWorkspace(server, 'Autoteile Süd GmbH'),
      'principal_admin',
    );
    expect((await http(server.url).as(elsewhere).get(`${base}/playbook`)).status).toBe(404);

    // The portfolio: Saigon signed its charter, Siam has not; each stalls at its first open item.
    await makeCharter(workspace, distributor.id, 'signed');
    const progress = await http(server.url).as(manager).get<Progress>('/api/v1/playbook/progress');
    expect(progress.status).toBe(200);
    const saigon = progress.body.distributors.find((row) => row.id === distributor.id);
    const siam = progress.body.distributors.find((row) => row.id === bangkok.id);
    expect(saigon).toMatchObject({ total: 14, stalledAt: { key: 'on_board' } });
    expect(saigon?.done).toBeGreaterThanOrEqual(2);
    expect(siam).toMatchObject({ done: 0, stalledAt: { key: 'charter_signed' } });
    expect(progress.body.items[0]).toMatchObject({ key: 'charter_signed', done: 1, stalled: 1 });
    expect(progress.body.items[1]).toMatchObject({ key: 'on_board', done: 0, stalled: 1 });
  });
});
