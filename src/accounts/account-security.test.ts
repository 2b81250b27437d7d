// Account security over HTTP: sessions that end when idle and can be listed and signed out,
// password change and reset by e-mail, and the second factor with its recovery codes, which a
// workspace can require. The clock is pinned: idle timeouts and TOTP codes depend on it.
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDistributor, makeUser, makeWorkspace, type TestUser } from '../../test/factories.ts';
import { pinnedClock } from '../../test/fakes/clock.ts';
import { http } from '../../test/http.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';

const clock = pinnedClock('2026-12-07T08:00:00Z');
const password = 'gearbox-oil-5w30-Thủ-Đức';
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ clock, isolated: true });
});
afterAll(() => server.close());

type Problem = { type: string; errors?: { pointer: string; detail: string }[] };
type Session = { id: string; isCurrent: boolean; userAgent: string | null };
type Mail = { toAddress: string; subject: string; bodyText: string };

async function signIn(email: string, secret = password, userAgent = 'Firefox on Linux') {
  const answer = await http(server.url)
    .withHeaders({ 'user-agent': userAgent })
    .post<{ challenge?: string }>('/api/v1/auth/login', { email, password: secret });
  const cookie = (answer.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return { answer, cookie, api: http(server.url, { cookie }) };
}

async function mailsTo(admin: TestUser, address: string) {
  const outbox = await http(server.url).as(admin).get<Mail[]>('/api/v1/outbox');
  return outbox.body.filter((mail) => mail.toAddress === address);
}

function codeAt(secret: string, at: Date) {
  return new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: at.getTime() });
}

describe('sessions', () => {
  it('lists where you are signed in, and signs out one session or all the others', async () => {
    const workspace = await makeWorkspace(server);
    const user = await makeUser(workspace, 'principal_manager', { password });
    const laptop = await signIn(user.email, password, 'Firefox on Linux');
    const phone = await signIn(user.email, password, 'Safari on iPhone');
    const tablet = await signIn(user.email, password, 'Chrome on Android');

    const listed = await laptop.api.get<Session[]>('/api/v1/me/sessions');
    expect(listed.body.map((s) => [s.userAgent, s.isCurrent]).sort()).toEqual([
      ['Chrome on Android', false],
      ['Firefox on Linux', true],
      ['Safari on iPhone', false],
    ]);
    const phoneSession = listed.body.find((s) => s.userAgent === 'Safari on iPhone');
    expect((await laptop.api.delete(`/api/v1/me/sessions/${phoneSession?.id}`)).status).toBe(204);
    expect((await phone.api.get('/api/v1/me')).status).toBe(401);
    expect((await tablet.api.get('/api/v1/me')).status).toBe(200);

    const ended = await laptop.api.post<{ count: number }>('/api/v1/me/sessions/end-others');
    expect(ended.body.count).toBe(1);
    expect((await tablet.api.get('/api/v1/me')).status).toBe(401);
    expect((await laptop.api.get('/api/v1/me')).status).toBe(200);
    // Another person's session id is not yours to end.
    const other = await makeUser(workspace, 'principal_manager', { password });
    const stranger = await signIn(other.email);
    const own = await laptop.api.get<Session[]>('/api/v1/me/sessions');
    const answer = await stranger.api.delete(`/api/v1/me/sessions/${own.body[0]?.id}`);
    expect(answer.status).toBe(404);
    // An API token has no sessions to manage.
    expect((await http(server.url).as(user).get('/api/v1/me/sessions')).status).toBe(403);
  });

  it('ends a session left unused for SESSION_IDLE_HOURS, and keeps one in use alive', async () => {
    const workspace = await makeWorkspace(server);
    const user = await makeUser(workspace, 'principal_manager', { password });
    const idle = await signIn(user.email);
    const busy = await signIn(user.email);
    const hours = server.config.sessionIdleHours;
    for (let elapsed = 0; elapsed < hours + 2; elapsed += hours / 2) {
      clock.advance({ hours: hours / 2 });
      expect((await busy.api.get('/api/v1/me')).status).toBe(200);
    }
    expect((await idle.api.get('/api/v1/me')).status).toBe(401);
  });
});

describe('passwords', () => {
  it('changes the password after the current one, ends the other sessions and says so by mail', async () => {
    const workspace = await makeWorkspace(server);
    const admin = await makeUser(workspace, 'principal_admin');
    const user = await makeUser(workspace, 'principal_manager', { password, locale: 'de' });
    const here = await signIn(user.email);
    const elsewhere = await signIn(user.email);

    const wrong = await here.api.put<Problem>('/api/v1/me/password', {
      currentPassword: 'not-my-password',
      newPassword: 'ein langer Satz über Bremsscheiben',
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors?.[0]).toMatchObject({
      pointer: '#/currentPassword',
      detail: 'Das ist nicht Ihr aktuelles Passwort.',
    });
    const weak = await here.api.put<Problem>('/api/v1/me/password', {
      currentPassword: password,
      newPassword: 'password123',
    });
    expect(weak.body.errors?.[0]?.pointer).toBe('#/newPassword');

    const changed = await here.api.put('/api/v1/me/password', {
      currentPassword: password,
      newPassword: 'ein langer Satz über Bremsscheiben',
    });
    expect(changed.status).toBe(204);
    expect((await here.api.get('/api/v1/me')).status).toBe(200);
    expect((await elsewhere.api.get('/api/v1/me')).status).toBe(401);
    expect((await signIn(user.email)).answer.status).toBe(401);
    expect((await signIn(user.email, 'ein langer Satz über Bremsscheiben')).answer.status).toBe(
      204,
    );
    const [mail] = await mailsTo(admin, user.email);
    expect(mail?.subject).toBe('Ihr Liaison-Passwort wurde geändert');
  });

  it('resets a forgotten password through a single-use link in the person’s language', async () => {
    const workspace = await makeWorkspace(server);
    const admin = await makeUser(workspace, 'principal_admin');
    const lan = await makeUser(workspace, 'principal_manager', {
      password,
      name: 'Nguyễn Thị Lan',
      locale: 'vi',
    });
    const stillSignedIn = await signIn(lan.email);
    const anonymous = http(server.url);
    const unknown = await anonymous.post('/api/v1/auth/password-reset', {
      email: 'nobody.here@example.com',
    });
    expect(unknown.status).toBe(202);
    expect(await mailsTo(admin, 'nobody.here@example.com')).toEqual([]);

    expect(
      (await anonymous.post('/api/v1/auth/password-reset', { email: lan.email.toUpperCase() }))
        .status,
    ).toBe(202);
    const [mail] = await mailsTo(admin, lan.email);
    expect(mail?.subject).toBe('Chọn mật khẩu mới cho Liaison');
    expect(mail?.bodyText).toContain('Xin chào Nguyễn Thị Lan');
    const token = mail?.bodyText.match(/\/reset-password\/([\w-]+)/)?.[1] ?? '';
    // A second request at once sends no second mail.
    await anonymous.post('/api/v1/auth/password-reset', { email: lan.email });
    expect(await mailsTo(admin, lan.email)).toHaveLength(1);

    const preview = await anonymous.get<{ email: string }>(`/api/v1/auth/password-reset/${token}`);
    expect(preview.body.email).toBe(lan.email);
    const newPassword = 'xe máy chạy qua cầu Sài Gòn lúc bình minh';
    const reset = await anonymous.post('/api/v1/auth/password-reset/complete', {
      token,
      newPassword,
    });
    expect(reset.status).toBe(204);
    expect((await stillSignedIn.api.get('/api/v1/me')).status).toBe(401);
    const again = await anonymous.post<Problem>('/api/v1/auth/password-reset/complete', {
      token,
      newPassword,
    });
    expect(again.body.type).toBe('/problems/password-reset-invalid');
    expect((await signIn(lan.email, newPassword)).answer.status).toBe(204);
    const audit = await http(server.url)
      .as(admin)
      .get<{ items: { action: string }[] }>('/api/v1/audit-log?pageSize=100');
    expect(audit.body.items.map((entry) => entry.action)).toContain('user.password_reset');
  });

  it('lets a reset link expire after an hour', async () => {
    const workspace = await makeWorkspace(server);
    const admin = await makeUser(workspace, 'principal_admin');
    const user = await makeUser(workspace, 'principal_manager', { password });
    await http(server.url).post('/api/v1/auth/password-reset', { email: user.email });
    const [mail] = await mailsTo(admin, user.email);
    const token = mail?.bodyText.match(/\/reset-password\/([\w-]+)/)?.[1] ?? '';
    clock.advance({ minutes: 61 });
    const expired = await http(server.url).get<Problem>(`/api/v1/auth/password-reset/${token}`);
    expect(expired.status).toBe(410);
  });
});

describe('two-factor authentication', () => {
  async function enrol(api: ReturnType<typeof http>) {
    const setup = await api.post<{ secret: string; uri: string; qrSvg: string }>(
      '/api/v1/me/two-factor/setup',
    );
    expect(setup.body.uri).toMatch(/^otpauth:\/\/totp\/Liaison:/);
    expect(setup.body.qrSvg).toContain('<svg');
    const wrong = await api.post<Problem>('/api/v1/me/two-factor/enable', { code: '000000' });
    expect(wrong.body.errors?.[0]?.pointer).toBe('#/code');
    const enabled = await api.post<{ codes: string[] }>('/api/v1/me/two-factor/enable', {
      code: codeAt(setup.body.secret, clock.now()),
    });
    expect(enabled.status).toBe(200);
    return { secret: setup.body.secret, codes: enabled.body.codes };
  }

  it('asks for a code after the password, accepts each code once, and each recovery code once', async () => {
    const workspace = await makeWorkspace(server);
    const user = await makeUser(workspace, 'principal_manager', { password });
    const { secret, codes } = await enrol((await signIn(user.email)).api);
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);

    clock.advance({ seconds: 30 });
    const first = await signIn(user.email);
    expect(first.answer.status).toBe(202);
    expect(first.cookie).toBe('');
    const challenge = first.answer.body.challenge ?? '';
    const anonymous = http(server.url);
    const wrong = await anonymous.post<Problem>('/api/v1/auth/login/second-factor', {
      challenge,
      code: '123456',
    });
    expect(wrong.body.type).toBe('/problems/two-factor-invalid');
    const code = codeAt(secret, clock.now());
    const right = await anonymous.post('/api/v1/auth/login/second-factor', { challenge, code });
    expect(right.status).toBe(204);
    const cookie = (right.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect((await http(server.url, { cookie }).get('/api/v1/me')).status).toBe(200);
    // The same code, seen once, does not open a second session.
    const replay = await anonymous.post('/api/v1/auth/login/second-factor', { challenge, code });
    expect(replay.status).toBe(401);

    const recovery = codes[0]?.toUpperCase() ?? '';
    const withRecovery = await anonymous.post('/api/v1/auth/login/second-factor', {
      challenge,
      code: recovery,
    });
    expect(withRecovery.status).toBe(204);
    const reused = await anonymous.post('/api/v1/auth/login/second-factor', {
      challenge,
      code: recovery,
    });
    expect(reused.status).toBe(401);
    const state = await http(server.url, { cookie }).get<{ recoveryCodesLeft: number }>(
      '/api/v1/me/two-factor',
    );
    expect(state.body.recoveryCodesLeft).toBe(9);

    // The challenge is good for five minutes, and cannot be forged.
    clock.advance({ minutes: 6 });
    const late = await anonymous.post('/api/v1/auth/login/second-factor', {
      challenge,
      code: codeAt(secret, clock.now()),
    });
    expect(late.status).toBe(401);
    const forged = `${Buffer.from(JSON.stringify({ userId: user.id, expires: 9e15 })).toString('base64url')}.${challenge.split('.')[1]}`;
    const refused = await anonymous.post('/api/v1/auth/login/second-factor', {
      challenge: forged,
      code: codeAt(secret, clock.now()),
    });
    expect(refused.status).toBe(401);
  });

  it('lets a workspace admin require it: until then a member can only set it up', async () => {
    const workspace = await makeWorkspace(server);
    const distributor = await makeDistributor(workspace, { name: 'Saigon Motor Parts' });
    const admin = await makeUser(workspace, 'principal_admin');
    const lan = await makeUser(workspace, 'distributor_admin', {
      password,
      distributorId: distributor.id,
      name: 'Nguyễn Thị Lan',
    });
    const asLan = http(server.url).as(lan);
    expect((await asLan.put('/api/v1/workspace/security', { requireTwoFactor: true })).status).toBe(
      403,
    );
    const required = await http(server.url)
      .as(admin)
      .put('/api/v1/workspace/security', { requireTwoFactor: true });
    expect(required.body).toEqual({ requireTwoFactor: true });

    const { api } = await signIn(lan.email);
    const me = await api.get<{ mustEnrolTwoFactor: boolean }>('/api/v1/me');
    expect(me.body.mustEnrolTwoFactor).toBe(true);
    const blocked = await api.get<Problem>(`/api/v1/distributors/${distributor.id}`);
    expect(blocked.status).toBe(403);
    expect(blocked.body.type).toBe('/problems/two-factor-required');

    await enrol(api);
    expect((await api.get(`/api/v1/distributors/${distributor.id}`)).status).toBe(200);
    const off = await api.post<Problem>('/api/v1/me/two-factor/disable', { password });
    expect(off.body.type).toBe('/problems/two-factor-state');
    const audit = await http(server.url)
      .as(admin)
      .get<{ items: { action: string }[] }>('/api/v1/audit-log?pageSize=100');
    expect(audit.body.items.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(['workspace.security_updated', 'user.two_factor_enabled']),
    );
  });
});
