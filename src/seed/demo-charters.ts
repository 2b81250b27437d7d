// The demo's charters, told as the seeds tell it: Saigon Motor Parts signed a charter (a carve-out
// key account and buffer-stock commitments) 18 months ago; Siam Auto Components is negotiating,
// with open points and a Laos exclusivity that conflicts with the Vietnamese charter. The
// Vietnamese relationship also has its meeting cadence planned.
import { sql } from 'drizzle-orm';
import { createCadencePlan } from '../cadence/cadence.service.ts';
import { type CharterContent, defaultCharterContent } from '../charter/charter.content.ts';
import { createCharter } from '../charter/charter-drafting.service.ts';
import {
  raiseCharterPoint,
  respondToCharterPoint,
  transitionCharter,
} from '../charter/charter-negotiation.service.ts';
import { signCharter } from '../charter/charter-signing.service.ts';
import { createProductLine } from '../charter/product-lines.service.ts';
import type { Database } from '../db/client.ts';
import type { Role } from '../db/schema.ts';
import { type Context, makeContext } from '../platform/tenancy.ts';
import { loadDemoMeetings } from './demo-meetings.ts';

export const demoProductLines: [code: string, name: string, category: string][] = [
  ['BRK-100', 'Brake pads', 'Brakes'],
  ['BRK-110', 'Brake discs', 'Brakes'],
  ['BRK-120', 'Brake calipers', 'Brakes'],
  ['FLT-100', 'Oil filters', 'Filters'],
  ['FLT-110', 'Air filters', 'Filters'],
  ['FLT-120', 'Cabin filters', 'Filters'],
  ['CLU-100', 'Clutch kits', 'Clutch'],
  ['CLU-110', 'Dual-mass flywheels', 'Clutch'],
  ['SUS-100', 'Shock absorbers', 'Suspension'],
  ['SUS-110', 'Control arms', 'Suspension'],
  ['STE-100', 'Tie rods', 'Steering'],
  ['COO-100', 'Water pumps', 'Engine cooling'],
  ['COO-110', 'Radiators', 'Engine cooling'],
  ['ELE-100', 'Starters', 'Electrical'],
  ['ELE-110', 'Alternators', 'Electrical'],
  ['ELE-120', 'Sensors', 'Electrical'],
  ['LGT-100', 'Headlamps', 'Lighting'],
  ['BLT-100', 'Timing belt kits', 'Belts and chains'],
  ['EXH-100', 'Catalytic converters', 'Exhaust'],
  ['EXH-110', 'Silencers', 'Exhaust'],
];

export type Person = {
  userId: string;
  name: string;
  email: string;
  role: Role;
  distributorId: string | null;
};

export function actingAs(base: Omit<Context, 'actor' | 't'>, workspaceId: string, person: Person) {
  return makeContext(base, {
    userId: person.userId,
    name: person.name,
    email: person.email,
    workspaceId,
    role: person.role,
    distributorId: person.distributorId,
    via: 'system',
    locale: 'en',
    timeZone: 'UTC',
    requestId: null,
  });
}

function isoDaysAgo(days: number) {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

export async function loadDemoCharters(
  database: Database,
  base: Omit<Context, 'actor' | 't'>,
  system: Context,
  people: { admin: Person; vietnam: Person; thailand: Person },
  distributors: { vietnam: string; thailand: string },
) {
  const lines = new Map<string, string>();
  for (const [code, name, category] of demoProductLines) {
    const line = await createProductLine(system, { code, name, category });
    lines.set(code, line.id);
  }
  const id = (code: string) => lines.get(code) ?? '';
  const workspaceId = system.actor.workspaceId;
  const admin = actingAs(base, workspaceId, people.admin);
  const lan = actingAs(base, workspaceId, people.vietnam);
  const somchai = actingAs(base, workspaceId, people.thailand);

  // Saigon Motor Parts: signed 18 months ago.
  const signedOn = isoDaysAgo(540);
  const vietnam: CharterContent = {
    ...defaultCharterContent(signedOn, 'en'),
    territory: {
      grants: [
        {
          country: 'VN',
          region: null,
          productLineIds: [],
          exclusive: true,
          startsOn: signedOn,
          endsOn: null,
        },
        {
          country: 'LA',
          region: null,
          productLineIds: [id('BRK-100'), id('BRK-110')],
          exclusive: false,
          startsOn: signedOn,
          endsOn: null,
        },
      ],
      clause:
        'Exclusive for the whole of Vietnam; brake pads and discs also in Laos, without exclusivity, served from the Ho Chi Minh City warehouse.',
    },
    assignedAccounts: {
      accounts: [
        { company: 'Vinh Phat Auto Parts Wholesale', country: 'VN' },
        { company: 'Mekong Fleet Services', country: 'VN' },
      ],
      clause: 'The distributor owns these key accounts and reports on them monthly.',
    },
    carveOuts: {
      accounts: [
        {
          company: 'Truong Hai Auto (THACO)',
          country: 'VN',
          reason: 'OEM supply contract held directly by Brenner since 2019.',
        },
      ],
      clause:
        'Brenner serves the carved-out accounts directly and tells the distributor of every shipment into Vietnam.',
    },
    inventory: {
      lines: [
        { productLineId: id('BRK-100'), minimumOrderQuantity: 2000, bufferWeeks: 8 },
        { productLineId: id('BRK-110'), minimumOrderQuantity: 600, bufferWeeks: 8 },
        { productLineId: id('FLT-100'), minimumOrderQuantity: 3000, bufferWeeks: 6 },
        { productLineId: null, minimumOrderQuantity: 200, bufferWeeks: 4 },
      ],
      financing: 'distributor',
      paymentTermsDays: 60,
      clause:
        'The distributor holds at least the buffer stock in weeks of cover of its trailing three-month sales, financed by the distributor on 60-day terms.',
    },
    principalCommitments: {
      deliveryLeadTimeDays: 42,
      marketingFundsPerYear: 10000,
      currency: 'EUR',
      trainingDaysPerYear: 6,
      technicalSupportResponseHours: 24,
      clause: 'Two product trainings a year on site in Ho Chi Minh City; catalogue in Vietnamese.',
    },
    goals: {
      items: [
        { metric: 'Revenue, first year', target: 1200000, unit: 'EUR', dueOn: isoDaysAgo(175) },
        {
          metric: 'Active workshop customers',
          target: 40,
          unit: 'workshops',
          dueOn: isoDaysAgo(175),
        },
      ],
      clause: '',
    },
    communication: {
      ...defaultCharterContent(signedOn).communication,
      workingLanguage: 'en',
      translationRule:
        'English for the charter, reports and meeting notes; Vietnamese for customer-facing material, translated by the distributor and checked by Brenner.',
    },
    term: {
      startsOn: signedOn,
      endsOn: null,
      reviewOn: isoDaysAgo(175),
      renewal: 'automatic',
      terminationNoticeDays: 180,
      clause: 'Reviewed every year at the annual strategic planning meeting.',
    },
  };
  const saigon = await createCharter(admin, distributors.vietnam, { content: vietnam });
  await transitionCharter(admin, distributors.vietnam, saigon.version, {
    action: 'send',
    reason: null,
  });
  const point = await raiseCharterPoint(lan, distributors.vietnam, saigon.version, {
    section: 'principalCommitments',
    title: 'Marketing funds for the launch year',
    position:
      'We need EUR 20,000 of co-op funds in the first year to launch the brand with workshops.',
    proposal: { ...vietnam.principalCommitments, marketingFundsPerYear: 20000 },
  });
  await respondToCharterPoint(admin, distributors.vietnam, saigon.version, point.number, {
    kind: 'agreed',
    body: 'Agreed for the launch year, reviewed at the annual planning.',
  });
  const agreed = await transitionCharter(admin, distributors.vietnam, saigon.version, {
    action: 'agree',
    reason: null,
  });
  const hash = agreed.agreedHash ?? '';
  await signCharter(
    admin,
    distributors.vietnam,
    saigon.version,
    { typedName: 'Katrin Weber', signerRole: 'Head of Export', consent: true, contentHash: hash },
    { ip: '192.0.2.10', userAgent: 'Liaison demo' },
  );
  await signCharter(
    lan,
    distributors.vietnam,
    saigon.version,
    {
      typedName: 'Nguyễn Thị Lan',
      signerRole: 'Giám đốc điều hành (Managing Director)',
      consent: true,
      contentHash: hash,
    },
    { ip: '198.51.100.24', userAgent: 'Liaison demo' },
  );
  await backdateCharter(database, workspaceId, distributors.vietnam, 540);
  // Its running cadence: ten weeks of history and six months ahead at fair times for both sides.
  await loadDemoMeetings(database, admin, distributors.vietnam);

  // Siam Auto Components: in negotiation, with open points and the Laos conflict.
  const startsOn = isoDaysAgo(-30);
  const thailand: CharterContent = {
    ...defaultCharterContent(startsOn, 'en'),
    territory: {
      grants: [
        {
          country: 'TH',
          region: null,
          productLineIds: [],
          exclusive: true,
          startsOn,
          endsOn: null,
        },
        {
          country: 'LA',
          region: null,
          productLineIds: [id('BRK-100'), id('BRK-110'), id('BRK-120')],
          exclusive: true,
          startsOn,
          endsOn: null,
        },
      ],
      clause: 'Exclusive for Thailand; the brake line also in Laos from the Bangkok warehouse.',
    },
    carveOuts: {
      accounts: [
        { company: 'Thai Rung Union Car', country: 'TH', reason: 'Direct OEM programme.' },
      ],
      clause: '',
    },
    inventory: {
      lines: [
        { productLineId: id('BRK-100'), minimumOrderQuantity: 1500, bufferWeeks: 6 },
        { productLineId: id('FLT-100'), minimumOrderQuantity: 2000, bufferWeeks: 6 },
      ],
      financing: 'distributor',
      paymentTermsDays: 45,
      clause: '',
    },
    principalCommitments: {
      ...defaultCharterContent(startsOn).principalCommitments,
      marketingFundsPerYear: 15000,
    },
    communication: {
      ...defaultCharterContent(startsOn).communication,
      translationRule: 'English for the charter and notes; Thai for customer-facing material.',
    },
  };
  const siam = await createCharter(admin, distributors.thailand, { content: thailand });
  await transitionCharter(admin, distributors.thailand, siam.version, {
    action: 'send',
    reason: null,
  });
  const financing = await raiseCharterPoint(somchai, distributors.thailand, siam.version, {
    section: 'inventory',
    title: 'Who finances the buffer stock',
    position:
      'Six weeks of cover ties up too much cash in year one. We propose shared financing and 90-day terms.',
    proposal: { ...thailand.inventory, financing: 'shared', paymentTermsDays: 90 },
  });
  await respondToCharterPoint(admin, distributors.thailand, siam.version, financing.number, {
    kind: 'position',
    body: 'We can finance half of the brake-pad buffer for the first year, on 60-day terms.',
    proposal: { ...thailand.inventory, financing: 'shared', paymentTermsDays: 60 },
  });
  await raiseCharterPoint(somchai, distributors.thailand, siam.version, {
    section: 'principalCommitments',
    title: 'Launch marketing funds',
    position:
      'EUR 15,000 does not cover the Bangkok trade fair. We ask for EUR 25,000 in year one.',
    proposal: { ...thailand.principalCommitments, marketingFundsPerYear: 25000 },
  });
  await raiseCharterPoint(admin, distributors.thailand, siam.version, {
    section: 'territory',
    title: 'Laos: Saigon Motor Parts already sells brakes there',
    position:
      'Saigon Motor Parts has a signed, non-exclusive grant for brake pads and discs in Laos. We propose Laos without exclusivity.',
    proposal: {
      ...thailand.territory,
      grants: thailand.territory.grants.map((grant) =>
        grant.country === 'LA' ? { ...grant, exclusive: false } : grant,
      ),
    },
  });
  const language = await raiseCharterPoint(somchai, distributors.thailand, siam.version, {
    section: 'reporting',
    title: 'Monthly report due day',
    position: 'Our month-end closing takes until the 12th; we ask for the 15th.',
    proposal: { ...thailand.reporting, monthlyReportDueDay: 15 },
  });
  await respondToCharterPoint(admin, distributors.thailand, siam.version, language.number, {
    kind: 'agreed',
    body: 'Fine: the monthly review moves to the third week.',
  });
  // Its onboarding journey (#18): the cadence was planned in the first week; the charter, due by
  // day 30, is still in negotiation on day 45, so the journey shows as stalled.
  await createCadencePlan(admin, distributors.thailand, {
    checkInWeekday: 2,
    reviewWeekday: 4,
    horizonMonths: 3,
    videoUrl: 'https://meet.google.com/brn-siam-wkly',
  });
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('app.workspace_id', ${workspaceId}, true)`);
    await tx.execute(sql`update cadence_plan set created_at = now() - interval '40 days'
      where workspace_id = ${workspaceId} and distributor_id = ${distributors.thailand}`);
  });
}

/** Moves the signed Vietnamese charter's dates into the past, like the lifecycle history. */
export async function backdateCharter(
  database: Database,
  workspaceId: string,
  distributorId: string,
  days: number,
) {
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('app.workspace_id', ${workspaceId}, true)`);
    // Demo data only: the guard keeps signed versions immutable for everyone else.
    await tx.execute(sql`alter table charter_version disable trigger charter_version_guard`);
    const at = sql`now() - make_interval(days => ${days})`;
    await tx.execute(sql`update charter_version
      set created_at = ${at} - interval '20 days', updated_at = ${at}, agreed_at = ${at} - interval '2 days', signed_at = ${at}
      where workspace_id = ${workspaceId} and distributor_id = ${distributorId}`);
    await tx.execute(sql`alter table charter_version enable trigger charter_version_guard`);
    await tx.execute(sql`update charter_signature set signed_at = ${at} - interval '1 day'
      where workspace_id = ${workspaceId} and distributor_id = ${distributorId} and party = 'principal'`);
    await tx.execute(sql`update charter_signature set signed_at = ${at}
      where workspace_id = ${workspaceId} and distributor_id = ${distributorId} and party = 'distributor'`);
    await tx.execute(sql`update charter_point_event set created_at = ${at} - interval '10 days'
      where workspace_id = ${workspaceId} and distributor_id = ${distributorId}`);
    await tx.execute(sql`update charter_point
      set created_at = ${at} - interval '12 days', updated_at = ${at} - interval '10 days',
          resolved_at = ${at} - interval '10 days'
      where workspace_id = ${workspaceId} and distributor_id = ${distributorId}`);
  });
}
