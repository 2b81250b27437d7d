// makeX(server, parent?, overrides?) builds what is missing through the real services, with
// realistic values, and returns the stored row. Every test builds its own workspace.
import { randomUUID } from 'node:crypto';
import { createApiToken } from '../src/accounts/api-tokens.service.ts';
import { addMember } from '../src/accounts/members.service.ts';
import { createUser, createWorkspace } from '../src/accounts/workspaces.service.ts';
import type { CharterContent } from '../src/charter/charter.content.ts';
import { createCharter, getCharterVersion } from '../src/charter/charter-drafting.service.ts';
import { transitionCharter } from '../src/charter/charter-negotiation.service.ts';
import { signCharter } from '../src/charter/charter-signing.service.ts';
import { createProductLine } from '../src/charter/product-lines.service.ts';
import type { Role } from '../src/db/schema.ts';
import { createContact } from '../src/distributors/contacts.service.ts';
import type { ContactInput, DistributorInput } from '../src/distributors/distributors.schema.ts';
import { createDistributor } from '../src/distributors/distributors.service.ts';
import { type Actor, makeContext, systemActor } from '../src/platform/tenancy.ts';
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
    clock: server.clock,
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
    reportCurrency: 'EUR',
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
  options: { distributorId?: string; password?: string; name?: string; locale?: string } = {},
): Promise<TestUser> {
  const email = `user.${unique()}@example.com`;
  const name = options.name ?? 'Jonas Becker';
  const user = await createUser(base(workspace.server), {
    email,
    name,
    ...(options.password ? { password: options.password } : {}),
    ...(options.locale ? { locale: options.locale } : {}),
  });
  const distributorId = options.distributorId ?? null;
  await addMember(systemContext(workspace), { userId: user.id, role, distributorId });
  const member = { id: user.id, email, name, role, distributorId, token: '', workspace };
  const { token } = await createApiToken(systemContext(workspace, actorOf(member)), 'tests');
  return { ...member, token };
}

export async function makeDistributorUser(
  workspace: TestWorkspace,
  distributorId: string,
  role: Role = 'distributor_admin',
) {
  return makeUser(workspace, role, { distributorId, name: 'Nguyễn Thị Lan' });
}

export async function makeProductLine(
  workspace: TestWorkspace,
  overrides: Partial<{ code: string; name: string; category: string | null }> = {},
) {
  return createProductLine(systemContext(workspace), {
    code: `BRK-${unique().toUpperCase()}`,
    name: 'Brake pads',
    category: 'Brakes',
    ...overrides,
  });
}

/**
 * A distributor's charter taken to `status` through the real services: created with `content`
 * (default: the default text), sent, agreed, and signed by a principal admin and a distributor
 * admin made for the purpose.
 */
export async function makeCharter(
  workspace: TestWorkspace,
  distributorId: string,
  status: 'draft' | 'negotiation' | 'agreed' | 'signed',
  content?: CharterContent,
) {
  const admin = await makeUser(workspace, 'principal_admin', { name: 'Katrin Weber' });
  const adminContext = systemContext(workspace, actorOf(admin));
  const created = await createCharter(adminContext, distributorId, content ? { content } : {});
  const version = created.version;
  if (status === 'draft') return created;
  await transitionCharter(adminContext, distributorId, version, { action: 'send', reason: null });
  if (status === 'negotiation') return getCharterVersion(adminContext, distributorId, version);
  const agreed = await transitionCharter(adminContext, distributorId, version, {
    action: 'agree',
    reason: null,
  });
  if (status === 'agreed') return agreed;
  const signer = await makeDistributorUser(workspace, distributorId);
  const hash = agreed.agreedHash ?? '';
  const request = { ip: '192.0.2.1', userAgent: 'factory' };
  await signCharter(adminContext, distributorId, version, sign(admin, hash), request);
  return signCharter(
    systemContext(workspace, actorOf(signer)),
    distributorId,
    version,
    sign(signer, hash),
    request,
  );
}

function sign(user: TestUser, contentHash: string) {
  return { typedName: user.name, signerRole: 'Director', consent: true as const, contentHash };
}

export function actorOf(user: TestUser): Actor {
  return {
    userId: user.id,
    name: user.name,
    email: user.email,
    workspaceId: user.workspace.id,
    role: user.role,
    distributorId: user.distributorId,
    via: 'session',
    locale: 'en',
    timeZone: 'UTC',
    requestId: null,
  };
}
