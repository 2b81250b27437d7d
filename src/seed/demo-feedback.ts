// The demo's relationship surveys (#18): the last two quarters' rounds, closed, and this
// quarter's, open. Brenner's people score Saigon Motor Parts high and Lan scores it low, so the gap
// shows; this quarter Katrin and Jonas have answered and Lan has not yet. Siam's sides agree.
// Written as the owner in two set-based statements, like the rest of the demo's history.
import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { quarterBefore, quarterEnd, quarterOf } from '../feedback/feedback-rules.ts';

type Person = { userId: string; name: string; language: string; side: 'principal' | 'distributor' };
type Scores = [number, number, number, number];
type Comments = [string | null, string | null, string | null, string | null];

export async function loadDemoFeedback(
  database: Database,
  now: Date,
  ids: {
    workspaceId: string;
    saigonId: string;
    siamId: string;
    katrin: Person;
    jonas: Person;
    lan: Person;
    somchai: Person;
  },
) {
  const current = quarterOf(now);
  const quarters = [quarterBefore(current, 2), quarterBefore(current, 1), current];
  // A round opens on the first day of its quarter; this quarter's opened today at the latest.
  const openedAt = (quarter: string) => {
    const start = quarterEnd(quarterBefore(quarter));
    return start.getTime() > now.getTime() ? now : start;
  };
  const rounds = quarters.flatMap((quarter) =>
    [ids.saigonId, ids.siamId].map((distributorId) => ({ quarter, distributorId })),
  );
  const answers: {
    quarter: string;
    distributorId: string;
    person: Person;
    scores: Scores;
    comments: Comments;
    isConfidential: boolean;
  }[] = [];
  const add = (
    index: number,
    distributorId: string,
    person: Person,
    scores: Scores,
    comments: Comments = [null, null, null, null],
    isConfidential = false,
  ) => {
    const quarter = quarters[index] ?? current;
    answers.push({ quarter, distributorId, person, scores, comments, isConfidential });
  };
  const { katrin, jonas, lan, somchai, saigonId, siamId } = ids;
  add(0, saigonId, jonas, [4, 4, 4, 4], ['Weekly calls are held as planned.', null, null, null]);
  add(0, saigonId, katrin, [5, 4, 4, 5]);
  add(
    0,
    saigonId,
    lan,
    [3, 3, 3, 3],
    ['Câu hỏi về giá thường phải chờ nhiều ngày mới có trả lời.', null, null, null],
  );
  add(1, saigonId, jonas, [5, 4, 4, 4], ['Lan answers within a day.', null, null, null]);
  add(1, saigonId, katrin, [4, 5, 4, 4]);
  add(
    1,
    saigonId,
    lan,
    [2, 3, 2, 3],
    [
      'Báo giá cho dòng phanh mất hơn một tuần, khách hàng đã chuyển sang đối thủ.',
      'Cần tài liệu kỹ thuật bằng tiếng Việt cho đội bán hàng.',
      'Hai lô hàng tháng trước đến trễ ba tuần so với cam kết.',
      null,
    ],
    true,
  );
  add(2, saigonId, jonas, [5, 4, 5, 4]);
  add(2, saigonId, katrin, [4, 4, 4, 5], [null, null, 'Stock commitments met every month.', null]);
  add(0, siamId, katrin, [4, 4, 4, 4]);
  add(0, siamId, somchai, [4, 4, 3, 4]);
  add(1, siamId, katrin, [4, 3, 4, 4]);
  add(1, siamId, somchai, [4, 4, 4, 4], [null, 'การอบรมทีมขายเดือนที่แล้วมีประโยชน์มาก', null, null]);

  const roundRows = sql.join(
    rounds.map(
      (round) =>
        sql`(${ids.workspaceId}::uuid, ${round.distributorId}::uuid, ${round.quarter},
          ${openedAt(round.quarter).toISOString()}::timestamptz,
          ${quarterEnd(round.quarter).toISOString()}::timestamptz, 'Liaison')`,
    ),
    sql`, `,
  );
  const answerRows = sql.join(
    answers.map((answer) => {
      // Answered a few days after the round opened; this quarter's, an hour after it opened.
      const opened = openedAt(answer.quarter).getTime();
      const days = answer.quarter === current ? 0 : answer.person.side === 'principal' ? 3 : 9;
      const at = new Date(Math.min(opened + days * 86_400_000 + 3_600_000, now.getTime()));
      const [communication, support, commitments, overall] = answer.scores;
      const [c1, c2, c3, c4] = answer.comments;
      return sql`(${answer.quarter}, ${answer.distributorId}::uuid, ${answer.person.userId}::uuid,
        ${answer.person.name}, ${answer.person.side}, ${answer.person.language},
        ${communication}::smallint, ${support}::smallint, ${commitments}::smallint,
        ${overall}::smallint, ${c1}, ${c2}, ${c3}, ${c4}, ${answer.isConfidential}::boolean,
        ${at.toISOString()}::timestamptz)`;
    }),
    sql`, `,
  );
  await database.db.transaction(async (tx) => {
    // The owner is bound by the FORCE'd policies too: name the workspace it writes.
    await tx.execute(sql`select set_config('app.workspace_id', ${ids.workspaceId}, true)`);
    await tx.execute(sql`insert into feedback_round
      (workspace_id, distributor_id, quarter, opened_at, closes_at, opener_name)
      values ${roundRows}`);
    await tx.execute(sql`insert into feedback_answer
      (workspace_id, round_id, distributor_id, user_id, respondent_name, side, language,
       communication_score, support_score, commitments_score, overall_score,
       communication_comment, support_comment, commitments_comment, overall_comment,
       comments_confidential, answered_at)
      select r.workspace_id, r.id, r.distributor_id, a.user_id, a.name, a.side, a.language,
        a.s1, a.s2, a.s3, a.s4, a.c1, a.c2, a.c3, a.c4, a.confidential, a.answered_at
      from (values ${answerRows}) as a (quarter, distributor_id, user_id, name, side, language,
        s1, s2, s3, s4, c1, c2, c3, c4, confidential, answered_at)
      join feedback_round r on r.workspace_id = ${ids.workspaceId}::uuid
        and r.distributor_id = a.distributor_id and r.quarter = a.quarter`);
  });
}
