import { readFileSync } from 'node:fs';
import { openDatabase } from '../src/db/client.ts';
import { inSystemTransaction } from '../src/platform/tenancy.ts';
import { assessDistributors } from '../src/warnings/warnings.service.ts';
const meta = JSON.parse(readFileSync('/tmp/warndev/meta.json', 'utf8'));
const database = await openDatabase({ databaseUrl: 'postgres://root@127.0.0.1:5432/liaison_warn_dev' });
const failingIds = new Set(meta.distributors.filter((d: any) => d.failing).map((d: any) => new Map<string,string>(meta.ids).get(d.ref)));
const combos: Record<string, number> = {};
for (const asOf of ['2025-06-01', '2026-02-01']) {
  const all = await inSystemTransaction(database, meta.workspaceId, (tx) => assessDistributors(tx, meta.workspaceId, asOf));
  const fa = all.filter((a) => a.state === 'at_risk' && !failingIds.has(a.distributor.id));
  console.log(asOf, 'healthy at risk', fa.length);
  for (const a of fa) { const k = a.signals.map((s) => s.kind + ':' + s.severity[0]).sort().join(' '); combos[k] = (combos[k] ?? 0) + 1; }
  for (const a of fa.slice(0, 6)) console.log(a.signals.map((s) => `${s.kind}:${s.severity[0]}:${JSON.stringify(s.params).slice(0, 100)}`).join(' | '));
}
console.log(Object.entries(combos).sort((a, b) => b[1] - a[1]).slice(0, 15));
await database.close();
