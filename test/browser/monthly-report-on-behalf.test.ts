// A report is the distributor's statement (issue #16). Jonas, at the principal, has no plain way to
// edit it: he reads the figures, comments on one or asks for changes, and enters figures only on
// the distributor's behalf, marked as such, which Lan then confirms (or corrects).
import { describe, expect, it } from 'vitest';
import { makeUser } from '../factories.ts';
import { http } from '../http.ts';
import { eventually, setUpBrowserAndServer } from './browser.ts';
import {
  browserPassword,
  type Detail,
  heading,
  lastMonth,
  relationship,
  report,
  signedIn,
} from './monthly-report-fixtures.ts';

const env = setUpBrowserAndServer();

async function withJonas(setUp: Awaited<ReturnType<typeof relationship>>) {
  return makeUser(setUp.workspace, 'principal_manager', {
    password: browserPassword,
    name: 'Jonas Becker',
  });
}

describe('figures entered on the distributor’s behalf', () => {
  it('are entered by Jonas with a reason, marked on both sides, and confirmed by Lan', async () => {
    const setUp = await relationship(env);
    const { lan, base, reportPage } = setUp;
    const jonas = await withJonas(setUp);
    const principal = await signedIn(env, jonas.email);
    let page = principal.page;
    await page.goto(reportPage);
    const main = page.getByRole('main');
    // No form of Lan's to type into: only the explicit "on behalf" action.
    expect(await main.getByRole('button', { name: 'Submit report' }).count()).toBe(0);
    await main
      .getByRole('button', { name: 'Enter figures on behalf of Saigon Motor Parts' })
      .click();
    await page.getByLabel('Sales row 1: Units sold').fill('120');
    await page.getByLabel('Sales row 1: Revenue (USD)').fill('4800');
    await page.getByLabel('Complaints').fill('3');
    await page.getByLabel('Returns').fill('1');
    await main.getByRole('button', { name: 'Enter on behalf of Saigon Motor Parts' }).click();
    // The reason is required, and comes first.
    const reason = main
      .getByRole('form', { name: 'Monthly report' })
      .getByLabel('How did the figures reach you?');
    await eventually(() => reason.getAttribute('aria-invalid')).toBe('true');
    await reason.fill('Figures sent by e-mail on 3 Dec');
    await main.getByRole('button', { name: 'Enter on behalf of Saigon Motor Parts' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(/marked as entered by you on behalf of Saigon Motor Parts/).waitFor();
    await dialog.getByRole('button', { name: 'Enter the figures' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Revision 1 was entered on behalf of Saigon Motor Parts' })
      .waitFor();
    await eventually(async () => heading(page).textContent()).toContain('Awaiting confirmation');
    const banner = page.getByRole('note').filter({ hasText: 'on behalf of Saigon Motor Parts' });
    expect(await banner.textContent()).toContain(
      'Jonas Becker entered revision 1 on behalf of Saigon Motor Parts. Reason: Figures sent by e-mail on 3 Dec',
    );
    expect(await banner.textContent()).toContain('Waiting for Saigon Motor Parts to confirm');
    await main.getByRole('tab', { name: /Revisions/ }).click();
    await main
      .getByRole('list', { name: 'Revisions' })
      .getByText(/Typed in the portal on behalf of Saigon Motor Parts by Jonas Becker/)
      .waitFor();
    await principal.context.close();

    // Lan sees who entered what, and why, and confirms it.
    const distributor = await signedIn(env, lan.email);
    page = distributor.page;
    await page.goto(reportPage);
    const lanBanner = page
      .getByRole('note')
      .filter({ hasText: 'Jonas Becker entered revision 1 on behalf of Saigon Motor Parts.' });
    expect(await lanBanner.textContent()).toContain('Reason: Figures sent by e-mail on 3 Dec');
    expect(await lanBanner.getByRole('button', { name: 'Correct the figures' }).count()).toBe(1);
    await lanBanner.getByRole('button', { name: 'Confirm the figures' }).click();
    await page.getByRole('status').filter({ hasText: 'You confirmed the figures.' }).waitFor();
    await eventually(async () => heading(page).textContent()).toContain('Submitted');
    await page
      .getByRole('main')
      .getByRole('tab', { name: /Review/ })
      .click();
    const timeline = page.getByRole('list', { name: 'Review' });
    await timeline.getByText('Nguyễn Thị Lan confirmed revision 1').waitFor();
    await timeline
      .getByText('Jonas Becker entered revision 1 on behalf of Saigon Motor Parts')
      .waitFor();
    const stored = await http(env.server.url).as(lan).get<Detail>(`${base}/${lastMonth}`);
    expect(stored.body.status).toBe('submitted');
    await distributor.context.close();
  });

  it('gives Jonas Lan’s figures to read and comment on, and no way to edit them', async () => {
    const setUp = await relationship(env);
    const { lan, base, reportPage } = setUp;
    await http(env.server.url)
      .as(lan)
      .post(`${base}/${lastMonth}/submissions`, { content: report() });
    const jonas = await withJonas(setUp);
    const { context, page } = await signedIn(env, jonas.email);
    await page.goto(reportPage);
    const main = page.getByRole('main');
    await main.getByRole('table', { name: 'Sales' }).getByText('4,800 USD').waitFor();
    // Where the form was: the figures, and the way to disagree.
    expect(await main.getByRole('spinbutton').count()).toBe(0);
    expect(await main.getByRole('textbox').count()).toBe(0);
    expect(await main.getByRole('button', { name: /on behalf/ }).count()).toBe(0);
    await main.getByRole('tab', { name: 'Spreadsheet' }).click();
    await main.getByRole('link', { name: 'Download XLSX template' }).waitFor();
    expect(await main.getByLabel('Spreadsheet file').count()).toBe(0);
    await main.getByRole('tab', { name: 'Form' }).click();
    await main.getByRole('note').filter({ hasText: 'statement' }).getByRole('button').click();

    // The review tab shows the figures, and Jonas comments on one of them.
    const figures = main.getByRole('region', { name: 'Figures under review' });
    await figures.getByRole('table', { name: 'Sales' }).getByText('4,800 USD').waitFor();
    await figures
      .getByRole('button', { name: 'Comment on Customer satisfaction · Complaints' })
      .click();
    const form = page.getByRole('form', { name: 'Review the report' });
    await form.getByText('Commenting on Customer satisfaction · Complaints.').waitFor();
    await form.getByLabel('Comment').fill('We counted 3 complaints from Garage Thành Công.');
    await form.getByRole('button', { name: 'Ask for changes' }).click();
    const timeline = page.getByRole('list', { name: 'Review' });
    await timeline.getByText('About Customer satisfaction · Complaints (revision 1)').waitFor();
    await figures.getByText('1 comment').waitFor();
    const stored = await http(env.server.url).as(lan).get<Detail>(`${base}/${lastMonth}`);
    expect(stored.body).toMatchObject({ status: 'changes_requested', revision: 1 });
    expect(stored.body.content?.customerSatisfaction.complaints).toBe(2);
    await context.close();
  });
});
