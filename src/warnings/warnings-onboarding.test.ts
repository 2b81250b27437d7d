// The onboarding journey in the early warnings, over HTTP on either database: a step open more
// than the days allowed past its due day raises a signal naming it in the reader's language, as
// the journey stood on the day assessed; it goes once the step is done, and two late steps make
// it critical.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeContact, makeDistributor, makeUser, makeWorkspace } from '../../test/factories.ts';
import { pinnedClock } from '../../test/fakes/clock.ts';
import { http } from '../../test/http.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';
import type { EarlyWarnings } from './warnings.schema.ts';

// The journey starts when the lifecycle history says (the database's time): the clock starts now.
const clock = pinnedClock(new Date());
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ clock });
});
afterAll(() => server.close());

type Warnings = typeof EarlyWarnings._zod.output;
const DAY_MS = 86_400_000;

describe('a stalled onboarding journey in the early warnings', () => {
  it('flags the step late beyond the days allowed, by name, until it is done', async () => {
    const workspace = await makeWorkspace(server);
    const distributor = await makeDistributor(workspace, {
      name: 'บริษัท สยาม ออโต้ คอมโพเนนท์ จำกัด',
      country: 'TH',
      city: 'กรุงเทพมหานคร',
      timeZone: 'Asia/Bangkok',
      languages: ['th', 'en'],
      lifecycleStage: 'onboarding',
    });
    const start = Date.now();
    const manager = await makeUser(workspace, 'principal_manager', { name: 'Jonas Becker' });
    const pim = await makeUser(workspace, 'principal_admin', {
      name: 'พิมพ์ชนก ศรีสวัสดิ์',
      locale: 'th',
    });
    const dayOf = (days: number) => new Date(start + days * DAY_MS + 60_000);
    const isoDay = (days: number) => dayOf(days).toISOString().slice(0, 10);
    const signalOf = async (as = manager, query = '') => {
      const response = await http(server.url)
        .as(as)
        .get<Warnings>(`/api/v1/early-warnings${query}`);
      expect(response.status).toBe(200);
      return response.body.distributors
        .find((entry) => entry.distributorId === distributor.id)
        ?.signals.find((signal) => signal.kind === 'onboarding_stalled');
    };

    // Day 12: the cadence (due on day 7) is 5 days late, within the 7 allowed.
    clock.set(dayOf(12));
    expect(await signalOf()).toBeUndefined();

    // Day 20: 13 days late.
    clock.set(dayOf(20));
    const late = await signalOf();
    expect(late).toMatchObject({
      severity: 'warning',
      params: { day: 20, step: 'cadence_planned', lateByDays: 13, lateSteps: 1 },
      evidence: [{ kind: 'onboarding', path: `/api/v1/distributors/${distributor.id}/onboarding` }],
    });
    expect(late?.reason).toBe(
      'Onboarding stalled on day 20: “Meeting cadence planned” is 13 days past its due day (1 step late beyond the days allowed).',
    );
    expect((await signalOf(pim))?.reason).toBe(
      'การเริ่มต้นความร่วมมือหยุดชะงักในวันที่ 20: “วางแผนรอบการประชุมแล้ว” เลยวันครบกำหนดมาแล้ว 13 วัน (ล่าช้าเกินจำนวนวันที่อนุญาต 1 ขั้นตอน)',
    );
    // As the journey stood on day 10, nothing was late beyond the days allowed.
    expect(await signalOf(manager, `?asOf=${isoDay(10)}`)).toBeUndefined();

    // The threshold is the workspace's: 14 days allowed, and day 20 is within them.
    const admin = http(server.url).as(pim);
    const thresholds = (await admin.get<Record<string, number>>('/api/v1/early-warnings/settings'))
      .body;
    expect(thresholds.onboardingLateDays).toBe(7);
    const settings = await admin.put('/api/v1/early-warnings/settings', {
      ...thresholds,
      onboardingLateDays: 14,
    });
    expect(settings.body).toMatchObject({ onboardingLateDays: 14 });
    expect(await signalOf()).toBeUndefined();
    await admin.put('/api/v1/early-warnings/settings', thresholds);

    // The cadence is planned: the step is done, and the signal goes.
    await makeContact(workspace, distributor.id, {
      name: 'สมชาย วงศ์สกุล',
      language: 'th',
      timeZone: 'Asia/Bangkok',
      isPrimary: true,
    });
    await makeContact(workspace, distributor.id, {
      side: 'principal',
      role: 'account_manager',
      name: 'Jonas Becker',
      email: manager.email,
      timeZone: 'Europe/Berlin',
      language: 'de',
      isPrimary: true,
    });
    const planned = await http(server.url)
      .as(manager)
      .post(`/api/v1/distributors/${distributor.id}/cadence`, {});
    expect(planned.status).toBe(201);
    expect(await signalOf()).toBeUndefined();

    // Day 40: the charter and the training (both due on day 30) are 10 days late; day 68, 38
    // days, a month beyond the 7 allowed: critical.
    clock.set(dayOf(40));
    expect(await signalOf()).toMatchObject({
      severity: 'warning',
      params: { day: 40, step: 'charter_signed', lateByDays: 10, lateSteps: 2 },
    });
    clock.set(dayOf(68));
    expect(await signalOf()).toMatchObject({
      severity: 'critical',
      params: { day: 68, step: 'charter_signed', lateByDays: 38 },
    });
  });
});
