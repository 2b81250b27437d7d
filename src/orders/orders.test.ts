import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeDistributor,
  makeDistributorUser,
  makeProductLine,
  makeUser,
  makeWorkspace,
  type TestWorkspace,
} from '../../test/factories.ts';
import { http } from '../../test/http.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';

type Problem = {
  status: number;
  errors: { pointer: string; row?: number; column?: string; detail: string }[];
};
type OrderPage = {
  items: { orderRef: string | null; orderedOn: string; quantity: number; netValue: number }[];
  total: number;
};

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const header = 'distributor,order_ref,ordered_on,product_line,quantity,net_value,currency';
const csv = { 'content-type': 'text/csv' };

async function portfolio(workspace: TestWorkspace) {
  const thangLong = await makeDistributor(workspace, { name: 'Thăng Long Auto Parts JSC' });
  const polska = await makeDistributor(workspace, {
    name: 'Motoczęści Polska',
    country: 'PL',
    timeZone: 'Europe/Warsaw',
    languages: ['pl'],
  });
  const brakes = await makeProductLine(workspace);
  const admin = await makeUser(workspace, 'principal_admin');
  return { thangLong, polska, brakes, admin, api: http(server.url).as(admin) };
}

describe('the orders import', () => {
  it('imports order lines, replaces a line imported again, and audits the file once', async () => {
    const workspace = await makeWorkspace(server);
    const { thangLong, polska, brakes, api } = await portfolio(workspace);
    const file = [
      header,
      `thăng long auto parts jsc,SO-1001,2025-11-03,${brakes.code},120,2880.00,EUR`,
      `Thăng Long Auto Parts JSC,SO-1001,2025-11-03,${brakes.code},30,720,EUR`,
      `${polska.id},,2025-12-15,${brakes.code.toLowerCase()},40.5,3900.5,pln`,
    ].join('\n');
    const dryRun = await api.post('/api/v1/imports/orders?dryRun=true', file, csv);
    expect(dryRun.body).toEqual({ rows: 3, imported: 0, dryRun: true });
    const first = await api.post('/api/v1/imports/orders', file, csv);
    expect(first.body).toEqual({ rows: 3, imported: 3, dryRun: false, inserted: 2, replaced: 0 });
    const again = await api.post(
      '/api/v1/imports/orders',
      [header, `Thăng Long Auto Parts JSC,SO-1001,2025-11-04,${brakes.code},100,2400,EUR`].join(
        '\n',
      ),
      csv,
    );
    expect(again.body).toMatchObject({ inserted: 0, replaced: 1 });
    const orders = await api.get<OrderPage>(`/api/v1/distributors/${thangLong.id}/orders`);
    expect(orders.body.total).toBe(1);
    expect(orders.body.items[0]).toMatchObject({
      orderRef: 'SO-1001',
      orderedOn: '2025-11-04',
      quantity: 100,
      netValue: 2400,
    });
    const polish = await api.get<OrderPage>(`/api/v1/distributors/${polska.id}/orders`);
    expect(polish.body.items[0]).toMatchObject({ quantity: 40.5, netValue: 3900.5 });
    const audit = await api.get<{ items: { after: { rows: number } }[] }>(
      '/api/v1/audit-log?action=orders.imported',
    );
    expect(audit.body.items.map((item) => item.after.rows)).toEqual([1, 3]);
  });

  it('takes the file as a multipart upload too', async () => {
    const workspace = await makeWorkspace(server);
    const { brakes, admin } = await portfolio(workspace);
    const form = new FormData();
    const text = [header, `Motoczęści Polska,,2025-10-01,${brakes.code},5,100,PLN`].join('\n');
    form.append('file', new Blob([text], { type: 'text/csv' }), 'orders.csv');
    const response = await fetch(`${server.url}/api/v1/imports/orders`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin.token}` },
      body: form,
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ rows: 1, imported: 1, inserted: 1 });
  });

  it.each([
    ['an unknown distributor', 'Hanoi Brake Co,,2025-10-01,BRK,1,10,EUR', 'distributor'],
    ['an unknown product line', 'Motoczęści Polska,,2025-10-01,XYZ-1,1,10,EUR', 'product_line'],
    ['an unknown currency', 'Motoczęści Polska,,2025-10-01,BRK,1,10,EUX', 'currency'],
    ['a date that is not a date', 'Motoczęści Polska,,2026-02-30,BRK,1,10,EUR', 'ordered_on'],
    ['a negative quantity', 'Motoczęści Polska,,2025-10-01,BRK,-4,10,EUR', 'quantity'],
  ])('refuses %s with 422 at its row and column, and imports nothing', async (_, row, column) => {
    const workspace = await makeWorkspace(server);
    const { polska, brakes, api } = await portfolio(workspace);
    const good = `Motoczęści Polska,,2025-10-01,${brakes.code},1,10,EUR`;
    const file = [header, good, row.replace(',BRK,', `,${brakes.code},`)].join('\n');
    const response = await api.post<Problem>('/api/v1/imports/orders', file, csv);
    expect(response.status).toBe(422);
    expect(response.body.errors).toEqual([
      expect.objectContaining({ pointer: `#/rows/3/${column}`, row: 3, column }),
    ]);
    const orders = await api.get<OrderPage>(`/api/v1/distributors/${polska.id}/orders`);
    expect(orders.body.total).toBe(0);
  });

  it('refuses a missing column, malformed CSV and an empty file with 422', async () => {
    const workspace = await makeWorkspace(server);
    const { api } = await portfolio(workspace);
    const missing = await api.post<Problem>(
      '/api/v1/imports/orders',
      'distributor,ordered_on,product_line,quantity,currency\nX,2025-01-01,BRK,1,EUR\n',
      csv,
    );
    expect(missing.status).toBe(422);
    expect(missing.body.errors).toEqual([
      expect.objectContaining({
        pointer: '#/rows/1/net_value',
        detail: 'Missing column "net_value".',
      }),
    ]);
    const malformed = await api.post<Problem>(
      '/api/v1/imports/orders',
      `${header}\nMotoczęści Polska,"SO-1,2025-10-01,BRK,1,10,EUR\n`,
      csv,
    );
    expect(malformed.status).toBe(422);
    expect(malformed.body.errors[0]?.detail).toMatch(/not valid CSV/);
    const empty = await api.post<Problem>('/api/v1/imports/orders', `${header}\n`, csv);
    expect(empty.status).toBe(422);
    expect(empty.body.errors[0]?.detail).toBe('The file has no data rows.');
  });

  it('lets only principal admins and managers import; a distributor sees only its own orders', async () => {
    const workspace = await makeWorkspace(server);
    const { thangLong, polska, brakes, api } = await portfolio(workspace);
    await api.post(
      '/api/v1/imports/orders',
      [
        header,
        `Thăng Long Auto Parts JSC,SO-1,2025-10-01,${brakes.code},1,10,EUR`,
        `Motoczęści Polska,SO-2,2025-10-02,${brakes.code},2,20,EUR`,
      ].join('\n'),
      csv,
    );
    const lan = http(server.url).as(await makeDistributorUser(workspace, thangLong.id));
    const own = await lan.get<OrderPage>(`/api/v1/distributors/${thangLong.id}/orders`);
    expect(own.body.items.map((item) => item.orderRef)).toEqual(['SO-1']);
    expect((await lan.get(`/api/v1/distributors/${polska.id}/orders`)).status).toBe(404);
    const upload = await lan.post('/api/v1/imports/orders', `${header}\n`, csv);
    expect(upload.status).toBe(403);
    const viewer = http(server.url).as(await makeUser(workspace, 'principal_viewer'));
    expect((await viewer.post('/api/v1/imports/orders', `${header}\n`, csv)).status).toBe(403);
  });

  it('pages and filters the list, newest first', async () => {
    const workspace = await makeWorkspace(server);
    const { polska, brakes, api } = await portfolio(workspace);
    const filters = await makeProductLine(workspace, { code: `FLT-${brakes.code.slice(4)}` });
    const rows = Array.from({ length: 30 }, (_, day) => {
      const line = day % 2 ? filters.code : brakes.code;
      return `Motoczęści Polska,SO-${day},2025-09-${String(day + 1).padStart(2, '0')},${line},1,10,PLN`;
    });
    await api.post('/api/v1/imports/orders', [header, ...rows].join('\n'), csv);
    const page = await api.get<OrderPage>(
      `/api/v1/distributors/${polska.id}/orders?pageSize=10&page=2`,
    );
    expect(page.body.total).toBe(30);
    expect(page.body.items[0]?.orderedOn).toBe('2025-09-20');
    const filtered = await api.get<OrderPage>(
      `/api/v1/distributors/${polska.id}/orders?productLine=${filters.code}&from=2025-09-10&to=2025-09-20`,
    );
    expect(filtered.body.items.map((item) => item.orderedOn)).toEqual([
      '2025-09-20',
      '2025-09-18',
      '2025-09-16',
      '2025-09-14',
      '2025-09-12',
      '2025-09-10',
    ]);
  });
});
