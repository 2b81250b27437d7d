import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCharter, makeProductLine } from '../../test/factories.ts';
import { http } from '../../test/http.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';
import {
  contentWith,
  exclusiveIn,
  type Problem,
  relationship,
  type Version,
} from './charter.fixture.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('charter negotiation and signing', () => {
  it('goes from draft through negotiation to a signed, verifiable, immutable version', async () => {
    const { distributor, admin, manager, signer, base, workspace } = await relationship(server);
    const principal = http(server.url).as(manager);
    const portal = http(server.url).as(signer);

    const draft = await principal.post<Version>(base, {});
    expect(draft.status).toBe(201);
    expect(draft.body).toMatchObject({ version: 1, status: 'draft' });
    expect(draft.body.content.communication.workingLanguage).toBe('vi');
    // The distributor does not see the principal's draft.
    expect((await portal.get(`${base}/versions/1`)).status).toBe(404);
    expect((await portal.get<{ versions: unknown[] }>(base)).body.versions).toEqual([]);

    const brakes = await makeProductLine(workspace, { code: 'BRK-100', name: 'Brake pads' });
    const edited = await principal.put<Version>(`${base}/versions/1/content`, {
      content: contentWith({
        territory: exclusiveIn('VN'),
        carveOuts: {
          accounts: [{ company: 'Truong Hai Auto', country: 'VN', reason: 'OEM contract' }],
          clause: '',
        },
        inventory: {
          lines: [{ productLineId: brakes.id, minimumOrderQuantity: 2000, bufferWeeks: 8 }],
          financing: 'distributor',
          paymentTermsDays: 60,
          clause: '',
        },
      }),
    });
    expect(edited.status).toBe(200);
    expect(edited.body.content.inventory.lines[0]?.bufferWeeks).toBe(8);

    expect(
      (await principal.post(`${base}/versions/1/transitions`, { action: 'send' })).status,
    ).toBe(200);
    // Once sent, the text changes only through negotiation points.
    const direct = await principal.put<Problem>(`${base}/versions/1/content`, {
      content: edited.body.content,
    });
    expect(direct.status).toBe(409);
    expect(direct.body.type).toBe('/problems/charter-state');

    const raised = await portal.post<{ number: number }>(`${base}/versions/1/points`, {
      section: 'inventory',
      title: 'Shared financing of the buffer',
      position: 'Eight weeks of cover is too much cash for us in year one.',
      proposal: { ...edited.body.content.inventory, financing: 'shared' },
    });
    expect(raised.status).toBe(201);
    const blocked = await principal.post<Problem>(`${base}/versions/1/transitions`, {
      action: 'agree',
    });
    expect(blocked.status).toBe(409);
    expect(blocked.body.detail).toBe(
      '1 negotiation point is still open. Agree, concede or withdraw it first.',
    );
    // The distributor cannot accept its own proposal.
    const ownAgreement = await portal.post<Problem>(`${base}/versions/1/points/1/events`, {
      kind: 'agreed',
    });
    expect(ownAgreement.status).toBe(409);
    expect(ownAgreement.body.errors?.[0]?.pointer).toBe('#/kind');

    await principal.post(`${base}/versions/1/points/1/events`, {
      kind: 'comment',
      body: 'Half of the brake-pad buffer, for the first year.',
    });
    const accepted = await principal.post(`${base}/versions/1/points/1/events`, {
      kind: 'agreed',
      body: 'Agreed.',
    });
    expect(accepted.status).toBe(200);
    const points = await portal.get<
      { status: string; distributorPosition: string; events: { kind: string; side: string }[] }[]
    >(`${base}/versions/1/points`);
    expect(points.body[0]?.status).toBe('agreed');
    expect(points.body[0]?.events.map((event) => `${event.side}:${event.kind}`)).toEqual([
      'distributor:raised',
      'principal:comment',
      'principal:agreed',
    ]);

    const agreed = await principal.post<Version>(`${base}/versions/1/transitions`, {
      action: 'agree',
    });
    expect(agreed.status).toBe(200);
    expect(agreed.body.status).toBe('agreed');
    expect(agreed.body.content.inventory.financing).toBe('shared');
    const hash = agreed.body.agreedHash ?? '';
    expect(hash).toMatch(/^[0-9a-f]{64}$/);

    const signature = {
      typedName: 'Katrin Weber',
      signerRole: 'Head of Export',
      consent: true,
      contentHash: hash,
    };
    const notSigner = await principal.post<Problem>(`${base}/versions/1/signatures`, signature);
    expect(notSigner.status).toBe(403);
    expect(notSigner.body.detail).toBe(
      'Only a Principal admin may sign the charter for this party.',
    );
    const stale = await http(server.url)
      .as(admin)
      .post<Problem>(`${base}/versions/1/signatures`, {
        ...signature,
        contentHash: 'a'.repeat(64),
      });
    expect(stale.status).toBe(409);
    expect(stale.body.errors?.[0]?.pointer).toBe('#/contentHash');
    const noConsent = await http(server.url)
      .as(admin)
      .post<Problem>(`${base}/versions/1/signatures`, { ...signature, consent: false });
    expect(noConsent.status).toBe(422);
    expect(noConsent.body.errors?.[0]?.pointer).toBe('#/consent');

    const first = await http(server.url)
      .as(admin)
      .post<Version>(`${base}/versions/1/signatures`, signature);
    expect(first.status).toBe(200);
    expect(first.body.status).toBe('agreed');
    const twice = await http(server.url)
      .as(admin)
      .post<Problem>(`${base}/versions/1/signatures`, signature);
    expect(twice.status).toBe(409);
    expect(twice.body.type).toBe('/problems/already-signed');

    const signed = await portal.post<Version>(`${base}/versions/1/signatures`, {
      ...signature,
      typedName: 'Nguyễn Thị Lan',
      signerRole: 'Giám đốc',
    });
    expect(signed.status).toBe(200);
    expect(signed.body.status).toBe('signed');
    expect(signed.body.signatures.map((s) => [s.party, s.typedName])).toEqual([
      ['principal', 'Katrin Weber'],
      ['distributor', 'Nguyễn Thị Lan'],
    ]);
    expect(signed.body.signatures[0]?.ip).toMatch(/127\.0\.0\.1|::1/);

    const verification = await portal.get<{ verified: boolean; hash: string; checks: unknown[] }>(
      `${base}/versions/1/verify`,
    );
    expect(verification.body).toMatchObject({ verified: true, hash });
    expect(verification.body.checks).toHaveLength(4);

    // Signed means immutable, even for the database's own application role.
    await expect(
      server.database.rawQuery(
        `update charter_version set content = jsonb_set(content, '{term,terminationNoticeDays}', '1')
         where distributor_id = $1`,
        [distributor.id],
      ),
    ).rejects.toThrow(/signed and cannot change/);

    // Changes after signing are an amendment: version 2, based on 1.
    const amendment = await principal.post<Version>(base, {});
    expect(amendment.body).toMatchObject({ version: 2, status: 'draft' });
    await principal.put(`${base}/versions/2/content`, {
      content: {
        ...amendment.body.content,
        term: { ...amendment.body.content.term, terminationNoticeDays: 180 },
      },
    });
    const comparison = await principal.get<{
      differences: { path: string; before: unknown; after: unknown }[];
    }>(`${base}/compare?from=1&to=2`);
    expect(comparison.body.differences).toEqual([
      {
        path: '#/term/terminationNoticeDays',
        section: 'term',
        change: 'changed',
        before: 90,
        after: 180,
      },
    ]);

    const audit = await http(server.url)
      .as(admin)
      .get<{ items: { action: string }[] }>(`/api/v1/audit-log?distributorId=${distributor.id}`);
    const actions = audit.body.items.map((item) => item.action);
    for (const action of [
      'charter.created',
      'charter.edited',
      'charter.sent',
      'charter.point_raised',
      'charter.point_agreed',
      'charter.agreed',
      'charter.signature_added',
      'charter.signed',
      'charter.amendment_started',
    ]) {
      expect(actions).toContain(action);
    }
  });

  it('voids a signature when the agreed text is reopened', async () => {
    const { distributor, admin, signer, base, workspace } = await relationship(server);
    const agreed = await makeCharter(workspace, distributor.id, 'agreed');
    await http(server.url).as(admin).post(`${base}/versions/1/signatures`, {
      typedName: 'Katrin Weber',
      signerRole: 'Head of Export',
      consent: true,
      contentHash: agreed.agreedHash,
    });
    const reopened = await http(server.url)
      .as(signer)
      .post<Version>(`${base}/versions/1/transitions`, {
        action: 'reopen',
        reason: 'The payment terms need another look.',
      });
    expect(reopened.status).toBe(200);
    expect(reopened.body.status).toBe('negotiation');
    expect(reopened.body.agreedHash).toBeNull();
    expect(reopened.body.signatures[0]?.voidedAt).not.toBeNull();
  });
});
