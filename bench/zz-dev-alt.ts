import { readFileSync } from 'node:fs';
import { openDatabase } from '../src/db/client.ts';
import { inSystemTransaction } from '../src/platform/tenancy.ts';
import { assessDistributors } from '../src/warnings/warnings.service.ts';
import type { Signal } from '../src/warnings/signals.ts';
import { generatePortfolio } from './warnings-portfolio.ts';
import { replayDays } from './warnings-replay.ts';
const meta = JSON.parse(readFileSync('/tmp/warndev/meta.json', 'utf8'));
const ids = new Map<string, string>(meta.ids);
const database = await openDatabase({ databaseUrl: 'postgres://root@127.0.0.1:5432/liaison_warn_dev' });
const portfolio = generatePortfolio({ seed: 1, distributors: 2000, failing: 100 });
const lastOrder = new Map<string, string>();
for (const row of portfolio.csv.orders.split('\n').slice(1)) { const [ref, , on] = row.split(','); if (ref && on && on > (lastOrder.get(ref) ?? '')) lastOrder.set(ref, on); }
const source: Record<string, string> = { report_late: 'reports', revenue_down: 'sales', stock_below_buffer: 'stock', competitor_mentioned: 'market', orders_down: 'orders', order_gap: 'orders', silence: 'contact', meetings_missed: 'cadence', follow_ups_overdue: 'cadence' };
const rules: Record<string, (s: Signal[]) => boolean> = {
  current: (s) => s.some((x) => x.severity === 'critical') || s.length >= 3,
  two: (s) => s.some((x) => x.severity === 'critical') || s.length >= 2,
  twoSources: (s) => s.some((x) => x.severity === 'critical') || new Set(s.map((x) => source[x.kind])).size >= 2,
  threeSources: (s) => s.some((x) => x.severity === 'critical') || new Set(s.map((x) => source[x.kind])).size >= 3,
  critTwoSrc: (s) => (s.some((x) => x.severity === 'critical') && s.length >= 2) || new Set(s.map((x) => source[x.kind])).size >= 3,
};
const flagged: Record<string, Map<string, string[]>> = Object.fromEntries(Object.keys(rules).map((k) => [k, new Map()]));
for (const asOf of replayDays()) {
  const all = await inSystemTransaction(database, meta.workspaceId, (tx) => assessDistributors(tx, meta.workspaceId, asOf));
  for (const a of all) for (const [k, rule] of Object.entries(rules)) if (rule(a.signals)) { const m = flagged[k]!; m.set(a.distributor.id, [...(m.get(a.distributor.id) ?? []), asOf]); }
}
const days = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86400000);
for (const k of Object.keys(rules)) {
  const m = flagged[k]!;
  let caught = 0, fa = 0, healthy = 0, failing = 0;
  for (const d of portfolio.distributors) {
    const f = m.get(ids.get(d.ref) ?? '') ?? [];
    if (d.failing) { failing++; const stop = lastOrder.get(d.ref) ?? ''; if (f.some((x) => x <= stop && days(x, stop) >= 60 && days(x, stop) <= 365)) caught++; }
    else { healthy++; if (f.length) fa++; }
  }
  console.log(k, 'recall', (100 * caught / failing).toFixed(1), 'FA', (100 * fa / healthy).toFixed(1));
}
await database.close();
