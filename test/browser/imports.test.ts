// History imports in a real browser (issue #13): a principal manager brings in orders from the
// ERP on the History imports page, reads every error of a refused file with its row and column,
// then imports the corrected file; a read-only colleague has no such page.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeDistributor, makeProductLine, makeUser, makeWorkspace } from '../factories.ts';
import { http } from '../http.ts';
import { openPage, setUpBrowserAndServer, signIn } from './browser.ts';

const password = 'brake-pads-4-saigon';
const env = setUpBrowserAndServer();

describe('history imports in the browser', () => {
  it('checks an orders file, shows its errors, and imports the corrected one', async () => {
    const workspace = await makeWorkspace(env.server);
    await makeProductLine(workspace, { code: 'BRK-100', name: 'Má phanh' });
    const saigon = await makeDistributor(workspace, { name: 'Công ty Phụ Tùng Sài Gòn' });
    const manager = await makeUser(workspace, 'principal_manager', { password });
    const { context, page } = await openPage(env.browser, env.server.url);
    await signIn(page, manager.email, password);

    await page.getByRole('navigation').getByRole('link', { name: 'History imports' }).click();
    await page.getByRole('heading', { name: 'History imports', level: 1 }).waitFor();
    const orders = page.getByRole('region', { name: 'Orders (sell-in)' });
    const header = 'distributor,order_ref,ordered_on,product_line,quantity,net_value,currency\n';
    const download = page.waitForEvent('download');
    await orders.getByRole('link', { name: 'Download a template' }).click();
    const template = await download;
    expect(template.suggestedFilename()).toBe('orders-template.csv');
    expect(readFileSync(await template.path(), 'utf8')).toBe(header);
    const upload = (text: string) =>
      orders.getByLabel('CSV file').setInputFiles({
        name: 'đơn hàng 2026.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(text),
      });

    await upload(
      `${header}Công ty Phụ Tùng Sài Gòn,SO-1,2026-10-05,BRK-999,40,960.00,EUR\n` +
        `Công ty Phụ Tùng Sài Gòn,SO-2,2026-13-01,BRK-100,10,240.00,EUR\n`,
    );
    await orders.getByRole('button', { name: 'Check file' }).click();
    const errors = orders.getByRole('table', { name: '2 errors, so nothing was imported' });
    await errors.waitFor();
    expect(await errors.locator('tbody tr').count()).toBe(2);
    await errors.getByRole('cell', { name: 'product_line' }).waitFor();
    await errors.getByRole('cell', { name: 'ordered_on' }).waitFor();

    await upload(
      `${header}Công ty Phụ Tùng Sài Gòn,SO-1,2026-10-05,BRK-100,40,960.00,EUR\n` +
        `Công ty Phụ Tùng Sài Gòn,SO-2,2026-11-02,BRK-100,10,240.00,EUR\n`,
    );
    await orders.getByRole('button', { name: 'Check file' }).click();
    await orders.getByText('2 rows checked: no errors.').waitFor();
    // Checked only: nothing is in Liaison yet.
    const listed = () =>
      http(env.server.url)
        .as(manager)
        .get<{ total: number }>(`/api/v1/distributors/${saigon.id}/orders`);
    expect((await listed()).body.total).toBe(0);

    await orders.getByRole('button', { name: 'Import 2 order lines' }).click();
    await orders.getByText('2 order lines imported.').waitFor();
    expect((await listed()).body.total).toBe(2);
    await orders.getByRole('button', { name: 'Import another file' }).click();
    await orders.getByRole('button', { name: 'Check file' }).waitFor();
    await context.close();
  });

  it('has no history imports for a read-only colleague', async () => {
    const workspace = await makeWorkspace(env.server);
    const viewer = await makeUser(workspace, 'principal_viewer', { password });
    const { context, page } = await openPage(env.browser, env.server.url);
    await signIn(page, viewer.email, password);
    expect(
      await page.getByRole('navigation').getByRole('link', { name: 'History imports' }).count(),
    ).toBe(0);
    await page.goto('/imports');
    await page.getByText('Only principal admins and managers can import history.').waitFor();
    await context.close();
  });
});
