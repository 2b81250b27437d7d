// The evaluation of a relationship over HTTP (#18): prepared from the data (with the principal's
// own figures kept from the distributor), each side writing its own part, the decision hidden from
// the distributor until completed, the completion rules, reopening with a reason, the audit log,
// and the playbook's "an evaluation done" ticking and un-ticking.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeDistributor,
  makeUser,
  makeWorkspace,
  type TestWorkspace,
} from '../../test/factories.ts';
import { http } from '../../test/http.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

type Evaluation = {
  id: string;
  year: number;
  title: string;
  status: string;
  figures: {
    kpis: { key: string }[];
    playbook: { done: number; total: number; open: { key: string; title: string }[] };
    feedback: {
      quarters: {
        quarter: string;
        principal: number | null;
        distributor: number | null;
        gap: number | null;
      }[];
    };
  };
  internal: { lifecycleStage: string | null; kpis: { key: string }[] } | null;
  principalAssessment: { text: string; authorName: string } | null;
  distributorAssessment: { text: string; authorName: string } | null;
  decision: string | null;
  decisionReasons: string | null;
  improvements: string | null;
  followUps: { text: string }[];
  internalNote: string | null;
  noResponseReason: string | null;
  can: Record<string, boolean>;
};
type Problem = { type: string; errors?: { pointer: string; detail: string }[] };
type Playbook = {
  items: { key: string; isDone: boolean; evidence: { text: string; link: string | null } | null }[];
};

const year = new Date().getUTCFullYear();

async function relationship(workspace?: TestWorkspace) {
  const home = workspace ?? (await makeWorkspace(server, 'Brenner Autoteile GmbH'));
  const distributor = await makeDistributor(home, {
    name: 'Công ty Phụ tùng Ô tô Sài Gòn',
    languages: ['vi', 'en'],
  });
  const manager = await makeUser(home, 'principal_manager', { name: 'Jonas Becker' });
  const admin = await makeUser(home, 'principal_admin', { name: 'Katrin Weber' });
  const viewer = await makeUser(home, 'principal_viewer', { name: 'Zofia Wiśniewska' });
  const lan = await makeUser(home, 'distributor_member', {
    distributorId: distributor.id,
    name: 'Nguyễn Thị Lan',
  });
  const base = `/api/v1/distributors/${distributor.id}/evaluations`;
  return { home, distributor, manager, admin, viewer, lan, base };
}

describe('preparing an evaluation', () => {
  it('prepares the year’s figures from the data, keeping the principal’s own from the distributor', async () => {
    const { home, distributor, manager, admin, lan, base } = await relationship();
    // A survey round both sides answered: the trend per side and its gap.
    const round = await http(server.url)
      .as(admin)
      .post<{ id: string; quarter: string }>(
        `/api/v1/distributors/${distributor.id}/feedback/rounds`,
      );
    expect(round.status).toBe(201);
    const answer = (scores: number) => ({
      scores: { communication: scores, support: scores, commitments: scores, overall: scores },
    });
    const answers = `/api/v1/distributors/${distributor.id}/feedback/rounds/${round.body.id}/answers`;
    expect((await http(server.url).as(manager).post(answers, answer(5))).status).toBe(201);
    expect((await http(server.url).as(lan).post(answers, answer(3))).status).toBe(201);

    const started = await http(server.url).as(manager).post<Evaluation>(base, {});
    expect(started.status).toBe(201);
    const evaluation = started.body;
    expect(evaluation).toMatchObject({ year, title: `${year} evaluation`, status: 'draft' });
    expect(evaluation.figures.kpis.map((kpi) => kpi.key)).toContain('attainment');
    expect(evaluation.figures.kpis.map((kpi) => kpi.key)).not.toContain('margin');
    expect(evaluation.figures.playbook.total).toBeGreaterThan(10);
    expect(evaluation.figures.playbook.open.map((item) => item.key)).toContain('evaluation_done');
    expect(evaluation.figures.feedback.quarters).toEqual([
      { quarter: round.body.quarter, principal: 5, distributor: 3, gap: 2 },
    ]);
    expect(evaluation.internal?.lifecycleStage).toBe('active');
    expect(evaluation.internal?.kpis.map((kpi) => kpi.key)).toEqual(['margin']);

    const seen = await http(server.url).as(lan).get<Evaluation>(`${base}/${evaluation.id}`);
    expect(seen.status).toBe(200);
    expect(seen.body.internal).toBeNull();
    expect(seen.body.figures.feedback.quarters).toEqual(evaluation.figures.feedback.quarters);
    expect(seen.text).not.toContain('margin');
    expect(seen.body.can).toMatchObject({ writeDistributor: true, writePrincipal: false });
    // The Vietnamese reader gets the playbook's open items in Vietnamese.
    const tuan = await makeUser(home, 'distributor_admin', {
      distributorId: distributor.id,
      name: 'Trần Minh Tuấn',
      locale: 'vi',
    });
    const vietnamese = await http(server.url).as(tuan).get<Evaluation>(`${base}/${evaluation.id}`);
    expect(vietnamese.body.title).toBe(`Đánh giá năm ${year}`);
    expect(vietnamese.body.figures.playbook.open.map((item) => item.title)).toContain(
      'Đã đánh giá trong năm nay',
    );
  });

  it('keeps one evaluation per year, and asks a title of an on-demand one', async () => {
    const { manager, base } = await relationship();
    const api = http(server.url).as(manager);
    expect((await api.post(base, { year: year - 1 })).status).toBe(201);
    const again = await api.post<Problem>(base, { year: year - 1 });
    expect(again.status).toBe(409);
    expect(again.body.type).toBe('/problems/evaluation-exists');
    // Two people starting the same year at once: one gets it, the other the same 409.
    const racing = await Promise.all([
      api.post<Problem>(base, { year: year - 2 }),
      api.post<Problem>(base, { year: year - 2 }),
    ]);
    expect(racing.map((answer) => answer.status).sort()).toEqual([201, 409]);
    const untitled = await api.post<Problem>(base, { kind: 'on_demand' });
    expect(untitled.status).toBe(422);
    expect(untitled.body.errors?.map((error) => error.pointer)).toEqual(['#/title']);
    const future = await api.post<Problem>(base, { year: year + 1 });
    expect(future.body.errors?.map((error) => error.pointer)).toEqual(['#/year']);
    const onDemand = await api.post<Evaluation>(base, {
      kind: 'on_demand',
      title: 'Đánh giá giữa kỳ sau khi mở kho Bình Dương',
    });
    expect(onDemand.status).toBe(201);
    const list = await api.get<{ items: { year: number; title: string; kind: string }[] }>(base);
    expect(list.body.items.map((item) => [item.kind, item.title])).toEqual([
      ['on_demand', 'Đánh giá giữa kỳ sau khi mở kho Bình Dương'],
      ['yearly', `${year - 1} evaluation`],
      ['yearly', `${year - 2} evaluation`],
    ]);
  });
});

describe('who writes what', () => {
  it('lets each side write its own part only, and answers 404 for another distributor', async () => {
    const { home, manager, viewer, lan, base } = await relationship();
    const api = http(server.url);
    const started = await api.as(manager).post<Evaluation>(base, {});
    const one = `${base}/${started.body.id}`;
    expect((await api.as(lan).post(base, {})).status).toBe(403);
    expect((await api.as(viewer).post(base, {})).status).toBe(403);
    expect((await api.as(lan).patch(one, { decision: 'exit' })).status).toBe(403);
    expect((await api.as(lan).post(`${one}/completion`, {})).status).toBe(403);
    expect((await api.as(lan).post(`${one}/refresh`)).status).toBe(403);
    expect((await api.as(viewer).put(`${one}/assessment`, { text: 'Gut.' })).status).toBe(403);

    const principal = await api
      .as(manager)
      .put<Evaluation>(`${one}/assessment`, { text: 'Solide Entwicklung im Süden.' });
    expect(principal.body.principalAssessment).toMatchObject({ authorName: 'Jonas Becker' });
    expect(principal.body.distributorAssessment).toBeNull();
    const distributor = await api
      .as(lan)
      .put<Evaluation>(`${one}/assessment`, { text: 'Hợp tác tốt, cần giao hàng nhanh hơn.' });
    expect(distributor.body.distributorAssessment).toMatchObject({
      text: 'Hợp tác tốt, cần giao hàng nhanh hơn.',
      authorName: 'Nguyễn Thị Lan',
    });
    // What the principal drafts is its own until completion.
    expect(distributor.body.principalAssessment).toBeNull();

    const thai = await makeDistributor(home, { name: 'บริษัท สยามออโต้ จำกัด', country: 'TH' });
    const somchai = await makeUser(home, 'distributor_admin', {
      distributorId: thai.id,
      name: 'สมชาย วงศ์สกุล',
    });
    expect((await api.as(somchai).get(one)).status).toBe(404);
    expect((await api.as(somchai).get(base)).status).toBe(404);
    expect((await api.as(somchai).put(`${one}/assessment`, { text: 'ดี' })).status).toBe(404);
    const elsewhere = `/api/v1/distributors/${thai.id}/evaluations/${started.body.id}`;
    expect((await api.as(manager).get(elsewhere)).status).toBe(404);
  });
});

describe('completing an evaluation', () => {
  it('shows the distributor the decision only once completed, and the internal note never', async () => {
    const { manager, admin, lan, base } = await relationship();
    const api = http(server.url);
    const started = await api.as(manager).post<Evaluation>(base, {});
    const one = `${base}/${started.body.id}`;
    const incomplete = await api.as(manager).post<Problem>(`${one}/completion`, {});
    expect(incomplete.status).toBe(422);
    expect(incomplete.body.errors?.map((error) => error.pointer)).toEqual([
      '#/principalAssessment',
      '#/noResponseReason',
      '#/decision',
      '#/decisionReasons',
    ]);
    await api.as(manager).put(`${one}/assessment`, { text: 'Umsatz über Plan, Lager zu knapp.' });
    const principalPart = await api.as(manager).patch<Evaluation>(one, {
      improvements: 'Lagerbestand BRK-100 auf vier Wochen Reichweite halten.',
      decision: 'develop',
      decisionReasons: 'Wachstum im Mekong-Delta; zweites Lager geplant.',
      followUps: [
        {
          text: 'Schulung Bremsbeläge für das Team in Cần Thơ',
          ownerSide: 'principal',
          ownerName: 'Jonas Becker',
          dueOn: `${year + 1}-03-31`,
        },
        { text: 'Kế hoạch tồn kho quý 1', ownerSide: 'distributor', ownerName: null, dueOn: null },
      ],
      internalNote: 'Marge unter Druck: Rabattstaffel im Auge behalten.',
    });
    expect(principalPart.status).toBe(200);
    expect(principalPart.body.internalNote).toBe(
      'Marge unter Druck: Rabattstaffel im Auge behalten.',
    );

    // A field left out of a change stays as it was.
    const partial = await api.as(manager).patch<Evaluation>(one, { decision: 'develop' });
    expect(partial.body.improvements).toBe(
      'Lagerbestand BRK-100 auf vier Wochen Reichweite halten.',
    );
    expect(partial.body.followUps).toHaveLength(2);

    const draftSeen = await api.as(lan).get<Evaluation>(one);
    expect(draftSeen.body).toMatchObject({
      decision: null,
      decisionReasons: null,
      improvements: null,
      followUps: [],
      internalNote: null,
      principalAssessment: null,
    });
    expect(draftSeen.text).not.toContain('Rabattstaffel');
    expect(draftSeen.text).not.toContain('develop');
    const listed = await api.as(lan).get<{ items: { decision: string | null }[] }>(base);
    expect(listed.body.items[0]?.decision).toBeNull();

    // Without the distributor's assessment, only with a reason.
    const completed = await api.as(manager).post<Evaluation>(`${one}/completion`, {
      noResponseReason: 'Keine Antwort trotz drei Erinnerungen im November.',
    });
    expect(completed.status).toBe(200);
    expect(completed.body.status).toBe('completed');
    const seen = await api.as(lan).get<Evaluation>(one);
    expect(seen.body).toMatchObject({
      decision: 'develop',
      decisionReasons: 'Wachstum im Mekong-Delta; zweites Lager geplant.',
      noResponseReason: 'Keine Antwort trotz drei Erinnerungen im November.',
      internalNote: null,
      internal: null,
    });
    expect(seen.body.followUps).toHaveLength(2);
    expect(seen.text).not.toContain('Rabattstaffel');

    // Read-only once completed; reopening needs a reason.
    const late = await api
      .as(lan)
      .put<Problem>(`${one}/assessment`, { text: 'Xin lỗi, gửi muộn.' });
    expect(late.status).toBe(409);
    expect(late.body.type).toBe('/problems/evaluation-state');
    expect((await api.as(manager).patch(one, { decision: 'watch' })).status).toBe(409);
    expect((await api.as(manager).post(`${one}/refresh`)).status).toBe(409);
    expect((await api.as(manager).post(`${one}/reopening`, { reason: ' ' })).status).toBe(422);
    const reopened = await api
      .as(manager)
      .post<Evaluation>(`${one}/reopening`, { reason: 'Lan hat ihre Einschätzung nachgereicht.' });
    expect(reopened.body.status).toBe('draft');
    expect((await api.as(lan).put(`${one}/assessment`, { text: 'Gửi bổ sung.' })).status).toBe(200);
    expect((await api.as(manager).post(`${one}/reopening`, { reason: 'again' })).status).toBe(409);

    const audit = await api
      .as(admin)
      .get<{ items: { action: string; actorName: string; after: Record<string, unknown> }[] }>(
        `/api/v1/audit-log?entityType=evaluation&limit=50`,
      );
    const actions = audit.body.items
      .filter((entry) => entry.after?.title === `${year} evaluation`)
      .map((entry) => entry.action)
      .reverse();
    expect(actions).toEqual(
      expect.arrayContaining([
        'evaluation.started',
        'evaluation.assessed',
        'evaluation.updated',
        'evaluation.completed',
        'evaluation.reopened',
      ]),
    );
    const reopening = audit.body.items.find((entry) => entry.action === 'evaluation.reopened');
    expect(reopening?.after.reason).toBe('Lan hat ihre Einschätzung nachgereicht.');
  });
});

describe('the playbook item “an evaluation done this year”', () => {
  it('ticks with a link to the completed evaluation, and un-ticks when it is reopened', async () => {
    const { distributor, manager, base } = await relationship();
    const api = http(server.url).as(manager);
    const playbook = `/api/v1/distributors/${distributor.id}/playbook`;
    const item = async () =>
      (await api.get<Playbook>(playbook)).body.items.find(
        (entry) => entry.key === 'evaluation_done',
      );
    expect(await item()).toMatchObject({
      isDone: false,
      evidence: { text: 'No evaluation has been completed in the last twelve months' },
    });
    const started = await api.post<Evaluation>(base, {});
    const one = `${base}/${started.body.id}`;
    await api.put(`${one}/assessment`, { text: 'Gute Zusammenarbeit.' });
    await api.patch(one, { decision: 'renew', decisionReasons: 'Ziele erreicht.' });
    await api.post(`${one}/completion`, { noResponseReason: 'Không phản hồi.' });
    const done = await item();
    expect(done?.isDone).toBe(true);
    expect(done?.evidence?.link).toBe(
      `/distributors/${distributor.id}/evaluations/${started.body.id}`,
    );
    expect(done?.evidence?.text).toMatch(new RegExp(`^The ${year} evaluation was completed on `));
    await api.post(`${one}/reopening`, { reason: 'Zahlen korrigieren.' });
    expect((await item())?.isDone).toBe(false);
  });
});
