// The demo's exchange rates (#16): a rate into euros for every currency the demo reports in
// (USD, THB, CNY, PLN, MXN), for each of the 36 months of history and the current month, so the
// portfolio converts every figure. Rates wander a little around the levels the demo's reports are
// priced at (demo-reports.ts); the source says they are demo data, not the ECB's figures.

import type { Context } from '../platform/tenancy.ts';
import { importExchangeRatesCsv } from '../reports/exchange-rates-import.service.ts';
import { recentPeriods } from '../reports/periods.ts';

const levels: Record<string, number> = { USD: 1.08, THB: 38, CNY: 7.8, PLN: 4.3, MXN: 19 };

export const DEMO_RATE_SOURCE = 'ECB reference rate, monthly average (demo data)';

export async function loadDemoRates(system: Context) {
  const today = system.clock.now().toISOString().slice(0, 10);
  const months = [...recentPeriods(today, 36), today.slice(0, 7)];
  const lines = ['currency,month,rate,source'];
  for (const [currency, level] of Object.entries(levels)) {
    for (const [index, month] of months.entries()) {
      // Up to ±2 % from month to month, the same every time the demo loads.
      const rate = level * (1 + 0.02 * Math.sin(index / 3 + currency.charCodeAt(0)));
      lines.push(`${currency},${month},${rate.toFixed(4)},"${DEMO_RATE_SOURCE}"`);
    }
  }
  await importExchangeRatesCsv(system, `${lines.join('\n')}\n`);
}
