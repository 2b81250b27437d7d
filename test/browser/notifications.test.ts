// Notifications and webhooks in the browser: the bell with its unread count, the list and the
// digest setting; the webhooks admin page against a real receiver on a loopback port (which the
// operator allows here: WEBHOOK_ALLOWED_NETWORKS).
import { createServer } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDistributor, makeDistributorUser, makeUser, makeWorkspace } from '../factories.ts';
import { http } from '../http.ts';
import { runQueuedJobs } from '../run-jobs.ts';
import { eventually, openPage, setUpBrowserAndServer, signIn } from './browser.ts';

const password = 'torque-wrench-77';
// It runs the job queue, so on PostgreSQL it needs a database no other test file's runner shares.
const env = setUpBrowserAndServer({
  isolated: true,
  config: { webhookAllowedNetworks: ['127.0.0.1/32', '::1/128'] },
});

const received: string[] = [];
const receiver = createServer((request, response) => {
  request.resume();
  request.on('end', () => {
    received.push(request.url ?? '');
    response.writeHead(200, { 'content-type': 'text/plain' });
    response.end('ok');
  });
});
let receiverUrl = '';
beforeAll(async () => {
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const address = receiver.address();
  if (!address || typeof address === 'string') throw new Error('receiver has no port');
  receiverUrl = `http://localhost:${address.port}`;
});
afterAll(() => new Promise((resolve) => receiver.close(resolve)));

describe('notifications in the browser', () => {
  it('show the unread count on the bell, list what happened, and are marked read', async () => {
    const workspace = await makeWorkspace(env.server);
    const distributor = await makeDistributor(workspace, { name: 'Thăng Long Auto Parts JSC' });
    const manager = await makeUser(workspace, 'principal_manager', {
      password,
      name: 'Katrin Weber',
    });
    const lan = await makeDistributorUser(workspace, distributor.id);
    await http(env.server.url)
      .as(lan)
      .post(`/api/v1/distributors/${distributor.id}/threads`, {
        subject: 'Brake pad stock for Q2',
        body: 'Can you confirm the containers arrive in April?',
        participantUserIds: [manager.id],
      });
    await runQueuedJobs(env.server);

    const { context, page } = await openPage(env.browser, env.server.url);
    await signIn(page, manager.email, password);
    const bell = page.getByRole('button', { name: 'Notifications, 1 unread' });
    await bell.click();
    const panel = page.getByRole('region', { name: 'Notifications' });
    await panel
      .getByText('Nguyễn Thị Lan wrote in “Brake pad stock for Q2” (Thăng Long Auto Parts JSC).')
      .waitFor();
    await panel.getByRole('button', { name: 'Mark all read' }).click();
    await page.getByRole('button', { name: 'Notifications, 0 unread' }).waitFor();

    await page.goto('/notifications');
    await page.getByRole('heading', { name: 'Notifications', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Unread (0)' }).click();
    await page.getByText('Nothing unread.').waitFor();
    await page.getByLabel('Send me a digest').selectOption({ label: 'Every day' });
    await page.getByText('Saved.').waitFor();
    const saved = await http(env.server.url)
      .as(manager)
      .get<{ digest: string }>('/api/v1/notifications/preferences');
    expect(saved.body.digest).toBe('daily');
    await context.close();
  });
});

describe('webhooks in the browser', () => {
  it('are added with the secret shown once, tested, logged and redelivered', async () => {
    const workspace = await makeWorkspace(env.server);
    const admin = await makeUser(workspace, 'principal_admin', { password, name: 'Katrin Weber' });
    const { context, page } = await openPage(env.browser, env.server.url);
    await signIn(page, admin.email, password);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Webhooks' })
      .click();
    await page.getByText('No webhooks yet. Add one to send events to another system.').waitFor();

    const form = page.getByRole('region', { name: 'Add a webhook' });
    await form.getByLabel('URL').fill('http://10.0.0.8/hooks');
    await form.getByRole('button', { name: 'Add webhook' }).click();
    await form
      .getByText(/10\.0\.0\.8 is a private, loopback or otherwise internal address/)
      .waitFor();

    await form.getByLabel('URL').fill(`${receiverUrl}/erp`);
    await form.getByLabel('Description').fill('ERP Thăng Long');
    await form.getByLabel('Health changed').uncheck();
    await form.getByRole('button', { name: 'Add webhook' }).click();
    const secret = form.locator('.webhook-secret-value');
    await eventually(() => secret.textContent()).toMatch(/^whsec_/);
    const first = await secret.textContent();
    await form.getByRole('button', { name: 'I have stored it' }).click();
    await eventually(() => secret.count()).toBe(0);

    const list = page.getByRole('region', { name: 'Webhooks of this workspace' });
    await list.getByText(`${receiverUrl}/erp`).waitFor();
    // A new secret, shown once; the old one keeps signing for a day.
    await list.getByRole('button', { name: 'Rotate secret' }).click();
    await page
      .getByRole('dialog', { name: 'Rotate the signing secret?' })
      .getByRole('button', { name: 'Rotate the secret' })
      .click();
    await list
      .getByText(`The new signing secret for ${receiverUrl}/erp, shown this once.`)
      .waitFor();
    const rotated = list.locator('.webhook-secret-value');
    await eventually(() => rotated.textContent()).toMatch(/^whsec_/);
    expect(await rotated.textContent()).not.toBe(first);
    await list.getByRole('button', { name: 'I have stored it' }).click();
    await eventually(() => rotated.count()).toBe(0);
    expect(await list.textContent()).not.toContain('Health changed');
    await list.getByRole('button', { name: 'Deliveries' }).click();
    const log = page.getByRole('region', { name: `Deliveries to ${receiverUrl}/erp` });
    await log.getByText('Nothing delivered yet. Send a test to check the connection.').waitFor();
    await log.getByRole('button', { name: 'Send a test' }).click();
    await log.getByText('Pending').waitFor();
    await runQueuedJobs(env.server);
    await eventually(() => log.getByText('Delivered').count()).toBe(1);
    await log.getByText('1 attempt, last: 200').waitFor();

    await Promise.all([
      page.waitForResponse((response) => response.url().endsWith('/redeliver')),
      log.getByRole('button', { name: 'Redeliver' }).click(),
    ]);
    await runQueuedJobs(env.server);
    await log.getByText('2 attempts, last: 200').waitFor({ timeout: 10_000 });
    expect(received.filter((path) => path === '/erp')).toHaveLength(2);
    await context.close();
  });
});
