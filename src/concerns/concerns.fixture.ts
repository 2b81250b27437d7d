// What the escalation and concern tests share: a relationship at risk, built through the real
// services and API. Today is 2026-11-20: the September report came six weeks late, October's has
// not come, stock covers about three weeks against a signed buffer of eight for the brake line,
// and the report names a competing line.
import { expect } from 'vitest';
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
import type { TestServer } from '../../test/server.ts';
import { defaultCharterContent } from '../charter/charter.content.ts';
import type { DistributorInput } from '../distributors/distributors.schema.ts';

export const concernsClock = () => pinnedClock('2026-11-20T08:00:00Z');

export type ProblemBody = { status: number; errors?: { pointer: string; detail: string }[] };

export async function atRiskRelationship(
  server: TestServer,
  overrides: Partial<DistributorInput> = {},
) {
  const workspace = await makeWorkspace(server);
  const line = await makeProductLine(workspace, { code: 'BRK-100', name: 'Brake pads' });
  const distributor = await makeDistributor(workspace, {
    name: 'Saigon Motor Parts',
    reportCurrency: 'USD',
    ...overrides,
  });
  const content = defaultCharterContent('2026-01-01', 'en');
  content.inventory.lines = [
    { productLineId: line.id, minimumOrderQuantity: 2000, bufferWeeks: 8 },
  ];
  await makeCharter(workspace, distributor.id, 'signed', content);
  const lan = await makeDistributorUser(workspace, distributor.id);
  const submitted = await http(server.url)
    .as(lan)
    .post(`/api/v1/distributors/${distributor.id}/reports/2026-09/submissions`, {
      content: {
        period: '2026-09',
        currency: 'USD',
        sales: [{ productLine: line.code, units: 400, revenue: 5_600 }],
        inventory: [{ productLine: line.code, unitsOnHand: 300 }],
        pipeline: [],
        marketIntelligence: [],
        competitiveActivity: [
          {
            competitor: 'Dragon Friction',
            product: 'Ceramic brake pads',
            pricePoint: 9.9,
            observation: 'On the shelves of our Thủ Đức branch.',
          },
        ],
        customerSatisfaction: { complaints: 3, returns: 1, score: 6.5 },
      },
    });
  expect(submitted.status).toBe(200);
  const manager = await makeUser(workspace, 'principal_manager', { name: 'Jonas Becker' });
  const client = http(server.url).as(manager);
  // The distributor's ladder: the general manager first, then the sales director.
  const minh = await makeContact(workspace, distributor.id, {
    name: 'Trần Văn Minh',
    role: 'general_manager',
    email: `minh.${distributor.id.slice(0, 6)}@saigonmotor.example`,
  });
  const lanContact = await makeContact(workspace, distributor.id, {
    name: 'Nguyễn Thị Lan',
    role: 'sales_director',
    email: `lan.${distributor.id.slice(0, 6)}@saigonmotor.example`,
  });
  for (const [level, contact, hours] of [
    [1, minh, 48],
    [2, lanContact, 24],
  ] as const) {
    const step = await client.post(`/api/v1/distributors/${distributor.id}/escalation-steps`, {
      side: 'distributor',
      level,
      contactId: contact.id,
      channel: 'phone',
      responseTimeHours: hours,
      note: null,
    });
    expect(step.status).toBe(201);
  }
  return { workspace, line, distributor, lan, manager, client, minh, lanContact };
}
