// The relationship playbook in the browser (#18): both sides see it, Lan (Saigon Motor Parts, in
// Vietnamese) ticks a judgement item with a note, Jonas confirms it from the principal's side, and
// the portfolio's funnel shows where the relationships stall.
import { describe, it } from 'vitest';
import viServer from '../../locales/vi/server.json' with { type: 'json' };
import vi from '../../locales/vi/web.json' with { type: 'json' };
import { makeCharter, makeDistributor, makeUser, makeWorkspace } from '../factories.ts';
import { eventually, openPage, setUpBrowserAndServer, signIn } from './browser.ts';

const env = setUpBrowserAndServer();
const password = 'pho-bo-hanoi-2024';

describe('the relationship playbook', () => {
  it('lets Lan tick a judgement item, Jonas confirm it, and shows the portfolio funnel', async () => {
    const workspace = await makeWorkspace(env.server);
    const saigon = await makeDistributor(workspace, { name: 'Saigon Motor Parts' });
    await makeDistributor(workspace, {
      name: 'Siam Auto Components',
      country: 'TH',
      city: 'Bangkok',
      timeZone: 'Asia/Bangkok',
      languages: ['th', 'en'],
    });
    await makeCharter(workspace, saigon.id, 'signed');
    const lanUser = await makeUser(workspace, 'distributor_admin', {
      distributorId: saigon.id,
      password,
      name: 'Nguyễn Thị Lan',
      locale: 'vi',
    });
    const jonasUser = await makeUser(workspace, 'principal_manager', {
      password,
      name: 'Jonas Becker',
    });

    // Lan, in Vietnamese, from her company's page: the charter item ticked from the signed text.
    const lan = await openPage(env.browser, env.server.url);
    await signIn(lan.page, lanUser.email, password);
    await lan.page.goto(`/distributors/${saigon.id}`);
    await lan.page.getByRole('link', { name: vi.playbook.open, exact: true }).click();
    await lan.page
      .getByRole('heading', { level: 1, name: 'Danh mục hợp tác với Saigon Motor Parts' })
      .waitFor();
    const charterItem = lan.page.getByRole('listitem', {
      name: viServer.playbook.items.charter_signed.title,
    });
    await charterItem.getByText(vi.playbook.status.done, { exact: true }).waitFor();
    await charterItem.getByRole('link', { name: /Phiên bản 1 được hai bên ký ngày/ }).waitFor();

    const trust = lan.page.getByRole('listitem', { name: viServer.playbook.items.trust.title });
    await trust.getByText(vi.playbook.status.open, { exact: true }).waitFor();
    await trust.getByRole('button', { name: vi.playbook.tick }).click();
    const dialog = lan.page.getByRole('dialog');
    await dialog.getByRole('button', { name: vi.playbook.dialog.tickSubmit }).click();
    await eventually(() =>
      dialog
        .getByRole('textbox', { name: vi.playbook.dialog.tickNote })
        .getAttribute('aria-invalid'),
    ).toBe('true');
    await dialog
      .getByRole('textbox', { name: vi.playbook.dialog.tickNote })
      .fill(
        'Brenner giữ đúng mọi cam kết giao hàng năm nay và nêu vấn đề tồn kho một cách thẳng thắn.',
      );
    await dialog.getByRole('button', { name: vi.playbook.dialog.tickSubmit }).click();
    await eventually(() => dialog.count()).toBe(0);
    await trust.getByText(vi.playbook.status.done, { exact: true }).waitFor();
    await trust.getByText(vi.playbook.awaitingConfirmation).waitFor();

    // Jonas, in English, reads Lan's tick with her note and confirms it.
    const jonas = await openPage(env.browser, env.server.url);
    await signIn(jonas.page, jonasUser.email, password);
    await jonas.page.goto(`/distributors/${saigon.id}/playbook`);
    const jonasTrust = jonas.page.getByRole('listitem', { name: 'Trust is built' });
    await jonasTrust.getByText(/Ticked by Nguyễn Thị Lan \(distributor\)/).waitFor();
    await jonasTrust.getByText(/Brenner giữ đúng mọi cam kết/).waitFor();
    await jonasTrust.getByRole('button', { name: 'Confirm' }).click();
    await jonasTrust.getByText(/^Confirmed by Jonas Becker on /).waitFor();
    await jonas.page
      .getByRole('region', { name: 'History' })
      .getByRole('cell', { name: 'Confirmed by Jonas Becker' })
      .waitFor();

    // Lan sees the confirmation in her language.
    await lan.page.reload();
    await trust.getByText(/Jonas Becker đã xác nhận ngày/).waitFor();
    await lan.context.close();

    // The portfolio: Saigon has passed the charter, Siam stalls there.
    await jonas.page.getByRole('navigation').getByRole('link', { name: 'Playbook' }).click();
    await jonas.page
      .getByRole('heading', { level: 1, name: 'Playbook across the portfolio' })
      .waitFor();
    const funnel = jonas.page.getByRole('region', { name: 'Where relationships stall' });
    const charterRow = funnel
      .getByRole('listitem')
      .filter({ hasText: 'The charter is signed by both parties' });
    await charterRow.getByText('1 of 2 · 1 stalls here').waitFor();
    const table = jonas.page.getByRole('region', { name: 'Progress per distributor' });
    const rows = table.getByRole('row');
    await eventually(() => rows.nth(1).textContent()).toMatch(
      /^Siam Auto Components0 of 14The charter is signed by both parties$/,
    );
    await table.getByRole('button', { name: 'Progress' }).click();
    await eventually(() => rows.nth(1).textContent()).toMatch(
      /^Saigon Motor Parts\d+ of 14The distributor is on board$/,
    );
    await jonas.context.close();
  });
});
