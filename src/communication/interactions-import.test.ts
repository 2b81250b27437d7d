import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeContact,
  makeDistributor,
  makeDistributorUser,
  makeUser,
  makeWorkspace,
} from '../../test/factories.ts';
import { http } from '../../test/http.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';

type Problem = { status: number; errors: { pointer: string; detail: string }[] };
type Page = {
  items: {
    occurredAt: string;
    repliedAt: string | null;
    direction: string;
    channel: string;
    people: { name: string }[];
    summary: string;
    loggedBySide: string;
  }[];
  total: number;
};

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const header = 'occurred_at,distributor,direction,channel,people,summary,replied_at';
const csv = { 'content-type': 'text/csv' };

describe('the interactions import', () => {
  it('logs interactions with their people, reading times without an offset on the distributor’s clock', async () => {
    const workspace = await makeWorkspace(server);
    const thangLong = await makeDistributor(workspace, { name: 'Thăng Long Auto Parts JSC' });
    const lan = await makeContact(workspace, thangLong.id, {
      name: 'Nguyễn Thị Lan',
      email: 'lan@thanglong.example',
    });
    await makeContact(workspace, thangLong.id, {
      name: 'Lê Quốc Huy',
      email: 'huy@thanglong.example',
    });
    const api = http(server.url).as(await makeUser(workspace, 'principal_admin'));
    const file = [
      header,
      '2025-03-04T09:30,Thăng Long Auto Parts JSC,outbound,call,LAN@thanglong.example;lê quốc huy,"Asked for the Q1 stock figures, ""urgent""",2025-03-05T10:00+07:00',
      '2025-03-10T14:00:00Z,Thăng Long Auto Parts JSC,inbound,whatsapp,,Price list question,',
    ].join('\n');
    const result = await api.post('/api/v1/imports/interactions', file, csv);
    expect(result.body).toEqual({ rows: 2, imported: 2, dryRun: false, interactions: 2 });
    const page = await api.get<Page>(`/api/v1/distributors/${thangLong.id}/interactions`);
    expect(page.body.items.map((item) => [item.occurredAt, item.channel, item.repliedAt])).toEqual([
      ['2025-03-10T14:00:00.000Z', 'whatsapp', null],
      // 09:30 in Ho Chi Minh City (UTC+7).
      ['2025-03-04T02:30:00.000Z', 'call', '2025-03-05T03:00:00.000Z'],
    ]);
    expect(page.body.items[1]?.people.map((person) => person.name).sort()).toEqual([
      'Lê Quốc Huy',
      lan.name,
    ]);
    expect(page.body.items[1]?.summary).toBe('Asked for the Q1 stock figures, "urgent"');
  });

  it('refuses unknown people, bad times and a reply before the interaction, importing nothing', async () => {
    const workspace = await makeWorkspace(server);
    const polska = await makeDistributor(workspace, {
      name: 'Motoczęści Polska',
      country: 'PL',
      timeZone: 'Europe/Warsaw',
      languages: ['pl'],
    });
    const api = http(server.url).as(await makeUser(workspace, 'principal_admin'));
    const file = [
      header,
      '2025-03-04T09:30,Motoczęści Polska,outbound,call,Jan Kowalski,Call,',
      '2025-02-30T09:30,Motoczęści Polska,inbound,fax,,Fax,',
      '2025-03-04T09:30,Motoczęści Polska,inbound,email,,Mail,2025-03-01T09:00',
      '2025-03-04,Nowhere Parts,inbound,email,,Mail,',
    ].join('\n');
    const response = await api.post<Problem>('/api/v1/imports/interactions', file, csv);
    expect(response.status).toBe(422);
    expect(response.body.errors.map((e) => e.pointer)).toEqual([
      '#/rows/2/people',
      '#/rows/3/channel',
      '#/rows/3/occurred_at',
      '#/rows/4/replied_at',
      '#/rows/5/distributor',
    ]);
    expect(response.body.errors[0]?.detail).toBe(
      'No contact of Motoczęści Polska has the e-mail address or name "Jan Kowalski".',
    );
    const page = await api.get<Page>(`/api/v1/distributors/${polska.id}/interactions`);
    expect(page.body.total).toBe(0);
    const user = http(server.url).as(await makeDistributorUser(workspace, polska.id));
    expect((await user.post('/api/v1/imports/interactions', file, csv)).status).toBe(403);
  });
});
