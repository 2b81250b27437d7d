// npm run bench:warnings [-- --engine pglite|postgres|all] [--distributors 2000] [--scans 20]
// Only the early warnings' scan step of `npm run bench` (warnings-scan.ts), on fresh databases.
import { parseArgs } from 'node:util';
import { migrate } from '../src/db/migrate.ts';
import { type EngineName, openBenchDatabase } from './engines.ts';
import { benchServices } from './server.ts';
import { benchWarningsScan, formatWarningsScan, type WarningsScanResult } from './warnings-scan.ts';

const { values } = parseArgs({
  options: {
    engine: { type: 'string', default: 'all' },
    distributors: { type: 'string', default: '2000' },
    scans: { type: 'string', default: '20' },
  },
});
const engines: EngineName[] =
  values.engine === 'all' ? ['postgres', 'pglite'] : [values.engine as EngineName];
const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/test';
const results: { engine: string; warnings: WarningsScanResult }[] = [];
for (const engine of engines) {
  const bench = await openBenchDatabase(engine, adminUrl);
  try {
    await migrate(bench.database);
    process.stderr.write(`[${engine}] loading the portfolio and scanning\n`);
    const warnings = await benchWarningsScan(bench, benchServices(bench.database), {
      iterations: Number(values.scans),
      distributors: Number(values.distributors),
    });
    process.stderr.write(`${JSON.stringify({ engine, ...warnings })}\n`);
    results.push({ engine, warnings });
  } finally {
    await bench.close();
  }
}
process.stdout.write(formatWarningsScan(results));
