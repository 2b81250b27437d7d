// Mixed currencies in the portfolio (#16), as Jonas sees them in the demo: revenue in euros with
// the distributor's own amount on hover, a missing rate said in words, the columns he picks kept
// after a reload, and the distributor's name in view while the table scrolls sideways.
import { describe, expect, it } from 'vitest';
import { demoPassword, demoUsers } from '../../src/seed/demo-data.ts';
import { eventually, openPage, setUpDemoBrowserAndServer, signIn } from './browser.ts';

const env = setUpDemoBrowserAndServer();

describe('exchange rates and the portfolio', () => {
  it('converts revenue, announces a missing rate, and keeps the chosen columns', async () => {
    const { context, page } = await openPage(env.browser, env.server.url);
    await signIn(page, demoUsers.manager.email, demoPassword);
    await page.goto('/portfolio');
    await page.getByRole('heading', { level: 1, name: 'Portfolio' }).waitFor();
    const table = page.getByRole('table', { name: 'Distributors and their KPIs' });
    await table.getByRole('columnheader', { name: /Revenue 12 m \(EUR\)/ }).waitFor();

    // Siam reports in baht: the cell reads in euros, the baht amount on hover.
    const siam = table.getByRole('row').filter({ hasText: 'Siam Auto Components' });
    const revenue = siam.locator('td.converted');
    expect(await revenue.textContent()).toMatch(/^€[\d,]+/);
    expect(await revenue.getAttribute('title')).toMatch(/^In its own currency: THB\s[\d,]+$/);
    await page
      .getByText(/Revenue is in EUR, each month converted at its exchange rate\./)
      .waitFor();

    // At 1,366 px the default columns fit: nothing to scroll sideways.
    const region = page.getByRole('region', { name: 'Distributors and their KPIs' });
    const fits = await region.evaluate((element) => element.scrollWidth <= element.clientWidth);
    expect(fits).toBe(true);

    // The month Siam last reported loses its baht rate on the rates page.
    const asOf = await page.evaluate(async () => {
      const answer = await fetch('/api/v1/portfolio?q=siam');
      const body = (await answer.json()) as { items: { asOf: string }[] };
      return body.items[0]?.asOf.slice(0, 7) ?? '';
    });
    expect(asOf).toMatch(/^\d{4}-\d{2}$/);
    await page.getByRole('navigation').getByRole('link', { name: 'Exchange rates' }).click();
    await page.getByRole('heading', { level: 1, name: 'Exchange rates' }).waitFor();
    await page.getByText('ECB reference rate, monthly average (demo data)').first().waitFor();
    await page.getByRole('button', { name: `Delete the rate for THB, ${asOf}` }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('heading', { name: 'Rates still missing' }).waitFor();
    await page.getByRole('button', { name: `Enter the rate for THB, ${asOf}` }).waitFor();

    // The portfolio says so, shows the baht figure marked, and sorts it last.
    await page.goto('/portfolio?sort=revenue12m&order=desc');
    const note = page.getByRole('note').filter({ hasText: 'not in the total' });
    await note.getByText(`Siam Auto Components: rate missing for THB, ${asOf}`).waitFor();
    const marked = table.getByRole('row').filter({ hasText: 'Siam Auto Components' });
    const cell = marked.locator('td.rate-missing');
    expect(await cell.getAttribute('title')).toBe(`rate missing for THB, ${asOf}`);
    expect(await cell.textContent()).toMatch(/^THB\s[\d,]+/);
    const names = await table.locator('tbody th[scope="row"]').allTextContents();
    expect(names.at(-1)).toBe('Siam Auto Components');

    // Re-entering the rate from the missing list puts Siam back in the total.
    await page.goto('/settings/exchange-rates');
    await page.getByRole('button', { name: `Enter the rate for THB, ${asOf}` }).click();
    // The currency is a picker: the prefilled one reads by its name, in the reader's language.
    expect(
      await page.getByRole('combobox', { name: 'Currency', exact: true }).inputValue(),
    ).toMatch(/^Thai [Bb]aht \(THB\)$/);
    await page.getByLabel('Rate: 1 EUR =').fill('0');
    await page.getByLabel('Source').fill('Bank of Thailand');
    await page.getByRole('button', { name: 'Save the rate' }).click();
    await page.getByText('Enter a rate above 0, e.g. 38.4 for 1 EUR = 38.4 THB.').waitFor();
    await page.getByLabel('Rate: 1 EUR =').fill('38,42');
    await page.getByRole('button', { name: 'Save the rate' }).click();
    await page.getByText(`The rate for THB, ${asOf} is saved.`).waitFor();
    await eventually(() => page.getByRole('heading', { name: 'Rates still missing' }).count()).toBe(
      0,
    );

    // Hide the tier column; it stays hidden after a reload.
    await page.goto('/portfolio');
    await table.getByRole('columnheader', { name: /Tier/ }).waitFor();
    await page.getByText(/^Columns \(\d+ of 19\)$/).click();
    await page.getByRole('group', { name: 'Show these columns' }).getByLabel('Tier').uncheck();
    await eventually(() => table.getByRole('columnheader', { name: /^Tier/ }).count()).toBe(0);
    await page.reload();
    await table.getByRole('columnheader', { name: /Revenue 12 m/ }).waitFor();
    expect(await table.getByRole('columnheader', { name: /^Tier/ }).count()).toBe(0);

    // Every column shown: the table scrolls sideways, and the name stays where it was.
    await page.getByText(/^Columns \(\d+ of 19\)$/).click();
    const group = page.getByRole('group', { name: 'Show these columns' });
    // The list is drawn once the disclosure's toggle event arrives; all() does not wait for it.
    await group.getByRole('checkbox').nth(18).waitFor();
    for (const checkbox of await group.getByRole('checkbox').all()) await checkbox.check();
    await page.getByText('Columns (19 of 19)').click();
    const name = table.locator('tbody th[scope="row"]').first();
    const before = await name.boundingBox();
    await region.evaluate((element) => {
      element.scrollLeft = 600;
    });
    expect(await region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
    const after = await name.boundingBox();
    expect(after?.x).toBe(before?.x);
    await context.close();
  });

  it('lets Katrin pick the reporting currency by its name', async () => {
    const { context, page } = await openPage(env.browser, env.server.url);
    await signIn(page, demoUsers.admin.email, demoPassword);
    await page.goto('/settings/exchange-rates');
    await page.getByText('The portfolio converts, sorts and totals revenue in EUR.').waitFor();
    const picker = page.getByRole('combobox', { name: 'Reporting currency' });
    await picker.fill('swiss');
    await page.getByRole('option', { name: /^Swiss Franc \(CHF\)$/i }).click();
    await page.getByRole('button', { name: 'Change the reporting currency' }).click();
    await page.getByText('The portfolio converts, sorts and totals revenue in CHF.').waitFor();
    // Back to euros, for the figures the demo's rates are entered against.
    await picker.fill('EUR');
    await page.getByRole('option', { name: /^Euro \(EUR\)$/ }).click();
    await page.getByRole('button', { name: 'Change the reporting currency' }).click();
    await page.getByText('The portfolio converts, sorts and totals revenue in EUR.').waitFor();
    await context.close();
  });
});
