// Administration in the browser: the audit trail, invitations by e-mail, API tokens, CSV.
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import vi from '../../locales/vi/web.json' with { type: 'json' };
import { sealAuditChains } from '../../src/audit/audit-chain.service.ts';
import { makeDistributor, makeUser, makeWorkspace } from '../factories.ts';
import { eventually, openPage, setUpBrowserAndServer, signIn } from './browser.ts';

const password = 'torque-wrench-77';
const env = setUpBrowserAndServer();

async function adminSetup() {
  const workspace = await makeWorkspace(env.server);
  const admin = await makeUser(workspace, 'principal_admin', { password, name: 'Katrin Weber' });
  const { context, page } = await openPage(env.browser, env.server.url);
  await signIn(page, admin.email, password);
  return { workspace, admin, context, page };
}

describe('administration in the browser', () => {
  it('shows an admin the audit entries of what they just did', async () => {
    const { workspace, context, page } = await adminSetup();
    const distributor = await makeDistributor(workspace, { name: 'Saigon Motor Parts' });
    await page.goto(`/distributors/${distributor.id}`);
    await page.getByRole('button', { name: 'Change stage' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('New stage').selectOption({ label: 'Suspended' });
    await dialog.getByLabel('Reason').fill('Unpaid invoices');
    await dialog.getByRole('button', { name: 'Change stage' }).click();
    await eventually(() => dialog.count()).toBe(0);

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Audit log' })
      .click();
    await page.getByRole('heading', { name: 'Audit log' }).waitFor();
    const entry = page.getByRole('row', { name: /changed the lifecycle stage of/ });
    // The distributor's name arrives with the directory, which may answer after the log itself.
    await eventually(async () => entry.textContent()).toContain(
      'Katrin Weber changed the lifecycle stage of the distributor Saigon Motor Parts',
    );
    const text = await entry.textContent();
    expect(text).toContain('in the app');
    expect(text).toMatch(/Lifecycle stage:\s*Active\s*→\s*Suspended/);

    await page.getByLabel('Record type').selectOption({ label: 'Distributor' });
    await page.getByLabel('Action').selectOption({ label: 'Someone created a distributor' });
    await page.getByRole('button', { name: 'Apply' }).click();
    await eventually(() => page.locator('tbody tr').count()).toBe(1);
    expect(await page.locator('tbody tr').textContent()).toContain(
      'Test factory created the distributor Saigon Motor Parts',
    );
    const exportHref = await page.getByRole('link', { name: 'Export CSV' }).getAttribute('href');
    expect(exportHref).toBe(
      '/api/v1/audit-log/export.csv?entityType=distributor&action=distributor.created',
    );
    await context.close();
  });

  it('shows whether the audit chain is intact, and names the entry changed behind its back', async () => {
    const { workspace, context, page } = await adminSetup();
    await makeDistributor(workspace, { name: 'Części Samochodowe Kraków' });
    await makeDistributor(workspace, { name: 'อะไหล่ยนต์ สยาม' });
    await sealAuditChains(env.server.database, new Date());
    await page.goto('/admin/audit-log');
    await page
      .getByRole('status')
      .getByText(/The audit chain is intact: \d+ sealed entries verified\. Last sealed/)
      .waitFor();

    await env.server.database.db.execute(sql`update audit_log set actor_name = 'Someone else'
      where workspace_id = ${workspace.id} and chain_seq = 2`);
    await page.reload();
    const alert = page.getByRole('alert');
    await alert.getByText('The audit log has been tampered with').waitFor();
    await alert.getByText('Entry 2 of the chain was changed after it was sealed.').waitFor();
    await context.close();
  });

  it('loads older audit entries fifty at a time', async () => {
    const { workspace, context, page } = await adminSetup();
    for (let index = 1; index <= 55; index += 1) {
      await makeDistributor(workspace, { name: `Distributor ${String(index).padStart(2, '0')}` });
    }
    await page.goto('/admin/audit-log');
    await eventually(() => page.locator('tbody tr').count()).toBe(50);
    await page.getByRole('button', { name: 'Load more' }).click();
    await page.getByText(/All \d+ entries shown\./).waitFor();
    expect(await page.locator('tbody tr').count()).toBeGreaterThan(55);
    await context.close();
  });

  it('invites a distributor user, who accepts from the link in the outbox e-mail', async () => {
    const { workspace, context, page } = await adminSetup();
    const distributor = await makeDistributor(workspace, { name: 'Saigon Motor Parts' });

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Members & invitations' })
      .click();
    const form = page.getByRole('region', { name: 'Invite someone' });
    await form.getByLabel('E-mail').fill('minh.tran@saigonmotor.example');
    await form.getByLabel('Role').selectOption({ label: 'Distributor admin' });
    await form.getByRole('button', { name: 'Send invitation' }).click();
    await form.getByText('Choose the distributor this person works for.').waitFor();
    await form.getByLabel('Distributor').selectOption({ label: 'Saigon Motor Parts' });
    await form.getByRole('button', { name: 'Send invitation' }).click();
    await form.getByText('Invitation sent to minh.tran@saigonmotor.example.').waitFor();
    const invitation = page
      .getByRole('region', { name: 'Invitations' })
      .getByRole('row', { name: /minh\.tran@saigonmotor\.example/ });
    expect(await invitation.textContent()).toContain('Pending');
    expect(await invitation.textContent()).toContain('Saigon Motor Parts');

    await page.getByRole('link', { name: 'E-mail outbox' }).click();
    const mail = page.getByRole('article');
    await mail.getByText('minh.tran@saigonmotor.example').waitFor();
    const href = await mail.getByRole('link', { name: /\/invitations\// }).getAttribute('href');
    expect(href).toBeTruthy();

    // The invitee opens the link from the e-mail, as written, in their own browser.
    expect(href).toMatch(new RegExp(`^${env.server.url}/invitations/`));
    const invitee = await openPage(env.browser, env.server.url);
    await invitee.page.goto(href ?? '');
    await invitee.page
      .getByRole('heading', { name: `Join ${workspace.name} on Liaison` })
      .waitFor();
    const facts = await invitee.page.locator('dl').textContent();
    expect(facts).toContain('Distributor admin');
    expect(facts).toContain('Saigon Motor Parts');
    await invitee.page.getByLabel('Your name').fill('Trần Văn Minh');
    await invitee.page.getByLabel('Password').fill('short');
    await invitee.page.getByRole('button', { name: 'Accept and sign in' }).click();
    await invitee.page.getByText('Use at least 10 characters.').waitFor();
    await invitee.page.getByLabel('Password').fill('giam-doc-2024');
    await invitee.page.getByRole('button', { name: 'Accept and sign in' }).click();
    // A distributor's new user starts in the distributor's language, Vietnamese here.
    await invitee.page.getByRole('heading', { level: 1, name: vi.today.title }).waitFor();
    await invitee.page
      .getByRole('navigation', { name: vi.nav.label })
      .getByRole('link', { name: vi.nav.myCompany })
      .click();
    await invitee.page.getByRole('heading', { level: 1, name: /Saigon Motor Parts/ }).waitFor();
    expect(new URL(invitee.page.url()).pathname).toBe(`/distributors/${distributor.id}`);
    expect(await invitee.page.getByRole('banner').textContent()).toContain('Trần Văn Minh');
    await invitee.context.close();

    await page.goto('/admin/members');
    await page.getByRole('row', { name: /Trần Văn Minh/ }).waitFor();
    expect(await invitation.textContent()).toContain('Accepted');
    await context.close();
  });

  it('shows a new API token once, and it works until revoked', async () => {
    const workspace = await makeWorkspace(env.server);
    const manager = await makeUser(workspace, 'principal_manager', { password });
    const { context, page } = await openPage(env.browser, env.server.url);
    await signIn(page, manager.email, password);

    await page.getByRole('button', { name: /Jonas Becker/ }).click();
    await page.getByRole('menuitem', { name: 'API tokens' }).click();
    await page.getByRole('heading', { name: 'API tokens' }).waitFor();
    await page.getByLabel('Name').fill('ERP sync');
    await page.getByRole('button', { name: 'Create token' }).click();
    await page.getByText('Token "ERP sync" created').waitFor();
    await page.getByText('it is shown only once').waitFor();
    const secret = (await page.locator('.secret-value').textContent()) ?? '';
    expect(secret.length).toBeGreaterThan(30);
    await page.getByRole('button', { name: 'Copy' }).waitFor();

    const me = await fetch(`${env.server.url}/api/v1/me`, {
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(me.status).toBe(200);

    await page.reload();
    const row = page.getByRole('row', { name: /ERP sync/ });
    await row.waitFor();
    expect(await page.getByText(secret).count()).toBe(0);
    expect(await row.textContent()).toContain(secret.slice(0, 10));

    await row.getByRole('button', { name: 'Revoke ERP sync' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Revoke' }).click();
    await row.getByText(/Revoked/).waitFor();
    const after = await fetch(`${env.server.url}/api/v1/me`, {
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(after.status).toBe(401);
    await context.close();
  });

  it('imports distributors from CSV only after a dry run lists every bad row', async () => {
    const { context, page } = await adminSetup();
    await page.goto('/distributors');
    await page.getByRole('button', { name: 'Import CSV' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import distributors from CSV' });
    const header = 'name,country,time_zone,languages,city';
    const bad = [
      header,
      'Hanoi Brake Systems,VN,Asia/Ho_Chi_Minh,vi;en,Hanoi',
      'Bangkok Auto Supply,Thailand,Asia/Bangkok,th,Bangkok',
      'Warsaw Moto,PL,Europe/Warszawa,pl,Warsaw',
    ].join('\n');
    await dialog.getByLabel('CSV file').setInputFiles({
      name: 'partners.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(bad),
    });
    await dialog.getByRole('button', { name: 'Check file' }).click();
    await dialog.getByText('2 errors, so nothing was imported').waitFor();
    const rows = await dialog.locator('tbody tr').allTextContents();
    expect(rows).toEqual([
      expect.stringMatching(/^3country"Thailand" is not an ISO 3166 country code/),
      expect.stringMatching(/^4time_zoneUnknown time zone "Europe\/Warszawa"/),
    ]);

    const good = [header, 'Hanoi Brake Systems,VN,Asia/Ho_Chi_Minh,vi;en,Hanoi'].join('\n');
    await dialog.getByLabel('CSV file').setInputFiles({
      name: 'partners.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(good),
    });
    await dialog.getByRole('button', { name: 'Check file' }).click();
    await dialog.getByText('1 row checked: no errors.').waitFor();
    await dialog.getByRole('button', { name: 'Import 1 distributor' }).click();
    await dialog.getByText('1 distributor imported.').waitFor();
    await dialog.getByRole('button', { name: 'Close' }).last().click();
    await page.getByRole('link', { name: 'Hanoi Brake Systems' }).waitFor();
    await context.close();
  });
});
