// What the early-warning browser tests share: a portfolio like the demo's, as users would meet it
// today. Brenner sells brake pads through Saigon Motor Parts, which began eight months ago, has
// sent one report in three months and names a competing brake line in it (at risk); Siam Auto
// Components began today and names the same competitor (watch); Jakarta Brake Centre is healthy;
// Motoczęści Polska is still a prospect, so it is not assessed.
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { distributorHealth } from '../../src/db/schema.ts';
import { shiftPeriod } from '../../src/reports/periods.ts';
import type { MonthlyReportContent } from '../../src/reports/report.content.ts';
import { recordAllHealthChanges } from '../../src/warnings/warnings.service.ts';
import { makeDistributor, makeProductLine, makeUser, makeWorkspace } from '../factories.ts';
import { http } from '../http.ts';
import { openPage, type setUpBrowserAndServer, signIn } from './browser.ts';

type BrowserEnv = ReturnType<typeof setUpBrowserAndServer>;

export const password = 'brake-pads-4-saigon';
export const lastMonth = shiftPeriod(new Date().toISOString().slice(0, 7), -1);

/** A UTC day `days` before today, YYYY-MM-DD. */
export const daysAgo = (days: number) =>
  new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/** "10 Oct 2026": how the pages write a day for a user whose locale is English (en-GB). */
export const dayLabel = (day: string) =>
  new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    Date.parse(`${day}T00:00:00Z`),
  );

/** "November 2026": how an evidence link names a report's month. */
export const monthLabel = (period: string) =>
  new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    Date.parse(`${period}-01T00:00:00Z`),
  );

function reportWithCompetitor(period: string, code: string): MonthlyReportContent {
  return {
    period,
    currency: 'USD',
    sales: [{ productLine: code, units: 400, revenue: 5_600 }],
    inventory: [{ productLine: code, unitsOnHand: 300 }],
    pipeline: [],
    marketIntelligence: [],
    competitiveActivity: [
      {
        competitor: 'Dragon Friction',
        product: 'Ceramic brake pads',
        pricePoint: 9.9,
        observation: 'On the shelves of our Thủ Đức branch.',
      },
    ],
    customerSatisfaction: { complaints: 3, returns: 1, score: 6.5 },
  };
}

export async function earlyWarningsPortfolio(env: BrowserEnv) {
  const workspace = await makeWorkspace(env.server);
  const line = await makeProductLine(workspace, { code: 'BRK-100', name: 'Brake pads' });
  const saigon = await makeDistributor(workspace, {
    name: 'Saigon Motor Parts',
    reportCurrency: 'USD',
  });
  const siam = await makeDistributor(workspace, {
    name: 'Siam Auto Components',
    country: 'TH',
    city: 'Bangkok',
    timeZone: 'Asia/Bangkok',
    languages: ['th', 'en'],
    reportCurrency: 'USD',
  });
  const jakarta = await makeDistributor(workspace, {
    name: 'Jakarta Brake Centre',
    country: 'ID',
    city: 'Jakarta',
    timeZone: 'Asia/Jakarta',
    languages: ['id', 'en'],
  });
  const poland = await makeDistributor(workspace, {
    name: 'Motoczęści Polska',
    country: 'PL',
    city: 'Kraków',
    timeZone: 'Europe/Warsaw',
    languages: ['pl'],
    lifecycleStage: 'prospect',
  });
  // Saigon's relationship began eight months ago (its record, its entry into a running stage and
  // the start date a distributor import brings), so the months since owe reports: without agreed
  // terms, reporting would begin with the first month reported.
  await env.server.database.db.execute(
    sql`insert into relationship_baseline (workspace_id, distributor_id, started_on, updated_at)
      values (${workspace.id}, ${saigon.id}, (now() - interval '240 days')::date, now())`,
  );
  await env.server.database.db.execute(
    sql`update distributor set created_at = now() - interval '240 days' where id = ${saigon.id}`,
  );
  await env.server.database.db.execute(
    sql`update lifecycle_event set changed_at = now() - interval '240 days'
      where distributor_id = ${saigon.id}`,
  );
  const lan = await makeUser(workspace, 'distributor_admin', {
    distributorId: saigon.id,
    password,
    name: 'Nguyễn Thị Lan',
  });
  const somchai = await makeUser(workspace, 'distributor_admin', {
    distributorId: siam.id,
    name: 'สมชาย ใจดี',
  });
  for (const [user, distributorId] of [
    [lan, saigon.id],
    [somchai, siam.id],
  ] as const) {
    const response = await http(env.server.url)
      .as(user)
      .post(`/api/v1/distributors/${distributorId}/reports/${lastMonth}/submissions`, {
        content: reportWithCompetitor(lastMonth, line.code),
      });
    expect(response.status).toBe(200);
  }
  const manager = await makeUser(workspace, 'principal_manager', {
    password,
    name: 'Jonas Becker',
  });
  const viewer = await makeUser(workspace, 'principal_viewer', { password, name: 'Wang Wei 王伟' });
  return { workspace, saigon, siam, jakarta, poland, lan, manager, viewer };
}

/**
 * Saigon's recorded history: healthy four months ago, on watch two months ago for the competing
 * line, then today's state as the hourly job records it.
 */
export async function recordSaigonHistory(env: BrowserEnv, workspaceId: string, saigonId: string) {
  const watchReason = {
    kind: 'competitor_mentioned',
    severity: 'warning',
    params: { competitors: ['Dragon Friction'] },
    evidence: [{ kind: 'report', path: `/api/v1/distributors/${saigonId}/reports/${lastMonth}` }],
  };
  await env.server.database.db.insert(distributorHealth).values([
    {
      workspaceId,
      distributorId: saigonId,
      asOf: daysAgo(120),
      state: 'healthy',
      reasons: [],
      recordedAt: new Date(Date.now() - 120 * 86_400_000),
    },
    {
      workspaceId,
      distributorId: saigonId,
      asOf: daysAgo(60),
      state: 'watch',
      reasons: [watchReason],
      recordedAt: new Date(Date.now() - 60 * 86_400_000),
    },
  ]);
  await recordAllHealthChanges(env.server.database, { now: new Date(), workspaceId });
}

export async function signedIn(env: BrowserEnv, email: string) {
  const { context, page } = await openPage(env.browser, env.server.url);
  await signIn(page, email, password);
  return { context, page };
}
