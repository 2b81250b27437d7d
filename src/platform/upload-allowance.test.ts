// Upload allowances, set low here: a person may upload 1 MB a day and the workspace 1.5 MB; past
// either the upload is refused with 429 and Retry-After, nothing is stored, and the next UTC day
// starts afresh.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, makeWorkspace } from '../../test/factories.ts';
import { pinnedClock } from '../../test/fakes/clock.ts';
import { http } from '../../test/http.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';
import { pdfOf } from '../library/library.fixture.ts';

const clock = pinnedClock('2027-03-09T22:00:00Z');
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({
    clock,
    config: { uploadAllowance: { userBytesPerDay: 1_048_576, workspaceBytesPerDay: 1_572_864 } },
  });
});
afterAll(() => server.close());

const documents = () => `${server.url}/api/v1/library/documents`;
/** A PDF of about 600 KB: its padding is a comment, so it stays a valid PDF. */
const bigPdf = (title: string) => Buffer.concat([pdfOf(title), Buffer.alloc(600_000, '%')]);
const fields = (title: string) => ({ title, kind: 'price_sheet', sourceLanguage: 'en' });

describe('upload allowances', () => {
  it('refuses a person past their day, then the workspace past its day, until the next day', async () => {
    const workspace = await makeWorkspace(server);
    const katrin = await makeUser(workspace, 'principal_manager', { name: 'Katrin Weber' });
    const minh = await makeUser(workspace, 'principal_manager', { name: 'Trần Văn Minh' });
    const upload = async (user: typeof katrin, title: string) => {
      const form = new FormData();
      for (const [name, value] of Object.entries(fields(title))) form.append(name, value);
      const content = new Blob([new Uint8Array(bigPdf(title))], { type: 'application/pdf' });
      form.append('file', content, `${title}.pdf`);
      const response = await fetch(documents(), {
        method: 'POST',
        headers: { authorization: `Bearer ${user.token}` },
        body: form,
      });
      return { status: response.status, headers: response.headers, body: await response.json() };
    };

    expect((await upload(katrin, 'Bảng giá 2027')).status).toBe(201);
    const second = await upload(katrin, 'Cennik 2027');
    expect(second.status).toBe(429);
    expect(second.body).toMatchObject({ type: '/problems/upload-allowance-used' });
    // Two hours to midnight UTC.
    expect(second.headers.get('retry-after')).toBe('7200');

    // Another person still has their own allowance, until the workspace's runs out.
    expect((await upload(minh, 'ราคาปี 2027')).status).toBe(201);
    expect((await upload(minh, '2027 年价格表')).status).toBe(429);
    const listed = await http(server.url)
      .as(katrin)
      .get<{ items: { title: string }[] }>('/api/v1/library/documents');
    expect(listed.body.items.map((item) => item.title).sort()).toEqual([
      'Bảng giá 2027',
      'ราคาปี 2027',
    ]);

    clock.advance({ hours: 2, minutes: 1 });
    expect((await upload(katrin, 'Cennik 2027')).status).toBe(201);
  });
});
