import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeDistributor,
  makeDistributorUser,
  makeProductLine,
  makeUser,
  makeWorkspace,
} from '../../test/factories.ts';
import { api, http } from '../../test/http.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';
import { outboxEmail } from '../db/schema.ts';
import { shiftPeriod } from './periods.ts';
import type { MonthlyReportContent } from './report.content.ts';
import { sendReportReminders } from './report-reminders.service.ts';
import { writeReportTemplate } from './spreadsheet/template.ts';

type Detail = {
  status: string;
  revision: number;
  late: boolean;
  content: MonthlyReportContent | null;
  draft: unknown;
  revisions: { revision: number; source: string; changes: string[] }[];
  events: { kind: string; body: string | null; actorName: string }[];
};
type Problem = { status: number; type: string; errors?: { pointer: string; detail: string }[] };
type Months = {
  months: { period: string; status: string; expected: boolean; late: boolean; dueOn: string }[];
};

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const lastMonth = shiftPeriod(new Date().toISOString().slice(0, 7), -1);

function report(
  period: string,
  overrides: Partial<MonthlyReportContent> = {},
): MonthlyReportContent {
  return {
    period,
    currency: 'USD',
    sales: [
      { productLine: 'BRK-PAD', units: 120, revenue: 4800 },
      { productLine: 'OIL-FLT', units: 300, revenue: 1500 },
    ],
    inventory: [
      { productLine: 'BRK-PAD', unitsOnHand: 240 },
      { productLine: 'OIL-FLT', unitsOnHand: 600 },
    ],
    pipeline: [
      {
        account: 'Mekong Fleet Services',
        productLine: 'BRK-PAD',
        stage: 'proposal',
        value: 12000,
        expectedClose: '2027-02-15',
      },
    ],
    marketIntelligence: [
      { note: 'A competing brake line at Thủ Đức, 15% cheaper.', tags: ['price'] },
    ],
    competitiveActivity: [],
    customerSatisfaction: { complaints: 2, returns: 1, score: 7.5 },
    ...overrides,
  };
}

async function relationship() {
  const workspace = await makeWorkspace(server);
  await makeProductLine(workspace, { code: 'BRK-PAD', name: 'Brake pads' });
  await makeProductLine(workspace, { code: 'OIL-FLT', name: 'Oil filters' });
  const distributor = await makeDistributor(workspace, { reportCurrency: 'USD' });
  const seller = await makeDistributorUser(workspace, distributor.id, 'distributor_admin');
  const manager = await makeUser(workspace, 'principal_manager', { name: 'Katrin Weber' });
  const base = `/api/v1/distributors/${distributor.id}/reports`;
  return { workspace, distributor, seller, manager, base };
}

async function download(url: string, token: string) {
  const response = await fetch(`${server.url}${url}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return { response, bytes: Buffer.from(await response.arrayBuffer()) };
}

function upload(url: string, token: string, bytes: Buffer, contentType: string) {
  return fetch(`${server.url}${url}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': contentType },
    body: bytes,
  }).then(async (response) => ({
    status: response.status,
    body: (await response.json()) as Detail & Problem,
  }));
}

describe('the monthly report', () => {
  it('is drafted, refused with every wrong field, submitted, revised, and reviewed', async () => {
    const { seller, manager, base } = await relationship();
    const portal = http(server.url).as(seller);
    const months = await portal.get<Months>(`${base}?months=3`);
    expect(months.body.months.map((m) => m.period)).toEqual([
      lastMonth,
      shiftPeriod(lastMonth, -1),
      shiftPeriod(lastMonth, -2),
    ]);
    expect(months.body.months.every((m) => m.status === 'missing')).toBe(true);
    // The relationship began today: the months before it owed nothing, so none is late.
    expect(months.body.months.map((m) => [m.expected, m.late])).toEqual([
      [false, false],
      [false, false],
      [false, false],
    ]);

    const draft = await portal.put(`${base}/${lastMonth}/draft`, {
      draft: { sales: [{ units: '' }] },
    });
    expect(draft.status).toBe(200);
    const drafted = await portal.get<Detail>(`${base}/${lastMonth}`);
    expect(drafted.body).toMatchObject({
      status: 'draft',
      revision: 0,
      draft: { sales: [{ units: '' }] },
    });

    const wrong = await portal.post<Problem>(`${base}/${lastMonth}/submissions`, {
      content: report(lastMonth, {
        currency: 'EUR',
        sales: [{ productLine: 'XYZ-999', units: 1, revenue: 1 }],
      }),
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors?.map((e) => e.pointer)).toEqual([
      '#/content/currency',
      '#/content/sales/0/productLine',
    ]);
    const negative = await portal.post<Problem>(`${base}/${lastMonth}/submissions`, {
      content: report(lastMonth, { inventory: [{ productLine: 'BRK-PAD', unitsOnHand: -5 }] }),
    });
    expect(negative.status).toBe(422);
    expect(negative.body.errors?.[0]?.pointer).toBe('#/content/inventory/0/unitsOnHand');
    expect((await portal.get<Detail>(`${base}/${lastMonth}`)).body.revision).toBe(0);

    const submitted = await portal.post<Detail>(`${base}/${lastMonth}/submissions`, {
      content: report(lastMonth),
    });
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({ status: 'submitted', revision: 1, draft: null });
    const again = await portal.post<Detail>(`${base}/${lastMonth}/submissions`, {
      content: report(lastMonth),
    });
    expect(again.body.revision).toBe(1);

    const corrected = await portal.post<Detail>(`${base}/${lastMonth}/submissions`, {
      content: report(lastMonth, {
        sales: [
          { productLine: 'BRK-PAD', units: 130, revenue: 5200 },
          { productLine: 'OIL-FLT', units: 300, revenue: 1500 },
        ],
      }),
    });
    expect(corrected.body.revision).toBe(2);
    expect(corrected.body.revisions[1]?.changes).toEqual([
      'Sales BRK-PAD: units 120 → 130',
      'Sales BRK-PAD: revenue 4800 → 5200',
    ]);

    const principal = http(server.url).as(manager);
    const noReason = await principal.post<Problem>(`${base}/${lastMonth}/reviews`, {
      action: 'request_changes',
    });
    expect(noReason.status).toBe(422);
    expect(noReason.body.errors?.[0]?.pointer).toBe('#/comment');
    await principal.post(`${base}/${lastMonth}/reviews`, {
      action: 'request_changes',
      comment: 'Filter stock looks doubled.',
    });
    const refused = await portal.post<Problem>(`${base}/${lastMonth}/reviews`, {
      action: 'accept',
    });
    expect(refused.status).toBe(403);
    await portal.post(`${base}/${lastMonth}/reviews`, {
      action: 'comment',
      comment: 'Checked: it is right.',
    });
    const accepted = await principal.post<Detail>(`${base}/${lastMonth}/reviews`, {
      action: 'accept',
    });
    expect(accepted.body.status).toBe('accepted');
    expect(accepted.body.events.map((e) => [e.kind, e.body])).toEqual([
      ['submitted', null],
      ['revised', null],
      ['changes_requested', 'Filter stock looks doubled.'],
      ['comment', 'Checked: it is right.'],
      ['accepted', null],
    ]);
    // Accepting twice is refused, and the state is named in words, not as its stored code.
    const twice = await principal.post<Problem & { detail: string }>(
      `${base}/${lastMonth}/reviews`,
      { action: 'accept' },
    );
    expect(twice.status).toBe(409);
    expect(twice.body.detail).toBe('It is accepted.');
  });

  it('refuses a future month and hides a report from other distributors', async () => {
    const { workspace, distributor, seller, base } = await relationship();
    const future = shiftPeriod(lastMonth, 2);
    const refused = await api(server)
      .as(seller)
      .POST('/api/v1/distributors/{id}/reports/{period}/submissions', {
        params: { path: { id: distributor.id, period: future } },
        body: { content: report(future) },
      });
    expect(refused.response.status).toBe(422);
    expect(refused.error?.errors?.[0]?.pointer).toBe('#/period');
    const manager = await makeUser(workspace, 'principal_admin');
    const currency = await http(server.url)
      .as(manager)
      .patch<Problem>(`/api/v1/distributors/${distributor.id}`, { reportCurrency: 'ABC' });
    expect(currency.body.errors?.map((e) => e.pointer)).toEqual(['#/reportCurrency']);
    const other = await makeDistributor(workspace);
    const outsider = await makeDistributorUser(workspace, other.id);
    expect((await http(server.url).as(outsider).get(`${base}/${lastMonth}`)).status).toBe(404);
  });
});

describe('report files', () => {
  it('round-trips the XLSX template, treats a second upload of the same file as the same revision, and refuses a disguised file', async () => {
    const { seller, base } = await relationship();
    const template = await download(`${base}/${lastMonth}/template`, seller.token);
    expect(template.response.headers.get('content-type')).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template.bytes as unknown as ExcelJS.Buffer);
    const codes: string[] = [];
    workbook.getWorksheet('Sales')?.eachRow((row, number) => {
      if (number > 1) codes.push(String(row.getCell(1).value));
    });
    expect(codes).toEqual(['BRK-PAD', 'OIL-FLT']);

    const filled = await writeReportTemplate({
      distributorName: 'Saigon Motor Parts',
      period: lastMonth,
      currency: 'USD',
      productLines: [
        { code: 'BRK-PAD', name: 'Brake pads' },
        { code: 'OIL-FLT', name: 'Oil filters' },
      ],
      content: report(lastMonth),
    });
    const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    const first = await upload(
      `${base}/${lastMonth}/uploads?filename=march.xlsx`,
      seller.token,
      filled,
      xlsx,
    );
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ revision: 1, content: report(lastMonth) });
    expect(first.body.revisions[0]?.source).toBe('xlsx');
    const second = await upload(
      `${base}/${lastMonth}/uploads?filename=march.xlsx`,
      seller.token,
      filled,
      xlsx,
    );
    expect(second.body.revision).toBe(1);

    const pdf = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
    const disguised = await upload(
      `${base}/${lastMonth}/uploads?filename=april.xlsx`,
      seller.token,
      pdf,
      xlsx,
    );
    expect(disguised.status).toBe(422);
    expect(disguised.body.errors?.[0]?.detail).toBe(
      "This file's content is .pdf, not .xlsx: upload the XLSX or CSV template.",
    );

    const exported = await download(`${base}/${lastMonth}/revisions/1?format=csv`, seller.token);
    const csv = exported.bytes.toString('utf8');
    expect(csv).toContain('BRK-PAD');
    const reuploaded = await upload(
      `${base}/${lastMonth}/uploads?filename=march.csv`,
      seller.token,
      exported.bytes,
      'text/csv',
    );
    expect(reuploaded.status).toBe(200);
    expect(reuploaded.body.revision).toBe(1);
  });

  it('lists every wrong cell of an upload and stores nothing', async () => {
    const { seller, base } = await relationship();
    const bad = await writeReportTemplate({
      distributorName: 'Saigon Motor Parts',
      period: lastMonth,
      currency: 'EUR',
      productLines: [
        { code: 'BRK-PAD', name: 'Brake pads' },
        { code: 'XYZ-999', name: 'Unknown' },
      ],
      content: report(lastMonth, {
        currency: 'EUR',
        sales: [{ productLine: 'XYZ-999', units: 5, revenue: 10 }],
      }),
    });
    const response = await upload(
      `${base}/${lastMonth}/uploads?filename=bad.xlsx`,
      seller.token,
      bad,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(response.status).toBe(422);
    const details = response.body.errors?.map((e) => e.detail) ?? [];
    expect(details).toEqual([
      'Instructions B4: The currency is EUR, but this report is in USD.',
      'Sales A3: Unknown product line "XYZ-999"; choose a code from the list.',
      'Sales E3: The currency is EUR, but this report is in USD.',
      'Pipeline E2: The currency is EUR, but this report is in USD.',
    ]);
    expect(
      (await http(server.url).as(seller).get<Detail>(`${base}/${lastMonth}`)).body.revision,
    ).toBe(0);
  });
});

describe('report reminders', () => {
  it('remind the distributor three days before the due date, then weekly while it is overdue', async () => {
    const workspace = await makeWorkspace(server);
    await makeProductLine(workspace, { code: 'BRK-PAD', name: 'Brake pads' });
    await makeProductLine(workspace, { code: 'OIL-FLT', name: 'Oil filters' });
    const distributor = await makeDistributor(workspace, {
      reportCurrency: 'USD',
      lifecycleStage: 'active',
    });
    const seller = await makeDistributorUser(workspace, distributor.id, 'distributor_admin');
    const base = `/api/v1/distributors/${distributor.id}/reports`;
    // It reports (January), so it is reminded of February, due on 10 March.
    await http(server.url)
      .as(seller)
      .post(`${base}/2026-01/submissions`, { content: report('2026-01') });
    const remind = (day: string) =>
      sendReportReminders(server.database, server.url, new Date(`${day}T09:00:00Z`), {
        workspaceId: workspace.id,
      });
    expect(await remind('2026-03-05')).toBe(0);
    expect(await remind('2026-03-07')).toBe(1);
    expect(await remind('2026-03-08')).toBe(0);
    expect(await remind('2026-03-12')).toBe(1);
    expect(await remind('2026-03-15')).toBe(0);
    expect(await remind('2026-03-19')).toBe(1);
    const mails = await server.database.db
      .select({ to: outboxEmail.toAddress, subject: outboxEmail.subject })
      .from(outboxEmail)
      .where(eq(outboxEmail.workspaceId, workspace.id))
      .orderBy(outboxEmail.createdAt);
    expect(mails.map((m) => m.subject)).toEqual([
      `Your February 2026 report for ${workspace.name} is due on March 10, 2026`,
      `Overdue: your February 2026 report for ${workspace.name}`,
      `Overdue: your February 2026 report for ${workspace.name}`,
    ]);
    expect(mails.every((m) => m.to === seller.email)).toBe(true);
    await http(server.url)
      .as(seller)
      .post(`${base}/2026-02/submissions`, { content: report('2026-02') });
    expect(await remind('2026-03-26')).toBe(0);
  });
});
