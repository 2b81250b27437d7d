// Amendment proposals over HTTP: who may raise, answer and withdraw them on each side, that
// declining says why, that drafting starts the next version and links the proposals, that the
// other side is notified, and that every step is audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCharter, makeDistributorUser, makeUser } from '../../test/factories.ts';
import { http } from '../../test/http.ts';
import { runQueuedJobs } from '../../test/run-jobs.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';
import { type Problem, relationship, type Version } from './charter.fixture.ts';

type Amendment = {
  number: number;
  section: string;
  change: string;
  reason: string;
  status: string;
  version: number;
  proposerSide: string;
  proposerName: string;
  isMine: boolean;
  draftVersion: number | null;
  declineReason: string | null;
  answererName: string | null;
};

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ isolated: true });
});
afterAll(() => server.close());

const territoryProposal = {
  section: 'territory',
  change: 'Add Cambodia (KH) without exclusivity for the brake lines.',
  reason: 'Our Phnom Penh customers already order through our Hồ Chí Minh City warehouse.',
};

async function signedRelationship() {
  const parties = await relationship(server);
  await makeCharter(parties.workspace, parties.distributor.id, 'signed');
  const member = await makeDistributorUser(
    parties.workspace,
    parties.distributor.id,
    'distributor_member',
  );
  return { ...parties, member };
}

describe('charter amendment proposals', () => {
  it('let either side propose against the signed version, and list them for both', async () => {
    const { base, manager, signer, member } = await signedRelationship();
    const lan = http(server.url).as(signer);

    const proposed = await lan.post<Amendment>(`${base}/amendments`, territoryProposal);
    expect(proposed.status).toBe(201);
    expect(proposed.body).toMatchObject({
      number: 1,
      section: 'territory',
      status: 'open',
      version: 1,
      proposerSide: 'distributor',
      proposerName: 'Nguyễn Thị Lan',
      isMine: true,
    });
    // A distributor's member may raise one too; the principal's editors as well.
    const fromMember = await http(server.url).as(member).post<Amendment>(`${base}/amendments`, {
      section: 'general',
      change: 'Meet quarterly in Đà Nẵng instead of Hà Nội.',
      reason: 'Most of our dealers are in the centre.',
    });
    expect(fromMember.status).toBe(201);
    const fromPrincipal = await http(server.url).as(manager).post<Amendment>(`${base}/amendments`, {
      section: 'inventory',
      change: 'Raise the buffer to ten weeks.',
      reason: 'The Hamburg–Cát Lái route now takes longer.',
    });
    expect(fromPrincipal.status).toBe(201);
    expect(fromPrincipal.body).toMatchObject({ number: 3, proposerSide: 'principal' });

    for (const reader of [signer, manager]) {
      const listed = await http(server.url).as(reader).get<Amendment[]>(`${base}/amendments`);
      expect(listed.status).toBe(200);
      expect(listed.body.map((item) => [item.number, item.isMine])).toEqual([
        [3, reader === manager],
        [2, false],
        [1, reader === signer],
      ]);
    }
  });

  it('refuse a proposal without a signed charter, from a viewer, or with blank fields', async () => {
    const parties = await relationship(server);
    const lan = http(server.url).as(parties.signer);
    await makeCharter(parties.workspace, parties.distributor.id, 'negotiation');
    const unsigned = await lan.post<Problem>(`${parties.base}/amendments`, territoryProposal);
    expect(unsigned.status).toBe(409);
    expect(unsigned.body.type).toBe('/problems/charter-not-signed');

    const { base, workspace } = await signedRelationship();
    const viewer = await makeUser(workspace, 'principal_viewer');
    const fromViewer = await http(server.url)
      .as(viewer)
      .post<Problem>(`${base}/amendments`, territoryProposal);
    expect(fromViewer.status).toBe(403);

    const blank = await http(server.url)
      .as(parties.signer)
      .post<Problem>(`${parties.base}/amendments`, { section: 'pricing', change: ' ', reason: '' });
    expect(blank.status).toBe(422);
    expect(blank.body.errors?.map((error) => error.pointer).sort()).toEqual([
      '#/change',
      '#/reason',
      '#/section',
    ]);
  });

  it('keep another distributor’s proposals out of reach', async () => {
    const { base, workspace } = await signedRelationship();
    const other = await relationship(server, workspace);
    const stranger = http(server.url).as(other.signer);
    expect((await stranger.get(`${base}/amendments`)).status).toBe(404);
    expect((await stranger.post(`${base}/amendments`, territoryProposal)).status).toBe(404);
  });

  it('let only the principal’s editors decline, and only with a reason', async () => {
    const { base, manager, signer, workspace } = await signedRelationship();
    const lan = http(server.url).as(signer);
    await lan.post(`${base}/amendments`, territoryProposal);

    expect((await lan.post<Problem>(`${base}/amendments/1/decline`, { reason: 'No' })).status).toBe(
      403,
    );
    const viewer = await makeUser(workspace, 'principal_viewer');
    expect(
      (await http(server.url).as(viewer).post(`${base}/amendments/1/decline`, { reason: 'No' }))
        .status,
    ).toBe(403);

    const jonas = http(server.url).as(manager);
    const withoutReason = await jonas.post<Problem>(`${base}/amendments/1/decline`, {
      reason: '  ',
    });
    expect(withoutReason.status).toBe(422);
    expect(withoutReason.body.errors?.map((error) => error.pointer)).toEqual(['#/reason']);

    const declined = await jonas.post<Amendment>(`${base}/amendments/1/decline`, {
      reason: 'Cambodia goes to our Phnom Penh partner from next year.',
    });
    expect(declined.status).toBe(200);
    expect(declined.body).toMatchObject({
      status: 'declined',
      declineReason: 'Cambodia goes to our Phnom Penh partner from next year.',
    });
    const again = await jonas.post<Problem>(`${base}/amendments/1/decline`, { reason: 'Still no' });
    expect(again.status).toBe(409);
    expect(again.body.type).toBe('/problems/amendment-state');
    expect(again.body.detail).toBe('Proposal 1 is declined.');
  });

  it('let only the proposer withdraw an open proposal', async () => {
    const { base, manager, signer, member } = await signedRelationship();
    await http(server.url).as(signer).post(`${base}/amendments`, territoryProposal);
    for (const other of [member, manager]) {
      const refused = await http(server.url).as(other).post(`${base}/amendments/1/withdraw`);
      expect(refused.status).toBe(403);
    }
    const withdrawn = await http(server.url)
      .as(signer)
      .post<Amendment>(`${base}/amendments/1/withdraw`);
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.status).toBe('withdrawn');
    const drafted = await http(server.url)
      .as(manager)
      .post<Problem>(`${base}/amendments/drafts`, { numbers: [1] });
    expect(drafted.status).toBe(409);
  });

  it('start the next draft from proposals and link them to it', async () => {
    const { base, manager, signer } = await signedRelationship();
    const lan = http(server.url).as(signer);
    const jonas = http(server.url).as(manager);
    await lan.post(`${base}/amendments`, territoryProposal);
    await lan.post(`${base}/amendments`, {
      section: 'term',
      change: 'Renew for three years instead of two.',
      reason: 'We are opening a second warehouse in Bình Dương.',
    });

    expect((await lan.post<Problem>(`${base}/amendments/drafts`, { numbers: [1] })).status).toBe(
      403,
    );
    const drafted = await jonas.post<{ version: number; amendments: Amendment[] }>(
      `${base}/amendments/drafts`,
      { numbers: [1] },
    );
    expect(drafted.status).toBe(201);
    expect(drafted.body.version).toBe(2);
    expect(drafted.body.amendments).toEqual([
      expect.objectContaining({ number: 1, status: 'drafted', draftVersion: 2 }),
    ]);
    const draft = await jonas.get<Version & { basedOnVersion: number }>(`${base}/versions/2`);
    expect(draft.body).toMatchObject({ status: 'draft', basedOnVersion: 1 });

    // A second proposal goes into the same draft while it is being prepared.
    const second = await jonas.post<{ version: number }>(`${base}/amendments/drafts`, {
      numbers: [2],
    });
    expect(second.body.version).toBe(2);
    const listed = await lan.get<Amendment[]>(`${base}/amendments`);
    expect(listed.body.map((item) => [item.number, item.status, item.draftVersion])).toEqual([
      [2, 'drafted', 2],
      [1, 'drafted', 2],
    ]);

    // Once the draft is sent, new proposals wait: its changes go through negotiation points.
    await jonas.post(`${base}/versions/2/transitions`, { action: 'send' });
    await lan.post(`${base}/amendments`, territoryProposal);
    const whileNegotiating = await jonas.post<Problem>(`${base}/amendments/drafts`, {
      numbers: [3],
    });
    expect(whileNegotiating.status).toBe(409);
    expect(whileNegotiating.body.type).toBe('/problems/charter-exists');
  });

  it('tell the other side, and audit each step', async () => {
    const { base, manager, signer, admin, distributor } = await signedRelationship();
    await http(server.url).as(signer).post(`${base}/amendments`, territoryProposal);
    await http(server.url)
      .as(manager)
      .post(`${base}/amendments/1/decline`, { reason: 'Not this year.' });
    await runQueuedJobs(server);

    type Page = { items: { type: string; data: Record<string, unknown>; path: string }[] };
    const amendmentNews = async (user: typeof manager) =>
      (await http(server.url).as(user).get<Page>('/api/v1/notifications')).body.items.filter(
        (item) => item.type.startsWith('charter.amendment'),
      );
    // Each side hears of what the other did, not of its own step.
    expect(
      (await amendmentNews(manager)).map((item) => [item.type, item.data.number, item.path]),
    ).toEqual([['charter.amendment_proposed', 1, `/distributors/${distributor.id}/charter`]]);
    expect((await amendmentNews(signer)).map((item) => [item.type, item.data.reason])).toEqual([
      ['charter.amendment_declined', 'Not this year.'],
    ]);

    type Audit = { items: { action: string; entityType: string }[] };
    const audit = await http(server.url)
      .as(admin)
      .get<Audit>(`/api/v1/audit-log?distributorId=${distributor.id}&entityType=charter_amendment`);
    expect(audit.status).toBe(200);
    const actions = audit.body.items.map((item) => item.action).sort();
    expect(actions).toEqual(['charter.amendment_declined', 'charter.amendment_proposed']);
  });
});
