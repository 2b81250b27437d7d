// PGlite on its worker thread: the server's thread stays free while a statement runs, and the
// thread keeps PGlite's meaning: transactions commit or roll back as a whole, PostgreSQL's errors
// keep their code and constraint, and a closed thread refuses work instead of hanging.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../src/db/client.ts';
import { postgresConstraint, postgresErrorCode } from '../src/platform/errors.ts';

let database: Database;

beforeAll(async () => {
  database = await openDatabase({ inMemory: true, pgliteOnThread: true });
  await database.execScript(`create table ledger (id int primary key, label text not null);`);
});
afterAll(() => database.close());

describe('PGlite on a worker thread', () => {
  it('leaves the server’s thread free while a long statement runs', async () => {
    const gaps: number[] = [];
    let last = performance.now();
    const ticking = setInterval(() => {
      const now = performance.now();
      gaps.push(now - last);
      last = now;
    }, 5);
    const started = performance.now();
    const [row] = await database.rawQuery<{ total: string }>(
      'select sum(n)::text as total from generate_series(1, 3000000) as n',
    );
    const tookMs = performance.now() - started;
    clearInterval(ticking);
    expect(row?.total).toBe('4500001500000');
    // On the server's own thread the timer would not run until the statement ended.
    expect(tookMs).toBeGreaterThan(150);
    expect(gaps.length).toBeGreaterThan(10);
    expect(Math.max(...gaps)).toBeLessThan(tookMs / 2);
  });

  it('commits a transaction as a whole, or rolls it back as a whole when its work throws', async () => {
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`insert into ledger values (1, 'Nguyễn Thị Lan')`);
      await tx.execute(sql`insert into ledger values (2, 'กรุงเทพ')`);
    });
    await expect(
      database.db.transaction(async (tx) => {
        await tx.execute(sql`insert into ledger values (3, 'Łódź')`);
        throw new Error('the work failed');
      }),
    ).rejects.toThrow('the work failed');
    const rows = await database.rawQuery<{ label: string }>('select label from ledger order by id');
    expect(rows.map((row) => row.label)).toEqual(['Nguyễn Thị Lan', 'กรุงเทพ']);
  });

  it('keeps PostgreSQL’s error code and constraint, inside a transaction and out', async () => {
    const outside = await database
      .rawQuery("insert into ledger values (1, 'again')")
      .catch((error: unknown) => error);
    expect(postgresErrorCode(outside)).toBe('23505');
    expect(postgresConstraint(outside)).toBe('ledger_pkey');
    const inside = await database.db
      .transaction((tx) => tx.execute(sql`insert into ledger values (2, 'again')`))
      .catch((error: unknown) => error);
    expect(postgresErrorCode(inside)).toBe('23505');
    // The failed transaction rolled back: the connection takes the next statement.
    expect(await database.rawQuery('select count(*)::int as n from ledger')).toEqual([{ n: 2 }]);
  });

  it('returns timestamps and dates as Drizzle reads them, and bytes as bytes', async () => {
    const result = (await database.db.execute(
      sql`select timestamptz '2026-12-07 09:30:00+07' as at, date '2026-12-07' as day,
        '\\x4c69c3a16e'::bytea as bytes`,
    )) as unknown as { rows: { at: string; day: string; bytes: Uint8Array }[] };
    const [row] = result.rows;
    expect(row?.at).toBe('2026-12-07 02:30:00+00');
    expect(row?.day).toBe('2026-12-07');
    expect(Buffer.from(row?.bytes ?? []).toString('utf8')).toBe('Lián');
  });

  it('refuses work once closed, instead of waiting for ever', async () => {
    const closed = await openDatabase({ inMemory: true, pgliteOnThread: true });
    await closed.close();
    await expect(closed.rawQuery('select 1')).rejects.toThrow(/PGlite’s thread stopped/);
  });
});
