// The audit log reads as sentences in the reader's language, with readable before/after values,
// filtered by any record type (the demo's story, as Katrin, the principal's admin).
import { describe, expect, it } from 'vitest';
import { demoPassword, demoUsers } from '../../src/seed/demo-data.ts';
import {
  chooseLanguage,
  eventually,
  openPage,
  setUpDemoBrowserAndServer,
  signIn,
} from './browser.ts';

const env = setUpDemoBrowserAndServer();

describe('the audit log as sentences', () => {
  it('reads in English and Vietnamese, filters by record type, and shows no raw data', async () => {
    const { context, page } = await openPage(env.browser, env.server.url);
    await signIn(page, demoUsers.admin.email, demoPassword);
    await page.goto('/admin/audit-log');
    await page.getByRole('heading', { name: 'Audit log' }).waitFor();
    await page.locator('tbody tr').first().waitFor();

    await page.getByLabel('Record type').selectOption({ label: 'Monthly report' });
    await page.getByRole('button', { name: 'Apply' }).click();
    const submitted = page
      .locator('tbody tr')
      .filter({ hasText: /Nguyễn Thị Lan submitted the report for \w+ \d{4}, revision \d/ })
      .first();
    await submitted.waitFor();
    await eventually(async () => {
      const types = await page.locator('tbody tr .audit-sentence').allTextContents();
      return types.length > 0 && types.every((text) => /report/.test(text));
    }).toBe(true);

    const body = (await page.locator('main').textContent()) ?? '';
    expect(body).not.toContain('[object Object]');
    expect(body).not.toMatch(/\{"|report\.submitted/);

    // Every record type is offered, the ones nobody touched yet too.
    const types = await page.getByLabel('Record type').locator('option').allTextContents();
    expect(types).toEqual(expect.arrayContaining(['Charter amendment', 'Membership', 'Webhook']));

    await chooseLanguage(page, 'Tiếng Việt', 'Hôm nay');
    await page
      .locator('tbody tr')
      .filter({ hasText: /Nguyễn Thị Lan đã nộp báo cáo tháng \d+ năm \d{4}, bản sửa đổi \d/ })
      .first()
      .waitFor();
    expect(await page.locator('main').textContent()).not.toContain('[object Object]');
    await chooseLanguage(page, 'English', 'Today');
    await context.close();
  }, 120_000);

  it('shows every entry of the demo without raw JSON, and the changes as label: old → new', async () => {
    const { context, page } = await openPage(env.browser, env.server.url);
    await signIn(page, demoUsers.admin.email, demoPassword);
    await page.goto('/admin/audit-log');
    await page.locator('tbody tr').first().waitFor();
    while (await page.getByRole('button', { name: 'Load more' }).count()) {
      const before = await page.locator('tbody tr').count();
      await page.getByRole('button', { name: 'Load more' }).click();
      await eventually(() => page.locator('tbody tr').count()).toBeGreaterThan(before);
    }
    const sentences = await page.locator('tbody tr .audit-sentence').allTextContents();
    expect(sentences.length).toBeGreaterThan(10);
    // No action falls back to its code: every demo action has its sentence.
    expect(sentences.filter((text) => /\(\w+\.\w+\)/.test(text))).toEqual([]);
    const changes = await page.locator('.audit-changes li').allTextContents();
    expect(changes.filter((text) => /\[object Object\]|\{"|":/.test(text))).toEqual([]);
    await context.close();
  }, 180_000);
});
