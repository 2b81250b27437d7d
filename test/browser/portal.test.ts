// The distributor's portal: the same app, narrowed to their own company.
import { describe, expect, it } from 'vitest';
import { makeContact, makeDistributor, makeUser, makeWorkspace } from '../factories.ts';
import { openPage, setUpBrowserAndServer, signIn } from './browser.ts';

const password = 'pho-bo-hanoi-42';
const env = setUpBrowserAndServer();

async function portalSetup() {
  const workspace = await makeWorkspace(env.server);
  const vietnam = await makeDistributor(workspace, { name: 'Saigon Motor Parts' });
  const thailand = await makeDistributor(workspace, {
    name: 'Bangkok Auto Supply',
    country: 'TH',
    city: 'Bangkok',
    timeZone: 'Asia/Bangkok',
    languages: ['th', 'en'],
  });
  await makeContact(workspace, vietnam.id, {
    side: 'principal',
    name: 'Jonas Becker',
    role: 'account_manager',
    email: 'jonas.becker@brenner.example',
  });
  const huy = await makeContact(workspace, vietnam.id, {
    name: 'Lê Quốc Huy',
    role: 'purchasing_lead',
    phone: '+84 28 3823 4503',
  });
  const user = await makeUser(workspace, 'distributor_admin', {
    distributorId: vietnam.id,
    password,
    name: 'Nguyễn Thị Lan',
  });
  const { context, page } = await openPage(env.browser, env.server.url);
  return { workspace, vietnam, thailand, huy, user, context, page };
}

describe('distributor portal in the browser', () => {
  it('shows a distributor user their own company, with no principal controls', async () => {
    const { vietnam, thailand, user, context, page } = await portalSetup();
    await signIn(page, user.email, password);

    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Our company' }).click();
    await page.getByRole('heading', { level: 1, name: /Saigon Motor Parts/ }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/distributors/${vietnam.id}`);
    expect(await nav.getByRole('link', { name: 'Our company' }).count()).toBe(1);
    expect(await nav.getByRole('link', { name: 'Distributors' }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: 'Audit log' }).count()).toBe(0);
    expect(await page.getByRole('navigation', { name: 'Breadcrumbs' }).count()).toBe(0);

    // Both teams and both ladders are visible; only their own team can be edited.
    const principalTeam = page.getByRole('region', { name: 'Principal team' });
    const distributorTeam = page.getByRole('region', { name: 'Distributor team' });
    await principalTeam.getByText('Jonas Becker').waitFor();
    expect(await principalTeam.getByRole('button').count()).toBe(0);
    expect(await distributorTeam.getByRole('button', { name: 'Add contact' }).count()).toBe(1);
    await page
      .getByRole('region', { name: 'Principal escalation ladder' })
      .getByText('No steps yet.')
      .waitFor();
    await page
      .getByRole('region', { name: 'Distributor escalation ladder' })
      .getByText('No steps yet.')
      .waitFor();
    for (const name of ['Edit', 'Change stage', 'Archive', 'Add step']) {
      expect(await page.getByRole('button', { name, exact: true }).count()).toBe(0);
    }

    // The directory and other distributors are out of reach, even by address.
    await page.goto('/distributors');
    await page.getByRole('heading', { level: 1, name: /Saigon Motor Parts/ }).waitFor();
    await page.goto(`/distributors/${thailand.id}`);
    await page.getByRole('alert').getByText('Not found').waitFor();
    expect(await page.getByText('Bangkok Auto Supply').count()).toBe(0);
    await page.goto('/admin/audit-log');
    await page.getByText('Only principal admins can open this page.').waitFor();
    await context.close();
  });

  it('lets a distributor user add and edit their own team’s contacts', async () => {
    const { vietnam, user, context, page } = await portalSetup();
    await signIn(page, user.email, password);
    await page.goto(`/distributors/${vietnam.id}`);
    const distributorTeam = page.getByRole('region', { name: 'Distributor team' });

    await distributorTeam.getByRole('button', { name: 'Edit Lê Quốc Huy' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit Lê Quốc Huy' });
    await dialog.getByLabel('Phone').fill('call me');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByText('This value is invalid.').waitFor();
    await dialog.getByLabel('Phone').fill('+84 90 555 0101');
    await dialog.getByLabel('Job title').fill('Trưởng phòng mua hàng');
    await dialog.getByRole('button', { name: 'Save' }).click();
    const huyRow = distributorTeam.getByRole('row', { name: /Lê Quốc Huy/ });
    await huyRow.getByText('+84 90 555 0101').waitFor();
    expect(await huyRow.textContent()).toContain('Trưởng phòng mua hàng');

    await distributorTeam.getByRole('button', { name: 'Add contact' }).click();
    const add = page.getByRole('dialog', { name: 'Add a contact to the Distributor team' });
    const roles = await add.getByLabel('Role').locator('option').allTextContents();
    expect(roles).toEqual([
      'Choose a role',
      'General manager',
      'Sales director',
      'Purchasing lead',
      'Sales rep',
      'Other',
    ]);
    await add.getByLabel('Name').fill('Phạm Thu Hà');
    await add.getByLabel('Role').selectOption({ label: 'Sales rep' });
    await add.getByLabel('Name').press('Enter');
    await distributorTeam.getByRole('row', { name: /Phạm Thu Hà/ }).waitFor();
    await context.close();
  });
});
