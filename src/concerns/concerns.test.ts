import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeDistributor, makeDistributorUser, makeUser } from '../../test/factories.ts';
import { startFakeSmtp } from '../../test/fakes/smtp.ts';
import { http } from '../../test/http.ts';
import { pdfText } from '../../test/pdf.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';
import { inTenantTransaction } from '../db/client.ts';
import { auditLog, outboxEmail, performanceConcern } from '../db/schema.ts';
import { createMailer, deliverOutbox } from '../platform/mail.ts';
import { atRiskRelationship, concernsClock, type ProblemBody } from './concerns.fixture.ts';

type Concern = {
  id: string;
  number: number;
  status: string;
  state: string;
  isOverdue: boolean;
  secondLanguage: string | null;
  subject: string;
  body: string;
  subjectTranslation: string | null;
  bodyTranslation: string | null;
  citations: { section: string; number: number; signalKind: string }[];
  signals: { kind: string; params: Record<string, unknown> }[];
  responseDueOn: string | null;
  recipients: string[] | null;
  documentSha256: string | null;
  acknowledgedBy: { name: string } | null;
  respondedBy: { name: string } | null;
  response: string | null;
};

const clock = concernsClock();
let server: TestServer;
let smtp: Awaited<ReturnType<typeof startFakeSmtp>>;
beforeAll(async () => {
  smtp = await startFakeSmtp();
  server = await startTestServer({
    clock,
    mailer: createMailer(smtp.url, 'Liaison <liaison@brenner.example>'),
  });
});
afterAll(async () => {
  await server.close();
  await smtp.close();
});
beforeEach(() => clock.set('2026-11-20T08:00:00Z'));

async function relationshipWithDraft(name = 'Saigon Motor Parts') {
  const polish = { country: 'PL', city: 'Poznań', timeZone: 'Europe/Warsaw', languages: ['pl'] };
  const relationship = await atRiskRelationship(server, {
    name,
    ...(name === 'Motoczęści Polska' ? polish : {}),
  });
  const base = `/api/v1/distributors/${relationship.distributor.id}/concerns`;
  const draft = await relationship.client.post<Concern>(base, {});
  expect(draft.status).toBe(201);
  return { ...relationship, base, draft: draft.body, path: `${base}/${draft.body.id}` };
}

describe('a formal performance concern', () => {
  it('is drafted from the signals in English and Vietnamese, citing the buffer clause', async () => {
    const { draft } = await relationshipWithDraft();
    expect(draft).toMatchObject({
      number: 1,
      status: 'draft',
      state: 'draft',
      secondLanguage: 'vi',
    });
    expect(draft.subject).toBe('Formal performance concern no. 1: Saigon Motor Parts');
    expect(draft.subjectTranslation).toBe('Thư nêu quan ngại chính thức số 1: Saigon Motor Parts');
    expect(draft.body).toContain('Dear Trần Văn Minh,');
    expect(draft.body).toContain(
      'Relationship Charter, section 5 (Inventory commitments): the charter sets a buffer stock commitment of 8 weeks of cover for BRK-100. Your report for 2026-09 shows 3.2 weeks of cover on hand',
    );
    expect(draft.bodyTranslation).toContain(
      'Hiến chương quan hệ hợp tác, mục 5 (Cam kết tồn kho): hiến chương quy định cam kết tồn kho an toàn là 8 tuần tồn kho cho BRK-100.',
    );
    expect(draft.bodyTranslation).toContain('trước hạn phản hồi nêu ở trên');
    expect(draft.citations).toEqual(
      expect.arrayContaining([
        { section: 'inventory', number: 5, signalKind: 'stock_below_buffer' },
        { section: 'reporting', number: 8, signalKind: 'report_late' },
      ]),
    );
    expect(draft.signals.map((signal) => signal.kind)).toContain('competitor_mentioned');
  });

  it('is edited while a draft, sent with its PDF by e-mail, and kept as sent', async () => {
    const { client, path, workspace, lan, distributor } = await relationshipWithDraft();
    const edited = await client.patch<Concern>(path, {
      body: 'Dear Mr Minh,\n\nOur figures show stock far under the agreed buffer.',
      responseDays: 10,
    });
    expect(edited.status).toBe(200);
    expect(edited.body.body).toContain('Dear Mr Minh');

    const sent = await client.post<Concern>(`${path}/send`);
    expect(sent.status).toBe(200);
    expect(sent.body).toMatchObject({ status: 'sent', state: 'sent', isOverdue: false });
    // Sent at 15:00 in Ho Chi Minh City: ten days on its calendar.
    expect(sent.body.responseDueOn).toBe('2026-11-30');
    expect(sent.body.documentSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(sent.body.recipients).toEqual(
      expect.arrayContaining([lan.email, `minh.${distributor.id.slice(0, 6)}@saigonmotor.example`]),
    );

    const mails = await inTenantTransaction(
      server.database.db,
      { workspaceId: workspace.id, distributorId: null, userId: null },
      (tx) =>
        tx
          .select({
            to: outboxEmail.toAddress,
            subject: outboxEmail.subject,
            files: outboxEmail.attachments,
          })
          .from(outboxEmail)
          .where(eq(outboxEmail.workspaceId, workspace.id)),
    );
    const toLan = mails.find((mail) => mail.to === lan.email);
    expect(toLan?.subject).toBe(
      'Thư nêu quan ngại chính thức số 1: Saigon Motor Parts / Formal performance concern no. 1: Saigon Motor Parts',
    );
    expect(toLan?.files?.[0]).toMatchObject({
      fileName: 'concern-1-saigon-motor-parts.pdf',
      contentType: 'application/pdf',
    });
    expect(
      Buffer.from(toLan?.files?.[0]?.contentBase64 ?? '', 'base64')
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');

    // Delivered over SMTP with the PDF attached (this workspace's mail only: the database may be
    // shared with other test files).
    await deliverOutbox(server.database, server.mailer, clock, { workspaceId: workspace.id });
    const delivered = smtp.received.find((mail) => mail.to.includes(lan.email));
    expect(delivered?.raw).toContain(
      'Content-Type: application/pdf; name=concern-1-saigon-motor-parts.pdf',
    );
    expect(delivered?.raw).toContain('Content-Disposition: attachment');

    for (const [method, status] of [
      [() => client.patch<ProblemBody>(path, { subject: 'Softer words' }), 409],
      [() => client.delete<ProblemBody>(path), 409],
      [() => client.post<ProblemBody>(`${path}/send`), 409],
    ] as const) {
      expect((await method()).status).toBe(status);
    }
    // Not even the database lets the sent text change.
    await expect(
      inTenantTransaction(
        server.database.db,
        { workspaceId: workspace.id, distributorId: null, userId: null },
        (tx) =>
          tx
            .update(performanceConcern)
            .set({ body: 'Rewritten later' })
            .where(eq(performanceConcern.id, sent.body.id)),
      ),
    ).rejects.toThrow();
    const actions = await client.get<{ items: { kind: string; concernId: string | null }[] }>(
      `/api/v1/distributors/${distributor.id}/escalation-actions`,
    );
    expect(actions.body.items[0]).toMatchObject({ kind: 'concern', concernId: sent.body.id });
    const audit = await inTenantTransaction(
      server.database.db,
      { workspaceId: workspace.id, distributorId: null, userId: null },
      (tx) =>
        tx
          .select({ action: auditLog.action })
          .from(auditLog)
          .where(and(eq(auditLog.workspaceId, workspace.id), eq(auditLog.entityId, sent.body.id))),
    );
    expect(audit.map((row) => row.action)).toEqual(
      expect.arrayContaining(['concern.drafted', 'concern.edited', 'concern.sent']),
    );
  });

  it('comes as a PDF with both languages side by side, under a name in its own script', async () => {
    const { client, path, manager } = await relationshipWithDraft('Thăng Long Auto Parts JSC');
    await client.post(`${path}/send`);
    const response = await fetch(`${server.url}${path}/document.pdf`, {
      headers: { authorization: `Bearer ${manager.token}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toContain(
      "filename*=UTF-8''concern-1-th%C4%83ng-long-auto-parts-jsc.pdf",
    );
    // Whitespace removed: lines break anywhere.
    const text = (await pdfText(Buffer.from(await response.arrayBuffer()))).replace(/\s+/g, '');
    expect(text).toContain('Formalperformanceconcern');
    expect(text).toContain('Thưnêuquanngạichínhthức');
    expect(text).toContain('bufferstockcommitmentof8weeksofcoverforBRK-100');
    expect(text).toContain('8tuầntồnkhochoBRK-100');
    expect(text).toContain('TiếngViệt');
  });

  it('is the distributor’s to acknowledge and answer once sent, never as a draft', async () => {
    const { client, path, base, lan, workspace, distributor, manager } =
      await relationshipWithDraft();
    const portal = http(server.url).as(lan);
    expect((await portal.get<{ items: unknown[] }>(base)).body.items).toEqual([]);
    expect((await portal.get(path)).status).toBe(404);
    expect((await portal.post(`${path}/acknowledgement`)).status).toBe(404);
    expect((await portal.post(base, {})).status).toBe(403);
    const scope = { workspaceId: workspace.id, distributorId: distributor.id, userId: lan.id };
    const hidden = await inTenantTransaction(server.database.db, scope, (tx) =>
      tx.select({ id: performanceConcern.id }).from(performanceConcern),
    );
    expect(hidden).toEqual([]);

    await client.post(`${path}/send`);
    expect((await portal.get<{ items: unknown[] }>(base)).body.items).toHaveLength(1);
    expect((await client.post(`${path}/acknowledgement`)).status).toBe(403);
    const acknowledged = await portal.post<Concern>(`${path}/acknowledgement`);
    expect(acknowledged.status).toBe(200);
    expect(acknowledged.body).toMatchObject({
      state: 'acknowledged',
      acknowledgedBy: { name: 'Nguyễn Thị Lan' },
      recipients: null,
    });
    expect((await portal.post(`${path}/acknowledgement`)).status).toBe(409);
    expect((await portal.post<ProblemBody>(`${path}/response`, { response: '  ' })).status).toBe(
      422,
    );
    const answered = await portal.post<Concern>(`${path}/response`, {
      response: 'Chúng tôi sẽ bổ sung tồn kho BRK-100 trước ngày 15/12.',
    });
    expect(answered.body.state).toBe('responded');
    const toPrincipal = await inTenantTransaction(
      server.database.db,
      { workspaceId: workspace.id, distributorId: null, userId: null },
      (tx) =>
        tx
          .select({ subject: outboxEmail.subject, text: outboxEmail.bodyText })
          .from(outboxEmail)
          .where(
            and(
              eq(outboxEmail.workspaceId, workspace.id),
              eq(outboxEmail.toAddress, manager.email),
            ),
          ),
    );
    expect(toPrincipal).toEqual([
      {
        subject: 'Saigon Motor Parts answered concern 1',
        text: expect.stringContaining('Chúng tôi sẽ bổ sung tồn kho BRK-100'),
      },
    ]);
    const seen = await client.get<Concern>(path);
    expect(seen.body).toMatchObject({
      state: 'responded',
      response: 'Chúng tôi sẽ bổ sung tồn kho BRK-100 trước ngày 15/12.',
      respondedBy: { name: 'Nguyễn Thị Lan' },
    });

    const neighbour = await makeDistributor(workspace, { name: 'Siam Auto Components' });
    const somchai = await makeDistributorUser(workspace, neighbour.id);
    expect((await http(server.url).as(somchai).get(path)).status).toBe(404);
    const viewer = await makeUser(workspace, 'principal_viewer');
    expect((await http(server.url).as(viewer).get(path)).status).toBe(200);
    expect((await http(server.url).as(viewer).post(base, {})).status).toBe(403);
  });

  it('is written in English alone for a language without a template, and refuses a translation', async () => {
    const { client, path, draft } = await relationshipWithDraft('Motoczęści Polska');
    expect(draft).toMatchObject({ secondLanguage: null, bodyTranslation: null });
    const refused = await client.patch<ProblemBody>(path, { bodyTranslation: 'Szanowni Państwo' });
    expect(refused.status).toBe(422);
    expect(refused.body.errors?.map((error) => error.pointer)).toEqual(['#/bodyTranslation']);
  });

  it('shows a response overdue once its deadline has passed on the distributor’s calendar', async () => {
    const { client, path } = await relationshipWithDraft();
    await client.patch(path, { responseDays: 3 });
    await client.post(`${path}/send`);
    clock.set('2026-11-23T16:59:00Z'); // 23:59 on the 23rd in Ho Chi Minh City
    expect((await client.get<Concern>(path)).body.isOverdue).toBe(false);
    clock.set('2026-11-23T17:00:00Z');
    expect((await client.get<Concern>(path)).body.isOverdue).toBe(true);
  });

  it('refuses bad input and a relationship with nothing to cite, changing nothing', async () => {
    const { client, path, base, workspace } = await relationshipWithDraft();
    for (const [body, pointer] of [
      [{ subject: '' }, '#/subject'],
      [{ responseDays: 0 }, '#/responseDays'],
      [{ bodyTranslation: 'x'.repeat(20_001) }, '#/bodyTranslation'],
    ] as const) {
      const refused = await client.patch<ProblemBody>(path, body);
      expect(refused.status).toBe(422);
      expect(refused.body.errors?.map((error) => error.pointer)).toContain(pointer);
    }
    expect((await client.post<ProblemBody>(base, { responseDays: 91 })).status).toBe(422);
    // Two drafts asked for at once take the next numbers, one each.
    const both = await Promise.all([
      client.post<Concern>(base, {}),
      client.post<Concern>(base, {}),
    ]);
    expect(both.map((answer) => answer.status)).toEqual([201, 201]);
    expect(both.map((answer) => answer.body.number).sort()).toEqual([2, 3]);
    for (const answer of both) {
      expect((await client.delete(`${base}/${answer.body.id}`)).status).toBe(204);
    }
    const healthy = await makeDistributor(workspace, { name: 'Motoczęści Polska' });
    const nothing = await client.post<ProblemBody>(
      `/api/v1/distributors/${healthy.id}/concerns`,
      {},
    );
    expect(nothing.status).toBe(422);
    const list = await client.get<{ items: Concern[] }>(base);
    expect(list.body.items.map((item) => item.number)).toEqual([1]);
    expect((await client.get<Concern>(path)).body.subject).toBe(
      'Formal performance concern no. 1: Saigon Motor Parts',
    );
  });
});
