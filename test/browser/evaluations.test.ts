// The yearly evaluation on the demo (#18): Jonas starts Siam Auto Components' evaluation of this
// year and writes Brenner's assessment; Somchai, in Thai, finds it on his company's page, cannot
// read Brenner's draft, and writes Siam's; Jonas decides to renew with reasons and a follow-up,
// completes it, and the PDF link answers a PDF. Saigon's two demo evaluations show year on year.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import th from '../../locales/th/web.json' with { type: 'json' };
import { demoPassword, demoUsers } from '../../src/seed/demo-data.ts';
import { seriousViolations } from './axe.ts';
import { eventually, openPage, setUpDemoBrowserAndServer, signIn } from './browser.ts';

const env = setUpDemoBrowserAndServer();

/** A distributor's page, found through the directory's search as a person does. */
async function openDistributor(page: Page, name: string) {
  await page.goto(`/distributors?q=${encodeURIComponent(name.split(' ')[0] ?? name)}`);
  await page.getByRole('link', { name }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(name) }).waitFor();
}
const year = new Date().getUTCFullYear();

describe('the yearly evaluation', () => {
  it('is started by Jonas, assessed by both sides and completed with a decision', async () => {
    const jonas = await openPage(env.browser, env.server.url);
    await signIn(jonas.page, demoUsers.manager.email, demoPassword);

    // Saigon's page: last year's evaluation completed, this year's a draft, side by side.
    await openDistributor(jonas.page, 'Saigon Motor Parts');
    await jonas.page.getByRole('link', { name: 'Evaluations', exact: true }).click();
    await jonas.page
      .getByRole('heading', { level: 1, name: 'Evaluations: Saigon Motor Parts' })
      .waitFor();
    const lastYear = jonas.page.getByRole('row').filter({ hasText: `${year - 1} evaluation` });
    await lastYear.getByText('Completed', { exact: true }).waitFor();
    await lastYear.getByText('Develop', { exact: true }).waitFor();
    const thisYear = jonas.page.getByRole('row').filter({ hasText: `${year} evaluation` });
    await thisYear.getByText('Draft', { exact: true }).waitFor();
    expect(await seriousViolations(jonas.page)).toEqual([]);

    // Siam has none yet: Jonas starts this year's.
    await openDistributor(jonas.page, 'Siam Auto Components');
    await jonas.page.getByRole('link', { name: 'Evaluations', exact: true }).click();
    await jonas.page.getByText('No evaluation yet.').waitFor();
    await jonas.page.getByRole('button', { name: `Start the ${year} evaluation` }).click();
    await jonas.page.getByRole('heading', { level: 2, name: `${year} evaluation` }).waitFor();
    await jonas.page.getByRole('heading', { name: 'Prepared from the data' }).waitFor();
    await jonas.page.getByRole('heading', { name: 'For your side only' }).waitFor();
    await jonas.page
      .getByRole('textbox', { name: 'Your side’s assessment' })
      .fill('Onboarding is slower than planned: the charter is still in negotiation.');
    await jonas.page.getByRole('button', { name: 'Save the assessment' }).click();
    await jonas.page.getByText(/^Written by Jonas Becker on /).waitFor();
    expect(await seriousViolations(jonas.page)).toEqual([]);
    const evaluationPath = new URL(jonas.page.url()).pathname;

    // Somchai, in Thai: Brenner's draft is not his to read yet; he writes Siam's assessment.
    const somchai = await openPage(env.browser, env.server.url);
    await signIn(somchai.page, demoUsers.thailand.email, demoPassword);
    await somchai.page.goto('/distributors');
    await somchai.page.getByRole('heading', { level: 1, name: /Siam Auto Components/ }).waitFor();
    await somchai.page.getByRole('link', { name: th.evaluations.open, exact: true }).click();
    await somchai.page.getByRole('link', { name: `การประเมินปี ${year}` }).click();
    await somchai.page.getByText(th.evaluations.principalHidden, { exact: true }).waitFor();
    await somchai.page.getByText(th.evaluations.decisionHidden, { exact: true }).waitFor();
    expect(await somchai.page.getByText('charter is still in negotiation').count()).toBe(0);
    expect(
      await somchai.page.getByRole('heading', { name: th.evaluations.internal.heading }).count(),
    ).toBe(0);
    const assessment = somchai.page.getByRole('textbox', { name: th.evaluations.yourAssessment });
    // An empty assessment is refused under the field, before anything is sent.
    await somchai.page.getByRole('button', { name: th.evaluations.saveAssessment }).click();
    await eventually(() => assessment.getAttribute('aria-invalid')).toBe('true');
    await assessment.fill('ทีมขายพร้อมแล้ว แต่เรายังรอสัญญาฉบับที่ลงนามและราคาสำหรับผ้าเบรกรุ่นใหม่');
    await somchai.page.getByRole('button', { name: th.evaluations.saveAssessment }).click();
    await somchai.page.getByText(/^Somchai Wongsakul เขียนเมื่อ /).waitFor();
    expect(await seriousViolations(somchai.page)).toEqual([]);

    // Jonas decides, adds a follow-up, completes.
    await jonas.page.reload();
    await jonas.page.getByText('ทีมขายพร้อมแล้ว', { exact: false }).waitFor();
    await jonas.page.getByRole('combobox', { name: 'Decision' }).selectOption({ label: 'Renew' });
    await jonas.page
      .getByRole('textbox', { name: 'Reasons for the decision' })
      .fill('The team is trained and ready; signing the charter is the one open step.');
    await jonas.page.getByRole('button', { name: 'Add a follow-up action' }).click();
    await jonas.page.getByRole('textbox', { name: 'Action' }).fill('Sign the charter, version 1');
    await jonas.page
      .getByRole('textbox', { name: 'Internal note' })
      .fill('Price list for Thailand to be reviewed first.');
    await jonas.page.getByRole('button', { name: 'Save', exact: true }).click();
    await eventually(() => jonas.page.getByRole('button', { name: 'Saving…' }).count()).toBe(0);
    await jonas.page.getByRole('button', { name: 'Complete', exact: true }).click();
    await jonas.page.getByRole('button', { name: 'Reopen' }).waitFor();
    await jonas.page.getByText(/^Completed by Jonas Becker on /).waitFor();
    const pdf = jonas.page.getByRole('link', { name: /^PDF/ });
    const href = (await pdf.getAttribute('href')) ?? '';
    expect(href).toMatch(/\/document\.pdf$/);
    const response = await jonas.page.request.get(href);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    expect(await seriousViolations(jonas.page)).toEqual([]);
    await jonas.context.close();

    // Somchai now reads the decision, and never the internal note.
    await somchai.page.goto(evaluationPath);
    await somchai.page.getByText(th.evaluations.decision.renew, { exact: true }).waitFor();
    await somchai.page.getByText('Sign the charter, version 1').waitFor();
    expect(await somchai.page.getByText('Price list for Thailand').count()).toBe(0);
    await somchai.context.close();
  });
});
