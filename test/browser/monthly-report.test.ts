// The monthly report in the browser: a distributor types it (the draft survives a reload) and
// submits it; a wrong spreadsheet lists every bad cell and stores nothing, a right one becomes the
// next revision with its changes; the principal asks for changes, then accepts; a viewer only reads.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { shiftPeriod } from '../../src/reports/periods.ts';
import type { MonthlyReportContent } from '../../src/reports/report.content.ts';
import { writeReportTemplate } from '../../src/reports/spreadsheet/template.ts';
import { makeDistributor, makeProductLine, makeUser, makeWorkspace } from '../factories.ts';
import { http } from '../http.ts';
import { eventually, openPage, setUpBrowserAndServer, signIn } from './browser.ts';

const password = 'pho-bo-hanoi-2024';
const env = setUpBrowserAndServer();

const lastMonth = shiftPeriod(new Date().toISOString().slice(0, 7), -1);
const [year = 0, month = 1] = lastMonth.split('-').map(Number);
/** "March 2026": how the pages name the month. */
const monthTitle = new Intl.DateTimeFormat('en', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
}).format(Date.UTC(year, month - 1, 1));
const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const productLines = [
  { code: 'BRK-PAD', name: 'Brake pads' },
  { code: 'OIL-FLT', name: 'Oil filters' },
];

type Detail = {
  status: string;
  revision: number;
  draft: unknown;
  content: MonthlyReportContent | null;
  revisions: { revision: number; source: string; fileName: string | null; changes: string[] }[];
  events: { kind: string; body: string | null; actorName: string }[];
};

function report(overrides: Partial<MonthlyReportContent> = {}): MonthlyReportContent {
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
async function relationship() {
  const workspace = await makeWorkspace(env.server);
  const lines = [];
  for (const line of productLines) lines.push(await makeProductLine(workspace, line));
  const saigon = await makeDistributor(workspace, {
    name: 'Saigon Motor Parts',
    reportCurrency: 'USD',
  });
  const lan = await makeUser(workspace, 'distributor_admin', {
    distributorId: saigon.id,
    password,
    name: 'Nguyễn Thị Lan',
  });
  const katrin = await makeUser(workspace, 'principal_manager', { password, name: 'Katrin Weber' });
  const base = `/api/v1/distributors/${saigon.id}/reports`;
  const reportPage = `/distributors/${saigon.id}/reports/${lastMonth}`;
  return { workspace, saigon, lan, katrin, base, reportPage, lines };
}

async function signedIn(email: string) {
  const { context, page } = await openPage(env.browser, env.server.url);
  await signIn(page, email, password);
  return { context, page };
}

/** The error shown under a cell: the text its aria-describedby points at. */
async function fieldError(page: Page, field: Locator) {
  const id = await field.getAttribute('aria-describedby');
  return id ? page.locator(`[id="${id}"]`).textContent() : null;
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

describe('the monthly report in the browser', () => {
  it('lets a distributor type the report, keeps the draft across a reload, and submits it', async () => {
    const { lan, base } = await relationship();
    const { context, page } = await signedIn(lan.email);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Reports' })
      .click();
    await page
      .getByRole('heading', { level: 1, name: /Monthly reports of Saigon Motor Parts/ })
      .waitFor();
    const row = page.getByRole('row', { name: new RegExp(monthTitle) });
    expect(await row.textContent()).toContain('Missing');
    await row.getByRole('link', { name: monthTitle }).click();
    await heading(page)
      .filter({ hasText: `Report for ${monthTitle}` })
      .waitFor();

    // Sales and inventory start with a row per product line; the rest starts empty.
    const sales = page.getByRole('table', { name: 'Sales' });
    expect(await sales.getByRole('combobox').first().inputValue()).toBe('BRK-PAD');
    await page.getByLabel('Sales row 1: Units sold').fill('120');
    await page.getByLabel('Sales row 1: Revenue (USD)').fill('4800');
    await page.getByLabel('Sales row 2: Units sold').fill('300');
    await page.getByLabel('Sales row 2: Revenue (USD)').fill('1500');
    await page.getByLabel('Inventory row 1: Units on hand').fill('240');
    await page.getByRole('button', { name: 'Add a Pipeline row' }).click();
    await page.getByLabel('Pipeline row 1: Account').fill('Mekong Fleet Services');
    await page.getByLabel('Pipeline row 1: Product line').selectOption('BRK-PAD');
    await page.getByLabel('Pipeline row 1: Stage').selectOption({ label: 'Proposal' });
    await page.getByLabel('Pipeline row 1: Value (USD)').fill('12000');
    await page.getByLabel('Pipeline row 1: Expected close').fill('2027-02-15');
    await page.getByRole('button', { name: 'Add a Market intelligence row' }).click();
    await page.getByLabel('Market intelligence row 1: Tags').fill('price; brakes');
    await page.getByLabel('Complaints').fill('2');
    await page.getByLabel('Returns').fill('1');
    await page.getByLabel('Satisfaction score (0–10)').fill('7.5');
    await page.getByText(/^Draft saved/).waitFor();
    // A reload does not wait for the last keystrokes' save, so the test does.
    await eventually(async () => {
      const saved = await http(env.server.url).as(lan).get<Detail>(`${base}/${lastMonth}`);
      return JSON.stringify(saved.body.draft);
    }).toContain('"score":"7.5"');

    await page.reload();
    await eventually(() => page.getByLabel('Sales row 1: Units sold').inputValue()).toBe('120');
    expect(await page.getByLabel('Pipeline row 1: Account').inputValue()).toBe(
      'Mekong Fleet Services',
    );
    expect(await page.getByLabel('Satisfaction score (0–10)').inputValue()).toBe('7.5');
    expect(await heading(page).textContent()).toContain('Draft');
    const drafted = await http(env.server.url).as(lan).get<Detail>(`${base}/${lastMonth}`);
    expect(drafted.body).toMatchObject({ status: 'draft', revision: 0 });

    // A note with tags but no text is refused under its cell, before anything is sent.
    await page.getByRole('button', { name: 'Submit report' }).click();
    const note = page.getByLabel('Market intelligence row 1: Note');
    await eventually(() => fieldError(page, note)).toBe('This field is required.');
    await page.getByRole('alert').filter({ hasText: '1 entry needs attention' }).waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
    await note.fill('A competing brake line at Thủ Đức, 15% cheaper.');
    expect(await note.getAttribute('aria-invalid')).toBeNull();

    await page.getByRole('button', { name: 'Submit report' }).click();
    const dialog = page.getByRole('dialog', { name: `Submit the ${monthTitle} report?` });
    await dialog.getByRole('button', { name: 'Submit' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Report submitted as revision 1.').waitFor();
    expect(await heading(page).textContent()).toContain('Submitted');
    const submitted = await http(env.server.url).as(lan).get<Detail>(`${base}/${lastMonth}`);
    expect(submitted.body).toMatchObject({
      status: 'submitted',
      revision: 1,
      draft: null,
      content: report({
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
          { note: 'A competing brake line at Thủ Đức, 15% cheaper.', tags: ['price', 'brakes'] },
        ],
        // The inventory row left blank is not part of the report.
        inventory: [{ productLine: 'BRK-PAD', unitsOnHand: 240 }],
      }),
    });
    expect(submitted.body.revisions[0]?.source).toBe('portal');

    await page.getByRole('link', { name: 'Reports', exact: true }).first().click();
    await eventually(async () =>
      page.getByRole('row', { name: new RegExp(monthTitle) }).textContent(),
    ).toContain('Submitted');
    await context.close();
  });

  it('shows the server’s refusal under the cell it names', async () => {
    const { lan, katrin, base, reportPage, lines } = await relationship();
    const { context, page } = await signedIn(lan.email);
    await page.goto(reportPage);
    // Only the second product line is reported, so the report's first sales row is the form's second.
    await page.getByLabel('Sales row 2: Units sold').fill('300');
    await page.getByLabel('Sales row 2: Revenue (USD)').fill('1500');
    await page.getByLabel('Complaints').fill('0');
    await page.getByLabel('Returns').fill('0');
    // Meanwhile the principal retires oil filters.
    const archived = await http(env.server.url)
      .as(katrin)
      .patch(`/api/v1/product-lines/${lines[1]?.id}`, { archived: true });
    expect(archived.status).toBe(200);

    await page.getByRole('button', { name: 'Submit report' }).click();
    const dialog = page.getByRole('dialog', { name: /^Submit the/ });
    await dialog.getByRole('button', { name: 'Submit' }).click();
    await dialog.waitFor({ state: 'detached' });
    await eventually(() => fieldError(page, page.getByLabel('Sales row 2: Product line'))).toBe(
      'Unknown product line "OIL-FLT"; choose a code from the list.',
    );
    expect(
      await page.getByLabel('Sales row 1: Product line').getAttribute('aria-invalid'),
    ).toBeNull();
    expect(
      (await http(env.server.url).as(lan).get<Detail>(`${base}/${lastMonth}`)).body.revision,
    ).toBe(0);
    await context.close();
  });

  it('lists every wrong cell of an upload and stores nothing, then takes a right one as the next revision', async () => {
    const { lan, base, reportPage } = await relationship();
    expect(
      (
        await http(env.server.url)
          .as(lan)
          .post(`${base}/${lastMonth}/submissions`, { content: report() })
      ).status,
    ).toBe(200);
    const { context, page } = await signedIn(lan.email);
    await page.goto(reportPage);
    await page.getByRole('tab', { name: 'Spreadsheet' }).click();
    const template = page.getByRole('link', { name: 'Download XLSX template' });
    expect(await template.getAttribute('href')).toBe(`${base}/${lastMonth}/template?format=xlsx`);

    const wrong = await writeReportTemplate({
      distributorName: 'Saigon Motor Parts',
      period: lastMonth,
      currency: 'EUR',
      productLines: [...productLines, { code: 'XYZ-999', name: 'Unknown' }],
      content: report({
        currency: 'EUR',
        sales: [{ productLine: 'XYZ-999', units: 5, revenue: 10 }],
      }),
    });
    await page
      .getByLabel('Spreadsheet file')
      .setInputFiles({ name: 'bad.xlsx', mimeType: xlsx, buffer: wrong });
    await page.getByRole('button', { name: 'Upload and check' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'The file was refused' });
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('Nothing was stored.');
    const problems = refusal.getByRole('table', { name: 'Problems in the uploaded file' });
    const rows = await problems.getByRole('row').allTextContents();
    expect(rows.slice(1)).toEqual([
      'InstructionsB4The currency is EUR, but this report is in USD.',
      'SalesA4Unknown product line "XYZ-999"; choose a code from the list.',
      'SalesE4The currency is EUR, but this report is in USD.',
    ]);
    expect(
      (await http(env.server.url).as(lan).get<Detail>(`${base}/${lastMonth}`)).body.revision,
    ).toBe(1);

    const corrected = await writeReportTemplate({
      distributorName: 'Saigon Motor Parts',
      period: lastMonth,
      currency: 'USD',
      productLines,
      content: report({
        sales: [
          { productLine: 'BRK-PAD', units: 130, revenue: 5200 },
          { productLine: 'OIL-FLT', units: 300, revenue: 1500 },
        ],
      }),
    });
    const file = { name: 'march.xlsx', mimeType: xlsx, buffer: corrected };
    await page.getByLabel('Spreadsheet file').setInputFiles(file);
    expect(await refusal.count()).toBe(0);
    await page.getByRole('button', { name: 'Upload and check' }).click();
    await page.getByText('march.xlsx was accepted as revision 2.').waitFor();
    expect(await heading(page).textContent()).toContain('Submitted');

    // The same file again is harmless: still revision 2.
    await page.getByLabel('Spreadsheet file').setInputFiles(file);
    await page.getByRole('button', { name: 'Upload and check' }).click();
    await page
      .getByText('march.xlsx holds the same report as revision 2; nothing new was stored.')
      .waitFor();

    await page.getByRole('tab', { name: 'Revisions' }).click();
    const revisions = page.getByRole('list', { name: 'Revisions' });
    const second = revisions
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Revision 2' }) });
    expect(await second.textContent()).toContain('Uploaded as march.xlsx');
    expect(
      await second.getByRole('list', { name: 'Changes' }).getByRole('listitem').allTextContents(),
    ).toEqual(['Sales BRK-PAD: units 120 → 130', 'Sales BRK-PAD: revenue 4800 → 5200']);
    expect(await second.getByRole('link', { name: 'Revision 2 as CSV' }).getAttribute('href')).toBe(
      `${base}/${lastMonth}/revisions/2?format=csv`,
    );
    await revisions.getByRole('heading', { name: 'Revision 1' }).waitFor();
    // The form now starts from the uploaded revision.
    await page.getByRole('tab', { name: 'Form' }).click();
    expect(await page.getByLabel('Sales row 1: Units sold').inputValue()).toBe('130');
    const stored = await http(env.server.url).as(lan).get<Detail>(`${base}/${lastMonth}`);
    expect(stored.body.revisions.map((revision) => revision.source)).toEqual(['api', 'xlsx']);
    await context.close();
  });

  it('lets the principal ask for changes with a reason and then accept the report', async () => {
    const { saigon, lan, katrin, base } = await relationship();
    await http(env.server.url)
      .as(lan)
      .post(`${base}/${lastMonth}/submissions`, { content: report() });
    const principal = await signedIn(katrin.email);
    let page = principal.page;
    await page.goto(`/distributors/${saigon.id}`);
    await page.getByRole('link', { name: 'Reports', exact: true }).click();
    await page
      .getByRole('row', { name: new RegExp(monthTitle) })
      .getByRole('link')
      .click();
    await page.getByRole('tab', { name: 'Review' }).click();
    const review = page.getByRole('form', { name: 'Review the report' });
    await review.getByRole('button', { name: 'Ask for changes' }).click();
    await eventually(() => fieldError(page, review.getByLabel('Comment'))).toBe(
      'Say what should change.',
    );
    await review.getByLabel('Comment').fill('Filter stock looks doubled.');
    await review.getByRole('button', { name: 'Ask for changes' }).click();
    const timeline = page.getByRole('list', { name: 'Review' });
    await timeline.getByText('Katrin Weber asked for changes').waitFor();
    await timeline.getByText('Filter stock looks doubled.').waitFor();
    await eventually(async () => heading(page).textContent()).toContain('Changes requested');
    await principal.context.close();

    // Lan reads the request at the top of the report and answers it.
    const distributor = await signedIn(lan.email);
    page = distributor.page;
    await page.goto(`/distributors/${saigon.id}/reports/${lastMonth}?tab=review`);
    await page
      .getByRole('note')
      .filter({ hasText: 'Katrin Weber asked for changes: Filter stock looks doubled.' })
      .waitFor();
    const answer = page.getByRole('form', { name: 'Review the report' });
    expect(await answer.getByRole('button', { name: 'Accept' }).count()).toBe(0);
    await answer.getByLabel('Comment').fill('Checked: it is right.');
    await answer.getByRole('button', { name: 'Comment' }).click();
    await page.getByRole('list', { name: 'Review' }).getByText('Checked: it is right.').waitFor();
    await distributor.context.close();

    const again = await signedIn(katrin.email);
    page = again.page;
    await page.goto(`/distributors/${saigon.id}/reports/${lastMonth}?tab=review`);
    await page
      .getByRole('form', { name: 'Review the report' })
      .getByRole('button', { name: 'Accept' })
      .click();
    await page
      .getByRole('list', { name: 'Review' })
      .getByText('Katrin Weber accepted the report')
      .waitFor();
    await eventually(async () => heading(page).textContent()).toContain('Accepted');
    const stored = await http(env.server.url).as(katrin).get<Detail>(`${base}/${lastMonth}`);
    expect(stored.body.events.map((event) => [event.kind, event.body])).toEqual([
      ['submitted', null],
      ['changes_requested', 'Filter stock looks doubled.'],
      ['comment', 'Checked: it is right.'],
      ['accepted', null],
    ]);
    await again.context.close();
  });

  it('shows a principal viewer the report without any way to change it', async () => {
    const { workspace, lan, base, reportPage } = await relationship();
    await http(env.server.url)
      .as(lan)
      .post(`${base}/${lastMonth}/submissions`, { content: report() });
    const viewer = await makeUser(workspace, 'principal_viewer', {
      password,
      name: 'Jonas Becker',
    });
    const { context, page } = await signedIn(viewer.email);
    await page.goto(reportPage);
    const sales = page.getByRole('table', { name: 'Sales' });
    await sales.getByRole('row', { name: /BRK-PAD · Brake pads/ }).waitFor();
    expect(await sales.getByRole('row', { name: /BRK-PAD/ }).textContent()).toContain('4,800 USD');
    const main = page.getByRole('main');
    for (const tab of ['Form', 'Spreadsheet', 'Revisions', 'Review']) {
      await main.getByRole('tab', { name: tab }).click();
      await main.getByRole('tabpanel').waitFor();
      expect(await main.getByRole('textbox').count()).toBe(0);
      expect(await main.getByRole('combobox').count()).toBe(0);
      expect(await main.getByRole('spinbutton').count()).toBe(0);
      expect(await main.getByRole('button').count()).toBe(0);
    }
    expect(await main.getByLabel('Spreadsheet file').count()).toBe(0);
    await context.close();
  });
});
