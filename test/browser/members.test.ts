// Member management in the browser: an admin changes a role within its side, deactivates and
// reactivates a member (who then cannot, and then can, sign in), and resends an invitation.
import { describe, expect, it } from 'vitest';
import { makeDistributor, makeUser, makeWorkspace } from '../factories.ts';
import { eventually, openPage, setUpBrowserAndServer, signIn } from './browser.ts';

const password = 'torque-wrench-77';
const env = setUpBrowserAndServer();

async function membersPage() {
  const workspace = await makeWorkspace(env.server);
  const vietnam = await makeDistributor(workspace, { name: 'Saigon Motor Parts' });
  const admin = await makeUser(workspace, 'principal_admin', { password, name: 'Katrin Weber' });
  const lan = await makeUser(workspace, 'distributor_member', {
    distributorId: vietnam.id,
    password,
    name: 'Nguyễn Thị Lan',
  });
  const jonas = await makeUser(workspace, 'principal_manager', { name: 'Jonas Becker' });
  const { context, page } = await openPage(env.browser, env.server.url);
  await signIn(page, admin.email, password);
  await page.goto('/admin/members');
  await page.getByRole('row', { name: /Nguyễn Thị Lan/ }).waitFor();
  return { workspace, vietnam, admin, lan, jonas, context, page };
}

describe('member management in the browser', () => {
  it('changes a role, offering only the roles of the member’s side', async () => {
    const { context, page } = await membersPage();
    const lanRole = page.getByLabel('Role of Nguyễn Thị Lan');
    expect(await lanRole.locator('option').allTextContents()).toEqual([
      'Distributor admin',
      'Distributor member',
    ]);
    const jonasRole = page.getByLabel('Role of Jonas Becker');
    await jonasRole.selectOption({ label: 'Principal viewer' });
    await page.getByText('Jonas Becker is now Principal viewer.').waitFor();
    // The list is read again from the server after the change.
    await eventually(() => jonasRole.inputValue()).toBe('principal_viewer');
    // The last admin cannot step down.
    await page.getByLabel('Role of Katrin Weber').selectOption({ label: 'Principal manager' });
    await page.getByText('Katrin Weber is the last active admin.', { exact: false }).waitFor();
    await context.close();
  });

  it('deactivates a member, who can no longer sign in, and reactivates them', async () => {
    const { lan, context, page } = await membersPage();
    await page.getByRole('button', { name: 'Deactivate Nguyễn Thị Lan' }).click();
    const dialog = page.getByRole('dialog', { name: 'Deactivate Nguyễn Thị Lan?' });
    await dialog.getByText('can no longer sign in to this workspace', { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Deactivate' }).click();
    await page.getByText('Nguyễn Thị Lan is deactivated.').waitFor();
    const row = page.getByRole('row', { name: /Nguyễn Thị Lan/ });
    expect(await row.textContent()).toContain('Deactivated');

    const lanBrowser = await openPage(env.browser, env.server.url);
    await lanBrowser.page.goto('/sign-in');
    await lanBrowser.page.getByLabel('E-mail').fill(lan.email);
    await lanBrowser.page.getByLabel('Password').fill(password);
    await lanBrowser.page.getByRole('button', { name: 'Sign in' }).click();
    await lanBrowser.page.getByText('Wrong e-mail or password').waitFor();

    await row.getByRole('button', { name: 'Reactivate Nguyễn Thị Lan' }).click();
    await page.getByText('Nguyễn Thị Lan can sign in again.').waitFor();
    expect(await row.textContent()).toContain('Active');
    await signIn(lanBrowser.page, lan.email, password);
    await lanBrowser.context.close();
    await context.close();
  });

  it('resends an invitation with a new link', async () => {
    const { context, page } = await membersPage();
    const form = page.getByRole('region', { name: 'Invite someone' });
    await form.getByLabel('E-mail').fill('tran.van.minh@saigonmotor.example');
    await form.getByLabel('Role').selectOption({ label: 'Distributor member' });
    await form.getByLabel('Distributor').selectOption({ label: 'Saigon Motor Parts' });
    await form.getByRole('button', { name: 'Send invitation' }).click();
    await form.getByText('Invitation sent to tran.van.minh@saigonmotor.example.').waitFor();

    const invitations = page.getByRole('region', { name: 'Invitations' });
    await invitations
      .getByRole('button', { name: 'Resend the invitation to tran.van.minh@saigonmotor.example' })
      .click();
    await invitations
      .getByText(
        'A new link was sent to tran.van.minh@saigonmotor.example; the previous link no longer works.',
      )
      .waitFor();

    await page.getByRole('link', { name: 'E-mail outbox' }).click();
    // Two mails to the invitee: the invitation and the one sent again.
    await eventually(() =>
      page
        .locator('.mail-list li')
        .filter({ hasText: 'tran.van.minh@saigonmotor.example' })
        .count(),
    ).toBe(2);
    await context.close();
  });
});
