// Every download keeps its name in the distributor's own script: Vietnamese, Polish, Thai and
// Chinese names once made the server answer 500 (Node refuses such header bytes).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDistributor, makeProductLine, makeUser, makeWorkspace } from './factories.ts';
import { http } from './http.ts';
import { startTestServer, type TestServer } from './server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const names = [
  ['Thăng Long Auto Parts JSC', 'thang-long-auto-parts-jsc', 'th%C4%83ng-long-auto-parts-jsc'],
  ['Motoczęści Polska', 'motoczesci-polska', 'motocz%C4%99%C5%9Bci-polska'],
  ['สยามออโต้พาร์ท', '_', '%E0%B8%AA'],
  ['上海汽配有限公司', '_', '%E4%B8%8A%E6%B5%B7'],
] as const;

describe('downloads named after a distributor', () => {
  it.each(names)(
    'sends %s files with an ASCII name and the real one',
    async (name, ascii, encoded) => {
      const workspace = await makeWorkspace(server);
      await makeProductLine(workspace, { code: 'BRK-PAD', name: 'Brake pads' });
      const distributor = await makeDistributor(workspace, { name });
      const manager = await makeUser(workspace, 'principal_manager');
      const api = http(server.url).as(manager);
      const paths = [
        `/api/v1/distributors/${distributor.id}/reports/2027-03/template?format=xlsx`,
        `/api/v1/distributors/${distributor.id}/reports/2027-03/template?format=csv`,
        `/api/v1/distributors/${distributor.id}/packs/monthly/2026-10`,
      ];
      for (const path of paths) {
        const response = await api.get(path);
        expect(response.status, path).toBe(200);
        const header = response.headers.get('content-disposition') ?? '';
        expect(header, path).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
        expect(header, path).toContain(ascii);
        expect(header, path).toContain(encoded);
      }
    },
  );
});
