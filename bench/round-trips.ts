// Counts the statements the server sends to PostgreSQL while it answers some requests: each one
// is a round trip on the wire. Counted at the pg driver, which both the pool and Drizzle go through.
import pg from 'pg';

export type StatementCount = { perRequest: number; statements: Record<string, number> };

function describe(query: unknown): string {
  const text =
    typeof query === 'string'
      ? query
      : typeof query === 'object' && query !== null && 'text' in query
        ? String(query.text)
        : 'unknown';
  const compact = text.replace(/\s+/g, ' ').trim();
  if (/^select set_config/i.test(compact)) return 'select set_config(tenant role and settings)';
  if (/from "distributor"/i.test(compact) && /count\(\*\) over/i.test(compact)) {
    return 'select the list page';
  }
  if (/from "api_token"/i.test(compact) && /^select/i.test(compact)) return 'select token actor';
  if (/^update "api_token"/i.test(compact)) return 'update token last_used_at';
  return compact.slice(0, 60);
}

export async function countStatements(
  requestCount: number,
  work: () => Promise<void>,
): Promise<StatementCount> {
  const statements: Record<string, number> = {};
  const original = pg.Client.prototype.query;
  // The wrapper passes every overload through unchanged; only its first argument is read.
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const key = describe(args[0]);
    statements[key] = (statements[key] ?? 0) + 1;
    return (original as (...parameters: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  try {
    await work();
  } finally {
    pg.Client.prototype.query = original;
  }
  const total = Object.values(statements).reduce((sum, count) => sum + count, 0);
  for (const key of Object.keys(statements)) {
    statements[key] = Math.round(((statements[key] ?? 0) / requestCount) * 100) / 100;
  }
  return { perRequest: Math.round((total / requestCount) * 100) / 100, statements };
}
