// The sample files of docs/imports.md stay true: each one passes its import (a dry run, after the
// sample distributors themselves are imported so the other files can name them).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeContact, makeProductLine, makeUser, makeWorkspace } from './factories.ts';
import { http } from './http.ts';
import { startTestServer, type TestServer } from './server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const sample = (name: string) =>
  readFile(path.resolve(import.meta.dirname, '../docs/samples', name), 'utf8');
const csv = { 'content-type': 'text/csv' };

describe('the sample import files in docs/samples', () => {
  it('all import cleanly', async () => {
    const workspace = await makeWorkspace(server);
    await makeProductLine(workspace, { code: 'BRK-100', name: 'Brake pads' });
    await makeProductLine(workspace, { code: 'FLT-200', name: 'Oil filters' });
    const api = http(server.url).as(await makeUser(workspace, 'principal_admin'));
    const distributors = await sample('distributors.csv');
    const checked = await api.post('/api/v1/distributors/import?dryRun=true', distributors, csv);
    expect(checked.body).toEqual({ rows: 3, imported: 0, dryRun: true });
    expect((await api.post('/api/v1/distributors/import', distributors, csv)).status).toBe(200);
    const list = await api.get<{ items: { id: string; name: string }[] }>(
      '/api/v1/distributors?status=all',
    );
    const idOf = (name: string) => list.body.items.find((item) => item.name === name)?.id ?? '';
    const thangLong = idOf('Thăng Long Auto Parts JSC');
    const polska = idOf('Motoczęści Polska');
    await makeContact(workspace, thangLong, {
      name: 'Nguyễn Thị Lan',
      email: 'lan.nguyen@thanglong.example',
    });
    await makeContact(workspace, polska, {
      name: 'Agnieszka Wójcik',
      email: 'agnieszka.wojcik@motoczesci.example',
      language: 'pl',
      timeZone: 'Europe/Warsaw',
    });
    await makeContact(workspace, polska, {
      name: 'Tomasz Nowak',
      email: 'tomasz.nowak@motoczesci.example',
      language: 'pl',
      timeZone: 'Europe/Warsaw',
    });
    for (const [file, rows] of [
      ['orders', 5],
      ['report-history', 5],
      ['interactions', 4],
    ] as const) {
      const response = await api.post(
        `/api/v1/imports/${file}?dryRun=true`,
        await sample(`${file}.csv`),
        csv,
      );
      expect({ file, status: response.status, body: response.body }).toEqual({
        file,
        status: 200,
        body: { rows, imported: 0, dryRun: true },
      });
    }
  });
});
