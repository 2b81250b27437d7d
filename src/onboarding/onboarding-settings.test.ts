// The journey's due days per workspace, over HTTP on either database: the standard days until an
// admin sets others (within the 90 days, each field checked), every journey counting from them,
// audited; managers read them, a distributor's users only see them as their journey's dates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeDistributor,
  makeDistributorUser,
  makeUser,
  makeWorkspace,
} from '../../test/factories.ts';
import { pinnedClock } from '../../test/fakes/clock.ts';
import { http } from '../../test/http.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';

// The journey starts when the lifecycle history says (the database's time): the clock starts now.
const clock = pinnedClock(new Date());
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ clock });
});
afterAll(() => server.close());

type Journey = {
  isStalled: boolean;
  steps: { key: string; dueDay: number; isLate: boolean; lateByDays: number }[];
};
type Problem = { status: number; errors?: { pointer: string; detail: string }[] };

const standard = {
  cadencePlanned: 7,
  charterSigned: 30,
  trainingAssigned: 30,
  firstReport: 45,
  firstOrder: 60,
  firstMonthlyReview: 90,
};

describe('the onboarding due days', () => {
  it('are the standard ones until an admin sets others, and every journey counts from them', async () => {
    const workspace = await makeWorkspace(server);
    const start = Date.now();
    const distributor = await makeDistributor(workspace, {
      name: 'Hurtownia Motoryzacyjna Łódź',
      country: 'PL',
      timeZone: 'Europe/Warsaw',
      languages: ['pl', 'en'],
      lifecycleStage: 'onboarding',
    });
    const admin = await makeUser(workspace, 'principal_admin', { name: 'Katrin Weber' });
    const manager = await makeUser(workspace, 'principal_manager', { name: 'Jonas Becker' });
    const agnieszka = await makeDistributorUser(workspace, distributor.id);
    const settings = '/api/v1/onboarding/settings';

    expect((await http(server.url).as(manager).get(settings)).body).toEqual(standard);
    expect((await http(server.url).as(agnieszka).get(settings)).status).toBe(403);
    const byManager = await http(server.url).as(manager).put(settings, { charterSigned: 45 });
    expect(byManager.status).toBe(403);

    // Each field in range, named when it is not.
    const refused = await http(server.url)
      .as(admin)
      .put<Problem>(settings, { charterSigned: 0, firstOrder: 91 });
    expect(refused.status).toBe(422);
    expect(refused.body.errors?.map((error) => error.pointer).sort()).toEqual([
      '#/charterSigned',
      '#/firstOrder',
    ]);

    // Charters take six weeks here: day 31 is not late for the charter any more.
    clock.set(new Date(start + 31 * 86_400_000 + 60_000));
    const journey = () =>
      http(server.url)
        .as(agnieszka)
        .get<Journey>(`/api/v1/distributors/${distributor.id}/onboarding`);
    const charterOf = (body: Journey) => body.steps.find((step) => step.key === 'charter_signed');
    expect(charterOf((await journey()).body)).toMatchObject({ dueDay: 30, isLate: true });
    const saved = await http(server.url).as(admin).put(settings, { charterSigned: 45 });
    expect(saved.body).toEqual({ ...standard, charterSigned: 45 });
    expect(charterOf((await journey()).body)).toMatchObject({
      dueDay: 45,
      isLate: false,
      lateByDays: 0,
    });
    // Left out, a day keeps its value.
    const again = await http(server.url).as(admin).put(settings, { trainingAssigned: 40 });
    expect(again.body).toEqual({ ...standard, charterSigned: 45, trainingAssigned: 40 });

    const audit = await http(server.url)
      .as(admin)
      .get<{ items: { action: string; actorName: string; after: Record<string, number> }[] }>(
        '/api/v1/audit-log?entityType=onboarding_settings',
      );
    expect(audit.body.items.map((entry) => [entry.action, entry.after.charterSigned])).toEqual([
      ['onboarding.settings_set', 45],
      ['onboarding.settings_set', 45],
    ]);
  });
});
