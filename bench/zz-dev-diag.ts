import { readFileSync } from 'node:fs';
import { openDatabase } from '../src/db/client.ts';
import { inSystemTransaction } from '../src/platform/tenancy.ts';
import { assessDistributors } from '../src/warnings/warnings.service.ts';
import { generatePortfolio } from './warnings-portfolio.ts';
const meta = JSON.parse(readFileSync('/tmp/warndev/meta.json', 'utf8'));
const ids = new Map<string, string>(meta.ids);
const database = await openDatabase({ databaseUrl: 'postgres://root@127.0.0.1:5432/liaison_warn_dev' });
const portfolio = generatePortfolio({ seed: 1, distributors: 2000, failing: 100 });
const lastOrder = new Map<string, string>();
for (const row of portfolio.csv.orders.split('\n').slice(1)) {
  const [ref, , orderedOn] = row.split(',');
  if (ref && orderedOn && orderedOn > (lastOrder.get(ref) ?? '')) lastOrder.set(ref, orderedOn);
}
const failing = portfolio.distributors.filter((d) => d.failing).slice(0, 30);
for (const d of failing) {
  const stop = lastOrder.get(d.ref) ?? '';
  const t = new Date(Date.parse(stop) - 75 * 86400000);
  const asOf = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), 1)).toISOString().slice(0, 10);
  const [a] = await inSystemTransaction(database, meta.workspaceId, (tx) => assessDistributors(tx, meta.workspaceId, asOf, ids.get(d.ref)));
  console.log(d.ref, 'stop', stop, 'asOf', asOf, d.failing?.symptoms.join('+'), 'onset', d.failing?.onsetOn, '=>', a?.state, a?.signals.map((s) => `${s.kind}:${s.severity[0]}:${JSON.stringify(s.params).slice(0,90)}`).join(' | '));
}
await database.close();
