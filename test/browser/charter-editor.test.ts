// The charter editor in the browser: the principal's product lines, a territory grant with a
// region, a live conflict with another distributor's exclusive grant, saving, and field errors.
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { defaultCharterContent } from '../../src/charter/charter.content.ts';
import {
  makeCharter,
  makeDistributor,
  makeProductLine,
  makeUser,
  makeWorkspace,
} from '../factories.ts';
import { http } from '../http.ts';
import { eventually, openPage, setUpBrowserAndServer, signIn } from './browser.ts';

const password = 'torque-wrench-77';
const env = setUpBrowserAndServer();

async function principalSetup() {
  const workspace = await makeWorkspace(env.server);
  const admin = await makeUser(workspace, 'principal_admin', { password, name: 'Katrin Weber' });
  const { context, page } = await openPage(env.browser, env.server.url);
  await signIn(page, admin.email, password);
  return { workspace, admin, context, page };
}

/** The text a field's aria-describedby points at: its error (or hint) under the field. */
async function descriptionOf(field: Locator) {
  const id = await field.getAttribute('aria-describedby');
  return id ? field.page().locator(`[id="${id}"]`).textContent() : null;
}

describe('charter editor in the browser', () => {
  it('edits a territory grant, shows a live conflict beside it, saves and reloads', async () => {
    const { workspace, admin, context, page } = await principalSetup();
    const saigon = await makeDistributor(workspace, { name: 'Saigon Motor Parts', country: 'VN' });
    const hanoi = await makeDistributor(workspace, { name: 'Hanoi Auto Supply', country: 'VN' });

    // The product lines, created the way a person does.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Product lines' })
      .click();
    await page.getByRole('heading', { name: 'Product lines' }).waitFor();
    await page.getByText('No product lines yet.').waitFor();
    for (const [code, name, category] of [
      ['BRK-PAD', 'Brake pads', 'Brakes'],
      ['FLT-OIL', 'Oil filters', 'Filters'],
    ] as const) {
      await page.getByRole('button', { name: 'New product line' }).click();
      const dialog = page.getByRole('dialog', { name: 'New product line' });
      await dialog.getByLabel('Code').fill(code);
      await dialog.getByLabel('Name').fill(name);
      await dialog.getByLabel('Category').fill(category);
      await dialog.getByRole('button', { name: 'Create product line' }).click();
      await eventually(() => dialog.count()).toBe(0);
    }
    await eventually(() => page.locator('tbody tr').count()).toBe(2);

    // The other distributor's agreed charter: exclusive for brake pads in Ho Chi Minh City.
    const lines = await http(env.server.url)
      .as(admin)
      .get<{ id: string; code: string }[]>('/api/v1/product-lines');
    const brakes = lines.body.find((line) => line.code === 'BRK-PAD');
    if (!brakes) throw new Error('BRK-PAD was not created');
    const theirs = defaultCharterContent('2026-01-01', 'vi');
    theirs.territory.grants = [
      {
        country: 'VN',
        region: 'VN-SG',
        productLineIds: [brakes.id],
        exclusive: true,
        startsOn: '2026-01-01',
        endsOn: null,
      },
    ];
    await makeCharter(workspace, hanoi.id, 'agreed', theirs);
    const started = await http(env.server.url)
      .as(admin)
      .post(`/api/v1/distributors/${saigon.id}/charter`, {});
    expect(started.status).toBe(201);

    await page.goto(`/distributors/${saigon.id}/charter`);
    const editor = page.getByRole('region', { name: 'Edit draft version 1' });
    await editor.getByText('No territory granted yet.').waitFor();
    await editor.getByText('No conflicts with other charters.').waitFor();

    await editor.getByRole('button', { name: 'Add grant' }).click();
    await editor.getByLabel('Country (grant 1)').selectOption({ label: 'Vietnam' });
    await editor.getByLabel('Region (grant 1)').selectOption({ label: 'Hồ Chí Minh (VN-SG)' });
    await editor.getByLabel('Starts (grant 1)').fill('2026-03-01');
    await editor.getByLabel('Exclusive (grant 1)').check();
    await editor.locator('summary', { hasText: 'All product lines' }).click();
    await editor.getByLabel('BRK-PAD Brake pads').check();
    await editor.getByText('Unsaved changes').waitFor();

    // The conflict reads as one sentence under the grant it concerns; the summary says where.
    const conflictsOfGrant = editor.getByRole('list', { name: 'Conflicts of grant 1' });
    await conflictsOfGrant.waitFor();
    const sentence =
      'This charter makes Hồ Chí Minh (Vietnam) exclusive for BRK-PAD Brake pads from March 1, 2026 with no end date, but the charter of Hanoi Auto Supply (version 1, agreed) already gives the same exclusivity.';
    // The live check answers as the grant is filled in: the list may first show an earlier
    // state of it (not yet exclusive, the default start), so the test waits for the last one.
    await eventually(() => conflictsOfGrant.textContent()).toBe(sentence);
    await editor.getByText('1 conflict with other charters').waitFor();
    await editor.getByRole('button', { name: 'Territory, grant 1' }).waitFor();
    await editor
      .getByRole('link', { name: 'Open the other charter: Hanoi Auto Supply, version 1' })
      .waitFor();
    // Shown once on the page, not again above the editor or in the summary.
    expect(await page.getByText(sentence).count()).toBe(1);

    // Moving the grant to Hanoi resolves it.
    await editor.getByLabel('Region (grant 1)').selectOption({ label: 'Hà Nội (VN-HN)' });
    await eventually(() => conflictsOfGrant.count()).toBe(0);
    await editor.getByText('No conflicts with other charters.').waitFor();

    await editor.getByRole('button', { name: 'Save draft' }).click();
    await editor.getByText('Draft saved.').waitFor();

    await page.reload();
    const reloaded = page.getByRole('region', { name: 'Edit draft version 1' });
    await eventually(() => reloaded.getByLabel('Region (grant 1)').inputValue()).toBe('VN-HN');
    expect(await reloaded.getByLabel('Country (grant 1)').inputValue()).toBe('VN');
    expect(await reloaded.getByLabel('Starts (grant 1)').inputValue()).toBe('2026-03-01');
    expect(await reloaded.getByLabel('Exclusive (grant 1)').isChecked()).toBe(true);
    await reloaded.locator('summary', { hasText: 'BRK-PAD' }).waitFor();
    await reloaded.getByText('No unsaved changes.').waitFor();
    await context.close();
  });

  it('shows an end date before the start under the field, and focuses it on Save', async () => {
    const { workspace, admin, context, page } = await principalSetup();
    const saigon = await makeDistributor(workspace, { name: 'Saigon Motor Parts', country: 'VN' });
    const content = defaultCharterContent('2026-01-01', 'vi');
    content.territory.grants = [
      {
        country: 'VN',
        region: null,
        productLineIds: [],
        exclusive: false,
        startsOn: '2026-01-01',
        endsOn: null,
      },
    ];
    await http(env.server.url)
      .as(admin)
      .post(`/api/v1/distributors/${saigon.id}/charter`, { content });

    await page.goto(`/distributors/${saigon.id}/charter`);
    const editor = page.getByRole('region', { name: 'Edit draft version 1' });
    const ends = editor.getByLabel('Ends (grant 1)');
    await ends.fill('2025-06-30');
    await ends.blur();
    const message = 'The end date is before the start date.';
    await editor.getByText(message).waitFor();
    expect(await ends.getAttribute('aria-invalid')).toBe('true');
    // The message is the field's description, right under it.
    expect(await descriptionOf(ends)).toBe(message);
    await editor.getByText('Conflicts are checked again once every field is valid.').waitFor();

    // The term's end date, in a closed section, is wrong too: Save lists both, focuses the first.
    await editor.getByRole('button', { name: 'Term' }).click();
    await editor.getByLabel('Ends', { exact: true }).fill('2025-01-01');
    await editor.getByRole('button', { name: 'Term' }).click();
    await editor.getByRole('button', { name: 'Save draft' }).click();
    await editor.getByText('2 fields need attention before the draft can be saved.').waitFor();
    await eventually(() =>
      ends.evaluate((element) => element === element.ownerDocument.activeElement),
    ).toBe(true);
    await editor.getByRole('button', { name: 'Discard changes' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Discard changes' }).click();
    await eventually(() => ends.inputValue()).toBe('');
    await editor.getByText('No unsaved changes.').waitFor();
    expect(await editor.getByText(message).count()).toBe(0);
    await context.close();
  });

  it('lists, sorts, edits, archives and restores product lines; distributors see no link', async () => {
    const { workspace, context, page } = await principalSetup();
    await makeProductLine(workspace, { code: 'BRK-PAD', name: 'Brake pads', category: 'Brakes' });
    await makeProductLine(workspace, { code: 'FLT-OIL', name: 'Oil filters', category: 'Filters' });
    await makeProductLine(workspace, { code: 'AXL-01', name: 'Axles', category: 'Drivetrain' });
    await page.goto('/product-lines');
    const codes = () => page.locator('tbody tr td:first-child').allTextContents();
    await eventually(codes).toEqual(['AXL-01', 'BRK-PAD', 'FLT-OIL']);
    await page.getByRole('button', { name: 'Category' }).click();
    await eventually(codes).toEqual(['BRK-PAD', 'AXL-01', 'FLT-OIL']);
    await page.getByRole('button', { name: 'Category' }).click();
    await eventually(codes).toEqual(['FLT-OIL', 'AXL-01', 'BRK-PAD']);
    await page.getByRole('main').getByLabel('Search').fill('filter');
    await eventually(codes).toEqual(['FLT-OIL']);
    await page.getByRole('main').getByLabel('Search').fill('');
    await page.getByRole('button', { name: 'Code' }).click();
    await eventually(codes).toEqual(['AXL-01', 'BRK-PAD', 'FLT-OIL']);

    // A taken code comes back under the Code field.
    await page.getByRole('button', { name: 'Edit AXL-01' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit product line AXL-01' });
    await dialog.getByLabel('Code').fill('BRK-PAD');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await eventually(() => descriptionOf(dialog.getByLabel('Code'))).toBe(
      'A product line with code "BRK-PAD" already exists.',
    );
    await dialog.getByLabel('Code').fill('AXL-REAR');
    await dialog.getByLabel('Name').fill('Rear axles');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await eventually(() => dialog.count()).toBe(0);
    await page.getByRole('row', { name: /AXL-REAR Rear axles/ }).waitFor();

    await page.getByRole('button', { name: 'Archive FLT-OIL' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Archive' }).click();
    await eventually(codes).toEqual(['AXL-REAR', 'BRK-PAD']);
    await page.getByLabel('Show archived lines').check();
    await page.getByRole('row', { name: /FLT-OIL .*Archived/ }).waitFor();
    await page.getByRole('button', { name: 'Restore FLT-OIL' }).click();
    await page.getByLabel('Show archived lines').uncheck();
    await eventually(codes).toEqual(['AXL-REAR', 'BRK-PAD', 'FLT-OIL']);
    await context.close();

    const distributor = await makeDistributor(workspace, { name: 'Saigon Motor Parts' });
    const lan = await makeUser(workspace, 'distributor_admin', {
      distributorId: distributor.id,
      password,
      name: 'Nguyễn Thị Lan',
    });
    const portal = await openPage(env.browser, env.server.url);
    await signIn(portal.page, lan.email, password);
    const nav = portal.page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Our company' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Product lines' }).count()).toBe(0);
    await portal.page.goto('/product-lines');
    await portal.page.getByText("Only the principal's staff manage product lines.").waitFor();
    await portal.context.close();
  });
});
