// The onboarding journey over HTTP (#18): each step done from the owning domain's evidence
// (created through the API and the factories), a late step stalling the journey, the manual tick
// with its audit entry, and who sees which journey.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeCharter,
  makeContact,
  makeDistributor,
  makeDistributorUser,
  makeProductLine,
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

type Step = {
  key: string;
  isDone: boolean;
  isLate: boolean;
  lateByDays: number;
  dueOn: string | null;
  evidence: { text: string; link: string | null };
  tickedBy: { name: string; side: string } | null;
  note: string | null;
  canTick: boolean;
};
type Journey = {
  day: number;
  done: number;
  total: number;
  isComplete: boolean;
  isStalled: boolean;
  lateStep: { key: string; lateByDays: number } | null;
  steps: Step[];
};
type Portfolio = {
  distributors: {
    id: string;
    day: number;
    done: number;
    isStalled: boolean;
    lateStep: { key: string; title: string } | null;
  }[];
};

const step = (journey: Journey, key: string) => {
  const found = journey.steps.find((entry) => entry.key === key);
  if (!found) throw new Error(`no step ${key}`);
  return found;
};

async function onboarding(name = 'Siam Auto Components') {
  clock.set(new Date());
  const workspace = await makeWorkspace(server);
  const distributor = await makeDistributor(workspace, {
    name,
    country: 'TH',
    city: 'Bangkok',
    timeZone: 'Asia/Bangkok',
    languages: ['th', 'en'],
    lifecycleStage: 'onboarding',
  });
  const manager = await makeUser(workspace, 'principal_manager', { name: 'Jonas Becker' });
  const admin = await makeUser(workspace, 'principal_admin', { name: 'Katrin Weber' });
  const somchai = await makeUser(workspace, 'distributor_admin', {
    distributorId: distributor.id,
    name: 'Somchai Wongsakul',
  });
  // A minute after the database recorded the start, so whole days count from it.
  clock.set(new Date(Date.now() + 60_000));
  const base = `/api/v1/distributors/${distributor.id}`;
  return { workspace, distributor, manager, admin, somchai, base };
}

describe('the onboarding journey', () => {
  it('ticks each step from its evidence, and flags the journey stalled while a step is late', async () => {
    const { workspace, distributor, manager, somchai, base } = await onboarding();
    const api = http(server.url).as(manager);
    const link = (path: string) => `/distributors/${distributor.id}${path}`;
    let journey = (await api.get<Journey>(`${base}/onboarding`)).body;
    expect(journey).toMatchObject({ day: 0, done: 0, total: 6, isStalled: false });
    expect(journey.steps.map((entry) => entry.key)).toEqual([
      'cadence_planned',
      'charter_signed',
      'training_assigned',
      'first_report',
      'first_order',
      'first_monthly_review',
    ]);
    expect(step(journey, 'charter_signed').evidence).toEqual({
      text: 'No version of the charter is signed yet',
      link: link('/charter'),
    });

    // 1. The cadence, planned through the cadence domain.
    const somchaiContact = await makeContact(workspace, distributor.id, {
      name: 'Somchai Wongsakul',
      language: 'th',
      timeZone: 'Asia/Bangkok',
      email: somchai.email,
      isPrimary: true,
    });
    const jonas = await makeContact(workspace, distributor.id, {
      side: 'principal',
      role: 'account_manager',
      name: 'Jonas Becker',
      email: manager.email,
      timeZone: 'Europe/Berlin',
      language: 'de',
      isPrimary: true,
    });
    type Planned = { meetings: { id: string; kind: string; startsAt: string }[] };
    const planned = await api.post<Planned>(`${base}/cadence`, {});
    expect(planned.status).toBe(201);
    journey = (await api.get<Journey>(`${base}/onboarding`)).body;
    expect(step(journey, 'cadence_planned')).toMatchObject({
      isDone: true,
      evidence: { link: link('/meetings') },
    });

    // A month on, no charter is signed: late, so the journey is stalled.
    clock.advance({ days: 31 });
    journey = (await api.get<Journey>(`${base}/onboarding`)).body;
    expect(step(journey, 'charter_signed')).toMatchObject({
      isDone: false,
      isLate: true,
      lateByDays: 1,
      evidence: { text: 'No version of the charter is signed yet' },
    });
    expect(journey).toMatchObject({
      day: 31,
      isStalled: true,
      lateStep: { key: 'charter_signed', lateByDays: 1 },
    });
    const stalled = await api.get<Portfolio>('/api/v1/onboarding');
    expect(stalled.body.distributors).toEqual([
      expect.objectContaining({
        id: distributor.id,
        day: 31,
        done: 1,
        isStalled: true,
        lateStep: expect.objectContaining({ key: 'charter_signed' }),
      }),
    ]);

    // 2. Both sides sign the charter.
    await makeCharter(workspace, distributor.id, 'signed');
    journey = (await api.get<Journey>(`${base}/onboarding`)).body;
    expect(step(journey, 'charter_signed')).toMatchObject({ isDone: true, isLate: false });
    expect(journey.lateStep?.key).toBe('training_assigned');

    // 3. Training, ticked by the distributor with a note.
    const ticked = await http(server.url)
      .as(somchai)
      .post<Journey>(`${base}/onboarding/steps/training_assigned`, {
        isDone: true,
        note: 'ส่งทีมขาย 4 คนเข้าอบรมผ้าเบรกที่ Brenner Academy แล้ว',
      });
    expect(ticked.status).toBe(200);
    expect(ticked.body.isStalled).toBe(false);

    // 4. The first monthly report, submitted and accepted.
    await makeProductLine(workspace, { code: 'BRK-PAD', name: 'ผ้าเบรก' });
    const now = clock.now();
    const period = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1))
      .toISOString()
      .slice(0, 7);
    const submitted = await http(server.url)
      .as(somchai)
      .post(`${base}/reports/${period}/submissions`, {
        content: {
          period,
          currency: 'EUR',
          sales: [{ productLine: 'BRK-PAD', units: 120, revenue: 4800 }],
          inventory: [{ productLine: 'BRK-PAD', unitsOnHand: 240 }],
          pipeline: [],
          marketIntelligence: [],
          competitiveActivity: [],
          customerSatisfaction: { complaints: 0, returns: 0, score: 8 },
        },
      });
    expect(submitted.status).toBeLessThan(300);
    journey = (await api.get<Journey>(`${base}/onboarding`)).body;
    expect(step(journey, 'first_report').isDone).toBe(false);
    const accepted = await api.post(`${base}/reports/${period}/reviews`, {
      action: 'accept',
      comment: 'ขอบคุณครับ',
    });
    expect(accepted.status).toBe(200);
    journey = (await api.get<Journey>(`${base}/onboarding`)).body;
    expect(step(journey, 'first_report')).toMatchObject({
      isDone: true,
      evidence: {
        text: `The report for ${period} was received and accepted`,
        link: link(`/reports/${period}`),
      },
    });

    // 5. The first order, from the ERP import.
    const today = clock.now().toISOString().slice(0, 10);
    const admin = await makeUser(workspace, 'principal_admin');
    const imported = await http(server.url)
      .as(admin)
      .post(
        '/api/v1/imports/orders',
        [
          'distributor,order_ref,ordered_on,product_line,quantity,net_value,currency',
          `Siam Auto Components,SO-7001,${today},BRK-PAD,200,4800.00,EUR`,
        ].join('\n'),
        { 'content-type': 'text/csv' },
      );
    expect(imported.status).toBe(200);
    journey = (await api.get<Journey>(`${base}/onboarding`)).body;
    expect(step(journey, 'first_order')).toMatchObject({
      isDone: true,
      evidence: { link: link('/scorecard') },
    });
    expect(step(journey, 'first_order').evidence.text).toMatch(/^Order SO-7001 of /);

    // 6. The first monthly review, held with its notes published.
    const review = [...planned.body.meetings]
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
      .find((meeting) => meeting.kind === 'monthly');
    if (!review) throw new Error('the plan has no monthly review');
    clock.set(new Date(new Date(review.startsAt).getTime() + 2 * 3_600_000));
    const published = await api.put(`${base}/meetings/${review.id}/notes`, {
      attendance: [
        { contactId: somchaiContact.id, present: true },
        { contactId: jonas.id, present: true },
      ],
      notes: 'ยอดขายเดือนแรกตามเป้า; สต็อกผ้าเบรกพอสำหรับ 6 สัปดาห์',
      publish: true,
    });
    expect(published.status).toBe(200);
    journey = (await api.get<Journey>(`${base}/onboarding`)).body;
    expect(step(journey, 'first_monthly_review')).toMatchObject({
      isDone: true,
      evidence: { link: link(`/meetings/${review.id}`) },
    });
    expect(journey).toMatchObject({ done: 6, isComplete: true, isStalled: false });
  });

  it('keeps the manual tick with its note and who made it, audited, and lets it be un-ticked', async () => {
    const { distributor, manager, admin, somchai, base } = await onboarding();
    const viewer = await makeUser(manager.workspace, 'principal_viewer');
    const note = 'ส่งทีมขาย 4 คนเข้าอบรมผ้าเบรกแล้ว';
    const ticked = await http(server.url)
      .as(somchai)
      .post<Journey>(`${base}/onboarding/steps/training_assigned`, { isDone: true, note });
    expect(step(ticked.body, 'training_assigned')).toMatchObject({
      isDone: true,
      note,
      tickedBy: { name: 'Somchai Wongsakul', side: 'distributor' },
      canTick: true,
    });
    const unticked = await http(server.url)
      .as(manager)
      .post<Journey>(`${base}/onboarding/steps/training_assigned`, {
        isDone: false,
        note: 'The academy moved the course to next month.',
      });
    expect(step(unticked.body, 'training_assigned')).toMatchObject({
      isDone: false,
      tickedBy: { name: 'Jonas Becker', side: 'principal' },
    });

    const audit = await http(server.url)
      .as(admin)
      .get<{ items: { action: string; actorName: string; after: Record<string, unknown> }[] }>(
        `/api/v1/audit-log?distributorId=${distributor.id}&entityType=onboarding`,
      );
    expect(audit.body.items).toMatchObject([
      { action: 'onboarding.step_unticked', actorName: 'Jonas Becker', after: { isDone: false } },
      {
        action: 'onboarding.step_ticked',
        actorName: 'Somchai Wongsakul',
        after: { item: 'Training assigned', note, side: 'distributor', isDone: true },
      },
    ]);

    // Viewers read the journey but tick nothing.
    const read = await http(server.url).as(viewer).get<Journey>(`${base}/onboarding`);
    expect(step(read.body, 'training_assigned').canTick).toBe(false);
    const refused = await http(server.url)
      .as(viewer)
      .post(`${base}/onboarding/steps/training_assigned`, { isDone: true, note: 'Done.' });
    expect(refused.status).toBe(403);
  });

  it('answers bad input with every field at fault', async () => {
    const { somchai, base } = await onboarding();
    const api = http(server.url).as(somchai);
    const empty = await api.post<{ errors: { pointer: string }[] }>(
      `${base}/onboarding/steps/training_assigned`,
      { isDone: 'yes', note: '   ' },
    );
    expect(empty.status).toBe(422);
    expect(empty.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(empty.body.errors.map((error) => error.pointer).sort()).toEqual(['#/isDone', '#/note']);
    const automatic = await api.post(`${base}/onboarding/steps/charter_signed`, {
      isDone: true,
      note: 'Signed on paper.',
    });
    expect(automatic.status).toBe(422);
  });

  it('shows a distributor’s user its own journey only, and the portfolio only to the principal', async () => {
    const { workspace, somchai, base } = await onboarding();
    const other = await makeDistributor(workspace, { lifecycleStage: 'onboarding' });
    const lan = await makeDistributorUser(workspace, other.id);
    const own = await http(server.url).as(somchai).get<Journey>(`${base}/onboarding`);
    expect(own.status).toBe(200);
    const foreign = await http(server.url).as(lan).get(`${base}/onboarding`);
    expect(foreign.status).toBe(404);
    const tick = await http(server.url)
      .as(lan)
      .post(`${base}/onboarding/steps/training_assigned`, { isDone: true, note: 'Done.' });
    expect(tick.status).toBe(404);
    const portfolio = await http(server.url).as(somchai).get('/api/v1/onboarding');
    expect(portfolio.status).toBe(403);
  });

  it('drops a relationship from the portfolio 90 days after it left onboarding', async () => {
    const { distributor, manager, base } = await onboarding();
    const api = http(server.url).as(manager);
    const moved = await api.post(`${base}/lifecycle`, { stage: 'active', reason: 'Onboarded' });
    expect(moved.status).toBeLessThan(300);
    const listed = await api.get<Portfolio>('/api/v1/onboarding');
    expect(listed.body.distributors.map((row) => row.id)).toEqual([distributor.id]);
    clock.advance({ days: 91 });
    const later = await api.get<Portfolio>('/api/v1/onboarding');
    expect(later.body.distributors).toEqual([]);
    // Its own page still shows the journey as it ended.
    const journey = await api.get<Journey>(`${base}/onboarding`);
    expect(journey.status).toBe(200);
  });
});
