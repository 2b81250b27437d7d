import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, makeWorkspace } from '../../test/factories.ts';
import { pinnedClock } from '../../test/fakes/clock.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';
import { accountFailureLimit, addressFailureLimit } from './sign-in-throttle.service.ts';

const clock = pinnedClock('2026-12-06T09:00:00Z');
let server: TestServer;
beforeAll(async () => {
  // A database of its own on PostgreSQL too: the throttle is shared by every process on a
  // database (that is its point), and these tests lock 127.0.0.1, the address every other test
  // file signs in from, on a clock of their own.
  server = await startTestServer({ clock, isolated: true });
});
afterAll(() => server.close());

const password = 'correct horse battery';

/** Every sign-in here comes from 127.0.0.1: one address, whose limit one test reaches. */
async function signIn(email: string, attempt: string) {
  const response = await fetch(`${server.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: attempt }),
  });
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    body: (await response.json().catch(() => null)) as { title?: string } | null,
  };
}

describe('sign-in throttling', () => {
  it('locks an account after many wrong passwords, the right one included, until the window ends', async () => {
    const workspace = await makeWorkspace(server);
    const user = await makeUser(workspace, 'principal_admin', { password });
    // 250 wrong passwords, 25 at a time, as fast as the server answers.
    const statuses: number[] = [];
    for (let round = 0; round < 10; round++) {
      const batch = await Promise.all(
        Array.from({ length: 25 }, (_, index) => signIn(user.email, `wrong ${round}-${index}`)),
      );
      statuses.push(...batch.map((entry) => entry.status));
    }
    expect(statuses.filter((status) => status === 401).length).toBeGreaterThanOrEqual(
      accountFailureLimit,
    );
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThan(200);
    const right = await signIn(user.email, password);
    expect(right.status).toBe(429);
    expect(right.body?.title).toBe('Too many attempts');
    expect(Number(right.retryAfter)).toBe(15 * 60);
    // Another person behind the same address is not held up by it.
    const colleague = await makeUser(workspace, 'principal_manager', { password });
    expect((await signIn(colleague.email, password)).status).toBe(204);
    // Fifteen minutes later the lock is over and the right password opens a session.
    clock.advance({ minutes: 15, seconds: 1 });
    expect((await signIn(user.email, password)).status).toBe(204);
  });

  it('locks an address that tries passwords across many accounts', async () => {
    clock.advance({ hours: 1 });
    const workspace = await makeWorkspace(server);
    const accounts = await Promise.all(
      Array.from({ length: 6 }, () => makeUser(workspace, 'principal_viewer', { password })),
    );
    for (const account of accounts) {
      for (let miss = 0; miss < accountFailureLimit - 1; miss++) {
        await signIn(account.email, `spray ${miss}`);
      }
    }
    // 54 failures from one address, none of the accounts locked by itself.
    const last = await signIn(accounts[0]?.email ?? '', password);
    expect(last.status).toBe(429);
    expect(Number(last.retryAfter)).toBeGreaterThan(0);
    clock.advance({ minutes: 16 });
    expect((await signIn(accounts[0]?.email ?? '', password)).status).toBe(204);
  });

  it('forgets an account’s failures on a successful sign-in, and never locks on a few', async () => {
    clock.advance({ hours: 1 });
    const workspace = await makeWorkspace(server);
    const user = await makeUser(workspace, 'principal_admin', { password });
    for (let round = 0; round < 3; round++) {
      for (let miss = 0; miss < accountFailureLimit - 1; miss++) {
        expect((await signIn(user.email, 'mistyped')).status).toBe(401);
      }
      expect((await signIn(user.email, password)).status).toBe(204);
    }
    expect(accountFailureLimit).toBeLessThan(addressFailureLimit);
  });
});
