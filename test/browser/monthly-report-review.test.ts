// The monthly report seen by the principal: asking for changes with a reason, then accepting;
// and a principal viewer, who reads it without any way to change it.
import { describe, expect, it } from 'vitest';
import { makeUser } from '../factories.ts';
import { http } from '../http.ts';
import { eventually, setUpBrowserAndServer } from './browser.ts';
import {
  browserPassword,
  type Detail,
  fieldError,
  heading,
  lastMonth,
  monthTitle,
  relationship,
  report,
  signedIn,
} from './monthly-report-fixtures.ts';

const env = setUpBrowserAndServer();

describe('the monthly report under review', () => {
  it('lets the principal ask for changes with a reason and then accept the report', async () => {
    const { saigon, lan, katrin, base } = await relationship(env);
    await http(env.server.url)
      .as(lan)
      .post(`${base}/${lastMonth}/submissions`, { content: report() });
    const principal = await signedIn(env, katrin.email);
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
    const distributor = await signedIn(env, lan.email);
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

    const again = await signedIn(env, katrin.email);
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
    const { workspace, lan, base, reportPage } = await relationship(env);
    await http(env.server.url)
      .as(lan)
      .post(`${base}/${lastMonth}/submissions`, { content: report() });
    const viewer = await makeUser(workspace, 'principal_viewer', {
      password: browserPassword,
      name: 'Jonas Becker',
    });
    const { context, page } = await signedIn(env, viewer.email);
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
