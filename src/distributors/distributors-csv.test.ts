import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDistributor, makeUser, makeWorkspace } from '../../test/factories.ts';
import { http } from '../../test/http.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';

type ImportProblem = {
  status: number;
  errors: { row: number; column: string; detail: string }[];
};

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const header = 'name,legal_name,country,city,time_zone,languages,website,lifecycle_stage,notes';

describe('distributor CSV import', () => {
  it('answers 409 or 422, never 500, when two imports of the same names race', async () => {
    const workspace = await makeWorkspace(server);
    const admin = await makeUser(workspace, 'principal_admin');
    const api = http(server.url).as(admin);
    const rows = Array.from(
      { length: 40 },
      (_, n) => `Racing Parts ${n},,VN,Hanoi,Asia/Ho_Chi_Minh,vi,,prospect,`,
    );
    const csv = [header, ...rows].join('\n');
    const statuses = await Promise.all(
      [1, 2, 3].map(() =>
        api.post<{ type?: string }>('/api/v1/distributors/import', csv, {
          'content-type': 'text/csv',
        }),
      ),
    );
    expect(statuses.filter((r) => r.status === 200)).toHaveLength(1);
    for (const refused of statuses.filter((r) => r.status !== 200)) {
      expect([409, 422]).toContain(refused.status);
    }
    const list = await api.get<{ total: number }>('/api/v1/distributors?status=all');
    expect(list.body.total).toBe(40);
  });

  it('imports every row of a valid file and audits each one', async () => {
    const workspace = await makeWorkspace(server);
    const admin = await makeUser(workspace, 'principal_admin');
    const api = http(server.url).as(admin);
    const csv = [
      header,
      'Andes Repuestos,Andes Repuestos SpA,CL,Santiago,America/Santiago,es,https://andes.example,active,',
      '"Huadong Auto Parts Trading",华东汽车配件贸易有限公司,CN,Shanghai,Asia/Shanghai,zh-Hans;en,,onboarding,"Yangtze delta, aftermarket"',
    ].join('\n');
    const dryRun = await api.post('/api/v1/distributors/import?dryRun=true', csv, {
      'content-type': 'text/csv',
    });
    expect(dryRun.body).toEqual({ rows: 2, imported: 0, dryRun: true });
    const result = await api.post('/api/v1/distributors/import', csv, {
      'content-type': 'text/csv',
    });
    expect(result.body).toEqual({ rows: 2, imported: 2, dryRun: false });
    const list = await api.get<{ items: { name: string; languages: string[] }[] }>(
      '/api/v1/distributors?status=all',
    );
    expect(list.body.items.map((d) => [d.name, d.languages])).toEqual([
      ['Andes Repuestos', ['es']],
      ['Huadong Auto Parts Trading', ['zh-Hans', 'en']],
    ]);
    const audit = await api.get<{ items: unknown[] }>(
      '/api/v1/audit-log?action=distributor.imported',
    );
    expect(audit.body.items).toHaveLength(2);
  });

  it('imports nothing from a file with a bad row and names every row and column', async () => {
    const workspace = await makeWorkspace(server);
    const admin = await makeUser(workspace, 'principal_admin');
    await makeDistributor(workspace, { name: 'Gulf Motor Components' });
    const api = http(server.url).as(admin);
    const csv = [
      header,
      'Andes Repuestos,,CL,Santiago,America/Santiago,es,,,',
      'Saigon Motor Parts,,Vietnam,HCMC,Asia/Hanoi,vi,,,',
      'andes repuestos,,CL,Valparaíso,America/Santiago,es,,,',
      'Saigon Motor Parts,,VN,HCMC,Asia/Ho_Chi_Minh,vi,,,',
      'Gulf Motor Components,,AE,Dubai,Asia/Dubai,ar,,,',
    ].join('\n');
    const response = await api.post<ImportProblem>('/api/v1/distributors/import', csv, {
      'content-type': 'text/csv',
    });
    expect(response.status).toBe(422);
    expect(response.body.errors.map((e) => [e.row, e.column, e.detail])).toEqual([
      [3, 'country', '"Vietnam" is not an ISO 3166 country code (did you mean VN?).'],
      [3, 'time_zone', 'Unknown time zone "Asia/Hanoi".'],
      [4, 'name', 'Duplicate distributor name "andes repuestos" (also on row 2).'],
      [5, 'name', 'Duplicate distributor name "Saigon Motor Parts" (also on row 3).'],
      [6, 'name', 'A distributor named "Gulf Motor Components" already exists in this workspace.'],
    ]);
    const list = await api.get<{ total: number }>('/api/v1/distributors?status=all');
    expect(list.body.total).toBe(1);
  });

  it('names a missing required column', async () => {
    const workspace = await makeWorkspace(server);
    const admin = await makeUser(workspace, 'principal_admin');
    const response = await http(server.url)
      .as(admin)
      .post<ImportProblem>('/api/v1/distributors/import', 'name,country\nX,VN\n', {
        'content-type': 'text/csv',
      });
    expect(response.status).toBe(422);
    expect(response.body.errors.map((e) => e.column)).toEqual(['time_zone', 'languages']);
  });
});

describe('distributor CSV export', () => {
  it('exports the directory and neutralises cells a spreadsheet would run as formulas', async () => {
    const workspace = await makeWorkspace(server);
    const manager = await makeUser(workspace);
    await makeDistributor(workspace, { name: '=HYPERLINK("http://evil.example")' });
    await makeDistributor(workspace, {
      name: 'Praha Autodíly',
      country: 'CZ',
      timeZone: 'Europe/Prague',
    });
    const response = await http(server.url).as(manager).get('/api/v1/distributors/export.csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    const lines = response.text.trim().split('\n');
    expect(lines[0]).toBe(
      `id,${header},report_currency,external_ref,relationship_started_on,buffer_weeks,` +
        'buffer_weeks_by_line,report_due_day,status,created_at',
    );
    expect(response.text).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(response.text).toContain('Praha Autodíly');
    // A byte-order mark first, so that Excel opens the file as UTF-8 and shows "Autodíly".
    const bytes = new Uint8Array(
      await (
        await fetch(`${server.url}/api/v1/distributors/export.csv`, {
          headers: { authorization: `Bearer ${manager.token}` },
        })
      ).arrayBuffer(),
    );
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});

describe('audit log export', () => {
  it('exports the filtered audit log as CSV for admins', async () => {
    const workspace = await makeWorkspace(server);
    const admin = await makeUser(workspace, 'principal_admin');
    const distributor = await makeDistributor(workspace, { name: 'Nordic Drive Parts' });
    const api = http(server.url).as(admin);
    await api.patch(`/api/v1/distributors/${distributor.id}`, { city: 'Göteborg' });
    const response = await api.get(
      `/api/v1/audit-log/export.csv?distributorId=${distributor.id}&action=distributor.updated`,
    );
    const rows = response.text.trim().split('\n');
    expect(rows[0]).toBe(
      'id,occurred_at,actor,via,request_id,entity_type,entity_id,action,distributor_id,before,after',
    );
    expect(rows).toHaveLength(2);
    expect(rows[1]).toContain('distributor.updated');
    expect(rows[1]).toContain('Göteborg');
  });
});
