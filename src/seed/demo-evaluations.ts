// The demo's evaluations (#18): Saigon Motor Parts has last year's evaluation, completed in
// January with both sides' assessments, a decision to develop the relationship and follow-ups, and
// this year's as a draft the principal has begun (its figures prepared, Jonas's assessment drafted
// and hidden from Lan until it is completed), so both sides see them and the year-on-year
// comparison shows two years. Built through the services, as a person would.
import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { completeEvaluation } from '../evaluations/evaluation-completion.service.ts';
import {
  startEvaluation,
  writeAssessment,
  writePrincipalPart,
} from '../evaluations/evaluations.service.ts';
import type { Context } from '../platform/tenancy.ts';
import { actingAs, type Person } from './demo-charters.ts';

export async function loadDemoEvaluations(
  database: Database,
  base: Omit<Context, 'actor' | 't'>,
  workspaceId: string,
  people: { manager: Person; vietnam: Person },
  saigonId: string,
) {
  const jonas = actingAs(base, workspaceId, people.manager);
  const year = base.clock.now().getUTCFullYear();
  // Last year's evaluation was written and completed in the third week of January.
  const january = { ...base, clock: { now: () => new Date(Date.UTC(year, 0, 20, 9, 30)) } };
  const jonasInJanuary = actingAs(january, workspaceId, people.manager);
  const lanInJanuary = actingAs(january, workspaceId, people.vietnam);

  const lastYear = await startEvaluation(jonas, saigonId, {
    kind: 'yearly',
    year: year - 1,
    title: null,
  });
  await writeAssessment(lanInJanuary, saigonId, lastYear.id, {
    text: 'Năm qua hai bên phối hợp tốt: báo cáo tháng gửi đúng hạn, doanh số má phanh tăng mạnh ở miền Nam.\n\nChúng tôi mong Brenner rút ngắn thời gian giao hàng từ Hamburg và gửi thêm tài liệu kỹ thuật bằng tiếng Việt cho dòng đĩa phanh mới.',
  });
  await writeAssessment(jonasInJanuary, saigonId, lastYear.id, {
    text: 'A solid first full year: monthly reports on time and brake pad sales well ahead of plan in the south.\n\nStock cover fell below the four weeks agreed twice in the third quarter, and the competing Taiwanese line still takes shelf space in Cần Thơ.',
  });
  await writePrincipalPart(jonasInJanuary, saigonId, lastYear.id, {
    improvements:
      'Keep four weeks of cover for BRK-100 through the rainy season.\n\nVietnamese technical sheets for the new disc range, so the sales reps can sell it to garages.',
    decision: 'develop',
    decisionReasons:
      'The relationship is profitable and growing; a second warehouse in Bình Dương would reach the industrial parks Saigon Motor Parts does not serve yet.',
    followUps: [
      {
        text: 'Vietnamese technical sheets for the disc range',
        ownerSide: 'principal',
        ownerName: 'Jonas Becker',
        dueOn: `${year}-03-31`,
      },
      {
        text: 'Kế hoạch tồn kho mùa mưa cho BRK-100 và BRK-220',
        ownerSide: 'distributor',
        ownerName: 'Nguyễn Thị Lan',
        dueOn: `${year}-05-15`,
      },
    ],
    internalNote:
      'Margin on the Vietnamese price list is four points below plan: review the rebate tier before the charter is renewed.',
  });
  await completeEvaluation(jonasInJanuary, saigonId, lastYear.id, { noResponseReason: null });
  await backdateStart(database, workspaceId, lastYear.id, new Date(Date.UTC(year, 0, 12, 8)));

  const thisYear = await startEvaluation(jonas, saigonId, { kind: 'yearly', year, title: null });
  await writeAssessment(jonas, saigonId, thisYear.id, {
    text: 'Growth slowed after the summer, but the Bình Dương warehouse opened on time and reports stayed punctual. To be discussed with Lan at the annual planning meeting.',
  });
  await writePrincipalPart(jonas, saigonId, thisYear.id, {
    decision: 'renew',
    internalNote: 'Draft: wait for the December report before deciding.',
  });
}

/**
 * Last year's evaluation was started in January, before it was written. Its figures are prepared
 * at load time (preparing them at a January clock would write January into the playbook's own
 * history); last year's months read the same either way, so only the start is moved back. Demo
 * data only; the audit log keeps the true time the demo was loaded.
 */
async function backdateStart(database: Database, workspaceId: string, id: string, at: Date) {
  await database.db.transaction(async (tx) => {
    // The owner is bound by the FORCE'd policies too: name the workspace they read.
    await tx.execute(sql`select set_config('app.workspace_id', ${workspaceId}, true)`);
    await tx.execute(sql`update evaluation set created_at = ${at.toISOString()}::timestamptz,
      prepared_at = ${at.toISOString()}::timestamptz
      where workspace_id = ${workspaceId} and id = ${id}`);
  });
}
