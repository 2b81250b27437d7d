// A contact's working hours in a real browser: set in the contact form, shown in the list.
import { describe, expect, it } from 'vitest';
import { makeContact, makeDistributor, makeUser, makeWorkspace } from '../factories.ts';
import { eventually, openPage, setUpBrowserAndServer, signIn } from './browser.ts';

const password = 'brake-disc-2024';
const env = setUpBrowserAndServer();

describe('contact working hours in the browser', () => {
  it('sets the hours and days in the form, explains a wrong order, and lists them', async () => {
    const workspace = await makeWorkspace(env.server);
    const user = await makeUser(workspace, 'principal_manager', { password });
    const distributor = await makeDistributor(workspace, { name: 'Saigon Motor Parts' });
    await makeContact(workspace, distributor.id, {
      name: 'Lê Quốc Huy',
      timeZone: 'Asia/Ho_Chi_Minh',
    });
    const { context, page } = await openPage(env.browser, env.server.url);
    await signIn(page, user.email, password);
    await page.goto(`/distributors/${distributor.id}`);

    const team = page.getByRole('region', { name: 'Distributor team' });
    const row = team.getByRole('row', { name: /Lê Quốc Huy/ });
    await row.getByText('09:00–17:30 Mon–Fri, Asia/Ho_Chi_Minh').waitFor();

    await row.getByRole('button', { name: 'Edit Lê Quốc Huy' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit Lê Quốc Huy' });
    const start = dialog.getByLabel('Working hours from');
    const end = dialog.getByLabel('Working hours until');
    expect(await start.inputValue()).toBe('09:00');
    await start.fill('18:00');
    await end.fill('08:00');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByText('Working hours must end after they start.').waitFor();
    expect(await end.getAttribute('aria-invalid')).toBe('true');
    expect(await start.getAttribute('aria-invalid')).toBeNull();

    // 00:00 as the end means midnight: a time field cannot show 24:00.
    await start.fill('07:30');
    await end.fill('00:00');
    const days = dialog.getByRole('group', { name: 'Working days' });
    await days.getByRole('checkbox', { name: 'Friday' }).uncheck();
    // The days are plain checkboxes: Tab reaches them and Space toggles one.
    await days.getByRole('checkbox', { name: 'Saturday' }).focus();
    await page.keyboard.press('Space');
    expect(await days.getByRole('checkbox', { name: 'Saturday' }).isChecked()).toBe(true);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await eventually(() => page.getByRole('dialog').count()).toBe(0);
    await row.getByText('07:30–24:00 Mon–Thu, Sat, Asia/Ho_Chi_Minh').waitFor();

    await row.getByRole('button', { name: 'Edit Lê Quốc Huy' }).click();
    expect(await start.inputValue()).toBe('07:30');
    expect(await end.inputValue()).toBe('00:00');
    expect(await days.getByRole('checkbox', { name: 'Friday' }).isChecked()).toBe(false);
    await context.close();
  });

  it('asks for at least one working day, under the days', async () => {
    const workspace = await makeWorkspace(env.server);
    const user = await makeUser(workspace, 'principal_manager', { password });
    const distributor = await makeDistributor(workspace);
    const { context, page } = await openPage(env.browser, env.server.url);
    await signIn(page, user.email, password);
    await page.goto(`/distributors/${distributor.id}`);

    const team = page.getByRole('region', { name: 'Principal team' });
    await team.getByRole('button', { name: 'Add contact' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a contact to the Principal team' });
    await dialog.getByLabel('Name').fill('Jonas Becker');
    await dialog.getByLabel('Role').selectOption({ label: 'Account manager' });
    const days = dialog.getByRole('group', { name: 'Working days' });
    for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']) {
      await days.getByRole('checkbox', { name: day }).uncheck();
    }
    await dialog.getByRole('button', { name: 'Add contact' }).click();
    await days.getByText('Choose at least one working day.').waitFor();
    await days.getByRole('checkbox', { name: 'Tuesday' }).check();
    await dialog.getByRole('button', { name: 'Add contact' }).click();
    await team
      .getByRole('row', { name: /Jonas Becker/ })
      .getByText('09:00–17:30 Tue, no time zone')
      .waitFor();
    await context.close();
  });
});
