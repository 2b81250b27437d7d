// What the charter's API tests share: the problem and version shapes they read, and a
// relationship (a workspace, a distributor, the principal's admin and manager, the distributor's
// signer) built through the real services.
import {
  makeDistributor,
  makeDistributorUser,
  makeUser,
  makeWorkspace,
  type TestWorkspace,
} from '../../test/factories.ts';
import type { TestServer } from '../../test/server.ts';
import { type CharterContent, defaultCharterContent } from './charter.content.ts';

export type Problem = {
  status: number;
  type: string;
  title: string;
  detail?: string;
  errors?: { pointer: string; detail: string }[];
};
export type Version = {
  version: number;
  status: string;
  content: CharterContent;
  agreedHash: string | null;
  signatures: { party: string; typedName: string; voidedAt: string | null; ip: string | null }[];
  conflicts: {
    kind: string;
    pointer: string;
    detail: string;
    other: { distributorName: string | null } | null;
  }[];
  openPoints: number;
};

export const today = new Date().toISOString().slice(0, 10);

export function contentWith(changes: Partial<CharterContent>): CharterContent {
  return { ...defaultCharterContent(today, 'vi'), ...changes };
}

export function exclusiveIn(
  country: string,
  region: string | null = null,
): CharterContent['territory'] {
  return {
    grants: [
      { country, region, productLineIds: [], exclusive: true, startsOn: today, endsOn: null },
    ],
    clause: '',
  };
}

export async function relationship(server: TestServer, workspace?: TestWorkspace) {
  const space = workspace ?? (await makeWorkspace(server));
  const distributor = await makeDistributor(space);
  const admin = await makeUser(space, 'principal_admin', { name: 'Katrin Weber' });
  const manager = await makeUser(space, 'principal_manager');
  const signer = await makeDistributorUser(space, distributor.id);
  const base = `/api/v1/distributors/${distributor.id}/charter`;
  return { workspace: space, distributor, admin, manager, signer, base };
}
