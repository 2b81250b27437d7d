// npm run bench:warnings-rules -- FILE
// Judges the early-warning rules again on the facts a backtest kept (warnings-backtest.ts
// --facts FILE): the same figures, from the rules of this checkout, in seconds and without a
// database. For working on the rules; the backtest itself is the figure that counts.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { WarningFacts } from '../src/warnings/signals.ts';
import { defaultThresholds, evaluateSignals, healthOf } from '../src/warnings/signals.ts';
import type { Portfolio } from './warnings-portfolio.ts';
import { judgeReplays } from './warnings-replay.ts';

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: npm run bench:warnings-rules -- FILE\n');
  process.exit(2);
}
const lines = createInterface({ input: createReadStream(file) });
let head:
  | {
      ids: [string, string][];
      distributors: Portfolio['distributors'];
      lastOrder: [string, string][];
    }
  | undefined;
const replays: Parameters<typeof judgeReplays>[3] = [];
for await (const text of lines) {
  if (!head) {
    head = JSON.parse(text);
    continue;
  }
  const { asOf, facts } = JSON.parse(text) as { asOf: string; facts: WarningFacts[] };
  replays.push({
    asOf,
    assessments: facts.map((entry) => {
      const signals = evaluateSignals(entry, defaultThresholds);
      return { distributor: { id: entry.distributorId }, state: healthOf(signals), signals };
    }),
  });
}
if (!head) throw new Error(`${file} holds no facts`);
// Each signal kind and severity: the share of healthy relationships that ever raise it, and of
// failing ones that raise it between a year and 60 days before their last order.
const lastOrder = new Map(head.lastOrder);
const refOf = new Map(head.ids.map(([ref, id]) => [id, ref]));
const failingRefs = new Set(head.distributors.filter((d) => d.failing).map((d) => d.ref));
const raised = new Map<string, { healthy: Set<string>; failing: Set<string> }>();
for (const { asOf, assessments } of replays) {
  for (const entry of assessments) {
    const ref = refOf.get(entry.distributor.id) ?? '';
    const isFailing = failingRefs.has(ref);
    const stop = lastOrder.get(ref) ?? '';
    const lead = (Date.parse(stop) - Date.parse(asOf)) / 86_400_000;
    if (isFailing && (lead < 60 || lead > 365)) continue;
    for (const signal of entry.signals) {
      for (const key of [signal.kind, `${signal.kind}:${signal.severity}`]) {
        const sets = raised.get(key) ?? { healthy: new Set(), failing: new Set() };
        (isFailing ? sets.failing : sets.healthy).add(ref);
        raised.set(key, sets);
      }
    }
  }
}
const healthyCount = head.distributors.length - failingRefs.size;
const kinds = Object.fromEntries(
  [...raised]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, sets]) => [
      key,
      `healthy ${((100 * sets.healthy.size) / healthyCount).toFixed(1)} %, failing ${((100 * sets.failing.size) / failingRefs.size).toFixed(0)} %`,
    ]),
);
process.stdout.write(`${JSON.stringify(kinds, null, 2)}\n`);
const figures = judgeReplays(
  new Map(head.ids),
  head.distributors,
  new Map(head.lastOrder),
  replays,
);
process.stdout.write(`${JSON.stringify({ ...figures, missed: figures.missed.length }, null, 2)}\n`);
