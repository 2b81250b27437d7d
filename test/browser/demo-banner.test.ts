// The demo's warning: where the demo data is loaded (LIAISON_DEMO), every page and the sign-in
// page say so, because its passwords are published.
import { describe, it } from 'vitest';
import { makeUser, makeWorkspace } from '../factories.ts';
import { openPage, setUpBrowserAndServer, signIn } from './browser.ts';

const password = 'gearbox-oil-5w30-Thủ-Đức';
const env = setUpBrowserAndServer({ config: { loadDemoData: true } });

describe('the demo banner', () => {
  it('warns on the sign-in page and on every page after it', async () => {
    const workspace = await makeWorkspace(env.server);
    const user = await makeUser(workspace, 'principal_manager', { password });
    const { context, page } = await openPage(env.browser, env.server.url);
    await page.goto('/sign-in');
    const banner = page.getByRole('note', { name: 'Demo' });
    await banner.getByText('Do not enter real business data.', { exact: false }).waitFor();
    await signIn(page, user.email, password);
    await page.goto('/distributors');
    await banner.getByText('Demo data.').waitFor();
    await context.close();
  });
});
