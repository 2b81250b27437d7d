// The monthly roll-ups the early warnings scan reads (order_month and contact_month, migrations
// 0020 and 0021) are kept by
// triggers on the rows they sum: written, changed or removed by any statement, as the application
// role under row-level security, they must equal the sums of the rows themselves.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTenantTransaction, type Tx } from '../src/db/client.ts';
import { makeDistributor, makeProductLine, makeWorkspace } from './factories.ts';
import { startTestServer, type TestServer } from './server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function rows<Row>(tx: Tx, query: ReturnType<typeof sql>) {
  return ((await tx.execute(query)) as unknown as { rows: Row[] }).rows;
}

type MonthRow = {
  month: string;
  net_value: string;
  order_days: number;
  first_day: string;
  last_day: string;
  currencies: string;
};

describe('order_month', () => {
  it('holds each month’s orders after lines are added, changed, moved and removed', async () => {
    const workspace = await makeWorkspace(server);
    const saigon = await makeDistributor(workspace, { name: 'Công ty Phụ Tùng Sài Gòn' });
    const line = await makeProductLine(workspace);
    const scope = { workspaceId: workspace.id, distributorId: null, userId: null };
    const insert = (orderedOn: string, value: number, currency = 'EUR') =>
      sql`insert into order_line (workspace_id, distributor_id, ordered_on, product_line_id,
        quantity, net_value, currency, created_at)
        values (${workspace.id}, ${saigon.id}, ${orderedOn}, ${line.id}, 1, ${value}, ${currency},
          now())`;
    const months = (tx: Tx) =>
      rows<MonthRow>(
        tx,
        sql`select month::text, net_value::text, order_days, first_day::text, last_day::text,
          low_currency || '/' || high_currency as currencies
        from order_month where distributor_id = ${saigon.id} order by month`,
      );
    const summed = (tx: Tx) =>
      rows<MonthRow>(
        tx,
        sql`select (date_trunc('month', ordered_on))::date::text as month,
          sum(net_value)::numeric(18, 2)::text as net_value,
          count(distinct ordered_on)::int as order_days, min(ordered_on)::text as first_day,
          max(ordered_on)::text as last_day,
          min(currency collate "C") || '/' || max(currency collate "C") as currencies
        from order_line where distributor_id = ${saigon.id} group by 1 order by 1`,
      );

    const afterEach = await inTenantTransaction(server.database.db, scope, async (tx) => {
      const seen: MonthRow[][] = [];
      // Several lines in one statement, two on one day, two months.
      await tx.execute(sql`${insert('2026-01-05', 100)}, (${workspace.id}, ${saigon.id},
        '2026-01-05', ${line.id}, 2, 50, 'EUR', now()), (${workspace.id}, ${saigon.id},
        '2026-01-20', ${line.id}, 1, 70.5, 'EUR', now()), (${workspace.id}, ${saigon.id},
        '2026-02-03', ${line.id}, 1, 30, 'USD', now())`);
      seen.push(await months(tx));
      expect(await months(tx)).toEqual(await summed(tx));
      // One line's value changed, another moved to March.
      await tx.execute(sql`update order_line set net_value = 90
        where distributor_id = ${saigon.id} and ordered_on = '2026-01-20'`);
      await tx.execute(sql`update order_line set ordered_on = '2026-03-31'
        where distributor_id = ${saigon.id} and ordered_on = '2026-02-03'`);
      expect(await months(tx)).toEqual(await summed(tx));
      // A month emptied is gone from the roll-up too.
      await tx.execute(sql`delete from order_line
        where distributor_id = ${saigon.id} and ordered_on = '2026-03-31'`);
      await tx.execute(insert('2026-01-28', 10));
      seen.push(await months(tx));
      expect(await months(tx)).toEqual(await summed(tx));
      return seen;
    });

    expect(afterEach[0]).toEqual([
      {
        month: '2026-01-01',
        net_value: '220.50',
        order_days: 2,
        first_day: '2026-01-05',
        last_day: '2026-01-20',
        currencies: 'EUR/EUR',
      },
      {
        month: '2026-02-01',
        net_value: '30.00',
        order_days: 1,
        first_day: '2026-02-03',
        last_day: '2026-02-03',
        currencies: 'USD/USD',
      },
    ]);
    expect(afterEach[1]).toEqual([
      {
        month: '2026-01-01',
        net_value: '250.00',
        order_days: 3,
        first_day: '2026-01-05',
        last_day: '2026-01-28',
        currencies: 'EUR/EUR',
      },
    ]);
  });
});

type ContactRow = { month: string; inbound: number; last_inbound_at: string };

describe('contact_month', () => {
  it('counts inbound messages, inbound calls and replies to outbound ones, month by month', async () => {
    const workspace = await makeWorkspace(server);
    const bangkok = await makeDistributor(workspace, { name: 'บริษัท อะไหล่ยนต์ สยาม จำกัด' });
    const scope = { workspaceId: workspace.id, distributorId: null, userId: null };
    const months = (tx: Tx) =>
      rows<ContactRow>(
        tx,
        sql`select month::text, inbound,
          to_char(last_inbound_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI') as last_inbound_at
        from contact_month where distributor_id = ${bangkok.id} order by month`,
      );
    const interaction = (direction: string, occurredAt: string, repliedAt: string | null) =>
      sql`(${workspace.id}, ${bangkok.id}, ${occurredAt}::timestamptz, ${direction}, 'call',
        'Lieferplan Q1', ${repliedAt}::timestamptz, 'principal', now(), now())`;
    const seen = await inTenantTransaction(server.database.db, scope, async (tx) => {
      const snapshots: ContactRow[][] = [];
      const [thread] = await rows<{ id: string }>(
        tx,
        sql`insert into communication_thread (workspace_id, distributor_id, subject, created_at,
          last_message_at) values (${workspace.id}, ${bangkok.id}, 'Q1 allocation', now(), now())
        returning id`,
      );
      const message = (side: string, at: string) =>
        sql`(${workspace.id}, ${thread?.id}, ${bangkok.id}, 'Somchai', ${side}, 'ครับ', ${at}::timestamptz)`;
      // Two from the distributor's side in January (one at midnight UTC on the 31st), one of the
      // principal's (not inbound), and an outbound call answered in February.
      await tx.execute(sql`insert into communication_message (workspace_id, thread_id,
        distributor_id, author_name, author_side, body, created_at) values
        ${message('distributor', '2026-01-10T08:00:00Z')},
        ${message('distributor', '2026-01-31T23:30:00Z')},
        ${message('principal', '2026-01-12T09:00:00Z')}`);
      await tx.execute(sql`insert into communication_interaction (workspace_id, distributor_id,
        occurred_at, direction, channel, summary, replied_at, logged_by_side, created_at,
        updated_at) values ${interaction('outbound', '2026-01-30T10:00:00Z', '2026-02-02T07:15:00Z')},
        ${interaction('inbound', '2026-03-05T12:00:00Z', null)}`);
      snapshots.push(await months(tx));
      // One more in January, added to the month already counted.
      await tx.execute(sql`insert into communication_message (workspace_id, thread_id,
        distributor_id, author_name, author_side, body, created_at) values
        ${message('distributor', '2026-01-15T03:00:00Z')}`);
      // The reply logged a month later moves it; the March call is deleted.
      await tx.execute(sql`update communication_interaction set replied_at = '2026-03-20T06:00:00Z'
        where distributor_id = ${bangkok.id} and direction = 'outbound'`);
      await tx.execute(sql`delete from communication_interaction
        where distributor_id = ${bangkok.id} and direction = 'inbound'`);
      snapshots.push(await months(tx));
      return snapshots;
    });
    expect(seen[0]).toEqual([
      { month: '2026-01-01', inbound: 2, last_inbound_at: '2026-01-31T23:30' },
      { month: '2026-02-01', inbound: 1, last_inbound_at: '2026-02-02T07:15' },
      { month: '2026-03-01', inbound: 1, last_inbound_at: '2026-03-05T12:00' },
    ]);
    expect(seen[1]).toEqual([
      { month: '2026-01-01', inbound: 3, last_inbound_at: '2026-01-31T23:30' },
      { month: '2026-03-01', inbound: 1, last_inbound_at: '2026-03-20T06:00' },
    ]);
  });
});
