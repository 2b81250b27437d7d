import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeDistributor,
  makeDistributorUser,
  makeUser,
  makeWorkspace,
  type TestUser,
} from '../../test/factories.ts';
import { pinnedClock } from '../../test/fakes/clock.ts';
import { http } from '../../test/http.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';
import { foldText, snippetOf } from './search-text.ts';

type Hit = {
  kind: string;
  threadId: string | null;
  distributor: { name: string };
  subject: string | null;
  snippet: { before: string; match: string; after: string };
};
type Page = { items: Hit[]; total: number; page: number; pageSize: number };

const clock = pinnedClock('2027-03-01T08:00:00Z');
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ clock });
});
afterAll(() => server.close());

async function portfolio() {
  const workspace = await makeWorkspace(server);
  const manager = await makeUser(workspace, 'principal_manager', { name: 'Katrin Weber' });
  const hanoi = await makeDistributor(workspace, { name: 'Thăng Long Auto Parts JSC' });
  const bangkok = await makeDistributor(workspace, { name: 'Siam Auto Components', country: 'TH' });
  const shanghai = await makeDistributor(workspace, { name: '上海汽配有限公司', country: 'CN' });
  const lan = await makeDistributorUser(workspace, hanoi.id);
  const somchai = await makeUser(workspace, 'distributor_admin', {
    distributorId: bangkok.id,
    name: 'สมชาย ใจดี',
  });
  const wei = await makeUser(workspace, 'distributor_admin', {
    distributorId: shanghai.id,
    name: '王伟',
  });
  const thread = async (user: TestUser, distributorId: string, subject: string, body: string) => {
    clock.advance({ minutes: 10 });
    const created = await http(server.url)
      .as(manager)
      .post(`/api/v1/distributors/${distributorId}/threads`, {
        subject,
        body,
        participantUserIds: [user.id],
      });
    expect(created.status).toBe(201);
  };
  await thread(lan, hanoi.id, 'Má phanh cho Đà Nẵng', 'Đơn hàng má phanh BRK-100 tháng 4');
  await thread(somchai, bangkok.id, 'ผ้าเบรก BRK-100', 'กรุณายืนยันคำสั่งซื้อผ้าเบรก');
  await thread(wei, shanghai.id, '刹车片订单', '请确认刹车片BRK-100的订单。');
  clock.advance({ minutes: 10 });
  await http(server.url).as(manager).post(`/api/v1/distributors/${hanoi.id}/interactions`, {
    occurredAt: '2027-02-20T03:00:00Z',
    direction: 'outbound',
    channel: 'call',
    summary: 'Gọi anh Nguyễn Văn Hùng về giá má phanh',
  });
  return { manager, lan, somchai, hanoi, bangkok };
}

const search = (user: TestUser, query: string) =>
  http(server.url).as(user).get<Page>(`/api/v1/communication/search?${query}`);

describe('communication search', () => {
  it('finds Vietnamese, Thai and Chinese text across the portfolio, with snippets', async () => {
    const { manager } = await portfolio();
    const code = await search(manager, 'q=BRK-100');
    expect(code.status).toBe(200);
    expect(code.body.total).toBe(3);
    expect(new Set(code.body.items.map((hit) => hit.distributor.name))).toEqual(
      new Set(['Thăng Long Auto Parts JSC', 'Siam Auto Components', '上海汽配有限公司']),
    );

    const thai = await search(manager, `q=${encodeURIComponent('ยืนยัน')}`);
    expect(thai.body.items.map((hit) => [hit.kind, hit.snippet.match])).toEqual([
      ['message', 'ยืนยัน'],
    ]);
    const chinese = await search(manager, `q=${encodeURIComponent('刹车片')}`);
    expect(chinese.body.total).toBe(2);
    expect(chinese.body.items.find((hit) => hit.kind === 'message')?.snippet).toEqual({
      before: '请确认',
      match: '刹车片',
      after: 'BRK-100的订单。',
    });
    const accented = await search(manager, `q=${encodeURIComponent('MÁ PHANH')}`);
    expect(accented.body.items.map((hit) => hit.kind).sort()).toEqual([
      'interaction',
      'message',
      'thread',
    ]);
    // Typed without diacritics, as on a keyboard without Vietnamese input.
    const plain = await search(manager, 'q=da%20nang');
    expect(plain.body.items.map((hit) => hit.snippet.match)).toEqual(['Đà Nẵng']);
    const paged = await search(manager, 'q=BRK-100&page=2&pageSize=2');
    expect([paged.body.items.length, paged.body.total]).toEqual([1, 3]);
  });

  it("gives a distributor's user only their own, and 404 for another distributor", async () => {
    const { lan, somchai, bangkok } = await portfolio();
    const own = await search(lan, 'q=BRK-100');
    expect(own.body.items.map((hit) => hit.distributor.name)).toEqual([
      'Thăng Long Auto Parts JSC',
    ]);
    expect((await search(somchai, `q=${encodeURIComponent('má phanh')}`)).body.total).toBe(0);
    expect((await search(lan, `q=BRK&distributorId=${bangkok.id}`)).status).toBe(404);
    expect((await search(lan, 'q=a')).status).toBe(422);
  });

  it("offer a thread's possible participants of both sides, to the distributor's own only", async () => {
    const { lan, hanoi, bangkok } = await portfolio();
    const people = await http(server.url)
      .as(lan)
      .get<{ name: string; side: string }[]>(
        `/api/v1/distributors/${hanoi.id}/communication/people`,
      );
    expect(people.body.map((person) => [person.name, person.side])).toEqual([
      ['Katrin Weber', 'principal'],
      ['Nguyễn Thị Lan', 'distributor'],
    ]);
    const other = await http(server.url)
      .as(lan)
      .get(`/api/v1/distributors/${bangkok.id}/communication/people`);
    expect(other.status).toBe(404);
  });

  it('folds accents letter by letter and marks the match in place', () => {
    expect(foldText('Nguyễn Thị Lan ĐÀ NẴNG Łódź')).toBe('nguyen thi lan da nang lodz');
    expect(snippetOf('Anh Nguyễn Văn Hùng gọi lại', 'nguyen van')).toEqual({
      before: 'Anh ',
      match: 'Nguyễn Văn',
      after: ' Hùng gọi lại',
    });
  });
});
