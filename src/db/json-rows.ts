// Large row sets as one JSON text (docs/decisions.md, "Large row sets come back as one JSON
// text"): the statement's rows aggregated by `json_agg` in its order and parsed once, where
// thousands of rows decoded field by field cost PGlite more than running the statement (#17).
// Numbers come back as numbers, dates as their ISO text, JSON as it is.
import { type SQL, sql } from 'drizzle-orm';
import type { Tx } from './client.ts';

/** `query` wrapped to answer one row with its rows as JSON text (the benches time it bare). */
export function asJsonRows(query: SQL): SQL {
  // json_agg takes the rows in the subquery's order (PostgreSQL's documented usual way).
  return sql`select coalesce(json_agg(r), '[]')::text as rows from (${query}) r`;
}

/** Runs a statement made by `asJsonRows` and parses its rows. */
export async function readJsonRows<Row>(tx: Tx, wrapped: SQL): Promise<Row[]> {
  // Both drivers answer `execute` with an object carrying `rows`; drizzle types it per driver.
  const result = (await tx.execute(wrapped)) as unknown as { rows: { rows: string }[] };
  return JSON.parse(result.rows[0]?.rows ?? '[]') as Row[];
}
