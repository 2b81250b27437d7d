// The signed-in person's own settings: profile, language, time zone, and switching workspace.
import { describe, expect, it } from 'vitest';
import { addMember } from '../../src/accounts/members.service.ts';
import { makeContext, systemActor } from '../../src/platform/tenancy.ts';
import { makeDistributor, makeUser, makeWorkspace } from '../factories.ts';
import { eventually, openPage, setUpBrowserAndServer, signIn } from './browser.ts';

const password = 'gearbox-oil-5w30';
const env = setUpBrowserAndServer();

describe('account settings in the browser', () => {
  it('saves name and time zone from the profile, and shows times in that zone', async () => {
    const workspace = await makeWorkspace(env.server);
    const distributor = await makeDistributor(workspace, { name: 'Saigon Motor Parts' });
    const user = await makeUser(workspace, 'principal_manager', { password });
    const { context, page } = await openPage(env.browser, env.server.url);
    await signIn(page, user.email, password);
    await page.goto(`/distributors/${distributor.id}`);
    const history = page.getByRole('region', { name: 'Lifecycle history' });
    const before = await history.locator('time').first().textContent();

    await page.getByRole('button', { name: /Jonas Becker/ }).click();
    await page.getByRole('menuitem', { name: 'Profile' }).click();
    const dialog = page.getByRole('dialog', { name: 'Your profile' });
    await dialog.getByLabel('Name').fill('');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByText('This field is required.').waitFor();
    await dialog.getByLabel('Name').fill('Jonas Becker-Hoang');
    await dialog.getByLabel('Time zone').selectOption('Asia/Ho_Chi_Minh');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await eventually(() => dialog.count()).toBe(0);

    await page.getByRole('button', { name: /Jonas Becker-Hoang/ }).waitFor();
    // The user was in UTC; Ho Chi Minh City is seven hours ahead, so the shown time moves.
    await eventually(() => history.locator('time').first().textContent()).not.toBe(before);
    await context.close();
  });

  it('offers a workspace switcher only to someone in several workspaces', async () => {
    const brenner = await makeWorkspace(env.server, 'Brenner Autoteile GmbH');
    const asia = await makeWorkspace(env.server, 'Brenner Asia Pte. Ltd.');
    await makeDistributor(brenner, { name: 'Saigon Motor Parts' });
    await makeDistributor(asia, {
      name: 'Jakarta Suku Cadang',
      country: 'ID',
      timeZone: 'Asia/Jakarta',
      languages: ['id'],
    });
    const user = await makeUser(brenner, 'principal_admin', { password });
    const { context, page } = await openPage(env.browser, env.server.url);
    await signIn(page, user.email, password);
    await page.goto('/distributors');
    expect(await page.getByRole('combobox', { name: 'Workspace' }).count()).toBe(0);

    const services = {
      db: env.server.database.db,
      config: env.server.config,
      mailer: env.server.mailer,
      clock: env.server.clock,
    };
    await addMember(makeContext(services, systemActor(asia.id, 'Test')), {
      userId: user.id,
      role: 'principal_viewer',
      distributorId: null,
    });
    await page.reload();
    const switcher = page.getByRole('combobox', { name: 'Workspace' });
    await switcher.waitFor();
    await page.getByRole('link', { name: 'Saigon Motor Parts' }).waitFor();
    await switcher.selectOption({ label: 'Brenner Asia Pte. Ltd.' });
    // Switching starts over on Today, as signing in does.
    await page.waitForURL('**/today');
    await page.goto('/distributors');
    await page.getByRole('link', { name: 'Jakarta Suku Cadang' }).waitFor();
    expect(await page.getByRole('link', { name: 'Saigon Motor Parts' }).count()).toBe(0);
    expect(await page.getByRole('banner').textContent()).toContain('Principal viewer');
    expect(await page.getByRole('button', { name: 'New distributor' }).count()).toBe(0);
    await context.close();
  });
});
