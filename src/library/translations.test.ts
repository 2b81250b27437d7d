// Translating a library document over HTTP, from request to approval, a new source version that
// leaves the translation outdated, and what the coverage views count.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeCharter,
  makeDistributor,
  makeDistributorUser,
  makeProductLine,
  makeUser,
  makeWorkspace,
} from '../../test/factories.ts';
import { http } from '../../test/http.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';
import { defaultCharterContent } from '../charter/charter.content.ts';
import { inTenantTransaction } from '../db/client.ts';
import { outboxEmail } from '../db/schema.ts';
import { type LibraryDocument, type Problem, pdfOf, sendForm, variant } from './library.fixture.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function priceSheet() {
  const workspace = await makeWorkspace(server);
  const saigon = await makeDistributor(workspace, { name: 'Thăng Long Auto Parts JSC' });
  const manager = await makeUser(workspace, 'principal_manager', { name: 'Katrin Weber' });
  const jonas = await makeUser(workspace, 'principal_manager', { name: 'Jonas Becker' });
  const lan = await makeDistributorUser(workspace, saigon.id);
  const created = await sendForm(
    `${server.url}/api/v1/library/documents`,
    manager,
    { title: 'Price sheet 2027', kind: 'price_sheet', sourceLanguage: 'en' },
    { name: 'price-sheet-2027.pdf', content: pdfOf('v1 en') },
  );
  const document = created.body;
  const as = (user: typeof lan) => http(server.url).as(user);
  return { workspace, saigon, manager, jonas, lan, document, as };
}

describe('a translation', () => {
  it('goes from request to approval with a named reviewer, and every step is kept', async () => {
    const { workspace, manager, lan, document, as } = await priceSheet();
    const reviewers = await as(manager).get<{ userId: string; distributorName: string | null }[]>(
      `/api/v1/library/documents/${document.id}/reviewers`,
    );
    expect(reviewers.body.find((r) => r.userId === lan.id)?.distributorName).toBe(
      'Thăng Long Auto Parts JSC',
    );
    const requested = await as(manager).post<LibraryDocument>(
      `/api/v1/library/documents/${document.id}/translations`,
      { language: 'vi-VN', dueOn: '2027-01-15', reviewerUserId: lan.id },
    );
    expect(requested.status).toBe(201);
    // The principal's page lists every language the distributors it reaches read.
    expect(document.variants.map((v) => [v.language, v.state])).toEqual([
      ['en', 'source'],
      ['vi', 'missing'],
    ]);
    const open = variant(requested.body, 'vi');
    expect(open).toMatchObject({
      state: 'missing',
      translation: { status: 'requested', reviewer: { name: 'Nguyễn Thị Lan' } },
    });
    const translationId = open.translation?.id ?? '';
    const upload = (content: string) =>
      sendForm(
        `${server.url}/api/v1/library/translations/${translationId}/files`,
        manager,
        {},
        {
          name: 'Bảng giá 2027.pdf',
          content: pdfOf(content),
        },
      );

    // The agency's file goes up through the principal; Lan reviews it.
    expect((await upload('vi draft')).status).toBe(201);
    const noComment = await as(lan).post<Problem>(
      `/api/v1/library/translations/${translationId}/review`,
      { decision: 'changes' },
    );
    expect(noComment.status).toBe(422);
    expect(noComment.body.errors?.[0]?.pointer).toBe('#/comment');
    const notTheReviewer = await as(manager).post<Problem>(
      `/api/v1/library/translations/${translationId}/review`,
      { decision: 'approve' },
    );
    expect(notTheReviewer.status).toBe(403);
    const sentBack = await as(lan).post<LibraryDocument>(
      `/api/v1/library/translations/${translationId}/review`,
      { decision: 'changes', comment: 'Dùng “má phanh”, không dùng “bố thắng”.' },
    );
    expect(variant(sentBack.body, 'vi').translation?.status).toBe('changes_requested');
    await upload('vi final');
    const approved = await as(lan).post<LibraryDocument>(
      `/api/v1/library/translations/${translationId}/review`,
      { decision: 'approve' },
    );
    const vietnamese = variant(approved.body, 'vi');
    expect(vietnamese).toMatchObject({
      state: 'current',
      translation: null,
      file: { fileName: 'Bảng giá 2027.pdf', versionNumber: 1 },
    });
    const file = await as(lan).get(`/api/v1/library/files/${vietnamese.file?.id}`);
    expect(file.text).toContain('% vi final');

    const history = approved.body.translations[0]?.history.map((event) => [
      event.kind,
      event.actor.name,
      event.comment,
    ]);
    expect(history).toEqual([
      ['requested', 'Katrin Weber', null],
      ['uploaded', 'Katrin Weber', null],
      ['changes_requested', 'Nguyễn Thị Lan', 'Dùng “má phanh”, không dùng “bố thắng”.'],
      ['uploaded', 'Katrin Weber', null],
      ['approved', 'Nguyễn Thị Lan', null],
    ]);
    const again = await as(lan).post<Problem>(
      `/api/v1/library/translations/${translationId}/review`,
      { decision: 'approve' },
    );
    expect(again.status).toBe(409);
    expect(again.body.detail).toBe('This translation is approved, so this step is not possible.');

    // Each step told the one who acts next, never the one who acted.
    const mails = await inTenantTransaction(
      server.database.db,
      { workspaceId: workspace.id, distributorId: null, userId: null },
      (tx) =>
        tx
          .select({
            to: outboxEmail.toAddress,
            subject: outboxEmail.subject,
            body: outboxEmail.bodyText,
          })
          .from(outboxEmail)
          .orderBy(outboxEmail.createdAt),
    );
    expect(
      mails.map((mail) => [
        mail.to === lan.email ? 'Lan' : mail.to === manager.email ? 'Katrin' : mail.to,
        mail.subject,
      ]),
    ).toEqual([
      ['Lan', 'Please review the Vietnamese translation of “Price sheet 2027”'],
      ['Lan', 'Ready for your review: the Vietnamese translation of “Price sheet 2027”'],
      ['Katrin', 'Changes requested: the Vietnamese translation of “Price sheet 2027”'],
      ['Lan', 'Ready for your review: the Vietnamese translation of “Price sheet 2027”'],
      ['Katrin', 'Approved: the Vietnamese translation of “Price sheet 2027”'],
    ]);
    expect(mails[0]?.body).toContain('The translation is due on January 15, 2027.');
    expect(mails[2]?.body).toContain(
      'Comment from Nguyễn Thị Lan:\nDùng “má phanh”, không dùng “bố thắng”.',
    );
    expect(mails[2]?.body).toContain(`/library/${document.id}`);
  });

  it('is outdated once the source has a new version, and still readable', async () => {
    const { manager, lan, document, as } = await priceSheet();
    const requested = await as(manager).post<LibraryDocument>(
      `/api/v1/library/documents/${document.id}/translations`,
      { language: 'vi', reviewerUserId: manager.id },
    );
    const translationId = variant(requested.body, 'vi').translation?.id;
    // Lan's distributor reads Vietnamese, so she may upload the translation herself.
    const uploaded = await sendForm(
      `${server.url}/api/v1/library/translations/${translationId}/files`,
      lan,
      {},
      { name: 'bang-gia.pdf', content: pdfOf('vi v1') },
    );
    expect(uploaded.status).toBe(201);
    await as(manager).post(`/api/v1/library/translations/${translationId}/review`, {
      decision: 'approve',
    });
    const second = await sendForm(
      `${server.url}/api/v1/library/documents/${document.id}/versions`,
      manager,
      { note: 'Prices from 1 March' },
      { name: 'price-sheet-2027-03.pdf', content: pdfOf('v2 en') },
    );
    expect(second.status).toBe(201);
    expect(second.body.currentVersion).toBe(2);
    expect(variant(second.body, 'vi')).toMatchObject({
      state: 'outdated',
      file: { versionNumber: 1, fileName: 'bang-gia.pdf' },
    });
    expect(variant(second.body, 'en')).toMatchObject({
      state: 'source',
      file: { versionNumber: 2 },
    });
    // A translation of the new version may now be requested; a second one of it may not.
    const body = { language: 'vi', reviewerUserId: lan.id };
    const path = `/api/v1/library/documents/${document.id}/translations`;
    expect((await as(manager).post(path, body)).status).toBe(201);
    const twice = await as(manager).post<Problem>(path, body);
    expect(twice.status).toBe(422);
    expect(twice.body.errors?.[0]?.pointer).toBe('#/language');
  });

  it('is requested and withdrawn only by principal editors, never into the source language', async () => {
    const { manager, lan, document, as } = await priceSheet();
    const path = `/api/v1/library/documents/${document.id}/translations`;
    expect((await as(lan).post(path, { language: 'vi', reviewerUserId: lan.id })).status).toBe(403);
    const source = await as(manager).post<Problem>(path, {
      language: 'en',
      reviewerUserId: lan.id,
    });
    expect(source.body.errors?.[0]?.pointer).toBe('#/language');
    const stranger = await makeUser(await makeWorkspace(server), 'principal_admin');
    const foreign = await as(manager).post<Problem>(path, {
      language: 'vi',
      reviewerUserId: stranger.id,
    });
    expect(foreign.body.errors?.[0]?.pointer).toBe('#/reviewerUserId');
    const requested = await as(manager).post<LibraryDocument>(path, {
      language: 'th',
      reviewerUserId: manager.id,
    });
    const id = variant(requested.body, 'th').translation?.id;
    // Lan's distributor does not read Thai: she may not upload it.
    const refused = await sendForm(
      `${server.url}/api/v1/library/translations/${id}/files`,
      lan,
      {},
      { name: 'th.pdf', content: pdfOf('th') },
    );
    expect(refused.status).toBe(403);
    expect(
      (await as(lan).post(`/api/v1/library/translations/${id}/withdraw`, { reason: 'x' })).status,
    ).toBe(403);
    const withdrawn = await as(manager).post<LibraryDocument>(
      `/api/v1/library/translations/${id}/withdraw`,
      { reason: 'The Thai distributor left' },
    );
    expect(withdrawn.body.variants.some((v) => v.language === 'th')).toBe(false);
    expect(withdrawn.body.translations[0]?.history.at(-1)).toMatchObject({
      kind: 'withdrawn',
      comment: 'The Thai distributor left',
    });
  });

  it('is written to the audit log with each step', async () => {
    const { workspace, manager, lan, document, as } = await priceSheet();
    await as(manager).post(`/api/v1/library/documents/${document.id}/translations`, {
      language: 'vi',
      reviewerUserId: lan.id,
    });
    const actions = await inTenantTransaction(
      server.database.db,
      { workspaceId: workspace.id, distributorId: null, userId: null },
      (tx) =>
        tx.execute(
          "SELECT action FROM audit_log WHERE entity_type LIKE 'library_%' ORDER BY occurred_at",
        ),
    );
    expect(
      (actions as unknown as { rows: { action: string }[] }).rows.map((r) => r.action),
    ).toEqual(['library_document.created', 'library_translation.requested']);
  });
});

describe('coverage', () => {
  it('counts each distributor’s current documents in each of its languages', async () => {
    const { workspace, saigon, manager, document, as } = await priceSheet();
    const brakes = await makeProductLine(workspace, { name: 'Brake pads' });
    const filters = await makeProductLine(workspace, { name: 'Oil filters' });
    // Saigon's signed charter grants Vietnam for brake pads only.
    const content = defaultCharterContent('2026-01-01', 'vi');
    content.productCoverage = { mode: 'subset', productLineIds: [brakes.id], clause: '' };
    content.territory.grants = [
      {
        country: 'VN',
        region: null,
        productLineIds: [],
        exclusive: true,
        startsOn: '2026-01-01',
        endsOn: null,
      },
    ];
    await makeCharter(workspace, saigon.id, 'signed', content);
    const add = (title: string, productLineIds: string) =>
      sendForm(
        `${server.url}/api/v1/library/documents`,
        manager,
        { title, kind: 'technical', sourceLanguage: 'vi', productLineIds },
        { name: `${title}.pdf`, content: pdfOf(title) },
      );
    await add('Brake pad fitting guide', brakes.id);
    await add('Oil filter catalogue', filters.id);
    await as(manager).post(`/api/v1/library/documents/${document.id}/translations`, {
      language: 'vi',
      reviewerUserId: manager.id,
    });

    const own = await as(manager).get<{
      languages: { language: string; current: number; missing: number; inProgress: number }[];
      documents: {
        title: string;
        cells: { language: string; state: string; translationStatus: string | null }[];
      }[];
    }>(`/api/v1/distributors/${saigon.id}/library-coverage`);
    expect(
      own.body.documents.map((row) => [
        row.title,
        row.cells.map((c) => `${c.language}:${c.state}:${c.translationStatus ?? ''}`),
      ]),
    ).toEqual([
      ['Brake pad fitting guide', ['vi:source:', 'en:missing:']],
      ['Price sheet 2027', ['vi:missing:requested', 'en:source:']],
    ]);
    expect(own.body.languages).toEqual([
      { language: 'vi', current: 1, outdated: 0, missing: 1, inProgress: 1 },
      { language: 'en', current: 1, outdated: 0, missing: 1, inProgress: 0 },
    ]);

    const portfolio = await as(manager).get<{
      languages: { language: string; distributors: number; missing: number }[];
      distributors: { name: string; documents: number }[];
    }>('/api/v1/library/coverage');
    expect(portfolio.body.distributors).toMatchObject([
      { name: 'Thăng Long Auto Parts JSC', documents: 2 },
    ]);
    expect(
      portfolio.body.languages.map((row) => [row.language, row.distributors, row.missing]),
    ).toEqual([
      ['en', 1, 1],
      ['vi', 1, 1],
    ]);
  });

  it('is the principal’s: a distributor’s user may not read it', async () => {
    const { saigon, lan, as } = await priceSheet();
    expect((await as(lan).get(`/api/v1/distributors/${saigon.id}/library-coverage`)).status).toBe(
      403,
    );
    expect((await as(lan).get('/api/v1/library/coverage')).status).toBe(403);
  });
});
