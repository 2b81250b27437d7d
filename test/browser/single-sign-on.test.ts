// Single sign-on in the browser against a real OpenID Connect provider (oidc-provider, started
// here with its development login and consent pages): an invited person signs in through it, and
// someone the provider knows but Liaison does not is told to ask for an invitation.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { makeUser, makeWorkspace } from '../factories.ts';
import { http } from '../http.ts';
import { openPage, setUpBrowserAndServer } from './browser.ts';

const env = setUpBrowserAndServer();
let identityProvider: Server;

beforeAll(async () => {
  identityProvider = createServer();
  await new Promise<void>((resolve) => identityProvider.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(identityProvider.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: 'liaison',
        client_secret: 'a-client-secret-for-tests-only',
        redirect_uris: [`${env.server.url}/api/v1/auth/oidc/callback`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    cookies: { keys: ['cookie-key-for-tests-only'] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    // The development login takes any name as the account: here, the person's e-mail.
    findAccount: (_context, id) => ({
      accountId: id,
      claims: () => ({ sub: id, email: id, email_verified: true }),
    }),
  });
  identityProvider.on('request', provider.callback());
  // The test server's configuration is read per request: single sign-on is on from here.
  env.server.config.oidc = {
    issuer,
    clientId: 'liaison',
    clientSecret: 'a-client-secret-for-tests-only',
    name: 'Brenner Entra ID',
  };
});
afterAll(() => new Promise((resolve) => identityProvider.close(resolve)));

async function signInThroughProvider(
  page: Awaited<ReturnType<typeof openPage>>['page'],
  email: string,
) {
  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Sign in with Brenner Entra ID' }).click();
  await page.locator('input[name=login]').fill(email);
  await page.locator('input[name=password]').fill('anything');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
}

/** Turns the second factor on through the API, as the person would on their Security page. */
async function enableTwoFactor(email: string, password: string) {
  const login = await http(env.server.url).post('/api/v1/auth/login', { email, password });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const api = http(env.server.url, { cookie });
  const setup = await api.post<{ secret: string }>('/api/v1/me/two-factor/setup');
  const code = new TOTP({ secret: Secret.fromBase32(setup.body.secret) }).generate();
  const enabled = await api.post<{ codes: string[] }>('/api/v1/me/two-factor/enable', { code });
  return enabled.body;
}

describe('single sign-on with OpenID Connect', () => {
  it('signs in an invited person through the provider', async () => {
    const workspace = await makeWorkspace(env.server);
    const user = await makeUser(workspace, 'principal_manager', { name: 'Phạm Quốc Bảo' });
    const { context, page } = await openPage(env.browser, env.server.url);
    await signInThroughProvider(page, user.email);
    await page.getByRole('button', { name: /Phạm Quốc Bảo/ }).waitFor();
    // The home page sends on to Today once the session is known.
    await page.waitForURL((url) => url.pathname === '/today');
    await context.close();
  });

  it('still asks an account with a second factor for its code', async () => {
    const workspace = await makeWorkspace(env.server);
    const password = 'gearbox-oil-5w30-Thủ-Đức';
    const user = await makeUser(workspace, 'principal_manager', {
      name: 'Zofia Wiśniewska',
      password,
    });
    const { codes } = await enableTwoFactor(user.email, password);
    const { context, page } = await openPage(env.browser, env.server.url);
    await signInThroughProvider(page, user.email);
    await page.getByText('Your password was right.', { exact: false }).waitFor();
    await page.getByLabel('Code').fill(codes[0] ?? '');
    await page.getByRole('button', { name: 'Verify and sign in' }).click();
    await page.getByRole('button', { name: /Zofia Wiśniewska/ }).waitFor();
    await context.close();
  });

  it('tells someone without a Liaison account to ask for an invitation', async () => {
    const { context, page } = await openPage(env.browser, env.server.url);
    await signInThroughProvider(page, 'stranger@elsewhere.example');
    await page.waitForURL('**/sign-in?sso=unknown_account');
    await page
      .getByRole('alert')
      .getByText('There is no Liaison account for the e-mail address', { exact: false })
      .waitFor();
    await context.close();
  });
});
