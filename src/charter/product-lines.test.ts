// Product lines over HTTP on either database: a code is what reports, spreadsheets and imports
// carry, so it is upper-cased as typed and refused with a clear message where a report could not
// carry it; a line made with a lowercase code then works in a monthly report.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeDistributor,
  makeDistributorUser,
  makeUser,
  makeWorkspace,
} from '../../test/factories.ts';
import { http } from '../../test/http.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

type Problem = { status: number; errors?: { pointer: string; detail: string }[] };

describe('product line codes', () => {
  it('are upper-cased as typed, and refused where a report could not carry them', async () => {
    const workspace = await makeWorkspace(server);
    const admin = await makeUser(workspace, 'principal_admin', { name: 'Katrin Weber' });
    const api = http(server.url).as(admin);

    const created = await api.post<{ id: string; code: string; name: string }>(
      '/api/v1/product-lines',
      { code: ' brk-pad ', name: 'Klocki hamulcowe (Łódź)' },
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ code: 'BRK-PAD', name: 'Klocki hamulcowe (Łódź)' });

    for (const code of ['Bremsen Öl', 'ผ้าเบรก', '-PAD', 'A'.repeat(33)]) {
      const refused = await api.post<Problem>('/api/v1/product-lines', { code, name: 'Bremsen' });
      expect({ code, status: refused.status }).toEqual({ code, status: 422 });
      expect(refused.body.errors).toEqual([
        {
          pointer: '#/code',
          detail:
            'Use up to 32 letters A–Z, digits, “-” or “_”, starting with a letter or digit, e.g. BRK-PAD.',
        },
      ]);
    }
    // The same code in another case is the same code.
    const taken = await api.post<Problem>('/api/v1/product-lines', { code: 'BRK-pad', name: 'X' });
    expect(taken.status).toBe(409);
    const renamed = await api.patch<{ code: string }>(`/api/v1/product-lines/${created.body.id}`, {
      code: 'brk_pad_2',
    });
    expect(renamed.body.code).toBe('BRK_PAD_2');
  });

  it('makes a line typed in lowercase usable in the monthly report', async () => {
    const workspace = await makeWorkspace(server);
    const admin = await makeUser(workspace, 'principal_admin');
    const distributor = await makeDistributor(workspace, { name: 'Saigon Motor Parts' });
    const lan = await makeDistributorUser(workspace, distributor.id);
    await http(server.url)
      .as(admin)
      .post('/api/v1/product-lines', { code: 'oil-flt', name: 'Lọc dầu' });
    const base = `/api/v1/distributors/${distributor.id}/reports/2026-11`;
    const report = await http(server.url)
      .as(lan)
      .get<{ productLines: { code: string; name: string }[] }>(base);
    expect(report.body.productLines).toEqual([{ code: 'OIL-FLT', name: 'Lọc dầu' }]);
    const submitted = await http(server.url)
      .as(lan)
      .post<{ revisions: unknown[] }>(`${base}/submissions`, {
        content: {
          period: '2026-11',
          currency: 'EUR',
          sales: [{ productLine: 'OIL-FLT', units: 120, revenue: 1_840.5 }],
          inventory: [{ productLine: 'OIL-FLT', unitsOnHand: 40 }],
          pipeline: [],
          marketIntelligence: [],
          competitiveActivity: [],
          customerSatisfaction: { complaints: 0, returns: 0, score: null },
        },
      });
    expect(submitted.status).toBe(200);
  });
});
