// The request mix: what people do on the distributor list, in proportions a busy principal team
// would produce (mostly first pages and searches, some filters, a few deep pages), and for each
// request the exact SQL statement the API runs for it, captured from Drizzle itself.
import { drizzle } from 'drizzle-orm/pg-proxy';
import type { Tx } from '../src/db/client.ts';
import * as schema from '../src/db/schema.ts';
import { findDistributor, listDistributors } from '../src/distributors/distributors.queries.ts';
import { DistributorListQuery } from '../src/distributors/distributors.schema.ts';
import { createRandom } from './random.ts';

/** Query-string parameters of GET /api/v1/distributors, as a browser would send them. */
export type ListRequest = Record<string, string>;

export type PreparedRequest = {
  label: string;
  query: ListRequest;
  path: string;
  sql: string;
  params: unknown[];
};

const searches = ['motor', 'saigon', 'bangkok', 'parts', 'sp. z', 'ltda', 'hai', 'poz', 'truck'];
const countries = ['VN', 'TH', 'CN', 'PL', 'MX', 'IN'];

function requestMix(): { label: string; request: ListRequest }[] {
  const mix: { label: string; request: ListRequest }[] = [];
  const add = (label: string, request: ListRequest, times = 1) => {
    for (let copy = 0; copy < times; copy++) mix.push({ label, request });
  };
  add('first page', {}, 6);
  for (const page of [2, 3, 4, 5]) add('next pages', { page: String(page) });
  for (const page of [20, 45, 70]) add('deep page', { page: String(page) });
  for (const q of searches) add('search', { q });
  add('search, page 2', { q: 'parts', page: '2' });
  for (const country of countries) add('country', { country });
  add('country, page 3', { country: 'CN', page: '3' });
  add('stage, recent first', { stage: 'at_risk', sort: 'updatedAt', order: 'desc' }, 2);
  add('stage, recent first', { stage: 'at_risk', sort: 'updatedAt', order: 'desc', page: '2' });
  add('stage', { stage: 'onboarding' });
  add('stage', { stage: 'suspended', sort: 'name' });
  add('country and stage', { country: 'VN', stage: 'at_risk' });
  add('country and stage', { country: 'MX', stage: 'active', page: '2' });
  add('search and country', { q: 'auto', country: 'TH' });
  add('recently updated', { sort: 'updatedAt', order: 'desc' }, 2);
  add('by country', { sort: 'country', page: '3' });
  add('by stage', { sort: 'lifecycleStage', order: 'desc' });
  add('archived too', { status: 'all' });
  add('archived only', { status: 'archived', sort: 'updatedAt', order: 'desc' });
  add('page of 100', { pageSize: '100' });
  add('page of 50', { pageSize: '50', page: '2', sort: 'updatedAt', order: 'desc' });
  return mix;
}

/** The statement Drizzle builds for `run`, taken from a driver that records instead of runs. */
async function captureStatement(run: (tx: Tx) => Promise<unknown>) {
  const statements: { sql: string; params: unknown[] }[] = [];
  const recorder = drizzle(
    async (text, params) => {
      statements.push({ sql: text, params });
      return { rows: [] };
    },
    { schema, casing: 'snake_case' },
  );
  // The queries captured only call select() on their handle, which every PgDatabase has alike.
  await run(recorder as unknown as Tx);
  const [statement] = statements;
  if (!statement) throw new Error('the query ran no statement');
  return statement;
}

function captureListStatement(workspaceId: string, query: DistributorListQuery) {
  return captureStatement((tx) => listDistributors(tx, workspaceId, null, query));
}

const idMark = '00000000-0000-4000-8000-00000000cafe';

/**
 * What GET /api/v1/distributors/:id selects (findDistributor), for any id: the bare baseline of
 * the same route runs exactly this.
 */
export async function prepareDistributorStatement(workspaceId: string) {
  const statement = await captureStatement((tx) => findDistributor(tx, workspaceId, idMark));
  return {
    sql: statement.sql,
    params: (id: string) => statement.params.map((param) => (param === idMark ? id : param)),
  };
}

/** The mix in a seeded order, each request with its URL path and its SQL. */
export async function prepareRequests(workspaceId: string, seed = 7): Promise<PreparedRequest[]> {
  const mix = createRandom(seed).shuffle(requestMix());
  const prepared: PreparedRequest[] = [];
  for (const { label, request } of mix) {
    const search = new URLSearchParams(request).toString();
    const statement = await captureListStatement(workspaceId, DistributorListQuery.parse(request));
    prepared.push({
      label,
      query: request,
      path: `/api/v1/distributors${search ? `?${search}` : ''}`,
      ...statement,
    });
  }
  return prepared;
}
