import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeCharter,
  makeDistributor,
  makeDistributorUser,
  makeUser,
  makeWorkspace,
} from '../../test/factories.ts';
import { pinnedClock } from '../../test/fakes/clock.ts';
import { http } from '../../test/http.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';
import { defaultCharterContent } from '../charter/charter.content.ts';

type SideFigures = {
  medianHours: number | null;
  responses: number;
  withinProtocol: number | null;
  waiting: number;
  overdue: number;
};
type Responsiveness = {
  protocolHours: { urgent: number; high: number; normal: number };
  protocolSource: string;
  principal: SideFigures;
  distributor: SideFigures;
  people: {
    name: string;
    side: string;
    medianHours: number | null;
    responses: number;
    withinProtocol: number | null;
  }[];
};
type Scorecard = {
  responsiveness: { withinProtocol: number | null; medianHours: number | null; overdue: number };
};

const clock = pinnedClock('2027-03-01T08:00:00Z');
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ clock });
});
afterAll(() => server.close());

describe('response times against the charter protocol', () => {
  it("measure each side and person by the thread's priority, and show on the scorecard", async () => {
    clock.set('2027-03-01T08:00:00Z');
    const workspace = await makeWorkspace(server);
    const distributor = await makeDistributor(workspace, { name: 'Thăng Long Auto Parts JSC' });
    const manager = await makeUser(workspace, 'principal_manager', { name: 'Katrin Weber' });
    const lan = await makeDistributorUser(workspace, distributor.id);
    const minh = await makeUser(workspace, 'distributor_member', {
      distributorId: distributor.id,
      name: 'Trần Văn Minh',
    });
    const base = `/api/v1/distributors/${distributor.id}`;
    const start = async (priority: string, subject: string) => {
      const created = await http(server.url)
        .as(manager)
        .post<{ id: string }>(`${base}/threads`, {
          subject,
          priority,
          body: `${subject}?`,
          participantUserIds: [lan.id, minh.id],
        });
      expect(created.status).toBe(201);
      return `${base}/threads/${created.body.id}/messages`;
    };
    const urgent = await start('urgent', 'Brake pads out of stock in Hà Nội');
    const normal = await start('normal', 'Catalogue for 2028');
    const waiting = await start('high', 'Q2 forecast');
    clock.advance({ hours: 5 });
    // 5 hours: late for urgent (4 h), in time for normal (72 h).
    expect((await http(server.url).as(lan).post(urgent, { body: 'Đã gửi hàng.' })).status).toBe(
      201,
    );
    expect((await http(server.url).as(minh).post(normal, { body: 'Đồng ý.' })).status).toBe(201);
    clock.advance({ hours: 30 });

    const figures = await http(server.url)
      .as(manager)
      .get<Responsiveness>(`${base}/communication/responsiveness`);
    expect(figures.body.protocolSource).toBe('default');
    expect(figures.body.protocolHours).toEqual({ urgent: 4, high: 24, normal: 72 });
    expect(figures.body.distributor).toEqual({
      medianHours: 5,
      responses: 2,
      withinProtocol: 0.5,
      waiting: 1,
      overdue: 1,
    });
    expect(figures.body.people.map((p) => [p.name, p.side, p.responses, p.withinProtocol])).toEqual(
      [
        ['Nguyễn Thị Lan', 'distributor', 1, 0],
        ['Trần Văn Minh', 'distributor', 1, 1],
      ],
    );
    expect(waiting).toContain('/messages');

    for (const viewer of [manager, lan]) {
      const scorecard = await http(server.url).as(viewer).get<Scorecard>(`${base}/scorecard`);
      expect(scorecard.status).toBe(200);
      expect(scorecard.body.responsiveness).toMatchObject({
        withinProtocol: 0.5,
        medianHours: 5,
        overdue: 1,
      });
    }
  });

  it("use the signed charter's response times", async () => {
    clock.set('2027-03-01T08:00:00Z');
    const workspace = await makeWorkspace(server);
    const distributor = await makeDistributor(workspace, { name: 'Motoczęści Polska' });
    const content = defaultCharterContent('2027-01-01', 'pl');
    content.communication.responseHours = { urgent: 2, high: 8, normal: 4 };
    await makeCharter(workspace, distributor.id, 'signed', content);
    const manager = await makeUser(workspace, 'principal_manager', { name: 'Katrin Weber' });
    const seller = await makeUser(workspace, 'distributor_admin', {
      distributorId: distributor.id,
      name: 'Zofia Wójcik',
    });
    const base = `/api/v1/distributors/${distributor.id}`;
    const created = await http(server.url)
      .as(manager)
      .post<{ id: string }>(`${base}/threads`, {
        subject: 'Faktura',
        body: 'Proszę o potwierdzenie.',
        participantUserIds: [seller.id],
      });
    clock.advance({ hours: 5 });
    await http(server.url)
      .as(seller)
      .post(`${base}/threads/${created.body.id}/messages`, { body: 'Potwierdzam.' });
    const figures = await http(server.url)
      .as(seller)
      .get<Responsiveness>(`${base}/communication/responsiveness`);
    expect(figures.body.protocolSource).toBe('charter');
    expect(figures.body.distributor.withinProtocol).toBe(0);
  });
});
