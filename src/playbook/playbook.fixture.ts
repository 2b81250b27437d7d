// What the playbook's API tests share: the answers' shapes and a relationship with both sides.
import {
  makeDistributor,
  makeDistributorUser,
  makeUser,
  makeWorkspace,
  type TestWorkspace,
} from '../../test/factories.ts';
import type { TestServer } from '../../test/server.ts';

export type Item = {
  key: string;
  title: string;
  kind: string;
  ruleCode: string | null;
  threshold: number | null;
  isDone: boolean;
  evidence: { text: string; link: string | null } | null;
  tickedBy: { name: string; side: string } | null;
  note: string | null;
  confirmedBy: { name: string } | null;
  canTick: boolean;
  canConfirm: boolean;
};
export type Transition = { itemKey: string; isDone: boolean; cause: string; note: string | null };
export type DistributorPlaybook = {
  version: number;
  done: number;
  total: number;
  items: Item[];
  history: Transition[];
};
export type Playbook = {
  version: number;
  isStandard: boolean;
  items: {
    key: string;
    title: string;
    criteria: string;
    ruleCode: string | null;
    threshold: number | null;
  }[];
};
export type Progress = {
  items: { key: string; done: number; stalled: number }[];
  distributors: {
    id: string;
    name: string;
    done: number;
    total: number;
    stalledAt: { key: string } | null;
  }[];
};

export async function relationship(server: TestServer, workspace?: TestWorkspace) {
  const space = workspace ?? (await makeWorkspace(server));
  const distributor = await makeDistributor(space, { name: 'Saigon Motor Parts' });
  const admin = await makeUser(space, 'principal_admin', { name: 'Katrin Weber' });
  const manager = await makeUser(space, 'principal_manager', { name: 'Jonas Becker' });
  const lan = await makeDistributorUser(space, distributor.id);
  const base = `/api/v1/distributors/${distributor.id}`;
  return { workspace: space, distributor, admin, manager, lan, base };
}

export const item = (playbook: DistributorPlaybook, key: string) => {
  const found = playbook.items.find((entry) => entry.key === key);
  if (!found) throw new Error(`no item ${key}`);
  return found;
};
