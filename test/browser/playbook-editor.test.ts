// The workspace admin adapts the playbook in the browser (#18): renames and moves a judgement
// item, removes one, adds one (refused while it has no title), and saves a new version; the
// portfolio's funnel and a distributor's playbook follow it, the automatic items keep their rule,
// and a manager is not offered the editor.
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import en from '../../locales/en/server.json' with { type: 'json' };
import { makeCharter, makeDistributor, makeUser, makeWorkspace } from '../factories.ts';
import { eventually, openPage, setUpBrowserAndServer, signIn } from './browser.ts';

const env = setUpBrowserAndServer();
const password = 'kraków-żurek-2026';
const titles = en.playbook.items;

/** Each item's title field, in order, as the editor shows it. */
async function itemTitles(dialog: Locator) {
  const fields = dialog.getByRole('textbox', { name: /^Item \d+$/ });
  const values: string[] = [];
  for (let index = 0; index < (await fields.count()); index++) {
    values.push(await fields.nth(index).inputValue());
  }
  return values;
}

describe('the playbook editor', () => {
  it('saves a new version the portfolio and the distributors follow', async () => {
    const workspace = await makeWorkspace(env.server);
    const poznan = await makeDistributor(workspace, {
      name: 'Hurtownia Motoryzacyjna Łódź–Poznań',
      country: 'PL',
      city: 'Poznań',
      timeZone: 'Europe/Warsaw',
      languages: ['pl', 'en'],
    });
    await makeCharter(workspace, poznan.id, 'signed');
    const katrin = await makeUser(workspace, 'principal_admin', { password, name: 'Katrin Weber' });
    const jonas = await makeUser(workspace, 'principal_manager', {
      password,
      name: 'Jonas Becker',
    });

    // A manager reads the playbook but is not offered the editor.
    const manager = await openPage(env.browser, env.server.url);
    await signIn(manager.page, jonas.email, password);
    await manager.page.goto('/playbook');
    await manager.page
      .getByRole('heading', { level: 1, name: 'Playbook across the portfolio' })
      .waitFor();
    expect(await manager.page.getByRole('button', { name: 'Edit playbook' }).count()).toBe(0);
    await manager.context.close();

    const admin = await openPage(env.browser, env.server.url);
    const page = admin.page;
    await signIn(page, katrin.email, password);
    await page.goto('/playbook');
    await page.getByRole('button', { name: 'Edit playbook' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit the playbook' });
    await dialog.getByText(/^Saving makes version 2\./).waitFor();
    const before = await itemTitles(dialog);
    expect(before.slice(0, 2)).toEqual([titles.charter_signed.title, titles.on_board.title]);

    // The second item (a judgement) renamed in the admin's words and moved to the top.
    const onBoard = dialog.getByRole('listitem').nth(1);
    await onBoard
      .getByRole('textbox', { name: 'Item 2' })
      .fill('Łódź and Poznań teams know our range');
    await onBoard.getByRole('button', { name: 'Move up' }).click();
    await eventually(() => itemTitles(dialog)).toEqual([
      'Łódź and Poznań teams know our range',
      titles.charter_signed.title,
      ...before.slice(2),
    ]);
    // "Trust is built" removed.
    const trustAt = (await itemTitles(dialog)).indexOf(titles.trust.title);
    await dialog.getByRole('listitem').nth(trustAt).getByRole('button', { name: 'Remove' }).click();
    // A new item saved without a title is refused, and nothing is saved.
    await dialog.getByRole('button', { name: 'Add an item' }).click();
    await dialog.getByRole('button', { name: 'Save as a new version' }).click();
    await dialog.getByRole('alert').waitFor();
    const added = dialog.getByRole('listitem').last();
    await added
      .getByRole('textbox', { name: `Item ${before.length}` })
      .fill('Joint visit to key workshops');
    await added
      .getByRole('textbox', { name: 'How you know you can tick it' })
      .fill('Both sides visited three key workshops in the territory together.');
    await dialog.getByRole('button', { name: 'Save as a new version' }).click();
    await dialog.waitFor({ state: 'detached' });

    // The funnel follows the new version, in its order.
    const funnel = page.getByRole('region', { name: 'Where relationships stall' });
    const rows = funnel.getByRole('listitem');
    await eventually(() => rows.first().textContent()).toMatch(
      /^Łódź and Poznań teams know our range/,
    );
    await eventually(() => rows.count()).toBe(before.length);
    expect(await rows.last().textContent()).toMatch(/^Joint visit to key workshops/);
    expect(await funnel.getByText(titles.trust.title, { exact: true }).count()).toBe(0);

    // The distributor's playbook: the new item is a judgement to tick; the charter's still ticks
    // itself from the signed charter.
    await page.goto(`/distributors/${poznan.id}/playbook`);
    const visit = page.getByRole('listitem', { name: 'Joint visit to key workshops' });
    await visit.getByRole('button', { name: 'Tick' }).waitFor();
    const charter = page.getByRole('listitem', { name: titles.charter_signed.title });
    await charter.getByText('Done', { exact: true }).waitFor();
    expect(await charter.getByRole('button', { name: 'Tick' }).count()).toBe(0);
    await admin.context.close();
  });
});
