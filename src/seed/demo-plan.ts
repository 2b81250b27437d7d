// The demo's goals and joint plans (#18), written through the plan's services: Saigon's two
// goals came from its signed charter; both sides added one that follows a KPI, agreed the
// responsibilities and the milestones (one of them now overdue), and one proposal from each
// side waits for the other's answer. Siam, mid-onboarding, has a first goal and plan agreed.

import {
  proposeGoal,
  proposeMilestone,
  proposeMilestoneChange,
  proposeResponsibilities,
} from '../plan/plan.service.ts';
import { agreePlanChange } from '../plan/plan-agreement.service.ts';
import { setMilestoneStatus } from '../plan/plan-progress.service.ts';
import type { Context } from '../platform/tenancy.ts';
import { actingAs, type Person } from './demo-charters.ts';

const dayFromNow = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

type Agreed = { number: number; subjectId: string | null };

/** Proposed by one side and agreed at once by the other; returns the agreed change. */
async function agreed(
  answerer: Context,
  distributorId: string,
  proposal: Promise<{ number: number }>,
): Promise<Agreed> {
  const { number } = await proposal;
  return agreePlanChange(answerer, distributorId, number);
}

export async function loadDemoPlan(
  base: Omit<Context, 'actor' | 't'>,
  workspaceId: string,
  people: { admin: Person; manager: Person; vietnam: Person; thailand: Person },
  distributors: { vietnam: string; thailand: string },
) {
  const katrin = actingAs(base, workspaceId, people.admin);
  const jonas = actingAs(base, workspaceId, people.manager);
  const lan = actingAs(base, workspaceId, people.vietnam);
  const somchai = actingAs(base, workspaceId, people.thailand);
  const saigon = distributors.vietnam;
  const siam = distributors.thailand;

  await agreed(
    lan,
    saigon,
    proposeGoal(jonas, saigon, {
      metric: 'Weeks of cover at the committed buffer',
      target: 8,
      unit: 'weeks',
      dueOn: dayFromNow(200),
      kpi: 'weeksOfCover',
      objectives: [
        { text: 'Share the stock count by the 5th of each month', ownerSide: 'distributor' },
        { text: 'Propose the reorder with each monthly review', ownerSide: 'principal' },
      ],
      note: 'The buffer the charter commits to; the scorecard measures it every month.',
    }),
  );
  await agreed(
    katrin,
    saigon,
    proposeGoal(lan, saigon, {
      metric: 'Monthly reports on time',
      target: 100,
      unit: '%',
      dueOn: dayFromNow(380),
      kpi: 'timeliness',
      objectives: [{ text: 'Báo cáo tháng gửi trước ngày 10', ownerSide: 'distributor' }],
      note: '',
    }),
  );
  await agreed(
    lan,
    saigon,
    proposeResponsibilities(katrin, saigon, {
      principal: [
        'Deliver to Cát Lái within 21 days of a confirmed order',
        'Two product trainings a year on site in Ho Chi Minh City',
        'Vietnamese catalogue and price sheets',
      ],
      distributor: [
        'Hold eight weeks of stock of every brake line',
        'Monthly report by the 10th, with inventory and pipeline',
        'Visit every key workshop customer once a quarter',
      ],
      note: '',
    }),
  );
  const milestones = [
    ['Workshop training in Biên Hòa', -60, 'principal', 'Jonas Becker'],
    ['Second warehouse open in Bình Dương', -20, 'distributor', 'Nguyễn Thị Lan'],
    ['Quarterly business review with the 2027 plan', 45, 'principal', null],
    ['Oil filter line launched in Đà Nẵng', 120, 'distributor', null],
  ] as const;
  const ids: (string | null)[] = [];
  for (const [title, days, ownerSide, ownerName] of milestones) {
    const change = await agreed(
      lan,
      saigon,
      proposeMilestone(katrin, saigon, {
        title,
        dueOn: dayFromNow(days),
        ownerSide,
        ownerName,
        note: '',
      }),
    );
    ids.push(change.subjectId);
  }
  await setMilestoneStatus(jonas, saigon, ids[0] ?? '', 'done');
  // The warehouse is under way but late: the plan flags it as overdue.
  await setMilestoneStatus(lan, saigon, ids[1] ?? '', 'in_progress');
  // Waiting for the principal: a goal Lan proposed.
  await proposeGoal(lan, saigon, {
    metric: 'Active workshop customers in Đồng Nai',
    target: 25,
    unit: 'workshops',
    dueOn: dayFromNow(270),
    kpi: null,
    objectives: [{ text: 'Mở đại lý phụ tùng tại Biên Hòa', ownerSide: 'distributor' }],
    note: 'Khách hàng gara ở Đồng Nai đang hỏi hàng; chúng tôi cần hỗ trợ đào tạo.',
  });
  // Waiting for Lan: the principal moves the QBR.
  await proposeMilestoneChange(jonas, saigon, ids[2] ?? '', {
    title: 'Quarterly business review with the 2027 plan',
    dueOn: dayFromNow(52),
    ownerSide: 'principal',
    ownerName: 'Jonas Becker',
    note: 'The week after the Automechanika fair suits us better.',
  });

  // Siam Auto Components, mid-onboarding: a first goal and the plan's first steps.
  await agreed(
    somchai,
    siam,
    proposeGoal(katrin, siam, {
      metric: 'First orders placed',
      target: 3,
      unit: 'orders',
      dueOn: dayFromNow(60),
      kpi: null,
      objectives: [
        { text: 'ส่งใบสั่งซื้อแรกสำหรับผ้าเบรก', ownerSide: 'distributor' },
        { text: 'Confirm delivery dates to Laem Chabang', ownerSide: 'principal' },
      ],
      note: '',
    }),
  );
  for (const [title, days, ownerSide] of [
    ['Onboarding training in Bangkok', 14, 'principal'],
    ['First container ordered', 30, 'distributor'],
  ] as const) {
    await agreed(
      somchai,
      siam,
      proposeMilestone(katrin, siam, {
        title,
        dueOn: dayFromNow(days),
        ownerSide,
        ownerName: null,
        note: '',
      }),
    );
  }
}
