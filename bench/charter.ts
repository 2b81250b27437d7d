// npm run bench:charter [-- --engine pglite|postgres|all] [--quick]
// The charter's conflict check at portfolio scale: 2,000 distributors, each with a signed charter
// (one to four territory grants, assigned key accounts and carve-outs), and a new draft checked
// against all of them, four ways, interleaved:
//   raw       the one statement the check needs (the definer function over the commitments in
//             the draft's countries), in a tenant transaction;
//   service   checkCharterContent() in-process: validation, product lines, SQL, conflict search;
//   api       POST /api/v1/distributors/:id/charter/check over HTTP;
//   version   GET …/versions/1 of the draft, which carries its conflicts.
// Each figure is reported beside raw's, as a ratio.
import http from 'node:http';
import { parseArgs } from 'node:util';
import { iso31662 } from 'iso-3166';
import { resolveActor } from '../src/accounts/sessions.service.ts';
import { type CharterContent, defaultCharterContent } from '../src/charter/charter.content.ts';
import { checkCharterContent } from '../src/charter/charter-drafting.service.ts';
import { countriesOf } from '../src/charter/conflicts.ts';
import { migrate } from '../src/db/migrate.ts';
import { makeContext } from '../src/platform/tenancy.ts';
import { type EngineName, openBenchDatabase } from './engines.ts';
import { createRandom } from './random.ts';
import { benchServices, createBenchAccount, startLiaison } from './server.ts';
import { type LatencySummary, summarize } from './statistics.ts';

const { values } = parseArgs({
  options: {
    engine: { type: 'string', default: 'all' },
    quick: { type: 'boolean', default: false },
  },
});
const engines: EngineName[] =
  values.engine === 'all' ? ['postgres', 'pglite'] : [values.engine as EngineName];
const iterations = values.quick ? 60 : 300;
const warmup = values.quick ? 10 : 40;
const DISTRIBUTORS = 2000;
const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/test';
const log = (message: string) => process.stderr.write(`${message}\n`);

/** Each distributor's charter: an exclusive region of its own, plus a few non-exclusive grants. */
function generateCharters(productLineIds: string[]) {
  const random = createRandom(42);
  const regions = iso31662.filter((entry) => !entry.parent.includes('-')).slice(0, DISTRIBUTORS);
  const today = '2026-01-01';
  return regions.map((region, index) => {
    const country = region.parent;
    const content: CharterContent = {
      ...defaultCharterContent(today),
      territory: {
        grants: [
          {
            country,
            region: region.code,
            productLineIds: [],
            exclusive: true,
            startsOn: today,
            endsOn: null,
          },
          ...Array.from({ length: random.int(4) }, () => ({
            country: regions[random.int(regions.length)]?.parent ?? country,
            region: null,
            productLineIds: [productLineIds[random.int(productLineIds.length)] ?? ''],
            exclusive: false,
            startsOn: today,
            endsOn: null,
          })),
        ],
        clause: 'Generated for the benchmark.',
      },
      assignedAccounts: {
        accounts: Array.from({ length: 2 }, (_, n) => ({
          company: `Account ${index}-${n}`,
          country,
        })),
        clause: '',
      },
      carveOuts: {
        accounts: [{ company: `Key account ${index}`, country, reason: 'OEM' }],
        clause: '',
      },
    };
    return { name: `Distributor ${String(index).padStart(4, '0')}`, country, content };
  });
}

/** The draft under test: exclusive in five whole countries, so it clashes with many regions. */
function candidate(): CharterContent {
  const today = '2026-06-01';
  return {
    ...defaultCharterContent(today),
    territory: {
      grants: ['VN', 'TH', 'DE', 'FR', 'BR'].map((country) => ({
        country,
        region: null,
        productLineIds: [],
        exclusive: true,
        startsOn: today,
        endsOn: null,
      })),
      clause: '',
    },
    carveOuts: { accounts: [{ company: 'Account 7-1', country: 'AD', reason: '' }], clause: '' },
  };
}

function request(agent: http.Agent, url: string, token: string, body?: string) {
  return new Promise<number>((resolve, reject) => {
    const headers: Record<string, string> = { authorization: `Bearer ${token}` };
    if (body) headers['content-type'] = 'application/json';
    const outgoing = http.request(
      url,
      { agent, method: body ? 'POST' : 'GET', headers },
      (response) => {
        response.on('data', () => undefined);
        response.on('error', reject);
        response.on('end', () => resolve(response.statusCode ?? 0));
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

async function benchEngine(engine: EngineName) {
  log(`[${engine}] fresh database, ${DISTRIBUTORS} distributors with signed charters`);
  const bench = await openBenchDatabase(engine, adminUrl);
  try {
    await migrate(bench.database);
    const services = benchServices(bench.database);
    const account = await createBenchAccount(services);
    const db = bench.database;
    const lines = await db.rawQuery<{ id: string }>(
      `insert into product_line (workspace_id, code, name)
       select $1, 'PL-' || n, 'Product line ' || n from generate_series(1, 50) n returning id`,
      [account.workspaceId],
    );
    const charters = generateCharters(lines.map((line) => line.id));
    for (let start = 0; start < charters.length; start += 500) {
      const batch = charters.slice(start, start + 500);
      await db.rawQuery(
        `with input as (select * from jsonb_to_recordset($2::jsonb) as x(name text, country text, content jsonb)),
         d as (insert into distributor (workspace_id, name, country, time_zone, languages)
               select $1, name, country, 'UTC', '{en}' from input returning id, name)
         insert into charter_version (workspace_id, distributor_id, version, status, content,
           agreed_document, agreed_hash, agreed_at, signed_at)
         select $1, d.id, 1, 'signed', input.content, input.content, md5(d.name), now(), now()
         from d join input using (name)`,
        [account.workspaceId, JSON.stringify(batch)],
      );
    }
    const [subject] = await db.rawQuery<{ id: string }>(
      `insert into distributor (workspace_id, name, country, time_zone, languages)
       values ($1, 'Candidate distributor', 'VN', 'Asia/Ho_Chi_Minh', '{vi}') returning id`,
      [account.workspaceId],
    );
    const distributorId = subject?.id ?? '';
    const draft = candidate();
    await db.rawQuery(
      `insert into charter_version (workspace_id, distributor_id, version, status, content)
       values ($1, $2, 1, 'draft', $3::jsonb)`,
      [account.workspaceId, distributorId, JSON.stringify(draft)],
    );
    const liaison = await startLiaison(db, services);
    const actor = await resolveActor(services, { bearerToken: account.token }, 'bench');
    if (!actor) throw new Error('the bench token does not authenticate');
    const ctx = makeContext(services, actor);
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const base = `${liaison.url}/api/v1/distributors/${distributorId}/charter`;
    const body = JSON.stringify({ content: draft });
    const countries = countriesOf(draft);
    const raw = bench.baselineDatabase;
    const ways: Record<string, () => Promise<unknown>> = {
      raw: async () => {
        await raw.rawQuery('BEGIN');
        try {
          await raw.rawQuery(
            `select set_config('app.workspace_id', $1, true), set_config('app.distributor_id', '', true),
              set_config('app.user_id', $2, true), set_config('role', 'liaison_app', true)`,
            [account.workspaceId, account.userId],
          );
          await raw.rawQuery(
            'select * from liaison_charter_commitments($2::text[]) where distributor_id <> $1',
            [distributorId, countries],
          );
        } finally {
          await raw.rawQuery('COMMIT');
        }
      },
      service: () => checkCharterContent(ctx, distributorId, draft),
      api: () => request(agent, `${base}/check`, account.token, body),
      version: () => request(agent, `${base}/versions/1`, account.token),
    };
    const check = await checkCharterContent(ctx, distributorId, draft);
    const status = await request(agent, `${base}/check`, account.token, body);
    if (status !== 200) throw new Error(`POST /check answered ${status}`);
    const samples: Record<string, number[]> = Object.fromEntries(
      Object.keys(ways).map((k) => [k, []]),
    );
    for (let i = 0; i < warmup + iterations; i++) {
      for (const [name, way] of Object.entries(ways)) {
        const started = performance.now();
        await way();
        if (i >= warmup) samples[name]?.push(performance.now() - started);
      }
    }
    agent.destroy();
    await liaison.app.close();
    const summaries = Object.fromEntries(
      Object.entries(samples).map(([name, values]) => [name, summarize(values)]),
    ) as Record<string, LatencySummary>;
    return { engine, conflicts: check.conflicts.length, summaries };
  } finally {
    await bench.close();
  }
}

const results = [];
for (const engine of engines) results.push(await benchEngine(engine));
const lines = [
  '',
  `Charter conflict check: ${DISTRIBUTORS} signed charters, ${iterations} iterations`,
  '',
];
for (const result of results) {
  const raw = result.summaries.raw;
  lines.push(`${result.engine} (the draft has ${result.conflicts} conflicts)`);
  lines.push('  way        p50 ms   p95 ms   p95 ÷ raw');
  for (const [name, summary] of Object.entries(result.summaries)) {
    const ratio = raw ? (summary.p95 / raw.p95).toFixed(1) : '';
    lines.push(
      `  ${name.padEnd(9)} ${summary.p50.toFixed(2).padStart(7)} ${summary.p95.toFixed(2).padStart(8)}   ${ratio.padStart(6)}`,
    );
  }
  lines.push('');
}
process.stdout.write(`${lines.join('\n')}\n`);
