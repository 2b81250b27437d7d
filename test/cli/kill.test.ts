// The kill test: `liaison start` is killed with SIGKILL in the middle of a 20,000-row import, of a
// large upload and of an export, then started again on the same database. Each leaves all or
// nothing: the import's rows all there or none, the document there with its file or not at all,
// and the data as it was. On PGlite this is also the embedded database recovering from a crash.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfOf } from '../../src/library/library.fixture.ts';
import { type CliEnvironment, cliEnvironment, type RunningLiaison } from './run-liaison.ts';

let cli: CliEnvironment;
let token = '';
const slug = `kill-${randomUUID().slice(0, 8)}`;

beforeAll(async () => {
  cli = await cliEnvironment();
  const email = `katrin.${slug}@brenner.example`;
  const created = await cli.run(
    [
      'user',
      'create',
      '--email',
      email,
      '--name',
      'Katrin Weber',
      '--workspace',
      slug,
      '--new-workspace',
      'Brenner Autoteile GmbH',
      '--role',
      'principal_admin',
    ],
    { env: { LIAISON_PASSWORD: 'correct horse battery staple' } },
  );
  expect(created.code, created.stderr).toBe(0);
  const issued = await cli.run([
    'token',
    'create',
    '--email',
    email,
    '--workspace',
    slug,
    '--name',
    'kill test',
  ]);
  token = issued.stdout.trim();
}, 120_000);
afterAll(() => cli.cleanup());

const countries = [
  ['VN', 'Asia/Ho_Chi_Minh', 'vi', 'Phụ Tùng'],
  ['TH', 'Asia/Bangkok', 'th', 'อะไหล่'],
  ['PL', 'Europe/Warsaw', 'pl', 'Części'],
  ['CN', 'Asia/Shanghai', 'zh', '汽配'],
] as const;

function importCsv(rows: number, tag: string) {
  const lines = ['name,country,time_zone,languages'];
  for (let index = 0; index < rows; index += 1) {
    const [country, zone, language, word] = countries[index % countries.length] ?? countries[0];
    lines.push(`${word} ${tag} ${index},${country},${zone},${language}`);
  }
  return `${lines.join('\n')}\n`;
}

function api(server: RunningLiaison, path: string, init: RequestInit = {}) {
  return fetch(`${server.url}${path}`, {
    ...init,
    headers: { authorization: `Bearer ${token}`, ...(init.headers ?? {}) },
  });
}

async function distributorCount(server: RunningLiaison, tag: string) {
  const answer = await api(server, `/api/v1/distributors?q=${encodeURIComponent(tag)}&pageSize=1`);
  return ((await answer.json()) as { total: number }).total;
}

/** Sends the request, kills the server while it runs, and says whether the request was cut off. */
async function killDuring(server: RunningLiaison, request: Promise<unknown>, afterMs: number) {
  const outcome = request.then(
    () => 'answered' as const,
    () => 'cut off' as const,
  );
  await new Promise((resolve) => setTimeout(resolve, afterMs));
  await server.kill();
  return outcome;
}

describe('SIGKILL in the middle of work', () => {
  it('leaves a 20,000-row import all there or not there at all', async () => {
    const tag = `import-${randomUUID().slice(0, 6)}`;
    const server = await cli.start();
    const request = api(server, '/api/v1/distributors/import', {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: importCsv(20_000, tag),
    });
    expect(await killDuring(server, request, 400)).toBe('cut off');

    const again = await cli.start();
    expect([0, 20_000]).toContain(await distributorCount(again, tag));
    // And an import run to its end on the recovered database brings all of its rows.
    const finished = await api(again, '/api/v1/distributors/import', {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: importCsv(2_000, `${tag}-again`),
    });
    expect(finished.status).toBe(200);
    expect(await distributorCount(again, `${tag}-again`)).toBe(2_000);
    await again.stop();
  }, 240_000);

  it('leaves a large upload stored whole with its file, or not at all', async () => {
    const title = `Cennik 2027 ${randomUUID().slice(0, 6)}`;
    const server = await cli.start();
    const form = new FormData();
    form.append('title', title);
    form.append('kind', 'price_sheet');
    form.append('sourceLanguage', 'pl');
    const pdf = Buffer.concat([pdfOf(title), Buffer.alloc(9_000_000, '%')]);
    form.append('file', new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }), 'cennik.pdf');
    const request = api(server, '/api/v1/library/documents', { method: 'POST', body: form });
    await killDuring(server, request, 150);

    const again = await cli.start();
    const list = await api(again, `/api/v1/library/documents?q=${encodeURIComponent(title)}`);
    const items = ((await list.json()) as { items: { id: string; title: string }[] }).items;
    const stored = items.filter((item) => item.title === title);
    expect(stored.length).toBeLessThanOrEqual(1);
    for (const document of stored) {
      const detail = await api(again, `/api/v1/library/documents/${document.id}`);
      type Detail = { versions: { file: { id: string } }[] };
      const fileId = ((await detail.json()) as Detail).versions[0]?.file.id;
      const file = await api(again, `/api/v1/library/files/${fileId}`);
      expect(file.status).toBe(200);
      expect((await file.arrayBuffer()).byteLength).toBe(pdf.length);
    }
    await again.stop();
  }, 240_000);

  it('changes nothing when killed in the middle of an export', async () => {
    const server = await cli.start();
    const before = await api(server, '/api/v1/distributors/export.csv');
    const expected = await before.text();
    const request = api(server, '/api/v1/distributors/export.csv').then((answer) => answer.text());
    await killDuring(server, request, 30);
    const again = await cli.start();
    const after = await api(again, '/api/v1/distributors/export.csv');
    expect(await after.text()).toBe(expected);
    await again.stop();
  }, 240_000);
});
