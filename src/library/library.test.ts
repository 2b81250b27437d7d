// The library's documents over HTTP: adding them with their file, who they reach, what is refused,
// and how files are served.
import { readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeDistributor,
  makeDistributorUser,
  makeProductLine,
  makeUser,
  makeWorkspace,
  type TestWorkspace,
} from '../../test/factories.ts';
import { http } from '../../test/http.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';
import { inTenantTransaction } from '../db/client.ts';
import { libraryDocument, libraryFile } from '../db/schema.ts';
import {
  type LibraryDocument,
  type Problem,
  pdf,
  pdfOf,
  sendForm,
  variant,
} from './library.fixture.ts';

const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function library(workspace?: TestWorkspace) {
  const ws = workspace ?? (await makeWorkspace(server));
  const saigon = await makeDistributor(ws, { name: 'Thăng Long Auto Parts JSC' });
  const bangkok = await makeDistributor(ws, {
    name: 'สยามออโต้พาร์ท',
    country: 'TH',
    timeZone: 'Asia/Bangkok',
    languages: ['th', 'en'],
  });
  const manager = await makeUser(ws, 'principal_manager', { name: 'Katrin Weber' });
  const viewer = await makeUser(ws, 'principal_viewer', { name: 'Jonas Becker' });
  const lan = await makeDistributorUser(ws, saigon.id);
  const somchai = await makeUser(ws, 'distributor_admin', {
    distributorId: bangkok.id,
    name: 'สมชาย ใจดี',
  });
  return { workspace: ws, saigon, bangkok, manager, viewer, lan, somchai };
}

const documents = () => `${server.url}/api/v1/library/documents`;

describe('adding a document', () => {
  it('stores the file under its own name and shows each reader its languages first', async () => {
    const { manager, lan } = await library();
    const created = await sendForm(
      documents(),
      manager,
      { title: 'Bảng giá 2027', kind: 'price_sheet', sourceLanguage: 'en', note: 'First issue' },
      { name: 'Bảng giá 2027 – Thăng Long.pdf', content: pdfOf('price sheet') },
    );
    expect(created.status).toBe(201);
    expect(created.body.currentVersion).toBe(1);
    expect(created.body.versions).toMatchObject([
      { number: 1, note: 'First issue', file: { fileName: 'Bảng giá 2027 – Thăng Long.pdf' } },
    ]);
    // Its page lists every language of the distributors it reaches, for translations to request.
    expect(created.body.variants.map((v) => [v.language, v.state])).toEqual([
      ['en', 'source'],
      ['th', 'missing'],
      ['vi', 'missing'],
    ]);

    const seen = await http(server.url)
      .as(lan)
      .get<{ items: LibraryDocument[] }>('/api/v1/library/documents');
    const [document] = seen.body.items;
    // Lan's distributor reads Vietnamese first, then English; there is no Vietnamese file yet.
    expect(document?.variants.map((v) => [v.language, v.state])).toEqual([
      ['vi', 'missing'],
      ['en', 'source'],
    ]);
  });

  it('refuses a file by its content, whatever its name says, and keeps nothing', async () => {
    const { manager } = await library();
    const page = Buffer.from('<!doctype html><script>alert(document.cookie)</script>');
    const refused = await sendForm(
      documents(),
      manager,
      { title: 'Catalogue', kind: 'marketing', sourceLanguage: 'en' },
      { name: 'catalogue.pdf', content: page },
    );
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual([
      {
        pointer: '#/file',
        detail:
          '“catalogue.pdf” is not a file type Liaison accepts: send a PDF, an image, an office document, CSV or plain text.',
      },
    ]);
    const missing = await sendForm(documents(), manager, {
      title: 'Catalogue',
      kind: 'marketing',
      sourceLanguage: 'en',
    });
    expect(missing.body.errors?.[0]).toEqual({
      pointer: '#/file',
      detail: 'Choose a file to upload.',
    });
    const config = server.config.fileStore;
    const kept =
      config.kind === 'local' ? await readdir(config.directory, { recursive: true }) : [];
    expect(kept.filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('names every wrong field, with its path', async () => {
    const { manager } = await library();
    const refused = await sendForm(
      documents(),
      manager,
      {
        title: ' ',
        kind: 'brochure',
        sourceLanguage: 'xx-!!',
        countries: ['VN', 'Vietnam'],
        validFrom: '2027-03-01',
        validUntil: '2027-02-01',
      },
      { name: 'a.pdf', content: pdf },
    );
    expect(refused.status).toBe(422);
    expect(refused.body.errors?.map((error) => error.pointer).sort()).toEqual([
      '#/countries/1',
      '#/kind',
      '#/sourceLanguage',
      '#/title',
    ]);
    const backwards = await sendForm(
      documents(),
      manager,
      {
        title: 'Training deck',
        kind: 'training',
        sourceLanguage: 'de',
        validFrom: '2027-03-01',
        validUntil: '2027-02-01',
      },
      { name: 'a.pdf', content: pdf },
    );
    expect(backwards.body.errors).toEqual([
      { pointer: '#/validUntil', detail: 'The end date cannot be before the start date.' },
    ]);
  });

  it('is for principal editors only, as are its changes and new versions', async () => {
    const { manager, viewer, lan } = await library();
    const existing = await sendForm(
      documents(),
      manager,
      { title: 'Catalogue', kind: 'marketing', sourceLanguage: 'en' },
      { name: 'catalogue.pdf', content: pdfOf('catalogue') },
    );
    const path = `/api/v1/library/documents/${existing.body.id}`;
    for (const user of [viewer, lan]) {
      const refused = await sendForm(
        documents(),
        user,
        { title: 'Flyer', kind: 'marketing', sourceLanguage: 'en' },
        { name: 'flyer.png', content: png, type: 'image/png' },
      );
      expect(refused.status).toBe(403);
      const renamed = await http(server.url).as(user).patch(path, { title: 'Renamed' });
      expect(renamed.status).toBe(403);
      const version = await sendForm(
        `${server.url}${path}/versions`,
        user,
        {},
        {
          name: 'v2.pdf',
          content: pdfOf('v2'),
        },
      );
      expect(version.status).toBe(403);
    }
    const unchanged = await http(server.url).as(lan).get<LibraryDocument>(path);
    expect(unchanged.body).toMatchObject({ title: 'Catalogue', currentVersion: 1 });
  });
});

describe('who a document reaches', () => {
  it('by territory, product line, validity and archive', async () => {
    const { workspace, manager, lan, somchai } = await library();
    const brakes = await makeProductLine(workspace, { name: 'Brake pads' });
    const add = (title: string, fields: Record<string, string | string[]>) =>
      sendForm(
        documents(),
        manager,
        { title, kind: 'technical', sourceLanguage: 'en', ...fields },
        { name: `${title}.pdf`, content: pdfOf(title) },
      ).then((answer) => answer.body);
    await add('Everywhere', {});
    const thailand = await add('Thailand only', { countries: 'TH' });
    await add('Brake pads', { productLineIds: brakes.id });
    await add('Next year', { validFrom: '2099-01-01' });
    const archived = await add('Withdrawn flyer', {});
    await http(server.url)
      .as(manager)
      .patch(`/api/v1/library/documents/${archived.id}`, { archived: true });

    const titles = async (user: typeof lan) =>
      (
        await http(server.url)
          .as(user)
          .get<{ items: LibraryDocument[] }>('/api/v1/library/documents')
      ).body.items.map((item) => item.title);
    // Without a signed charter a distributor works its own country with every line.
    expect(await titles(lan)).toEqual(['Brake pads', 'Everywhere']);
    expect(await titles(somchai)).toEqual(['Brake pads', 'Everywhere', 'Thailand only']);
    expect(await titles(manager)).toEqual([
      'Brake pads',
      'Everywhere',
      'Next year',
      'Thailand only',
    ]);

    // Another distributor's document does not exist for Lan, nor does its file.
    const hidden = await http(server.url)
      .as(lan)
      .get<Problem>(`/api/v1/library/documents/${thailand.id}`);
    expect(hidden.status).toBe(404);
    const file = variant(thailand, 'en').file?.id;
    const download = await http(server.url).as(lan).get(`/api/v1/library/files/${file}`);
    expect(download.status).toBe(404);
  });

  it('is enforced by the database too, under the services', async () => {
    const { workspace, saigon, manager } = await library();
    const places: [string, string][] = [
      ['Vietnam', 'VN'],
      ['Thailand', 'TH'],
    ];
    for (const [title, countries] of places) {
      await sendForm(
        documents(),
        manager,
        { title, kind: 'marketing', sourceLanguage: 'en', countries },
        { name: `${title}.pdf`, content: pdfOf(title) },
      );
    }
    const scope = { workspaceId: workspace.id, distributorId: saigon.id, userId: null };
    const seen = await inTenantTransaction(server.database.db, scope, async (tx) => ({
      documents: await tx.select({ title: libraryDocument.title }).from(libraryDocument),
      files: await tx.select({ name: libraryFile.fileName }).from(libraryFile),
    }));
    expect(seen.documents.map((row) => row.title)).toEqual(['Vietnam']);
    expect(seen.files.map((row) => row.name)).toEqual(['Vietnam.pdf']);
    const forged = inTenantTransaction(server.database.db, scope, (tx) =>
      tx.insert(libraryDocument).values({
        workspaceId: workspace.id,
        title: 'Forged price list',
        kind: 'price_sheet',
        sourceLanguage: 'vi',
        validFrom: '2026-01-01',
        createdByName: 'Nguyễn Thị Lan',
        createdAt: new Date(),
        updatedAt: new Date(),
      }),
    );
    await expect(forged).rejects.toThrow();

    // Nor may it slip a file into a translation of a document it cannot read.
    const thailand = (
      await http(server.url)
        .as(manager)
        .get<{ items: LibraryDocument[] }>('/api/v1/library/documents?q=Thailand')
    ).body.items[0];
    const requested = await http(server.url)
      .as(manager)
      .post<LibraryDocument>(`/api/v1/library/documents/${thailand?.id}/translations`, {
        language: 'th',
        reviewerUserId: manager.id,
      });
    const translationId = variant(requested.body, 'th').translation?.id ?? '';
    const slipped = inTenantTransaction(server.database.db, scope, (tx) =>
      tx.insert(libraryFile).values({
        workspaceId: workspace.id,
        documentId: thailand?.id ?? '',
        versionNumber: 1,
        language: 'th',
        translationId,
        fileKey: 'ab/cd/abcd0000-0000-4000-8000-000000000000',
        fileName: 'forged.pdf',
        contentType: 'application/pdf',
        sizeBytes: 1,
        sha256: '0',
        uploadedByName: 'Nguyễn Thị Lan',
        uploadedAt: new Date(),
      }),
    );
    await expect(slipped).rejects.toThrow();
  });

  it('searches titles as written, in any script', async () => {
    const { manager } = await library();
    for (const title of [
      'Bảng giá phanh 2027',
      'ตารางราคา 2027',
      '价格表 2027',
      'Cennik klocków',
    ]) {
      await sendForm(
        documents(),
        manager,
        { title, kind: 'price_sheet', sourceLanguage: 'en' },
        { name: 'p.pdf', content: pdfOf(title) },
      );
    }
    const search = async (q: string) =>
      (
        await http(server.url)
          .as(manager)
          .get<{ items: LibraryDocument[]; total: number }>(
            `/api/v1/library/documents?q=${encodeURIComponent(q)}`,
          )
      ).body;
    expect((await search('giá phanh')).items.map((item) => item.title)).toEqual([
      'Bảng giá phanh 2027',
    ]);
    expect((await search('ราคา')).items.map((item) => item.title)).toEqual(['ตารางราคา 2027']);
    expect((await search('价格')).total).toBe(1);
    expect((await search('KLOCKÓW')).items.map((item) => item.title)).toEqual(['Cennik klocków']);
  });
});

describe('serving files', () => {
  it('downloads under the UTF-8 name, never sniffed, sandboxed; previews a PDF inline', async () => {
    const { manager, lan } = await library();
    const created = await sendForm(
      documents(),
      manager,
      { title: 'Sổ tay kỹ thuật', kind: 'technical', sourceLanguage: 'vi' },
      { name: 'Sổ tay kỹ thuật.pdf', content: pdfOf('manual') },
    );
    const file = variant(created.body, 'vi').file;
    expect(file?.previewable).toBe(true);
    const download = await http(server.url).as(lan).get(`/api/v1/library/files/${file?.id}`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-disposition')).toBe(
      `attachment; filename="So tay ky thuat.pdf"; filename*=UTF-8''S%E1%BB%95%20tay%20k%E1%BB%B9%20thu%E1%BA%ADt.pdf`,
    );
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(download.headers.get('content-security-policy')).toBe("sandbox; default-src 'none'");
    expect(download.text).toContain('% manual');

    const preview = await http(server.url)
      .as(lan)
      .get(`/api/v1/library/files/${file?.id}?inline=true`);
    expect(preview.headers.get('content-disposition')).toMatch(/^inline; /);
    expect(preview.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('downloads what cannot be previewed even when asked to show it', async () => {
    const { manager } = await library();
    const created = await sendForm(
      documents(),
      manager,
      { title: 'Order form', kind: 'price_sheet', sourceLanguage: 'en' },
      { name: 'order-form.csv', content: Buffer.from('code,qty\nBRK-1,4\n'), type: 'text/csv' },
    );
    const file = variant(created.body, 'en').file;
    expect(file).toMatchObject({ contentType: 'text/csv; charset=utf-8', previewable: false });
    const shown = await http(server.url)
      .as(manager)
      .get(`/api/v1/library/files/${file?.id}?inline=true`);
    expect(shown.headers.get('content-disposition')).toMatch(/^attachment; /);
  });
});
