// What the monthly-report browser tests share: a relationship (Brenner sells brake pads and oil
// filters through Saigon Motor Parts, in USD), last month's report, and page helpers.
import type { Locator, Page } from 'playwright-core';
import { shiftPeriod } from '../../src/reports/periods.ts';
import type { MonthlyReportContent } from '../../src/reports/report.content.ts';
import { makeDistributor, makeProductLine, makeUser, makeWorkspace } from '../factories.ts';
import { openPage, type setUpBrowserAndServer, signIn } from './browser.ts';

type BrowserEnv = ReturnType<typeof setUpBrowserAndServer>;

export const browserPassword = 'pho-bo-hanoi-2024';

export const lastMonth = shiftPeriod(new Date().toISOString().slice(0, 7), -1);
const [year = 0, month = 1] = lastMonth.split('-').map(Number);
/** "March 2026": how the pages name the month. */
export const monthTitle = new Intl.DateTimeFormat('en', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
}).format(Date.UTC(year, month - 1, 1));
export const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const productLines = [
  { code: 'BRK-PAD', name: 'Brake pads' },
  { code: 'OIL-FLT', name: 'Oil filters' },
];

export type Detail = {
  status: string;
  revision: number;
  draft: unknown;
  content: MonthlyReportContent | null;
  revisions: { revision: number; source: string; fileName: string | null; changes: string[] }[];
  events: { kind: string; body: string | null; actorName: string }[];
};

export function report(overrides: Partial<MonthlyReportContent> = {}): MonthlyReportContent {
  return {
    period: lastMonth,
    currency: 'USD',
    sales: [
      { productLine: 'BRK-PAD', units: 120, revenue: 4800 },
      { productLine: 'OIL-FLT', units: 300, revenue: 1500 },
    ],
    inventory: [
      { productLine: 'BRK-PAD', unitsOnHand: 240 },
      { productLine: 'OIL-FLT', unitsOnHand: 600 },
    ],
    pipeline: [],
    marketIntelligence: [],
    competitiveActivity: [],
    customerSatisfaction: { complaints: 2, returns: 1, score: 7.5 },
    ...overrides,
  };
}

/** Brenner (principal) sells brake pads and oil filters through Saigon Motor Parts, in USD. */
export async function relationship(env: BrowserEnv) {
  const workspace = await makeWorkspace(env.server);
  const lines = [];
  for (const line of productLines) lines.push(await makeProductLine(workspace, line));
  const saigon = await makeDistributor(workspace, {
    name: 'Saigon Motor Parts',
    reportCurrency: 'USD',
  });
  const lan = await makeUser(workspace, 'distributor_admin', {
    distributorId: saigon.id,
    password: browserPassword,
    name: 'Nguyễn Thị Lan',
  });
  const katrin = await makeUser(workspace, 'principal_manager', {
    password: browserPassword,
    name: 'Katrin Weber',
  });
  const base = `/api/v1/distributors/${saigon.id}/reports`;
  const reportPage = `/distributors/${saigon.id}/reports/${lastMonth}`;
  return { workspace, saigon, lan, katrin, base, reportPage, lines };
}

export async function signedIn(env: BrowserEnv, email: string) {
  const { context, page } = await openPage(env.browser, env.server.url);
  await signIn(page, email, browserPassword);
  return { context, page };
}

/** The error shown under a cell: the text its aria-describedby points at. */
export async function fieldError(page: Page, field: Locator) {
  const id = await field.getAttribute('aria-describedby');
  return id ? page.locator(`[id="${id}"]`).textContent() : null;
}

export const heading = (page: Page) => page.getByRole('heading', { level: 1 });
