import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import {
  makeDistributor,
  makeDistributorUser,
  makeProductLine,
  makeUser,
  makeWorkspace,
} from '../../test/factories.ts';
import { http } from '../../test/http.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';
import type { MonthlyReportContent } from './report.content.ts';

type Job = { id: string; status: string; done: number; total: number; fileName: string };

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

function content(period: string): MonthlyReportContent {
  return {
    period,
    currency: 'EUR',
    sales: [{ productLine: 'BRK-PAD', units: 10, revenue: 400 }],
    inventory: [{ productLine: 'BRK-PAD', unitsOnHand: 30 }],
    pipeline: [],
    marketIntelligence: [{ note: '=HYPERLINK("http://example.invalid")', tags: ['test'] }],
    competitiveActivity: [],
    customerSatisfaction: { complaints: 0, returns: 0, score: null },
  };
}

/** Each file of a ZIP as text. */
function unzip(buffer: Buffer): Promise<Record<string, string>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      const files: Record<string, string> = {};
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            files[entry.fileName] = Buffer.concat(chunks)
              .toString('utf8')
              .replace(/^\uFEFF/, '');
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(files));
      zip.readEntry();
    });
  });
}

describe('exporting a year of reports', () => {
  it('runs in the background with progress and yields one neutralised CSV per section', async () => {
    const workspace = await makeWorkspace(server);
    await makeProductLine(workspace, { code: 'BRK-PAD', name: 'Brake pads' });
    const distributor = await makeDistributor(workspace, {
      name: 'Saigon Motor Parts',
      country: 'VN',
    });
    const seller = await makeDistributorUser(workspace, distributor.id);
    for (const period of ['2025-01', '2025-02']) {
      const submitted = await http(server.url)
        .as(seller)
        .post(`/api/v1/distributors/${distributor.id}/reports/${period}/submissions`, {
          content: content(period),
        });
      expect(submitted.status).toBe(200);
    }
    const manager = await makeUser(workspace);
    const principal = http(server.url).as(manager);
    const started = await principal.post<Job>('/api/v1/report-exports', { year: 2025 });
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({ total: 1, fileName: 'monthly-reports-2025.zip' });
    let job = started.body;
    for (let poll = 0; job.status === 'running' && poll < 100; poll++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      job = (await principal.get<Job>(`/api/v1/report-exports/${job.id}`)).body;
    }
    expect(job).toMatchObject({ status: 'done', done: 1, total: 1 });
    const response = await fetch(`${server.url}/api/v1/report-exports/${job.id}/file`, {
      headers: { authorization: `Bearer ${manager.token}` },
    });
    expect(response.headers.get('content-type')).toBe('application/zip');
    const files = await unzip(Buffer.from(await response.arrayBuffer()));
    expect(Object.keys(files).sort()).toEqual([
      'competitive_activity.csv',
      'customer_satisfaction.csv',
      'inventory.csv',
      'market_intelligence.csv',
      'pipeline.csv',
      'sales.csv',
    ]);
    expect(files['sales.csv']?.trim().split('\n')).toEqual([
      'distributor,country,period,currency,product_line,units,revenue',
      'Saigon Motor Parts,VN,2025-01,EUR,BRK-PAD,10,400',
      'Saigon Motor Parts,VN,2025-02,EUR,BRK-PAD,10,400',
    ]);
    expect(files['market_intelligence.csv']).toContain(`"'=HYPERLINK(""http://example.invalid"")"`);

    expect(
      (await http(server.url).as(seller).post('/api/v1/report-exports', { year: 2025 })).status,
    ).toBe(403);
  });
});
