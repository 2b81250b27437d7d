// Amendments and conflicts on the demo's charters (issue #16): Lan (Saigon Motor Parts, in
// Vietnamese) proposes a change to her signed charter, Jonas declines one and drafts the next
// version from another, and Lan reads what became of each. The Laos conflict on Siam's charter
// reads as one sentence with country names, shown once, with a link to Saigon's charter.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import th from '../../locales/th/web.json' with { type: 'json' };
import viCommon from '../../locales/vi/common.json' with { type: 'json' };
import vi from '../../locales/vi/web.json' with { type: 'json' };
import { demoPassword, demoUsers } from '../../src/seed/demo-data.ts';
import { eventually, openPage, setUpDemoBrowserAndServer, signIn } from './browser.ts';

const env = setUpDemoBrowserAndServer();

/** The charter page of a demo distributor, found the way Jonas finds it: through the directory. */
async function charterPathOf(page: Page, name: string) {
  await page.goto(`/distributors?q=${encodeURIComponent(name.split(' ')[0] ?? name)}`);
  await page.getByRole('link', { name }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(name) }).waitFor();
  return `${new URL(page.url()).pathname}/charter`;
}

describe('amendments and conflicts on the demo charters', () => {
  it('lets Lan propose an amendment and Jonas draft the next version from it', async () => {
    const jonas = await openPage(env.browser, env.server.url);
    await signIn(jonas.page, demoUsers.manager.email, demoPassword);
    const saigonCharter = await charterPathOf(jonas.page, 'Saigon Motor Parts');

    // Lan, in Vietnamese, on her signed charter: no proposals yet, and a way to make one.
    const lan = await openPage(env.browser, env.server.url);
    await signIn(lan.page, demoUsers.vietnam.email, demoPassword);
    await lan.page.goto(saigonCharter);
    const lanPanel = lan.page.getByRole('region', { name: vi.charter.amendments.title });
    await lanPanel.getByText(vi.charter.amendments.empty).waitFor();
    await lan.page.getByRole('button', { name: vi.charter.amendments.propose }).click();
    const dialog = lan.page.getByRole('dialog', { name: vi.charter.amendments.dialog.title });
    // Sending nothing says what is missing, in her language.
    await dialog.getByRole('button', { name: vi.charter.amendments.dialog.submit }).click();
    await eventually(() => dialog.getByText(viCommon.validation.required).count()).toBe(2);

    const propose = async (section: string, change: string, reason: string) => {
      await lan.page.getByRole('button', { name: vi.charter.amendments.propose }).click();
      const form = lan.page.getByRole('dialog', { name: vi.charter.amendments.dialog.title });
      await form.getByLabel(vi.charter.amendments.section).selectOption({ label: section });
      await form.getByLabel(vi.charter.amendments.change).fill(change);
      await form.getByLabel(vi.charter.amendments.reason).fill(reason);
      await form.getByRole('button', { name: vi.charter.amendments.dialog.submit }).click();
      await eventually(() => form.count()).toBe(0);
    };
    await dialog.getByRole('button', { name: vi.actions.cancel }).click();
    await propose(
      vi.charter.sections.territory,
      'Thêm Campuchia, không độc quyền, cho má phanh và đĩa phanh.',
      'Khách hàng ở Phnôm Pênh đã đặt hàng qua kho của chúng tôi tại TP. Hồ Chí Minh.',
    );
    await propose(
      vi.charter.amendments.general,
      'Họp hằng quý tại Đà Nẵng thay vì Hà Nội.',
      'Phần lớn đại lý của chúng tôi ở miền Trung.',
    );
    const lanFirst = lanPanel.getByRole('article', {
      name: new RegExp(vi.charter.amendments.number.replace('{{number}}', '1')),
    });
    await lanFirst.getByText(vi.charter.amendments.status.open).waitFor();
    await lanFirst.getByText('Thêm Campuchia, không độc quyền', { exact: false }).waitFor();

    // Jonas sees both, declines the meeting change with a reason and drafts from the territory.
    await jonas.page.goto(saigonCharter);
    const panel = jonas.page.getByRole('region', { name: 'Amendment proposals' });
    const territory = panel.getByRole('article', { name: 'Proposal 1 · Territory' });
    const general = panel.getByRole('article', { name: 'Proposal 2 · General' });
    await territory.getByText('Open', { exact: true }).waitFor();
    await territory.getByText(/Proposed by Nguyễn Thị Lan \(distributor\)/).waitFor();

    await general.getByRole('button', { name: 'Decline' }).click();
    const decline = jonas.page.getByRole('dialog', { name: 'Decline proposal 2' });
    await decline.getByRole('button', { name: 'Decline the proposal' }).click();
    await decline.getByText('This field is required.').waitFor();
    await decline
      .getByLabel('Reason')
      .fill('The quarterly review stays in Hà Nội next to our office.');
    await decline.getByRole('button', { name: 'Decline the proposal' }).click();
    await eventually(() => decline.count()).toBe(0);
    await general.getByText('Declined', { exact: true }).waitFor();

    await territory.getByRole('button', { name: 'Draft a new version from this' }).click();
    await jonas.page.getByRole('heading', { level: 2, name: 'Version 2 Draft' }).waitFor();
    await territory.getByText('Taken into a draft', { exact: true }).waitFor();
    await territory.getByText(/Taken into draft version 2 by Jonas Becker/).waitFor();
    await jonas.context.close();

    // Lan reads what became of each: one taken into a draft, one declined with its reason.
    await lan.page.reload();
    await lanFirst.getByText(vi.charter.amendments.status.drafted, { exact: true }).waitFor();
    const lanSecond = lanPanel.getByRole('article', {
      name: new RegExp(vi.charter.amendments.number.replace('{{number}}', '2')),
    });
    await lanSecond.getByText(vi.charter.amendments.status.declined, { exact: true }).waitFor();
    await lanSecond.getByText('The quarterly review stays in Hà Nội next to our office.').waitFor();
    await lan.context.close();
  });

  it('writes the Laos conflict as one sentence with country names, once, linking the other charter', async () => {
    // Siam's charter, found from Somchai's side: his company is the one his portal shows.
    const somchai = await openPage(env.browser, env.server.url);
    await signIn(somchai.page, demoUsers.thailand.email, demoPassword);
    await somchai.page.getByRole('link', { name: th.nav.myCompany }).click();
    await somchai.page.getByRole('heading', { level: 1, name: /Siam Auto Components/ }).waitFor();
    const siamCharter = `${new URL(somchai.page.url()).pathname}/charter`;
    await somchai.context.close();

    const { page, context } = await openPage(env.browser, env.server.url);
    await signIn(page, demoUsers.manager.email, demoPassword);
    await page.goto(siamCharter);
    const conflicts = page.getByRole('region', { name: '1 conflict' });
    const sentence =
      /^This charter makes Laos exclusive for BRK-100 .* and BRK-110 .* from .+ with no end date, but the charter of Saigon Motor Parts \(version 1, signed\) already allows sales there without exclusivity\.$/;
    await conflicts.getByText(sentence).waitFor();
    expect(await page.getByText(sentence).count()).toBe(1);
    const text = (await conflicts.textContent()) ?? '';
    expect(text).not.toMatch(/\bLA\b/);
    expect(text).not.toContain('open-ended');
    await conflicts
      .getByRole('link', { name: 'Open the charter of Saigon Motor Parts (version 1)' })
      .click();
    await page.getByRole('heading', { level: 1, name: /Saigon Motor Parts/ }).waitFor();
    await context.close();
  });
});
