// How the backtest loads its portfolio: through the history imports, the services behind
// `POST /api/v1/distributors/import` and `POST /api/v1/imports/{orders|report-history|
// interactions}` (all rows or none, each file in one transaction), or straight into the tables
// (warnings-load.ts), which the scan bench uses for speed.
import { importInteractionsCsv } from '../src/communication/interactions-import.service.ts';
import type { Database } from '../src/db/client.ts';
import { importDistributorsCsv } from '../src/distributors/distributors-csv.service.ts';
import { importOrdersCsv } from '../src/orders/orders-import.service.ts';
import { type Actor, makeContext } from '../src/platform/tenancy.ts';
import { importReportHistoryCsv } from '../src/reports/report-history-import.service.ts';
import type { BenchAccount, BenchServices } from './server.ts';
import { loadPortfolioDirectly } from './warnings-load.ts';
import { type Portfolio, PRODUCT_LINES } from './warnings-portfolio.ts';

const log = (message: string) => process.stderr.write(`${message}\n`);

export async function loadPortfolio(
  database: Database,
  services: BenchServices,
  account: BenchAccount,
  portfolio: Portfolio,
  mode: 'imports' | 'direct',
): Promise<{ ids: Map<string, string>; via: 'imports' | 'direct' }> {
  if (mode === 'direct') {
    return {
      ids: await loadPortfolioDirectly(database, account.workspaceId, portfolio),
      via: 'direct',
    };
  }
  // The product lines are the principal's catalogue, set up before any history comes in.
  await database.rawQuery(
    `insert into product_line (workspace_id, code, name, category)
     select $1, code, code, split_part(code, '-', 1) from unnest($2::text[]) code`,
    [account.workspaceId, PRODUCT_LINES],
  );
  const actor: Actor = {
    userId: account.userId,
    name: 'Jonas Becker',
    email: 'bench.manager@brenner.example',
    workspaceId: account.workspaceId,
    role: 'principal_manager',
    distributorId: null,
    via: 'cli',
    locale: 'en',
    timeZone: 'Europe/Berlin',
    requestId: null,
  };
  const ctx = makeContext(services, actor);
  const files = [
    ['distributors', () => importDistributorsCsv(ctx, portfolio.csv.distributors)],
    ['orders', () => importOrdersCsv(ctx, portfolio.csv.orders)],
    ['report history', () => importReportHistoryCsv(ctx, portfolio.csv.reportHistory)],
    ['interactions', () => importInteractionsCsv(ctx, portfolio.csv.interactions)],
  ] as const;
  for (const [name, load] of files) {
    const started = performance.now();
    const result = await load();
    log(
      `  imported ${name}: ${JSON.stringify(result)} in ${Math.round(performance.now() - started)} ms`,
    );
  }
  await database.rawQuery('analyze');
  const rows = await database.rawQuery<{ id: string; external_ref: string }>(
    'select id, external_ref from distributor where workspace_id = $1',
    [account.workspaceId],
  );
  return { ids: new Map(rows.map((row) => [row.external_ref, row.id])), via: 'imports' };
}
