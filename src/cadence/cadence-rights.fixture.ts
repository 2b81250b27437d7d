// Both sides of one relationship with a meeting plan, for the tests of who may change action
// items and meetings (#16).
import { expect } from 'vitest';
import {
  makeContact,
  makeDistributor,
  makeDistributorUser,
  makeUser,
  makeWorkspace,
} from '../../test/factories.ts';
import { http } from '../../test/http.ts';
import type { TestServer } from '../../test/server.ts';

type Cadence = { meetings: { id: string; kind: string; startsAt: string }[] };

export const daysFromToday = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Jonas (the principal's account manager, note-taker of every meeting), Lan (the distributor's
 * admin) and Huy (a member of her team), each a contact with their own e-mail, and a plan.
 */
export async function relationship(server: TestServer) {
  const workspace = await makeWorkspace(server);
  const distributor = await makeDistributor(workspace, { name: 'Saigon Motor Parts' });
  const jonas = await makeUser(workspace, 'principal_manager', { name: 'Jonas Becker' });
  const katrin = await makeUser(workspace, 'principal_manager', { name: 'Katrin Weber' });
  const viewer = await makeUser(workspace, 'principal_viewer', { name: 'Zofia Nowak' });
  const lan = await makeDistributorUser(workspace, distributor.id, 'distributor_admin');
  const huy = await makeUser(workspace, 'distributor_member', {
    distributorId: distributor.id,
    name: 'Trần Văn Huy',
  });
  const lanContact = await makeContact(workspace, distributor.id, {
    isPrimary: true,
    name: 'Nguyễn Thị Lan',
    email: lan.email,
    timeZone: 'Asia/Ho_Chi_Minh',
  });
  const huyContact = await makeContact(workspace, distributor.id, {
    name: 'Trần Văn Huy',
    email: huy.email,
    timeZone: 'Asia/Ho_Chi_Minh',
  });
  const jonasContact = await makeContact(workspace, distributor.id, {
    side: 'principal',
    role: 'account_manager',
    name: 'Jonas Becker',
    email: jonas.email,
    isPrimary: true,
    timeZone: 'Europe/Berlin',
  });
  const base = `/api/v1/distributors/${distributor.id}`;
  const plan = await http(server.url)
    .as(jonas)
    .post<Cadence>(`${base}/cadence`, { horizonMonths: 2 });
  expect(plan.status).toBe(201);
  const [first, second, third] = plan.body.meetings;
  if (!first || !second || !third) throw new Error('the plan has too few meetings');
  return {
    workspace,
    distributor,
    jonas,
    katrin,
    viewer,
    lan,
    huy,
    contacts: { lan: lanContact, huy: huyContact, jonas: jonasContact },
    base,
    meetings: [first, second, third] as const,
  };
}
