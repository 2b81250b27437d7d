// How the backtest loads its portfolio: through the history imports (the services behind
// `POST /api/v1/imports/...`), or straight into the tables (warnings-load.ts).
import type { Database } from '../src/db/client.ts';
import type { BenchAccount, BenchServices } from './server.ts';
import { loadPortfolioDirectly } from './warnings-load.ts';
import type { Portfolio } from './warnings-portfolio.ts';

export async function loadPortfolio(
  database: Database,
  _services: BenchServices,
  account: BenchAccount,
  portfolio: Portfolio,
  mode: 'imports' | 'direct',
): Promise<{ ids: Map<string, string>; via: 'imports' | 'direct' }> {
  if (mode === 'imports') {
    // TODO(#13): the import services are on another branch; until they land, load directly.
    process.stderr.write('the history imports are not on this branch yet: loading directly\n');
  }
  return {
    ids: await loadPortfolioDirectly(database, account.workspaceId, portfolio),
    via: 'direct',
  };
}
