import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeProductLine, makeUser, makeWorkspace } from '../../test/factories.ts';
import { http } from '../../test/http.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';

type ImportProblem = { status: number; errors: { row: number; column: string; detail: string }[] };

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const header =
  'name,country,time_zone,languages,report_currency,external_ref,relationship_started_on,' +
  'buffer_weeks,buffer_weeks_by_line,report_due_day';
const csv = { 'content-type': 'text/csv' };

describe('relationships that predate Liaison, from the distributor import', () => {
  it('keeps the reference, start, buffers and due day, and exports them again', async () => {
    const workspace = await makeWorkspace(server);
    const brakes = await makeProductLine(workspace);
    const filters = await makeProductLine(workspace, { code: `FLT-${brakes.code.slice(4)}` });
    const api = http(server.url).as(await makeUser(workspace, 'principal_admin'));
    const file = [
      header,
      `Thăng Long Auto Parts JSC,VN,Asia/Ho_Chi_Minh,vi,VND,C-10442,2019-04-01,6,${brakes.code}:8;${filters.code}:4.5,15`,
      'Motoczęści Polska,PL,Europe/Warsaw,pl,PLN,C-20017,,,,',
    ].join('\n');
    const result = await api.post('/api/v1/distributors/import', file, csv);
    expect(result.status).toBe(200);
    const exported = await api.get('/api/v1/distributors/export.csv');
    const thang = exported.text.split('\n').find((line) => line.includes('Thăng Long')) ?? '';
    expect(thang).toContain(`VND,C-10442,2019-04-01,6,${brakes.code}:8;${filters.code}:4.5,15,`);
    const polska = exported.text.split('\n').find((line) => line.includes('Motoczęści')) ?? '';
    expect(polska).toContain('PLN,C-20017,,,,');
  });

  it('refuses unknown product lines, bad weeks and due days, and a reference already used', async () => {
    const workspace = await makeWorkspace(server);
    const api = http(server.url).as(await makeUser(workspace, 'principal_admin'));
    await api.post(
      '/api/v1/distributors/import',
      [header, 'Siam Auto Components,TH,Asia/Bangkok,th,THB,C-1,,,,'].join('\n'),
      csv,
    );
    const file = [
      header,
      'Thăng Long Auto Parts JSC,VN,Asia/Ho_Chi_Minh,vi,VND,c-1,2019-02-30,200,XYZ-9:8,31',
      'Motoczęści Polska,PL,Europe/Warsaw,pl,ZZZ,C-2,,,,',
    ].join('\n');
    const response = await api.post<ImportProblem>('/api/v1/distributors/import', file, csv);
    expect(response.status).toBe(422);
    expect(response.body.errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'external_ref'],
      [2, 'relationship_started_on'],
      [2, 'buffer_weeks'],
      [2, 'report_due_day'],
      [2, 'buffer_weeks_by_line'],
      [3, 'report_currency'],
    ]);
    expect(response.body.errors[4]?.detail).toContain('Unknown product line "XYZ-9"');
    const list = await api.get<{ total: number }>('/api/v1/distributors?status=all');
    expect(list.body.total).toBe(1);
  });
});
