// The directory as a channel manager used to a CRM expects it (#16): an account owner per
// distributor with a "My distributors" filter, bulk actions on the selected rows (stage with a
// reason, owner, CSV export) with a result per row, and saved filters of one's own.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
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

async function signedIn(email: string) {
  const { context, page } = await openPage(env.browser, env.server.url);
  await signIn(page, email, demoPassword);
  return { context, page };
}

function table(page: Page) {
  return page.getByRole('table', { name: 'Distributors' });
}

/** Searches the directory and ticks the row of the one distributor found. */
async function select(page: Page, name: string) {
  await page.getByLabel('Search', { exact: true }).fill(name);
  const row = table(page).getByRole('row').filter({ hasText: name });
  await eventually(() => table(page).getByRole('row').count()).toBe(2);
  await row.getByRole('checkbox', { name: `Select ${name}` }).check();
}

describe('account owners', () => {
  it('shows the owners, filters "My distributors" as Jonas and sets an owner on a page', async () => {
    const { context, page } = await signedIn(demoUsers.manager.email);
    await page.goto('/distributors');
    await table(page).getByRole('columnheader', { name: 'Owner' }).waitFor();

    await page.getByLabel('Owner', { exact: true }).selectOption({ label: 'My distributors' });
    await eventually(() => new URL(page.url()).searchParams.get('owner')).toBe('me');
    await eventually(async () =>
      (await table(page).getByRole('link').allTextContents()).sort(),
    ).toEqual(['Huadong Auto Parts Trading', 'Saigon Motor Parts', 'Siam Auto Components']);
    await expect(
      table(page).getByRole('row').filter({ hasText: 'Saigon Motor Parts' }).textContent(),
    ).resolves.toContain('Jonas Becker');

    // Jonas takes over Motoczęści Polska from Katrin on its page.
    await page.goto('/distributors');
    await table(page).getByRole('link', { name: 'Motoczęści Polska' }).click();
    const owner = page.getByRole('combobox', { name: 'Owner' });
    await eventually(() => owner.inputValue()).not.toBe('');
    await expect(owner.locator('option:checked').textContent()).resolves.toBe('Katrin Weber');
    const saved = page.waitForResponse(
      (response) => response.url().endsWith('/owner') && response.request().method() === 'PUT',
    );
    await owner.selectOption({ label: 'Jonas Becker' });
    expect((await saved).status()).toBe(200);
    await eventually(() => owner.locator('option:checked').textContent()).toBe('Jonas Becker');

    await page.goto('/distributors?owner=me');
    await table(page).getByRole('link', { name: 'Motoczęści Polska' }).waitFor();
    await context.close();
  });

  it('keeps the owner from Lan, the distributor’s user', async () => {
    const { context, page } = await signedIn(demoUsers.vietnam.email);
    await chooseLanguage(page, 'English', 'Today');
    // Her directory is her own company's page.
    await page.goto('/distributors');
    await page.getByRole('heading', { level: 1, name: /Saigon Motor Parts/ }).waitFor();
    // Jonas is among the principal's contacts she reads, but the owner line is not on her page.
    await page.getByRole('heading', { name: 'Profile' }).waitFor();
    await expect(page.locator('dt', { hasText: /^Owner$/ }).count()).resolves.toBe(0);
    await expect(page.getByRole('combobox', { name: 'Owner' }).count()).resolves.toBe(0);
    await context.close();
  });
});

describe('bulk actions', () => {
  it('moves two distributors to Suspended with a reason and reports the one refused', async () => {
    const { context, page } = await signedIn(demoUsers.manager.email);
    await page.goto('/distributors');
    for (const name of ['Praha Autodíly', 'Lusitânia Auto', 'Cape Auto Distributors']) {
      await select(page, name);
    }
    const bar = page.getByRole('group', { name: 'Actions for the selected distributors' });
    await bar.getByText('3 selected').waitFor();
    await bar.getByRole('button', { name: 'Change stage' }).click();

    const dialog = page.getByRole('dialog', { name: 'Change the stage of 3 distributors' });
    await dialog.getByLabel('New stage').selectOption({ label: 'Suspended' });
    await dialog.getByLabel('Reason').fill('Credit hold: invoices overdue by more than 60 days');
    await dialog.getByRole('button', { name: 'Change 3 distributors' }).click();

    await dialog.getByRole('status').getByText('2 distributors changed. 1 not changed.').waitFor();
    const results = dialog.getByRole('list', { name: 'Result for each distributor' });
    await expect(results.getByRole('listitem').allTextContents()).resolves.toEqual([
      'Praha Autodíly: changed',
      'Lusitânia Auto: changed',
      'Cape Auto Distributors: not changed. A distributor in stage “Prospect” cannot move to “Suspended”. Possible next stages: Onboarding, Terminated.',
    ]);
    await dialog.getByRole('button', { name: 'Close' }).last().click();

    // Each change is in the distributor's own history, with the reason.
    await bar.getByRole('button', { name: 'Clear selection' }).click();
    await page.getByLabel('Search', { exact: true }).fill('Praha');
    await table(page).getByRole('link', { name: 'Praha Autodíly' }).click();
    await page
      .getByRole('region', { name: 'Lifecycle history' })
      .getByText('Credit hold: invoices overdue by more than 60 days')
      .waitFor();
    await context.close();
  });

  it('exports only the selected rows as CSV', async () => {
    const { context, page } = await signedIn(demoUsers.manager.email);
    await page.goto('/distributors?country=VN');
    await table(page).getByRole('link', { name: 'Saigon Motor Parts' }).waitFor();
    await page.goto('/distributors');
    await select(page, 'Saigon Motor Parts');
    await select(page, 'Siam Auto Components');
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Export selected (CSV)' }).click();
    const file = await (await download).path();
    const csv = await readFile(file, 'utf8');
    const lines = csv.trim().split(/\r?\n/);
    expect(lines).toHaveLength(3);
    expect(csv).toContain('Saigon Motor Parts');
    expect(csv).toContain('Siam Auto Components');
    expect(csv).not.toContain('Huadong');
    await context.close();
  });
});

describe('saved filters', () => {
  it('saves the current filter under a name, applies, renames and deletes it', async () => {
    const { context, page } = await signedIn(demoUsers.admin.email);
    await page.goto('/distributors?country=PL&sort=updatedAt&order=desc');
    const saved = page.getByRole('region', { name: 'Saved filters' });
    await saved.getByText('None yet.', { exact: false }).waitFor();
    await saved.getByRole('button', { name: 'Save current filter' }).click();
    const dialog = page.getByRole('dialog', { name: 'Save the current filter' });
    await dialog.getByLabel('Name').fill('Polska – najnowsze');
    await dialog.getByRole('button', { name: 'Save filter' }).click();
    const link = saved.getByRole('link', { name: 'Polska – najnowsze' });
    await link.waitFor();

    // Apply it from another view.
    await page.goto('/distributors');
    await saved.getByRole('link', { name: 'Polska – najnowsze' }).click();
    await eventually(() => new URL(page.url()).search).toBe(
      '?country=PL&sort=updatedAt&order=desc',
    );
    await eventually(() => table(page).getByRole('link').allTextContents()).toEqual([
      'Motoczęści Polska',
    ]);
    await expect(page.getByLabel('Country').locator('option:checked').textContent()).resolves.toBe(
      'Poland',
    );

    await saved.getByRole('button', { name: 'Rename “Polska – najnowsze”' }).click();
    const rename = page.getByRole('dialog', { name: 'Rename “Polska – najnowsze”' });
    await rename.getByLabel('Name').fill('Polska');
    await rename.getByRole('button', { name: 'Rename' }).click();
    await saved.getByRole('link', { name: 'Polska', exact: true }).waitFor();

    await saved.getByRole('button', { name: 'Delete “Polska”' }).click();
    await page
      .getByRole('dialog', { name: 'Delete this saved filter?' })
      .getByRole('button', { name: 'Delete' })
      .click();
    await saved.getByText('None yet.', { exact: false }).waitFor();
    await context.close();
  });
});
