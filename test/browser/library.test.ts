// The document library in a real browser, on the demo: Jonas adds a Vietnamese price sheet,
// requests its English translation with Lan as reviewer and uploads the agency's file; Lan, in
// Vietnamese, finds it, approves it and downloads it under its own name; Jonas reads the coverage
// of the portfolio and of Siam Auto Components, with Thai outdated, missing and in review.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import web from '../../locales/en/web.json' with { type: 'json' };
import webVi from '../../locales/vi/web.json' with { type: 'json' };
import { demoPassword, demoUsers } from '../../src/seed/demo-data.ts';
import { eventually, openPage, setUpDemoBrowserAndServer, signIn } from './browser.ts';

const env = setUpDemoBrowserAndServer();
const library = web.library;
const libraryVi = webVi.library;
const title = 'Bảng giá phụ tùng 2027 – Miền Nam';
const pdf = (text: string) =>
  Buffer.from(`%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n% ${text}\ntrailer\n%%EOF\n`);

/** The row of one language in the document's Languages table. */
function languageRow(page: Page, tableName: string, language: string) {
  return page
    .getByRole('table', { name: tableName })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: language, exact: false }) })
    .first();
}

describe('the document library', () => {
  it('lets Jonas add a document, request a translation and upload it for review', async () => {
    const { context, page } = await openPage(env.browser, env.server.url);
    await signIn(page, demoUsers.manager.email, demoPassword);
    await page.getByRole('navigation').getByRole('link', { name: library.nav }).click();
    await page.getByRole('heading', { level: 1, name: library.title }).waitFor();
    await page.getByRole('link', { name: 'Export price list 2027' }).waitFor();

    await page.getByRole('button', { name: library.add }).click();
    const dialog = page.getByRole('dialog', { name: library.form.addTitle });
    await dialog.getByLabel(library.form.title).fill(title);
    await dialog.getByLabel(library.form.kind).selectOption({ label: library.kinds.price_sheet });
    await dialog.getByLabel(library.form.sourceLanguage).selectOption({ label: 'Vietnamese' });
    // Without a file the form says so and stays open.
    await dialog.getByRole('button', { name: library.form.addSubmit }).click();
    await dialog.getByText(library.form.fileRequired).waitFor();
    await dialog.getByLabel(library.form.file).setInputFiles({
      name: 'Bảng giá miền Nam 2027.pdf',
      mimeType: 'application/pdf',
      buffer: pdf('vi source'),
    });
    await dialog.getByRole('button', { name: library.form.addSubmit }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();

    // English is read by the distributors it reaches: its row offers a translation.
    const english = languageRow(page, library.languages.title, 'English');
    await english.getByRole('button', { name: library.actions.request }).click();
    const request = page.getByRole('dialog', { name: library.request.title });
    await request
      .getByLabel(library.request.reviewer)
      .selectOption({ label: 'Nguyễn Thị Lan, Saigon Motor Parts' });
    await request.getByRole('button', { name: library.request.submit }).click();
    await english.getByText(library.translationStatus.requested).first().waitFor();

    await english.getByRole('button', { name: library.actions.upload }).click();
    const upload = page.getByRole('dialog', { name: /English/ });
    await upload.locator('input[type=file]').setInputFiles({
      name: 'Price list South 2027.pdf',
      mimeType: 'application/pdf',
      buffer: pdf('en translation'),
    });
    await upload.getByRole('button', { name: library.upload.submit }).click();
    await english.getByText(library.translationStatus.in_review).first().waitFor();
    await context.close();
  }, 120_000);

  it('lets Lan, in Vietnamese, approve the translation and download it under its name', async () => {
    const { context, page } = await openPage(env.browser, env.server.url);
    await signIn(page, demoUsers.vietnam.email, demoPassword);
    await page.getByRole('navigation').getByRole('link', { name: libraryVi.nav }).click();
    await page.getByRole('heading', { level: 1, name: libraryVi.title }).waitFor();
    // The promotion for Vietnam is hers; her language comes first on every row.
    await page
      .getByRole('link', { name: 'Chương trình khuyến mãi mùa xuân 2027 – Việt Nam' })
      .waitFor();
    await page.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();

    const english = languageRow(page, libraryVi.languages.title, 'Tiếng Anh');
    await english.getByRole('button', { name: libraryVi.actions.approve }).click();
    await page.getByRole('dialog').getByRole('button', { name: libraryVi.review.approve }).click();
    await english.getByText(libraryVi.state.current).first().waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      english.getByRole('link', { name: libraryVi.file.download }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Price list South 2027.pdf');
    await context.close();
  }, 120_000);

  it('shows Jonas the Thai gaps across the portfolio and on Siam’s page', async () => {
    const { context, page } = await openPage(env.browser, env.server.url);
    await signIn(page, demoUsers.manager.email, demoPassword);
    await page.goto('/library');
    await page.getByRole('link', { name: library.coverage.open }).click();
    await page.getByRole('heading', { level: 1, name: library.coverage.title }).waitFor();
    const thai = page
      .getByRole('table', { name: library.coverage.byLanguage })
      .getByRole('row')
      .filter({ hasText: 'Thai' });
    await eventually(async () => (await thai.allInnerTexts()).join(' ')).toMatch(/\d/);
    const cells = await thai.first().getByRole('cell').allInnerTexts();
    // Siam reads it: the training is current, the price list outdated; missing are three demo
    // documents (the fitting guide's in review) and Jonas's new price sheet.
    expect(cells.slice(0, 5).map(Number)).toEqual([1, 1, 1, 4, 1]);

    await page
      .getByRole('table', { name: library.coverage.byDistributor })
      .getByRole('link', { name: 'Siam Auto Components' })
      .click();
    const section = page.getByRole('table', { name: library.distributor.title });
    const guide = section.getByRole('row').filter({ hasText: 'Brake pad fitting guide BRK-100' });
    await guide.getByText(library.translationStatus.in_review).first().waitFor();
    const prices = section.getByRole('row').filter({ hasText: 'Export price list 2027' });
    await prices.getByText('Outdated (v1)').first().waitFor();
    await context.close();
  }, 120_000);
});
