// The demo's orders (sell-in) for 36 months, loaded through the orders import as a principal
// would load its ERP export. Most distributors order every month with the season and some noise;
// Saigon Motor Parts, since its first delivery 16 months ago, orders at full speed for ten months
// and then less and less over the last six, until last month brought no order at all.

import { listDistributorPage } from '../distributors/distributors.service.ts';
import { importOrdersCsv } from '../orders/orders-import.service.ts';
import type { Context } from '../platform/tenancy.ts';
import { demoProductLines } from './demo-charters.ts';
import { demoDistributors } from './demo-data.ts';

/** Euro price a unit of each product line category. */
const euroPrice: Record<string, number> = {
  BRK: 14,
  FLT: 3.2,
  CLU: 90,
  SUS: 30,
  STE: 18,
  COO: 40,
  ELE: 80,
  LGT: 55,
  BLT: 45,
  EXH: 120,
};
/** Saigon's ordering against full speed, month by month since its first delivery. */
const saigonLevels = [
  0.5, 0.8, 1, 1.05, 1.1, 1.1, 1.15, 1.2, 1.2, 1.25, 0.8, 0.6, 0.45, 0.3, 0.15, 0,
];
const orderingStages = new Set(['active', 'at_risk', 'suspended']);

/** mulberry32: the same demo on every start. */
function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), state | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The first day of the month `back` months before this one (UTC), as YYYY-MM. */
function monthBefore(today: Date, back: number): string {
  const date = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - back, 1));
  return date.toISOString().slice(0, 7);
}

export async function loadDemoOrders(ctx: Context): Promise<void> {
  const page = await listDistributorPage(ctx, {
    status: 'all',
    sort: 'name',
    order: 'asc',
    page: 1,
    pageSize: 100,
  });
  const today = ctx.clock.now();
  const saigon = demoDistributors[0]?.name;
  const rows = ['distributor,order_ref,ordered_on,product_line,quantity,net_value,currency'];
  page.items.forEach((distributor, index) => {
    // The demo loads as the principal's admin, who sees every stage.
    if (!orderingStages.has(distributor.lifecycleStage ?? '')) return;
    const random = seeded(7000 + index);
    const isSaigon = distributor.name === saigon;
    const currency = distributor.country === 'VN' ? 'USD' : 'EUR';
    const fx = currency === 'USD' ? 1.08 : 1;
    const lines = demoProductLines
      .map(([code]) => code)
      .filter((code) => (isSaigon ? /^(BRK|FLT|CLU|SUS)-1[01]0$/.test(code) : random() < 0.4))
      .map((code) => ({ code, units: Math.round(100 + random() * 1500) }));
    const months = isSaigon ? saigonLevels.length : 36;
    for (let age = months; age >= 1; age -= 1) {
      const period = monthBefore(today, age);
      const level = isSaigon
        ? (saigonLevels[months - age] ?? 0)
        : (1 + 0.15 * Math.sin(((Number(period.slice(5)) + index) / 12) * 2 * Math.PI)) *
          (0.85 + random() * 0.3);
      if (level === 0) continue;
      const day = String(3 + Math.floor(random() * 20)).padStart(2, '0');
      const orderRef = `SO-${period.replace('-', '')}-${String(index + 1).padStart(3, '0')}`;
      for (const line of lines) {
        const quantity = Math.round(line.units * level);
        const price = (euroPrice[line.code.slice(0, 3)] ?? 20) * fx;
        const netValue = (quantity * price).toFixed(2);
        rows.push(
          [
            distributor.id,
            orderRef,
            `${period}-${day}`,
            line.code,
            quantity,
            netValue,
            currency,
          ].join(','),
        );
      }
    }
  });
  // Loaded before the reports, whose closing KPI refresh then counts the orders too.
  await importOrdersCsv(ctx, rows.join('\n'));
}
