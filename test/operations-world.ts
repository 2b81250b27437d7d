// The world the isolation matrix and the fuzzer call every operation in: the demo (a workspace
// with two distributors that each have a user, charters, reports, threads, meetings, a library)
// plus what the demo lacks (webhooks, concerns, invitations, tokens…), and a second workspace
// whose records nobody in the first may ever see. Known values for every path parameter are
// read back from the API, so a value is what a real client would have.
import { eq, inArray, sql } from 'drizzle-orm';
import { openSession } from '../src/accounts/sessions.service.ts';
import { appUser, outboxEmail } from '../src/db/schema.ts';
import { demoDistributors, demoUsers, demoWorkspace } from '../src/seed/demo-data.ts';
import {
  makeCharter,
  makeContact,
  makeDistributor,
  makeDistributorUser,
  makeProductLine,
  makeUser,
  makeWorkspace,
  type TestWorkspace,
} from './factories.ts';
import { type Caller, send, sessionCaller } from './operations.ts';
import { startTestServer, type TestServer } from './server.ts';

export type Scope = 'saigon' | 'siam';
export type World = Awaited<ReturnType<typeof buildWorld>>;

type Json = Record<string, unknown>;

export async function buildWorld() {
  // Webhooks may point at this host, where nothing answers: no job runs a delivery in tests, and
  // none could reach past the machine.
  const server = await startTestServer({
    demo: true,
    config: { webhookAllowedNetworks: ['127.0.0.0/8'] },
  });
  const workspaceId = server.demoWorkspaceId ?? '';
  const home: TestWorkspace = { id: workspaceId, ...demoWorkspace, server };
  const users = await demoUserIds(server);
  const session = async (email: string) =>
    openSession(services(server), users.get(email) ?? '', workspaceId, {});
  const admin = sessionCaller('principal_admin', await session(demoUsers.admin.email));
  const [saigon, siam] = await distributorIds(server, admin);
  await markInternalView(server, admin, saigon);
  const adminSession = () => session(demoUsers.admin.email);
  const shared = await workspaceValues(server, admin, home, adminSession);
  const values = {
    saigon: new Map([...shared, ...(await distributorValues(server, admin, saigon))]),
    siam: new Map([...shared, ...(await distributorValues(server, admin, siam))]),
  };
  return {
    server,
    workspaceId,
    home,
    users,
    session,
    admin,
    distributors: { saigon, siam },
    values,
  };
}

export function services(server: TestServer) {
  const { database, config, mailer, clock } = server;
  return { db: database.db, config, mailer, clock };
}

async function demoUserIds(server: TestServer) {
  const emails = Object.values(demoUsers).map((user) => user.email);
  const rows = await server.database.db
    .select({ id: appUser.id, email: appUser.email })
    .from(appUser)
    .where(inArray(appUser.email, emails));
  return new Map(rows.map((row) => [row.email, row.id]));
}

/** The demo's first two distributors: each has a distributor user (Vietnam, Thailand). */
async function distributorIds(server: TestServer, admin: Caller) {
  const list = await getJson(server, admin, '/api/v1/distributors?pageSize=100');
  const items = list.items as { id: string; name: string }[];
  const idOf = (name: string | undefined) => {
    const found = items.find((item) => item.name === name);
    if (!found) throw new Error(`the demo has no distributor ${name}`);
    return found.id;
  };
  return [idOf(demoDistributors[0]?.name), idOf(demoDistributors[1]?.name)] as const;
}

/**
 * Distinctive text in the principal's internal view of Saigon, which the demo already has at risk:
 * notes, and the reasons of two more lifecycle moves, ending at risk again.
 */
export const internalMarkers = [
  'Nội bộ ⟦notes-7f3a⟧: margin talks stalled; consider a second distributor in Hà Nội',
  'Internal ⟦back-to-active-2c9e⟧: Lan promised a container order in the call',
  'Internal ⟦at-risk-again-91d4⟧: the promised order never came; Dragon Friction on every shelf',
] as const;

async function markInternalView(server: TestServer, admin: Caller, distributorId: string) {
  const [notes, backToActive, atRiskAgain] = internalMarkers;
  const base = `/api/v1/distributors/${distributorId}`;
  await getJson(server, admin, base, { notes }, 'PATCH');
  await getJson(server, admin, `${base}/lifecycle`, { stage: 'active', reason: backToActive });
  await getJson(server, admin, `${base}/lifecycle`, { stage: 'at_risk', reason: atRiskAgain });
}

/** GET, or POST when there is a body; `method` for another. Fails on anything but success. */
export async function getJson(
  server: TestServer,
  caller: Caller,
  path: string,
  body?: unknown,
  method = body === undefined ? 'GET' : 'POST',
) {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  const answer = await send(
    server.url,
    caller,
    method,
    path,
    payload === undefined ? undefined : { contentType: 'application/json', payload },
  );
  if (answer.status >= 300) {
    throw new Error(`building the world: ${path} answered ${answer.status} ${answer.text}`);
  }
  return (answer.text ? JSON.parse(answer.text) : {}) as Json;
}

/** The first value of `key` anywhere in `value`, depth first, that `accept` takes. */
export function firstOf(
  value: unknown,
  key: string,
  accept: (found: unknown) => boolean = (found) => found !== null && found !== undefined,
): unknown {
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = firstOf(item, key, accept);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (value === null || typeof value !== 'object') return undefined;
  for (const [name, item] of Object.entries(value)) {
    if (name === key && accept(item)) return item;
    const found = firstOf(item, key, accept);
    if (found !== undefined) return found;
  }
  return undefined;
}

const asText = (value: unknown) =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;

/** Values of parameters that name a record of the workspace, not of one distributor. */
async function workspaceValues(
  server: TestServer,
  admin: Caller,
  home: TestWorkspace,
  session: () => Promise<string>,
) {
  const get = (path: string, body?: unknown, method?: string) =>
    getJson(server, admin, path, body, method);
  const values = new Map<string, string>();
  const set = (key: string, value: unknown) => {
    const text = asText(value);
    if (text !== undefined) values.set(key, text);
  };
  // One overdue follow-up is a warning signal, which a concern must cite: so each distributor
  // can have one (the demo's Siam is otherwise healthy).
  await get(
    '/api/v1/early-warnings/settings',
    {
      reportGraceDays: 5,
      revenueDropPercent: 20,
      missedMeetings: 2,
      overdueFollowUps: 1,
    },
    'PUT',
  );
  set('product-lines/{id}', firstOf(await get('/api/v1/product-lines'), 'id'));
  set('subdivisions/{country}', 'VN');
  // One of the demo's exchange rates (#16): its currency and month name it.
  const rates = await get('/api/v1/exchange-rates');
  set('exchange-rates/{currency}', firstOf(rates, 'currency'));
  set('{currency}/{month}', firstOf(rates, 'month'));
  const token = await get('/api/v1/tokens', { name: 'Isolation matrix (revoked last)' });
  set('tokens/{id}', token.id);
  const invitation = await get('/api/v1/invitations', {
    email: 'zofia.wisniewska@example.com',
    role: 'principal_viewer',
  });
  set('invitations/{id}', invitation.id);
  set('by-token/{token}', await linkToken(server, 'zofia.wisniewska@example.com', 'invitations'));
  // A reset link for a person made for it: the demo's people keep their passwords.
  const forgetful = await makeUser(home, 'principal_viewer', { password: 'correct horse battery' });
  await get('/api/v1/auth/password-reset', { email: forgetful.email });
  set('password-reset/{token}', await linkToken(server, forgetful.email, 'reset-password'));
  // The same person is the member whose role or access the member operations change.
  set('members/{userId}', forgetful.id);
  set('help/{name}', 'cadence');
  // A second session of the admin's, for the operation that ends one.
  await session();
  const sessions = await get('/api/v1/me/sessions');
  set(
    'sessions/{id}',
    firstOf(sessions, 'id', (id) => typeof id === 'string'),
  );
  const feed = await get('/api/v1/me/calendar-feed', {});
  set('calendar/{file}', String(feed.url).split('/').pop());
  const year = new Date().getUTCFullYear();
  set('report-exports/{jobId}', (await get('/api/v1/report-exports', { year })).id);
  const webhook = await get('/api/v1/webhooks', {
    url: 'http://127.0.0.1:9/hooks/liaison',
    eventTypes: ['report.submitted'],
  });
  const webhookId = asText(firstOf(webhook, 'id'));
  set('webhooks/{webhookId}', webhookId);
  set('deliveries/{deliveryId}', (await get(`/api/v1/webhooks/${webhookId}/ping`, {})).id);
  const library = await get('/api/v1/library/documents');
  set('documents/{documentId}', firstOf(library, 'id'));
  set('translations/{translationId}', firstOf(firstOf(library, 'translation'), 'id'));
  set('files/{fileId}', firstOf(firstOf(library, 'readerFile'), 'id'));
  const savedFilter = await get('/api/v1/saved-filters', {
    page: 'directory',
    name: 'Việt Nam, at risk',
    query: 'country=VN&stage=at_risk',
  });
  set('saved-filters/{id}', savedFilter.id);
  return values;
}

/** The secret a link in the latest e-mail to `address` carries, after `/segment/`. */
async function linkToken(server: TestServer, address: string, segment: string) {
  const mails = await server.database.db
    .select({ text: outboxEmail.bodyText })
    .from(outboxEmail)
    .where(eq(outboxEmail.toAddress, address));
  const pattern = new RegExp(`/${segment}/([\\w-]+)`);
  return mails.map((mail) => mail.text.match(pattern)?.[1]).findLast(Boolean);
}

/** Values of parameters that name a record of one distributor (or the distributor itself). */
async function distributorValues(server: TestServer, admin: Caller, distributorId: string) {
  const base = `/api/v1/distributors/${distributorId}`;
  const get = (path: string, body?: unknown) => getJson(server, admin, `${base}${path}`, body);
  const values = new Map<string, string>([['distributors/{id}', distributorId]]);
  const set = (key: string, value: unknown) => {
    const text = asText(value);
    if (text !== undefined) values.set(key, text);
  };
  const contacts = await get('/contacts');
  set('contacts/{contactId}', firstOf(contacts, 'id'));
  set('escalation-steps/{stepId}', firstOf(await get('/escalation-steps'), 'id'));
  const version = asText(firstOf(await get('/charter'), 'version'));
  set('versions/{version}', version);
  set('points/{number}', firstOf(await get(`/charter/versions/${version}/points`), 'number'));
  // An amendment proposal where a charter is signed (Saigon's); Siam's unsigned charter has
  // none, so its number names nothing there (404 for everyone).
  const overview = await get('/charter');
  set(
    'amendments/{number}',
    overview.signedVersion === null
      ? 1
      : (
          await get('/charter/amendments', {
            section: 'term',
            change: 'Renew for three years instead of two.',
            reason: 'A second warehouse opens in Bình Dương next year.',
          })
        ).number,
  );
  // A judgement item of the playbook, which every relationship has (#18).
  set('items/{key}', 'trust');
  // The onboarding journey's one manual step (#18).
  set('steps/{key}', 'training_assigned');
  // An evaluation: the demo's draft of this year for Saigon, one started here for Siam (#18).
  set(
    'evaluations/{evaluationId}',
    firstOf((await get('/evaluations')).items, 'id') ?? (await get('/evaluations', {})).id,
  );
  // The joint plan: the demo agrees goals (with objectives) and milestones for Saigon and Siam.
  const plan = await get('/plan');
  set('goals/{goalId}', firstOf(plan.goals, 'id'));
  set('objectives/{objectiveId}', firstOf(firstOf(plan.goals, 'objectives', nonEmpty), 'id'));
  set('milestones/{milestoneId}', firstOf(plan.milestones, 'id'));
  set('changes/{number}', firstOf(plan.changes, 'number'));
  // This quarter's relationship survey round: the demo opens one for Saigon and for Siam.
  set('rounds/{roundId}', firstOf((await get('/feedback')).rounds, 'id'));
  const meetingOf = async () => {
    const meetings = await getJson(server, admin, '/api/v1/meetings?limit=100');
    return (meetings.items as Json[]).find((item) => item.distributorId === distributorId);
  };
  // Siam has no cadence in the demo: plan one.
  if (!(await meetingOf())) await get('/cadence', { horizonMonths: 1 });
  const meetingId = asText((await meetingOf())?.id);
  set('meetings/{meetingId}', meetingId);
  // A new time proposed for that meeting, waiting for the other side's answer.
  const proposed = await get(`/meetings/${meetingId}/time-proposals`, {
    startsAt: new Date(Date.now() + 9 * 86_400_000).toISOString(),
    reason: 'Stocktake at the warehouse that week',
  });
  set('time-proposals/{proposalId}', firstOf(proposed.proposals, 'id'));
  // An overdue action item gives every distributor a warning signal, which a concern must cite
  // (not every demo relationship has one). The API refuses a due date in the past: the
  // item is made due tomorrow, then moved back a month.
  const item = await get('/action-items', {
    title: 'Send the stock count for BRK-100',
    ownerContactId: firstOf(contacts, 'id'),
    dueOn: new Date(Date.now() + 86_400_000).toISOString().slice(0, 10),
  });
  await server.database.db.execute(
    sql`update action_item set due_on = current_date - 30 where id = ${String(item.id)}`,
  );
  set('action-items/{itemId}', item.id);
  const threadId = asText(firstOf(await get('/threads'), 'id'));
  set('threads/{threadId}', threadId);
  const thread = `${base}/threads/${threadId}`;
  set('attachments/{attachmentId}', await attachmentOf(server, admin, thread));
  set('interactions/{interactionId}', firstOf(await get('/interactions'), 'id'));
  const reports = await get('/reports');
  const submitted = (reports.months as Json[]).find((month) => Number(month.revision) > 0);
  set('reports/{period}', submitted?.period);
  set('revisions/{revision}', submitted?.revision);
  set('packs/{kind}', 'monthly');
  set('{kind}/{label}', submitted?.period);
  set('concerns/{concernId}', (await get('/concerns', {})).id);
  return values;
}

const nonEmpty = (value: unknown) => Array.isArray(value) && value.length > 0;

/** An attachment of the thread: one posted with a message when the thread has none. */
async function attachmentOf(server: TestServer, admin: Caller, thread: string) {
  const existing = firstOf(await getJson(server, admin, thread), 'attachments', nonEmpty);
  if (existing) return firstOf(existing, 'id');
  const form = new FormData();
  form.set('body', 'Bảng tồn kho tháng này, xin xem tệp đính kèm.');
  form.set('files', new Blob(['product,units\nBRK-100,300\n'], { type: 'text/csv' }), 'stock.csv');
  const posted = await send(server.url, admin, 'POST', `${thread}/messages`, {
    contentType: 'multipart/form-data',
    payload: form,
  });
  if (posted.status !== 201) throw new Error(`posting an attachment: ${posted.text}`);
  return firstOf(firstOf(JSON.parse(posted.text), 'attachments', nonEmpty), 'id');
}

/**
 * A second workspace, with records of each kind the first has the most of, under names of its
 * own: no caller of the first may ever see one of its ids or names.
 */
export async function buildForeignWorkspace(server: TestServer) {
  const workspace = await makeWorkspace(server, 'Fabryka Hamulców Wrocław Sp. z o.o.');
  const admin = await makeUser(workspace, 'principal_admin', { name: 'Wojciech Zieliński' });
  const distributor = await makeDistributor(workspace, {
    name: 'Chiang Mai Spare Parts Co., Ltd.',
    country: 'TH',
    city: 'Chiang Mai',
    timeZone: 'Asia/Bangkok',
    languages: ['th', 'en'],
  });
  await makeContact(workspace, distributor.id, { name: 'Kittipong Saetang' });
  await makeProductLine(workspace, { name: 'Trommelbremsen Wrocław' });
  await makeCharter(workspace, distributor.id, 'signed');
  await makeDistributorUser(workspace, distributor.id);
  return { workspace, admin, distributor };
}
