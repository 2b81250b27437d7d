// The quarterly relationship survey over HTTP: both sides answer the open round once, each sees
// the other's scores, a distributor's confidential comments reach only the principal's admins,
// the gap between the sides is flagged, and every refusal is a problem that changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDistributor, makeUser, makeWorkspace } from '../../test/factories.ts';
import { pinnedClock } from '../../test/fakes/clock.ts';
import { http } from '../../test/http.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';

type Scores = { communication: number; support: number; commitments: number; overall: number };
type Answer = {
  respondentName: string;
  side: string;
  language: string;
  scores: Scores;
  comments: Record<string, string | null> | null;
  commentsConfidential: boolean;
  isMine: boolean;
};
type Round = {
  id: string;
  quarter: string;
  isOpen: boolean;
  hasAnswered: boolean;
  answers: Answer[];
  averages: { principal: Scores; distributor: Scores };
};
type Feedback = {
  principalName: string;
  distributorName: string;
  rounds: Round[];
  gaps: { quarter: string; topic: string; principal: number; distributor: number }[];
  canAnswer: boolean;
  canOpenRound: boolean;
};
type Problem = { type: string; status: number; detail?: string; errors?: { pointer: string }[] };

const clock = pinnedClock('2026-11-10T09:00:00Z');
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ clock });
});
afterAll(() => server.close());

const brennerScores = { communication: 5, support: 4, commitments: 4, overall: 5 };
const saigonScores = { communication: 2, support: 3, commitments: 3, overall: 3 };

async function parties() {
  clock.set('2026-11-10T09:00:00Z');
  const workspace = await makeWorkspace(server, 'Brenner Autoteile GmbH');
  const distributor = await makeDistributor(workspace, { name: 'Saigon Motor Parts' });
  const katrin = await makeUser(workspace, 'principal_admin', { name: 'Katrin Weber' });
  const jonas = await makeUser(workspace, 'principal_manager', { name: 'Jonas Becker' });
  const viewer = await makeUser(workspace, 'principal_viewer', { name: 'Dr. Andreas Vogel' });
  const lan = await makeUser(workspace, 'distributor_admin', {
    distributorId: distributor.id,
    name: 'Nguyễn Thị Lan',
    locale: 'vi',
  });
  const base = `/api/v1/distributors/${distributor.id}/feedback`;
  const client = http(server.url);
  const opened = await client.as(katrin).post<Round>(`${base}/rounds`);
  expect(opened.status).toBe(201);
  return { workspace, distributor, katrin, jonas, viewer, lan, base, client, round: opened.body };
}

describe('the relationship survey', () => {
  it('lets both sides answer once, shows each the other’s scores and flags the gap', async () => {
    const { jonas, lan, katrin, viewer, base, client, round } = await parties();
    expect(round).toMatchObject({ quarter: '2026-Q4', isOpen: true, answers: [] });

    const fromJonas = await client.as(jonas).post<Round>(`${base}/rounds/${round.id}/answers`, {
      scores: brennerScores,
      comments: { communication: 'Weekly calls run well.' },
    });
    expect(fromJonas.status).toBe(201);
    const fromLan = await client.as(lan).post<Round>(`${base}/rounds/${round.id}/answers`, {
      scores: saigonScores,
      comments: {
        communication: 'Câu hỏi về giá thường phải chờ hơn một tuần mới có trả lời.',
        overall: 'Chúng tôi cần hỗ trợ kỹ thuật nhanh hơn.',
      },
      commentsConfidential: true,
    });
    expect(fromLan.status).toBe(201);
    expect(fromLan.body.hasAnswered).toBe(true);

    // Lan reads Jonas's scores and comment, and her own comments.
    const asLan = await client.as(lan).get<Feedback>(base);
    expect(asLan.status).toBe(200);
    const [lanView] = asLan.body.rounds;
    expect(lanView?.answers.map((a) => [a.respondentName, a.side, a.scores.communication])).toEqual(
      [
        ['Nguyễn Thị Lan', 'distributor', 2],
        ['Jonas Becker', 'principal', 5],
      ],
    );
    const jonasAnswer = lanView?.answers.find((a) => a.side === 'principal');
    expect(jonasAnswer?.comments?.communication).toBe('Weekly calls run well.');
    const own = lanView?.answers.find((a) => a.isMine);
    expect(own).toMatchObject({ language: 'vi', commentsConfidential: true });
    expect(own?.comments?.overall).toBe('Chúng tôi cần hỗ trợ kỹ thuật nhanh hơn.');

    // Jonas (a manager) and the viewer see Lan's scores, not her confidential comments.
    for (const reader of [jonas, viewer]) {
      const answer = (await client.as(reader).get<Feedback>(base)).body.rounds[0]?.answers.find(
        (a) => a.side === 'distributor',
      );
      expect(answer).toMatchObject({
        scores: saigonScores,
        comments: null,
        commentsConfidential: true,
      });
    }
    // Katrin, an admin, reads them.
    const asKatrin = await client.as(katrin).get<Feedback>(base);
    const forAdmin = asKatrin.body.rounds[0]?.answers.find((a) => a.side === 'distributor');
    expect(forAdmin?.comments?.communication).toBe(
      'Câu hỏi về giá thường phải chờ hơn một tuần mới có trả lời.',
    );
    expect(asKatrin.body).toMatchObject({
      principalName: 'Brenner Autoteile GmbH',
      distributorName: 'Saigon Motor Parts',
      canAnswer: true,
      canOpenRound: true,
    });
    expect(asKatrin.body.gaps).toEqual([
      { quarter: '2026-Q4', topic: 'communication', principal: 5, distributor: 2, difference: 3 },
      { quarter: '2026-Q4', topic: 'support', principal: 4, distributor: 3, difference: 1 },
      { quarter: '2026-Q4', topic: 'commitments', principal: 4, distributor: 3, difference: 1 },
      { quarter: '2026-Q4', topic: 'overall', principal: 5, distributor: 3, difference: 2 },
    ]);
    // The gap is the distributor's to see too; the viewer may read but not answer.
    expect((await client.as(lan).get<Feedback>(base)).body.gaps).toHaveLength(4);
    const asViewer = await client.as(viewer).get<Feedback>(base);
    expect(asViewer.body).toMatchObject({ canAnswer: false, canOpenRound: false });
  });

  it('refuses a score outside 1–5, a second answer, a closed round and a viewer, changing nothing', async () => {
    const { jonas, lan, viewer, base, client, round } = await parties();
    const answers = `${base}/rounds/${round.id}/answers`;
    const invalid = await client.as(lan).post<Problem>(answers, {
      scores: { ...saigonScores, communication: 6, overall: 0 },
    });
    expect(invalid.status).toBe(422);
    expect(invalid.body.errors?.map((error) => error.pointer).sort()).toEqual([
      '#/scores/communication',
      '#/scores/overall',
    ]);
    expect((await client.as(viewer).post<Problem>(answers, { scores: brennerScores })).status).toBe(
      403,
    );
    expect((await client.as(lan).post(answers, { scores: saigonScores })).status).toBe(201);
    const twice = await client.as(lan).post<Problem>(answers, { scores: brennerScores });
    expect(twice.status).toBe(409);
    expect(twice.body.type).toBe('/problems/feedback-already-answered');
    expect(twice.body.detail).toContain('2026-Q4');

    // The quarter ends: the round takes no more answers.
    clock.set('2027-01-01T00:00:00Z');
    const late = await client.as(jonas).post<Problem>(answers, { scores: brennerScores });
    expect(late.status).toBe(409);
    expect(late.body.type).toBe('/problems/feedback-round-closed');
    const after = await client.as(jonas).get<Feedback>(base);
    expect(after.body.rounds[0]).toMatchObject({ isOpen: false });
    expect(after.body.rounds[0]?.answers.map((a) => [a.respondentName, a.scores])).toEqual([
      ['Nguyễn Thị Lan', saigonScores],
    ]);
  });

  it('lets only a principal admin open a round, once a quarter', async () => {
    const { jonas, lan, katrin, base, client } = await parties();
    expect((await client.as(jonas).post<Problem>(`${base}/rounds`)).status).toBe(403);
    expect((await client.as(lan).post<Problem>(`${base}/rounds`)).status).toBe(403);
    const again = await client.as(katrin).post<Problem>(`${base}/rounds`);
    expect(again.status).toBe(409);
    expect(again.body.type).toBe('/problems/feedback-round-exists');
  });

  it('keeps a distributor’s survey from another distributor’s users', async () => {
    const { workspace, base, client, round } = await parties();
    const siam = await makeDistributor(workspace, {
      name: 'Siam Auto Components',
      country: 'TH',
      timeZone: 'Asia/Bangkok',
      languages: ['th', 'en'],
    });
    const somchai = await makeUser(workspace, 'distributor_admin', {
      distributorId: siam.id,
      name: 'Somchai Wongsakul',
      locale: 'th',
    });
    expect((await client.as(somchai).get(base)).status).toBe(404);
    const answered = await client
      .as(somchai)
      .post<Problem>(`${base}/rounds/${round.id}/answers`, { scores: brennerScores });
    expect(answered.status).toBe(404);
    // Nor through his own distributor's path: the round is not Siam's.
    const crossed = await client
      .as(somchai)
      .post<Problem>(`/api/v1/distributors/${siam.id}/feedback/rounds/${round.id}/answers`, {
        scores: brennerScores,
      });
    expect(crossed.status).toBe(404);
    const katrin = await makeUser(workspace, 'principal_admin', { name: 'Katrin Weber' });
    expect((await client.as(katrin).get<Feedback>(base)).body.rounds[0]?.answers).toEqual([]);
  });
});
