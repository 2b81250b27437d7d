import { describe, expect, it } from 'vitest';
import { writeReportTemplate } from '../../src/reports/spreadsheet/template.ts';
import { http } from '../http.ts';
import { eventually, setUpBrowserAndServer } from './browser.ts';
import {
  type Detail,
  fieldError,
  heading,
  lastMonth,
  monthTitle,
  productLines,
  relationship,
  report,
  signedIn,
  xlsx,
} from './monthly-report-fixtures.ts';

const env = setUpBrowserAndServer();

describe('the monthly report in the browser', () => {
  it('lets a distributor type the report, keeps the draft across a reload, and submits it', async () => {
    const { lan, base } = await relationship(env);
    const { context, page } = await signedIn(env, lan.email);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Reports' })
      .click();
    await page
      .getByRole('heading', { level: 1, name: /Monthly reports of Saigon Motor Parts/ })
      .waitFor();
    // Saigon was added today, so last month ended before the relationship began: nothing is due,
    // and nothing is late, until someone reports it anyway.
    const row = page.getByRole('row', { name: new RegExp(monthTitle) });
    expect(await row.textContent()).toContain('Not expected');
    expect(await row.textContent()).not.toContain('Late');
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
    await page.getByRole('button', { name: 'Add an opportunity' }).click();
    await page.getByLabel('Pipeline row 1: Account').fill('Mekong Fleet Services');
    await page.getByLabel('Pipeline row 1: Product line').selectOption('BRK-PAD');
    await page.getByLabel('Pipeline row 1: Stage').selectOption({ label: 'Proposal' });
    await page.getByLabel('Pipeline row 1: Value (USD)').fill('12000');
    await page.getByLabel('Pipeline row 1: Expected close').fill('2027-02-15');
    await page.getByRole('button', { name: 'Add a market note' }).click();
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
    const { lan, katrin, base, reportPage, lines } = await relationship(env);
    const { context, page } = await signedIn(env, lan.email);
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
    const { lan, base, reportPage } = await relationship(env);
    expect(
      (
        await http(env.server.url)
          .as(lan)
          .post(`${base}/${lastMonth}/submissions`, { content: report() })
      ).status,
    ).toBe(200);
    const { context, page } = await signedIn(env, lan.email);
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
});
