import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeCharter,
  makeDistributor,
  makeDistributorUser,
  makeProductLine,
  makeUser,
  makeWorkspace,
  type TestWorkspace,
} from '../../test/factories.ts';
import { http } from '../../test/http.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';
import { type CharterContent, defaultCharterContent } from './charter.content.ts';
import { sendCharterReminders } from './charter.mail.ts';

type Problem = {
  status: number;
  type: string;
  title: string;
  detail?: string;
  errors?: { pointer: string; detail: string }[];
};
type Version = {
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

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const today = new Date().toISOString().slice(0, 10);

function contentWith(changes: Partial<CharterContent>): CharterContent {
  return { ...defaultCharterContent(today, 'vi'), ...changes };
}

function exclusiveIn(country: string, region: string | null = null): CharterContent['territory'] {
  return {
    grants: [
      { country, region, productLineIds: [], exclusive: true, startsOn: today, endsOn: null },
    ],
    clause: '',
  };
}

async function relationship(workspace?: TestWorkspace) {
  const space = workspace ?? (await makeWorkspace(server));
  const distributor = await makeDistributor(space);
  const admin = await makeUser(space, 'principal_admin', { name: 'Katrin Weber' });
  const manager = await makeUser(space, 'principal_manager');
  const signer = await makeDistributorUser(space, distributor.id);
  const base = `/api/v1/distributors/${distributor.id}/charter`;
  return { workspace: space, distributor, admin, manager, signer, base };
}

describe('charter negotiation and signing', () => {
  it('goes from draft through negotiation to a signed, verifiable, immutable version', async () => {
    const { distributor, admin, manager, signer, base, workspace } = await relationship();
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

  it('takes counter-proposals, and lets only the right side concede or withdraw', async () => {
    const { distributor, manager, signer, base, workspace } = await relationship();
    const sent = await makeCharter(workspace, distributor.id, 'negotiation');
    const principal = http(server.url).as(manager);
    const portal = http(server.url).as(signer);
    const reporting = sent.content.reporting;
    await portal.post(`${base}/versions/1/points`, {
      section: 'reporting',
      title: 'Report due day',
      position: 'Our books close on the 12th.',
      proposal: { ...reporting, monthlyReportDueDay: 20 },
    });
    const counter = await principal.post(`${base}/versions/1/points/1/events`, {
      kind: 'position',
      body: 'The 15th, so the monthly review keeps its week.',
      proposal: { ...reporting, monthlyReportDueDay: 15 },
    });
    expect(counter.status).toBe(200);
    const badCounter = await principal.post<Problem>(`${base}/versions/1/points/1/events`, {
      kind: 'position',
      body: 'The 31st.',
      proposal: { ...reporting, monthlyReportDueDay: 31 },
    });
    expect(badCounter.status).toBe(422);
    expect(badCounter.body.errors?.[0]?.pointer).toBe('#/proposal/monthlyReportDueDay');
    // Only the side that raised a point withdraws it; only the proposer concedes.
    const withdraw = await principal.post<Problem>(`${base}/versions/1/points/1/events`, {
      kind: 'withdrawn',
    });
    expect(withdraw.body.errors?.[0]?.detail).toBe(
      'Only the side that raised the point can withdraw it.',
    );
    const concede = await portal.post<Problem>(`${base}/versions/1/points/1/events`, {
      kind: 'conceded',
    });
    expect(concede.body.errors?.[0]?.detail).toBe(
      'Only the side that made the current proposal can concede it.',
    );
    expect(
      (await portal.post(`${base}/versions/1/points/1/events`, { kind: 'agreed' })).status,
    ).toBe(200);
    const after = await principal.get<Version>(`${base}/versions/1`);
    expect(after.body.content.reporting.monthlyReportDueDay).toBe(15);
    const points = await principal.get<
      { principalPosition: string; distributorPosition: string; status: string }[]
    >(`${base}/versions/1/points`);
    expect(points.body[0]).toMatchObject({
      principalPosition: 'The 15th, so the monthly review keeps its week.',
      distributorPosition: 'Our books close on the 12th.',
      status: 'agreed',
    });
    const closed = await portal.post<Problem>(`${base}/versions/1/points/1/events`, {
      kind: 'comment',
      body: 'Thanks',
    });
    expect(closed.status).toBe(409);
    expect(closed.body.detail).toBe('Point 1 is agreed.');
  });

  it('voids a signature when the agreed text is reopened', async () => {
    const { distributor, admin, signer, base, workspace } = await relationship();
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

  it('refuses bad input with a pointer to each field, and changes nothing', async () => {
    const { manager, base } = await relationship();
    const principal = http(server.url).as(manager);
    await principal.post(base, {});
    const bad = contentWith({
      territory: {
        grants: [
          {
            country: 'XX',
            region: null,
            productLineIds: [],
            exclusive: true,
            startsOn: today,
            endsOn: null,
          },
          {
            country: 'VN',
            region: 'TH-10',
            productLineIds: [],
            exclusive: true,
            startsOn: today,
            endsOn: null,
          },
          {
            country: 'VN',
            region: null,
            productLineIds: [],
            exclusive: false,
            startsOn: '2026-05-01',
            endsOn: '2026-04-01',
          },
        ],
        clause: '',
      },
      carveOuts: { accounts: [{ company: ' ', country: 'VN', reason: '' }], clause: '' },
    });
    const refused = await principal.put<Problem>(`${base}/versions/1/content`, { content: bad });
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual(
      expect.arrayContaining([
        {
          pointer: '#/content/territory/grants/0/country',
          detail: expect.stringContaining('"XX"'),
        },
        {
          pointer: '#/content/territory/grants/1/region',
          detail: '"TH-10" is not an ISO 3166-2 subdivision of VN.',
        },
        {
          pointer: '#/content/territory/grants/2/endsOn',
          detail: 'The end date is before the start date.',
        },
        { pointer: '#/content/carveOuts/accounts/0/company', detail: 'This field is required.' },
      ]),
    );
    const unknownLine = await principal.put<Problem>(`${base}/versions/1/content`, {
      content: contentWith({
        productCoverage: {
          mode: 'subset',
          productLineIds: ['00000000-0000-4000-8000-000000000000'],
          clause: '',
        },
      }),
    });
    expect(unknownLine.status).toBe(422);
    expect(unknownLine.body.errors?.[0]?.pointer).toBe(
      '#/content/productCoverage/productLineIds/0',
    );
    const unchanged = await principal.get<Version>(`${base}/versions/1`);
    expect(unchanged.body.content.territory.grants).toEqual([]);
  });
});

describe('territory conflicts', () => {
  it('finds clashes with other charters while editing and blocks agreeing', async () => {
    const workspace = await makeWorkspace(server);
    const saigon = await makeDistributor(workspace, { name: 'Saigon Motor Parts' });
    await makeCharter(
      workspace,
      saigon.id,
      'signed',
      contentWith({
        territory: exclusiveIn('VN'),
        carveOuts: {
          accounts: [{ company: 'Truong Hai Auto (THACO)', country: 'VN', reason: 'OEM' }],
          clause: '',
        },
      }),
    );
    const { distributor, manager, signer, base } = await relationship(workspace);
    const principal = http(server.url).as(manager);
    await principal.post(base, {});
    const clashing = contentWith({
      territory: exclusiveIn('VN', 'VN-SG'),
      assignedAccounts: {
        accounts: [{ company: 'truong hai auto – thaco', country: 'VN' }],
        clause: '',
      },
    });
    const check = await principal.post<{ valid: boolean; conflicts: Version['conflicts'] }>(
      `${base}/check`,
      { content: clashing },
    );
    expect(check.body.valid).toBe(false);
    expect(check.body.conflicts.map((c) => [c.kind, c.pointer])).toEqual([
      ['exclusive_overlap', '#/territory/grants/0'],
      ['assigned_carved_out', '#/assignedAccounts/accounts/0'],
    ]);
    expect(check.body.conflicts[0]?.detail).toBe(
      `Exclusive in VN-SG (VN) for every product line from ${today} until open-ended, but Saigon Motor Parts's charter (version 1, signed) grants the same exclusivity.`,
    );

    await principal.put(`${base}/versions/1/content`, { content: clashing });
    await principal.post(`${base}/versions/1/transitions`, { action: 'send' });
    const refused = await principal.post<Problem>(`${base}/versions/1/transitions`, {
      action: 'agree',
    });
    expect(refused.status).toBe(409);
    expect(refused.body.errors?.map((e) => e.pointer)).toEqual([
      '#/content/territory/grants/0',
      '#/content/assignedAccounts/accounts/0',
    ]);
    // The distributor's user learns of the clash, not whose charter it is.
    const portalView = await http(server.url).as(signer).get<Version>(`${base}/versions/1`);
    expect(portalView.body.conflicts[0]?.other).toEqual({
      distributorId: null,
      distributorName: null,
      version: null,
      status: null,
    });
    expect(portalView.body.conflicts[0]?.detail).toContain("another distributor's charter");
    expect(portalView.body.conflicts[0]?.detail).not.toContain('Saigon');
    // …and cannot probe other charters with made-up texts.
    const probe = await http(server.url)
      .as(signer)
      .post(`${base}/check`, { content: contentWith({ territory: exclusiveIn('VN') }) });
    expect(probe.status).toBe(403);
    expect(distributor.id).not.toBe(saigon.id);

    // A non-exclusive grant elsewhere is fine.
    const fine = await principal.post<{ valid: boolean }>(`${base}/check`, {
      content: contentWith({ territory: exclusiveIn('KH') }),
    });
    expect(fine.body.valid).toBe(true);
  });
});

describe('charter documents', () => {
  it('renders the signed charter as PDF and the handbook as HTML in the distributor’s language', async () => {
    const { distributor, signer, base, workspace } = await relationship();
    await makeCharter(
      workspace,
      distributor.id,
      'signed',
      contentWith({
        communication: {
          ...defaultCharterContent(today).communication,
          translationRule: 'Vietnamese for customer-facing material <b>only</b>.',
        },
      }),
    );
    const portal = http(server.url).as(signer);
    const pdf = await fetch(`${server.url}${base}/versions/1/charter.pdf?download=true`, {
      headers: { authorization: `Bearer ${signer.token}` },
    });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toBe('attachment; filename="charter-v1.pdf"');
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    const handbook = await portal.get(`${base}/versions/1/handbook.html`);
    expect(handbook.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(handbook.text).toContain('Relationship Operating Handbook');
    expect(handbook.text).toContain('Sổ tay vận hành quan hệ hợp tác');
    expect(handbook.text).toContain(
      'Vietnamese for customer-facing material &lt;b&gt;only&lt;/b&gt;.',
    );
    const english = await portal.get(`${base}/versions/1/handbook.html?lang=en`);
    expect(english.text).not.toContain('Sổ tay');
  });
});

describe('charter access', () => {
  it('answers 404 to another distributor’s user and 403 to viewers who try to edit', async () => {
    const { distributor, base, workspace } = await relationship();
    await makeCharter(workspace, distributor.id, 'negotiation');
    const neighbour = await makeDistributor(workspace, {
      name: 'Siam Auto Components',
      country: 'TH',
    });
    const stranger = await makeDistributorUser(workspace, neighbour.id);
    expect((await http(server.url).as(stranger).get(base)).status).toBe(404);
    expect((await http(server.url).as(stranger).get(`${base}/versions/1`)).status).toBe(404);
    const viewer = await makeUser(workspace, 'principal_viewer');
    expect((await http(server.url).as(viewer).get(`${base}/versions/1`)).status).toBe(200);
    const attempt = await http(server.url)
      .as(viewer)
      .post(`${base}/versions/1/points`, { section: 'term', title: 'Notice', position: 'Longer.' });
    expect(attempt.status).toBe(403);
  });

  it('reminds the distributor’s admins weekly until the first charter is signed', async () => {
    const { distributor, signer, workspace } = await relationship();
    await makeCharter(workspace, distributor.id, 'negotiation');
    const before = await server.database.rawQuery<{ count: number }>(
      'select count(*)::int as count from outbox_email where to_address = $1',
      [signer.email],
    );
    await sendCharterReminders(server.database, 'http://liaison.example');
    await sendCharterReminders(server.database, 'http://liaison.example');
    const mails = await server.database.rawQuery<{ subject: string; body_text: string }>(
      'select subject, body_text from outbox_email where to_address = $1 order by created_at',
      [signer.email],
    );
    expect(mails.length - (before[0]?.count ?? 0)).toBe(1);
    expect(mails.at(-1)?.subject).toBe(
      'Reminder: your charter with Brenner Autoteile GmbH is not signed yet',
    );
    expect(mails.at(-1)?.body_text).toContain(
      `http://liaison.example/distributors/${distributor.id}/charter`,
    );
  });
});
