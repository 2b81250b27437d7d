// A transaction's `BEGIN` sent with the statement that follows it, on PostgreSQL (#17: one round
// trip to start a request). Drizzle sends `begin` and waits for its answer before the first
// statement; node-postgres sends one query at a time. Every tenant transaction starts with the
// statement that sets its role and settings (client.ts, marked TENANT_MARK), so the pool's
// clients hold a `begin` back and send it with that statement as one simple query
// ("begin; select set_config(…)"), its parameters written as literals. Any other statement after
// `begin` gets the `begin` sent first, on its own, as before.
import type pg from 'pg';

/** The comment the tenant statement starts with: only it is merged with its `begin`. */
export const TENANT_MARK = '/* tenant */';

type QueryConfig = { text: string; [key: string]: unknown };
type Client = Pick<pg.PoolClient, 'query' | 'release' | 'escapeLiteral'>;

function literal(client: Client, value: unknown): string | undefined {
  if (value === null || value === undefined) return 'NULL';
  if (value instanceof Date) return client.escapeLiteral(value.toISOString());
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return client.escapeLiteral(String(value));
  }
  return undefined;
}

/** The statement with its parameters as literals, or undefined if one cannot be written so. */
function inlined(client: Client, text: string, values: unknown[]): string | undefined {
  const literals = values.map((value) => literal(client, value));
  if (literals.some((value) => value === undefined)) return undefined;
  return text.replace(/\$(\d+)\b/g, (_, index: string) => literals[Number(index) - 1] ?? 'NULL');
}

function holdBegin(client: pg.PoolClient): pg.PoolClient {
  let beginHeld = false;
  const send = client.query.bind(client) as (config: unknown, values?: unknown) => unknown;
  // Not async: a COPY stream (owner-connection.ts) is a query object pg hands back as it is.
  const query = (config: string | QueryConfig, values?: unknown[]) => {
    const text = typeof config === 'string' ? config : config.text;
    if (text === 'begin' && !values?.length) {
      beginHeld = true;
      return Promise.resolve({ rows: [], rowCount: null, command: 'BEGIN', fields: [] });
    }
    if (!beginHeld) return send(config, values);
    beginHeld = false;
    const statement =
      typeof text === 'string' && text.startsWith(TENANT_MARK)
        ? inlined(client, text, values ?? [])
        : undefined;
    if (statement === undefined) {
      // pg runs a client's queries in the order given: the begin goes first, on its own. Its
      // failure fails the statement after it, which the caller sees.
      (send('begin') as Promise<unknown>).catch(() => undefined);
      return send(config, values);
    }
    // A simple query with two statements answers both; the caller asked for the second.
    const merged = typeof config === 'string' ? {} : config;
    return (send({ ...merged, text: `begin; ${statement}` }) as Promise<pg.QueryResult[]>).then(
      (results) => results[1],
    );
  };
  return new Proxy(client, {
    get(target, property, receiver) {
      if (property === 'query') return query;
      const value = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * The pool Drizzle is given: the same pool, whose clients hold `begin` back. Drizzle recognises a
 * pool by its class name and takes a client from it for each transaction.
 */
export class BeginHoldingPool {
  constructor(private readonly pool: pg.Pool) {}

  async connect(): Promise<pg.PoolClient> {
    return holdBegin(await this.pool.connect());
  }

  query(...args: Parameters<pg.Pool['query']>) {
    return (this.pool.query as (...a: unknown[]) => unknown)(...args);
  }
}
