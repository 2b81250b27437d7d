// Communication in a real browser: a thread started and answered by both sides, a file with a
// Vietnamese name uploaded and downloaded, an interaction logged, and a search across them.
import { describe, expect, it } from 'vitest';
import { makeContact, makeDistributor, makeUser, makeWorkspace } from '../factories.ts';
import { eventually, openPage, setUpBrowserAndServer, signIn } from './browser.ts';

const password = 'brake-disc-2024';
const env = setUpBrowserAndServer();
const pdf = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n');

describe('communication in the browser', () => {
  it('starts a thread, needs the other side, and both sides reply with a file', async () => {
    const workspace = await makeWorkspace(env.server);
    const manager = await makeUser(workspace, 'principal_manager', {
      password,
      name: 'Katrin Weber',
    });
    const distributor = await makeDistributor(workspace, { name: 'Thăng Long Auto Parts JSC' });
    const lan = await makeUser(workspace, 'distributor_admin', {
      password,
      distributorId: distributor.id,
      name: 'Nguyễn Thị Lan',
    });
    const principal = await openPage(env.browser, env.server.url);
    await signIn(principal.page, manager.email, password);
    await principal.page.goto(`/distributors/${distributor.id}/communication`);
    await principal.page.getByText('No threads yet').waitFor();
    await principal.page.getByRole('button', { name: 'New thread' }).click();
    const dialog = principal.page.getByRole('dialog', { name: 'New thread' });
    await dialog.getByLabel('Subject').fill('Má phanh BRK-100 cho quý 2');
    await dialog.getByLabel('Priority').selectOption('high');
    await dialog.getByLabel('First message').fill('Chị Lan, xin xác nhận đơn hàng quý 2.');
    await dialog.getByRole('button', { name: 'Start thread' }).click();
    await dialog.getByText('Choose at least one participant from the other side.').waitFor();
    await dialog.getByRole('checkbox', { name: 'Nguyễn Thị Lan' }).check();
    await dialog.getByRole('button', { name: 'Start thread' }).click();
    await principal.page.getByRole('heading', { name: 'Má phanh BRK-100 cho quý 2' }).waitFor();

    // Lan finds it unread on her own communication page, reads it and answers with a file.
    const portal = await openPage(env.browser, env.server.url);
    await signIn(portal.page, lan.email, password);
    await portal.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Communication' })
      .click();
    const row = portal.page.getByRole('row', { name: /Má phanh BRK-100 cho quý 2/ });
    await row.getByText('Unread').waitFor();
    await row.getByRole('link', { name: 'Má phanh BRK-100 cho quý 2' }).click();
    await portal.page.getByText('Chị Lan, xin xác nhận đơn hàng quý 2.').waitFor();
    const fileName = 'Đơn đặt hàng quý 2 – Thăng Long.pdf';
    await portal.page.getByLabel('Your message').fill('Đã xác nhận, em gửi đơn hàng kèm theo.');
    await portal.page
      .getByLabel('Attachments')
      .setInputFiles({ name: fileName, mimeType: 'application/pdf', buffer: pdf });
    await portal.page.getByRole('button', { name: 'Send' }).click();
    await portal.page.getByRole('link', { name: fileName }).waitFor();

    // A program renamed .pdf is refused with its name, and nothing is sent.
    await portal.page.getByLabel('Your message').fill('Thêm một tệp');
    await portal.page.getByLabel('Attachments').setInputFiles({
      name: 'setup.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(300, 1)]),
    });
    await portal.page.getByRole('button', { name: 'Send' }).click();
    await portal.page.getByText(/“setup.pdf” is not a file type Liaison accepts/).waitFor();

    // The principal sees the answer and downloads the file under its own name.
    await principal.page.reload();
    await principal.page.getByText('Đã xác nhận, em gửi đơn hàng kèm theo.').waitFor();
    const [download] = await Promise.all([
      principal.page.waitForEvent('download'),
      principal.page.getByRole('link', { name: fileName }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(fileName);
    await principal.page.getByLabel('Your message').fill('Cảm ơn chị.');
    await principal.page.getByRole('button', { name: 'Send' }).click();
    await principal.page.getByText('Cảm ơn chị.').waitFor();
    await portal.page.reload();
    await portal.page.getByText('Cảm ơn chị.').waitFor();
    expect(await portal.page.getByText('Thêm một tệp').count()).toBe(0);
    await principal.context.close();
    await portal.context.close();
  });

  it('logs an interaction from the distributor page and finds it by search', async () => {
    const workspace = await makeWorkspace(env.server);
    const manager = await makeUser(workspace, 'principal_manager', { password });
    const distributor = await makeDistributor(workspace, { name: 'Saigon Motor Parts' });
    await makeContact(workspace, distributor.id, { name: 'Lê Quốc Huy' });
    const { context, page } = await openPage(env.browser, env.server.url);
    await signIn(page, manager.email, password);
    await page.goto(`/distributors/${distributor.id}`);
    await page.getByRole('main').getByRole('link', { name: 'Communication' }).click();
    const section = page.getByRole('region', { name: 'Logged interactions' });
    await section.getByText('No interactions logged for these filters').waitFor();
    await section.getByRole('button', { name: 'Log interaction' }).click();
    await section.getByLabel('Channel').first().selectOption('whatsapp');
    await section.getByLabel('When').fill('2026-11-20T09:30');
    await section.getByRole('checkbox', { name: /Lê Quốc Huy/ }).check();
    await section.getByLabel('Summary').fill('Anh Huy hứa gửi báo cáo tồn kho tuần sau');
    await section.getByRole('button', { name: 'Save interaction' }).click();
    const row = section.getByRole('row', { name: /Anh Huy hứa gửi báo cáo tồn kho/ });
    await row.getByText('WhatsApp').waitFor();
    await row.getByText('Lê Quốc Huy').waitFor();

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Communication' })
      .click();
    // The distributor's communication page has the same search box and a heading that contains
    // "Communication": wait for the inbox itself, or the text goes into the page being left.
    await page.waitForURL((url) => url.pathname === '/communication');
    await page.getByRole('heading', { name: 'Communication', level: 1, exact: true }).waitFor();
    await page.getByLabel('Search threads and interactions').fill('bao cao ton kho');
    await page.getByRole('button', { name: 'Search' }).click();
    const hits = page.getByRole('list', { name: 'Search results' });
    await hits.locator('mark', { hasText: 'báo cáo tồn kho' }).waitFor();
    await eventually(() => hits.getByText('Saigon Motor Parts', { exact: false }).count()).toBe(1);
    await context.close();
  });
});
