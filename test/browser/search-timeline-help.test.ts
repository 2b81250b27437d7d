// What B2B users expect (issue #16): a global search in the top bar, used by keyboard; the
// relationship timeline on the distributor page, newest first, without the principal's internal
// entries for the distributor's people; and a "Help" link that opens the guide for the page.
import { describe, expect, it } from 'vitest';
import vi from '../../locales/vi/web.json' with { type: 'json' };
import { demoPassword, demoUsers } from '../../src/seed/demo-data.ts';
import { seriousViolations } from './axe.ts';
import { eventually, openPage, setUpDemoBrowserAndServer, signIn } from './browser.ts';

const env = setUpDemoBrowserAndServer();

describe('global search, the relationship timeline and help, in the demo', () => {
  it('finds a Polish distributor and a contact typed without accents, by keyboard', async () => {
    const { page, context } = await openPage(env.browser, env.server.url);
    await signIn(page, demoUsers.manager.email, demoPassword);
    await page.goto('/today');
    await page.getByRole('heading', { level: 1 }).first().waitFor();

    // "/" from anywhere on the page puts the cursor in the search.
    // A click on the page itself (force: Today's panels may still be settling in).
    await page.locator('main').click({ position: { x: 5, y: 5 }, force: true });
    await page.keyboard.press('/');
    const box = page.getByRole('combobox', { name: /Search distributors/ });
    await eventually(() =>
      box.evaluate((element) => element === element.ownerDocument.activeElement),
    ).toBe(true);
    await page.keyboard.type('poznan');
    const results = page.getByRole('listbox', { name: 'Search results' });
    await results
      .getByRole('group', { name: 'Distributors' })
      .getByRole('option', { name: /Motoczęści Polska/ })
      .waitFor();
    await page.keyboard.press('ArrowDown');
    await eventually(() => box.getAttribute('aria-activedescendant')).toBeTruthy();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /Motoczęści Polska/ }).waitFor();

    // Ctrl+K too; a contact's name without its Polish letters.
    await page.keyboard.press('Control+k');
    await page.keyboard.type('wisniewski');
    const contact = results
      .getByRole('group', { name: 'Contacts' })
      .getByRole('option', { name: /Marek Wiśniewski/ });
    await contact.waitFor();
    await page.keyboard.press('Escape');
    await eventually(() => results.isVisible()).toBe(false);
    await context.close();
  });

  it('finds only her own company’s records for Lan', async () => {
    const { page, context } = await openPage(env.browser, env.server.url);
    await signIn(page, demoUsers.vietnam.email, demoPassword);
    const box = page.getByRole('combobox', { name: vi.search.label });
    await box.fill('poznan');
    await page.getByText(vi.search.empty.replace('{{query}}', 'poznan')).waitFor();
    await box.fill('saigon');
    await page
      .getByRole('listbox', { name: vi.search.results })
      .getByRole('option', { name: /Saigon Motor Parts/ })
      .first()
      .waitFor();
    await context.close();
  });

  it('shows the relationship timeline newest first, without internal entries for Lan', async () => {
    const jonas = await openPage(env.browser, env.server.url);
    await signIn(jonas.page, demoUsers.manager.email, demoPassword);
    await jonas.page.goto('/distributors?q=Saigon');
    await jonas.page.getByRole('link', { name: 'Saigon Motor Parts' }).click();
    const timeline = jonas.page.getByRole('region', { name: 'Relationship timeline' });
    await timeline.getByRole('listitem').first().waitFor();
    const times = await timeline
      .locator('time')
      .evaluateAll((elements) => elements.map((element) => element.getAttribute('datetime') ?? ''));
    expect(times.length).toBeGreaterThan(3);
    expect([...times].sort().reverse()).toEqual(times);
    await timeline.getByText(/held/).first().waitFor();
    // Only the lifecycle changes, when asked.
    await timeline.getByLabel('Show').selectOption({ label: 'Lifecycle stage (internal)' });
    await timeline
      .getByText(/Stage changed to At risk/)
      .first()
      .waitFor();
    const saigonPath = new URL(jonas.page.url()).pathname;
    await jonas.context.close();

    const lan = await openPage(env.browser, env.server.url);
    await signIn(lan.page, demoUsers.vietnam.email, demoPassword);
    await lan.page.goto(saigonPath);
    const hers = lan.page.getByRole('region', { name: vi.timeline.title });
    await hers.getByRole('listitem').first().waitFor();
    const options = await hers.getByLabel(vi.timeline.show).locator('option').allTextContents();
    expect(options).not.toContain(vi.timeline.kinds.lifecycle);
    const text = (await hers.textContent()) ?? '';
    expect(text).not.toContain('At risk');
    expect(text).not.toContain(vi.timeline.events.lifecycle.changed.split('{{')[0] ?? '-');
    await lan.context.close();
  });

  it('opens the guide for the page from the Help link', async () => {
    const { page, context } = await openPage(env.browser, env.server.url);
    await signIn(page, demoUsers.manager.email, demoPassword);
    await page.goto('/distributors?q=Saigon');
    await page.getByRole('link', { name: 'Saigon Motor Parts' }).click();
    await page.getByRole('link', { name: 'Meetings', exact: false }).first().waitFor();
    const id = new URL(page.url()).pathname.split('/')[2];
    await page.goto(`/distributors/${id}/meetings`);
    await page.getByRole('banner').getByRole('link', { name: 'Help' }).click();
    await page.getByRole('heading', { level: 1, name: 'The communication cadence' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/help/cadence');
    // From the guide, the list of guides.
    await page
      .getByRole('navigation', { name: 'Breadcrumbs' })
      .getByRole('link', { name: 'Help' })
      .click();
    await page.getByRole('link', { name: 'Monthly reports' }).waitFor();
    await context.close();
  });

  it('has no serious accessibility violation in the search results, the timeline or a guide', async () => {
    const { page, context } = await openPage(env.browser, env.server.url);
    await signIn(page, demoUsers.manager.email, demoPassword);
    await page.goto('/distributors?q=Saigon');
    await page.getByRole('link', { name: 'Saigon Motor Parts' }).click();
    await page
      .getByRole('region', { name: 'Relationship timeline' })
      .getByRole('listitem')
      .first()
      .waitFor();
    await page.getByRole('combobox', { name: /Search distributors/ }).fill('saigon');
    await page
      .getByRole('listbox', { name: 'Search results' })
      .getByRole('option')
      .first()
      .waitFor();
    await page.keyboard.press('ArrowDown');
    const found = await seriousViolations(page);
    await page.goto('/help/kpis');
    await page.getByRole('heading', { level: 1, name: /KPIs/ }).waitFor();
    found.push(...(await seriousViolations(page)));
    expect(found).toEqual([]);
    await context.close();
  });
});
