// A report is the distributor's statement (issue #16): the principal's ordinary writes are refused,
// figures sent another way are entered on the distributor's behalf with a reason, and the
// distributor confirms or corrects them.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeDistributor,
  makeDistributorUser,
  makeProductLine,
  makeUser,
  makeWorkspace,
} from '../../test/factories.ts';
import { http } from '../../test/http.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';
import { auditLog } from '../db/schema.ts';
import { shiftPeriod } from './periods.ts';
import type { MonthlyReportContent } from './report.content.ts';
import { writeReportTemplate } from './spreadsheet/template.ts';

type Detail = {
  status: string;
  revision: number;
  draft: unknown;
  content: MonthlyReportContent | null;
  revisions: {
    revision: number;
    createdBy: string | null;
    enteredOnBehalf: boolean;
    onBehalfReason: string | null;
  }[];
  events: { kind: string; body: string | null; actorName: string; cell: string | null }[];
  canEdit: boolean;
  canConfirm: boolean;
  canEnterOnBehalf: boolean;
};
type Problem = { status: number; type: string; detail?: string; errors?: { pointer: string }[] };

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const lastMonth = shiftPeriod(new Date().toISOString().slice(0, 7), -1);
const reason = 'Figures sent by e-mail on 3 Dec';

function report(complaints = 3): MonthlyReportContent {
  return {
    period: lastMonth,
    currency: 'USD',
    sales: [{ productLine: 'BRK-PAD', units: 120, revenue: 4800 }],
    inventory: [{ productLine: 'BRK-PAD', unitsOnHand: 240 }],
    pipeline: [],
    marketIntelligence: [],
    competitiveActivity: [],
    customerSatisfaction: { complaints, returns: 1, score: 7.5 },
  };
}

async function relationship() {
  const workspace = await makeWorkspace(server);
  await makeProductLine(workspace, { code: 'BRK-PAD', name: 'Má phanh' });
  const saigon = await makeDistributor(workspace, {
    name: 'Saigon Motor Parts',
    reportCurrency: 'USD',
  });
  const lan = await makeDistributorUser(workspace, saigon.id, 'distributor_member');
  const jonas = await makeUser(workspace, 'principal_manager', { name: 'Jonas Becker' });
  const viewer = await makeUser(workspace, 'principal_viewer', { name: 'Wiktoria Zielińska' });
  const base = `/api/v1/distributors/${saigon.id}/reports/${lastMonth}`;
  return {
    workspace,
    saigon,
    jonasToken: jonas.token,
    lan: http(server.url).as(lan),
    jonas: http(server.url).as(jonas),
    viewer: http(server.url).as(viewer),
    base,
  };
}

async function auditActions(workspaceId: string) {
  const rows = await server.database.db
    .select({ action: auditLog.action, actorName: auditLog.actorName, after: auditLog.after })
    .from(auditLog)
    .where(and(eq(auditLog.workspaceId, workspaceId), eq(auditLog.entityType, 'monthly_report')))
    .orderBy(auditLog.id);
  return rows;
}

describe('the principal and the distributor’s report', () => {
  it('refuses a principal editor’s ordinary submission, draft and upload, and says what to do', async () => {
    const { lan, jonas, jonasToken, base } = await relationship();
    await lan.post(`${base}/submissions`, { content: report() });
    const submitted = await jonas.post<Problem>(`${base}/submissions`, { content: report(4) });
    expect(submitted.status).toBe(403);
    expect(submitted.body.type).toBe('/problems/report-on-behalf-only');
    expect(submitted.body.detail).toContain('enter them on its behalf');
    const draft = await jonas.put<Problem>(`${base}/draft`, { draft: { complaints: 4 } });
    expect(draft.body.type).toBe('/problems/report-on-behalf-only');
    const bytes = await writeReportTemplate({
      distributorName: 'Saigon Motor Parts',
      period: lastMonth,
      currency: 'USD',
      productLines: [{ code: 'BRK-PAD', name: 'Má phanh' }],
      content: report(4),
    });
    const uploaded = await fetch(`${server.url}${base}/uploads?filename=november.xlsx`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${jonasToken}`,
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      },
      body: bytes,
    });
    expect(uploaded.status).toBe(403);
    expect(((await uploaded.json()) as Problem).type).toBe('/problems/report-on-behalf-only');

    // Over what Lan submitted, entering figures "on behalf" is refused too: Jonas asks instead.
    const overwritten = await jonas.post<Problem>(`${base}/on-behalf`, {
      content: report(4),
      reason,
    });
    expect(overwritten.status).toBe(409);
    expect(overwritten.body.type).toBe('/problems/report-submitted-by-distributor');
    const detail = await jonas.get<Detail>(base);
    expect(detail.body).toMatchObject({ revision: 1, status: 'submitted', canEdit: false });
    expect(detail.body.canEnterOnBehalf).toBe(false);
    expect(detail.body.content?.customerSatisfaction.complaints).toBe(3);

    const asked = await jonas.post<Detail>(`${base}/reviews`, {
      action: 'request_changes',
      comment: 'We counted 4 complaints from Garage Thành Công.',
      cell: '/customerSatisfaction/complaints',
    });
    expect(asked.status).toBe(200);
    expect(asked.body.events.at(-1)).toMatchObject({
      kind: 'changes_requested',
      cell: '/customerSatisfaction/complaints',
    });
    const nowhere = await jonas.post<Problem>(`${base}/reviews`, {
      action: 'comment',
      comment: 'And this?',
      cell: '/sales/7/units',
    });
    expect(nowhere.status).toBe(422);
    expect(nowhere.body.errors?.map((error) => error.pointer)).toEqual(['#/cell']);
  });

  it('lets a principal editor enter figures on behalf, with a reason, and the distributor confirm them', async () => {
    const { workspace, saigon, lan, jonas, viewer, base } = await relationship();
    const noReason = await jonas.post<Problem>(`${base}/on-behalf`, { content: report() });
    expect(noReason.status).toBe(422);
    expect(noReason.body.errors?.map((error) => error.pointer)).toEqual(['#/reason']);
    expect((await viewer.post(`${base}/on-behalf`, { content: report(), reason })).status).toBe(
      403,
    );
    expect((await lan.post(`${base}/on-behalf`, { content: report(), reason })).status).toBe(403);

    const entered = await jonas.post<Detail>(`${base}/on-behalf`, { content: report(), reason });
    expect(entered.status).toBe(200);
    expect(entered.body).toMatchObject({
      status: 'awaiting_confirmation',
      revision: 1,
      canEnterOnBehalf: true,
    });
    expect(entered.body.revisions).toEqual([
      expect.objectContaining({
        createdBy: 'Jonas Becker',
        enteredOnBehalf: true,
        onBehalfReason: reason,
      }),
    ]);
    // A typo of Jonas's own is his to fix while Lan has not answered.
    const fixed = await jonas.post<Detail>(`${base}/on-behalf`, {
      content: report(4),
      reason: 'Corrected: the e-mail said 4 complaints',
    });
    expect(fixed.body).toMatchObject({ status: 'awaiting_confirmation', revision: 2 });

    // The months list flags them; the KPIs count them (docs/decisions.md).
    const months = await jonas.get<{ months: { period: string; status: string }[] }>(
      `/api/v1/distributors/${saigon.id}/reports?months=2`,
    );
    expect(months.body.months.find((month) => month.period === lastMonth)?.status).toBe(
      'awaiting_confirmation',
    );

    const early = await jonas.post<Problem>(`${base}/reviews`, { action: 'accept' });
    expect(early.status).toBe(409);
    expect(early.body.type).toBe('/problems/report-awaiting-confirmation');

    const seen = await lan.get<Detail>(base);
    expect(seen.body).toMatchObject({ canConfirm: true, canEdit: true, canEnterOnBehalf: false });
    const confirmed = await lan.post<Detail>(`${base}/confirmations`);
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.status).toBe('submitted');
    expect(confirmed.body.events.map((event) => [event.kind, event.actorName, event.body])).toEqual(
      [
        ['entered_on_behalf', 'Jonas Becker', reason],
        ['entered_on_behalf', 'Jonas Becker', 'Corrected: the e-mail said 4 complaints'],
        ['confirmed', 'Nguyễn Thị Lan', null],
      ],
    );
    const twice = await lan.post<Problem>(`${base}/confirmations`);
    expect(twice.status).toBe(409);
    // Confirmed, the report is Lan's: Jonas reviews it, he no longer enters figures for it.
    const after = await jonas.post<Problem>(`${base}/on-behalf`, { content: report(5), reason });
    expect(after.body.type).toBe('/problems/report-submitted-by-distributor');
    expect((await jonas.post(`${base}/reviews`, { action: 'accept' })).status).toBe(200);

    const audit = await auditActions(workspace.id);
    expect(audit.map((entry) => [entry.action, entry.actorName])).toEqual([
      ['report.entered_on_behalf', 'Jonas Becker'],
      ['report.entered_on_behalf', 'Jonas Becker'],
      ['report.confirmed', 'Nguyễn Thị Lan'],
      ['report.accepted', 'Jonas Becker'],
    ]);
    expect(audit[0]?.after).toMatchObject({ onBehalfReason: reason, revision: 1 });
  });

  it('lets the distributor correct figures entered on its behalf with a revision of its own', async () => {
    const { lan, jonas, base } = await relationship();
    await lan.put(`${base}/draft`, { draft: { note: 'Lan’s own half-typed draft' } });
    await jonas.post(`${base}/on-behalf`, { content: report(4), reason });
    // Lan's draft is still hers.
    expect((await lan.get<Detail>(base)).body.draft).toEqual({
      note: 'Lan’s own half-typed draft',
    });
    const corrected = await lan.post<Detail>(`${base}/submissions`, { content: report(3) });
    expect(corrected.body).toMatchObject({ status: 'submitted', revision: 2, canConfirm: false });
    expect(
      corrected.body.revisions.map((revision) => [revision.createdBy, revision.enteredOnBehalf]),
    ).toEqual([
      ['Jonas Becker', true],
      ['Nguyễn Thị Lan', false],
    ]);
    expect(corrected.body.content?.customerSatisfaction.complaints).toBe(3);
  });

  it('takes the spreadsheet a distributor sent by e-mail as figures entered on its behalf', async () => {
    const { jonas, jonasToken, base } = await relationship();
    const bytes = await writeReportTemplate({
      distributorName: 'Saigon Motor Parts',
      period: lastMonth,
      currency: 'USD',
      productLines: [{ code: 'BRK-PAD', name: 'Má phanh' }],
      content: report(),
    });
    const send = (query: string) =>
      fetch(`${server.url}${base}/on-behalf/uploads?filename=saigon-november.xlsx${query}`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${jonasToken}`,
          'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        },
        body: bytes,
      });
    const noReason = await send('');
    expect(noReason.status).toBe(422);
    const uploaded = await send(`&reason=${encodeURIComponent(reason)}`);
    expect(uploaded.status).toBe(200);
    const detail = (await uploaded.json()) as Detail;
    expect(detail.status).toBe('awaiting_confirmation');
    expect(detail.revisions).toEqual([
      expect.objectContaining({ enteredOnBehalf: true, onBehalfReason: reason }),
    ]);
    expect((await jonas.get<Detail>(base)).body.content?.customerSatisfaction.complaints).toBe(3);
  });

  it('takes the distributor submitting exactly the figures entered for it as its confirmation', async () => {
    const { lan, jonas, base } = await relationship();
    await jonas.post(`${base}/on-behalf`, { content: report(), reason });
    const same = await lan.post<Detail>(`${base}/submissions`, { content: report() });
    expect(same.body).toMatchObject({ status: 'submitted', revision: 1 });
    expect(same.body.events.map((event) => event.kind)).toEqual(['entered_on_behalf', 'confirmed']);
  });
});
