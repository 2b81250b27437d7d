// Account security in the browser: setting up two-factor authentication and signing in with it,
// resetting a forgotten password from the e-mailed link, signing out other sessions, and a
// workspace that requires a second factor sending a member to set one up first.
import { Secret, TOTP } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { makeUser, makeWorkspace } from '../factories.ts';
import { http } from '../http.ts';
import { eventually, openPage, setUpBrowserAndServer, signIn } from './browser.ts';

const password = 'gearbox-oil-5w30-Thủ-Đức';
const env = setUpBrowserAndServer();

async function openSecurity(page: Awaited<ReturnType<typeof openPage>>['page'], name: RegExp) {
  await page.getByRole('button', { name }).click();
  await page.getByRole('menuitem', { name: 'Security' }).click();
  await page.getByRole('heading', { name: 'Security', level: 1 }).waitFor();
}

describe('account security in the browser', () => {
  it('sets up two-factor authentication, then signs in with a recovery code', async () => {
    const workspace = await makeWorkspace(env.server);
    const user = await makeUser(workspace, 'principal_manager', { password });
    const { context, page } = await openPage(env.browser, env.server.url);
    await signIn(page, user.email, password);
    await openSecurity(page, /Jonas Becker/);
    // Without the demo data there is no demo warning.
    expect(await page.getByRole('note', { name: 'Demo' }).count()).toBe(0);

    const card = page.getByRole('region', { name: 'Two-factor authentication' });
    await card.getByRole('button', { name: 'Set up two-factor authentication' }).click();
    await card.getByRole('img', { name: 'QR code for your authenticator app' }).waitFor();
    const secret = await card.getByLabel('Setup key').inputValue();
    await card.getByLabel('Code from the app').fill('000000');
    await card.getByRole('button', { name: 'Turn on' }).click();
    await card.getByText('This code is wrong or has expired.', { exact: false }).waitFor();
    const code = new TOTP({ secret: Secret.fromBase32(secret) }).generate();
    await card.getByLabel('Code from the app').fill(code);
    await card.getByRole('button', { name: 'Turn on' }).click();
    const list = card.getByRole('list', { name: 'Your recovery codes' });
    await list.waitFor();
    const codes = await list.getByRole('listitem').allTextContents();
    expect(codes).toHaveLength(10);
    await card.getByRole('button', { name: 'I have saved them' }).click();
    await card.getByText('10 recovery codes left.').waitFor();

    await page.getByRole('button', { name: /Jonas Becker/ }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.getByLabel('E-mail').fill(user.email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Your password was right.', { exact: false }).waitFor();
    await page.getByLabel('Code').fill('123456');
    await page.getByRole('button', { name: 'Verify and sign in' }).click();
    await page.getByRole('alert').getByText('Wrong or expired code').waitFor();
    await page.getByLabel('Code').fill(codes[0] ?? '');
    await page.getByRole('button', { name: 'Verify and sign in' }).click();
    await page.getByRole('banner').waitFor();
    await openSecurity(page, /Jonas Becker/);
    await card.getByText('9 recovery codes left.').waitFor();
    await context.close();
  });

  it('resets a forgotten password from the link in the e-mail', async () => {
    const workspace = await makeWorkspace(env.server);
    const admin = await makeUser(workspace, 'principal_admin');
    const user = await makeUser(workspace, 'principal_manager', {
      password,
      name: 'Wiśniewska Zofia',
    });
    const { context, page } = await openPage(env.browser, env.server.url);
    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    // The page's code arrives with it: the sign-in form's own E-mail field is there until then.
    await page.getByRole('heading', { name: 'Reset your password' }).waitFor();
    await page.getByLabel('E-mail').fill(user.email);
    await page.getByRole('button', { name: 'Send the link' }).click();
    await page.getByRole('status').getByText('a link is on its way', { exact: false }).waitFor();

    type Mail = { toAddress: string; bodyText: string };
    const outbox = await http(env.server.url).as(admin).get<Mail[]>('/api/v1/outbox');
    const mail = outbox.body.find((entry) => entry.toAddress === user.email);
    const link = mail?.bodyText.match(/http\S+\/reset-password\/[\w-]+/)?.[0] ?? '';
    await page.goto(link);
    await page.getByText(`For ${user.email}.`, { exact: false }).waitFor();
    await page.getByLabel('New password').fill('1234567890');
    await page.getByRole('button', { name: 'Save the new password' }).click();
    await page.getByText('This password is too easy to guess', { exact: false }).waitFor();
    const fresh = 'pierogi w Krakowie o północy';
    await page.getByLabel('New password').fill(fresh);
    await page.getByRole('button', { name: 'Save the new password' }).click();
    await page.getByText('Your password is changed.', { exact: false }).waitFor();
    await signIn(page, user.email, fresh);
    // The link works once.
    await page.goto(link);
    await page.getByText('This reset link can no longer be used').waitFor();
    await context.close();
  });

  it('lists the sessions and signs out every other one', async () => {
    const workspace = await makeWorkspace(env.server);
    const user = await makeUser(workspace, 'principal_manager', { password });
    const laptop = await openPage(env.browser, env.server.url);
    const phone = await openPage(env.browser, env.server.url);
    await signIn(phone.page, user.email, password);
    await signIn(laptop.page, user.email, password);
    await openSecurity(laptop.page, /Jonas Becker/);
    const sessions = laptop.page.getByRole('region', { name: 'Where you are signed in' });
    await eventually(() => sessions.getByRole('row').count()).toBe(3);
    await sessions.getByText('This browser').waitFor();
    await sessions.getByRole('button', { name: 'Sign out everywhere else' }).click();
    const dialog = laptop.page.getByRole('dialog', { name: 'Sign out everywhere else' });
    await dialog.getByText('1 other session will be signed out.', { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Sign them out' }).click();
    await sessions.getByText('1 other session signed out.').waitFor();
    await eventually(() => sessions.getByRole('row').count()).toBe(2);

    await phone.page.goto('/distributors');
    await phone.page.waitForURL('**/sign-in**');
    await laptop.context.close();
    await phone.context.close();
  });

  it('sends a member to set up a second factor once the workspace requires one', async () => {
    const workspace = await makeWorkspace(env.server);
    const admin = await makeUser(workspace, 'principal_admin', {
      password,
      name: 'Anna Schulz',
    });
    const member = await makeUser(workspace, 'principal_viewer', {
      password,
      name: 'Trần Văn Minh',
    });
    const { context, page } = await openPage(env.browser, env.server.url);
    await signIn(page, admin.email, password);
    await openSecurity(page, /Anna Schulz/);
    const rule = page.getByRole('region', { name: 'Sign-in rules for the workspace' });
    await rule.getByLabel('Require two-factor authentication of everyone').check();
    await eventually(() =>
      rule.getByLabel('Require two-factor authentication of everyone').isChecked(),
    ).toBe(true);
    await context.close();

    const second = await openPage(env.browser, env.server.url);
    await signIn(second.page, member.email, password);
    await second.page.waitForURL('**/settings/security');
    await second.page
      .getByRole('alert')
      .getByText('Your workspace requires two-factor authentication.', { exact: false })
      .waitFor();
    await second.page.goto('/distributors');
    await second.page.waitForURL('**/settings/security');
    await second.context.close();
  });
});
