import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeDistributor,
  makeDistributorUser,
  makeUser,
  makeWorkspace,
  type TestUser,
} from '../../test/factories.ts';
import { http } from '../../test/http.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';
import { inTenantTransaction } from '../db/client.ts';
import { communicationAttachment, communicationMessage, outboxEmail } from '../db/schema.ts';

type Attachment = { id: string; fileName: string; contentType: string; sizeBytes: number };
type Message = { id: string; body: string; attachments: Attachment[] };
type Thread = { id: string; messages: Message[] };
type Problem = { status: number; errors?: { pointer: string; detail: string }[] };

const pdf = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n');
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
// The first bytes of a Windows program: "MZ", then the DOS stub.
const windowsProgram = Buffer.concat([
  Buffer.from('4d5a90000300000004000000ffff0000b800000000000000400000000000000000', 'hex'),
  Buffer.alloc(200, 0),
]);

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function relationship() {
  const workspace = await makeWorkspace(server);
  const distributor = await makeDistributor(workspace, { name: 'Thăng Long Auto Parts JSC' });
  const manager = await makeUser(workspace, 'principal_manager', { name: 'Katrin Weber' });
  const seller = await makeDistributorUser(workspace, distributor.id);
  const base = `/api/v1/distributors/${distributor.id}`;
  const created = await http(server.url)
    .as(manager)
    .post<Thread>(`${base}/threads`, {
      subject: 'Stock report for March',
      body: 'Please send the stock list.',
      participantUserIds: [seller.id],
    });
  const thread = `${base}/threads/${created.body.id}`;
  return { workspace, distributor, manager, seller, base, thread, threadId: created.body.id };
}

/** A message with files, as the browser's form sends it. */
async function postWithFiles(
  user: TestUser,
  path: string,
  body: string,
  files: { name: string; content: Buffer; type?: string }[],
) {
  const form = new FormData();
  form.append('body', body);
  for (const file of files) {
    form.append(
      'files',
      new Blob([new Uint8Array(file.content)], { type: file.type ?? 'application/pdf' }),
      file.name,
    );
  }
  const response = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${user.token}` },
    body: form,
  });
  return { status: response.status, body: (await response.json()) as Message & Problem };
}

function storedFiles(workspaceId: string) {
  return server.database.db
    .select({ fileName: communicationAttachment.fileName })
    .from(communicationAttachment)
    .where(eq(communicationAttachment.workspaceId, workspaceId));
}

describe('attachments', () => {
  it('come with a message and download under their own non-ASCII names', async () => {
    const { workspace, seller, manager, thread, threadId } = await relationship();
    const name = 'Báo cáo tồn kho – tháng 3.pdf';
    const sent = await postWithFiles(seller, `${thread}/messages`, 'Đây là báo cáo tồn kho.', [
      { name, content: pdf },
      { name: '倉庫照片.png', content: png, type: 'image/png' },
      { name: 'tồn-kho.csv', content: Buffer.from('mã,số lượng\nBRK-100,42\n'), type: 'text/csv' },
    ]);
    expect(sent.status).toBe(201);
    expect(sent.body.attachments.map((file) => [file.fileName, file.contentType])).toEqual([
      [name, 'application/pdf'],
      ['倉庫照片.png', 'image/png'],
      ['tồn-kho.csv', 'text/csv; charset=utf-8'],
    ]);

    const detail = await http(server.url).as(manager).get<Thread>(thread);
    const files = detail.body.messages.at(-1)?.attachments ?? [];
    expect(files.map((file) => file.fileName)).toEqual([name, '倉庫照片.png', 'tồn-kho.csv']);
    const download = await http(server.url)
      .as(manager)
      .get(`${thread}/attachments/${files[0]?.id}`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    const disposition = download.headers.get('content-disposition') ?? '';
    const encoded = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1] ?? '';
    expect(decodeURIComponent(encoded)).toBe(name);
    expect(download.text).toBe(pdf.toString());

    // The e-mail to the principal names the files.
    const [mail] = await server.database.db
      .select()
      .from(outboxEmail)
      .where(
        and(eq(outboxEmail.workspaceId, workspace.id), eq(outboxEmail.toAddress, manager.email)),
      );
    expect(mail?.bodyText).toContain(name);
    expect(threadId).toBeTruthy();
  });

  it('refuse a program, a binary named .csv and a file past the limit: 422, nothing stored', async () => {
    const { workspace, seller, thread } = await relationship();
    const refused = await postWithFiles(seller, `${thread}/messages`, 'Xem tệp đính kèm', [
      { name: 'hoá đơn.pdf', content: pdf },
      { name: 'setup.pdf', content: windowsProgram },
      { name: 'số liệu.csv', content: Buffer.from([0x00, 0x01, 0x02, 0x41]) },
    ]);
    expect(refused.status).toBe(422);
    expect(refused.body.errors?.map((error) => error.pointer)).toEqual(['#/files/1', '#/files/2']);
    expect(refused.body.errors?.[0]?.detail).toContain('setup.pdf');

    const limit = server.config.attachmentMaxBytes;
    server.config.attachmentMaxBytes = 1024;
    try {
      const large = await postWithFiles(seller, `${thread}/messages`, 'Big scan', [
        { name: 'scan.pdf', content: Buffer.concat([pdf, Buffer.alloc(2048, 32)]) },
      ]);
      expect(large.status).toBe(422);
      expect(large.body.errors?.[0]).toMatchObject({ pointer: '#/files/0' });
      expect(large.body.errors?.[0]?.detail).toContain('1 KB');
    } finally {
      server.config.attachmentMaxBytes = limit;
    }
    expect(await storedFiles(workspace.id)).toEqual([]);
    const messages = await server.database.db
      .select({ body: communicationMessage.body })
      .from(communicationMessage)
      .where(eq(communicationMessage.workspaceId, workspace.id));
    expect(messages.map((message) => message.body)).toEqual(['Please send the stock list.']);
  });

  it("are another distributor's 404, and the database shows that scope none", async () => {
    const { workspace, seller, thread, base } = await relationship();
    const sent = await postWithFiles(seller, `${thread}/messages`, 'Hợp đồng', [
      { name: 'hợp đồng.pdf', content: pdf },
    ]);
    const fileId = sent.body.attachments[0]?.id;
    const other = await makeDistributor(workspace, { name: 'Siam Auto Components', country: 'TH' });
    const rival = await makeDistributorUser(workspace, other.id);
    const answer = await http(server.url).as(rival).get(`${thread}/attachments/${fileId}`);
    expect(answer.status).toBe(404);
    const scope = { workspaceId: workspace.id, distributorId: other.id, userId: null };
    const visible = await inTenantTransaction(server.database.db, scope, (tx) =>
      tx.select({ id: communicationAttachment.id }).from(communicationAttachment),
    );
    expect(visible).toEqual([]);
    expect(base).toContain(seller.distributorId ?? '');
  });
});
