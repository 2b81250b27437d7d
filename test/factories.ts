// makeX(server, parent?, overrides?) builds what is missing through the real services, with
// realistic values, and returns the stored row. Every test builds its own workspace.
import { randomUUID } from 'node:crypto';
import {
  addMember,
  createApiToken,
  createUser,
  createWorkspace,
  systemActor,
} from '../src/accounts/accounts.service.ts';
import type { Role } from '../src/db/schema.ts';
import { createContact } from '../src/distributors/contacts.service.ts';
import type { ContactInput, DistributorInput } from '../src/distributors/distributors.schema.ts';
import { createDistributor } from '../src/distributors/distributors.service.ts';
import { type Actor, makeContext } from '../src/platform/tenancy.ts';
import type { TestServer } from './server.ts';

export type TestWorkspace = { id: string; slug: string; name: string; server: TestServer };
export type TestUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  distributorId: string | null;
  token: string;
  workspace: TestWorkspace;
};

const unique = () => randomUUID().slice(0, 8);

function base(server: TestServer) {
  return {
    db: server.database.db,
    config: server.config,
    mailer: server.mailer,
  };
}

function systemContext(workspace: TestWorkspace, actor?: Actor) {
  return makeContext(base(workspace.server), actor ?? systemActor(workspace.id, 'Test factory'));
}

export async function makeWorkspace(server: TestServer, name = 'Brenner Autoteile GmbH') {
  const slug = `ws-${unique()}`;
  const row = await createWorkspace(base(server), { name, slug });
  return { id: row.id, slug, name, server } satisfies TestWorkspace;
}

export async function makeDistributor(
  workspace: TestWorkspace,
  overrides: Partial<DistributorInput> = {},
) {
  return createDistributor(systemContext(workspace), {
    name: `Saigon Motor Parts ${unique()}`,
    legalName: null,
    country: 'VN',
    city: 'Ho Chi Minh City',
    timeZone: 'Asia/Ho_Chi_Minh',
    languages: ['vi', 'en'],
    website: null,
    notes: null,
    lifecycleStage: 'active',
    ...overrides,
  });
}

export async function makeContact(
  workspace: TestWorkspace,
  distributorId: string,
  overrides: Partial<ContactInput> = {},
) {
  return createContact(systemContext(workspace), distributorId, {
    side: 'distributor',
    name: 'Lê Quốc Huy',
    role: 'purchasing_lead',
    title: null,
    email: `huy.${unique()}@saigonmotor.example`,
    phone: '+84 28 3823 4503',
    language: 'vi',
    timeZone: 'Asia/Ho_Chi_Minh',
    isPrimary: false,
    ...overrides,
  });
}

/** A member of the workspace with an API token; `password` also lets them sign in. */
export async function makeUser(
  workspace: TestWorkspace,
  role: Role = 'principal_manager',
  options: { distributorId?: string; password?: string; name?: string } = {},
): Promise<TestUser> {
  const email = `user.${unique()}@example.com`;
  const name = options.name ?? 'Jonas Becker';
  const user = await createUser(base(workspace.server), {
    email,
    name,
    ...(options.password ? { password: options.password } : {}),
  });
  const distributorId = options.distributorId ?? null;
  await addMember(systemContext(workspace), { userId: user.id, role, distributorId });
  const actor: Actor = {
    userId: user.id,
    name,
    email,
    workspaceId: workspace.id,
    role,
    distributorId,
    via: 'session',
    locale: 'en',
    timeZone: 'UTC',
    requestId: null,
  };
  const { token } = await createApiToken(systemContext(workspace, actor), 'tests');
  return { id: user.id, email, name, role, distributorId, token, workspace };
}

export async function makeDistributorUser(
  workspace: TestWorkspace,
  distributorId: string,
  role: Role = 'distributor_admin',
) {
  return makeUser(workspace, role, { distributorId, name: 'Nguyễn Thị Lan' });
}
