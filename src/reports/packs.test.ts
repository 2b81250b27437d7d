// The review packs in both sides' languages (issue #14): English with the distributor's language
// beside it, read back from the PDF as a viewer reads it; English alone for an English-speaking
// distributor; the portfolio export's header in the reader's language.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import de from '../../locales/de/documents.json' with { type: 'json' };
import en from '../../locales/en/documents.json' with { type: 'json' };
import th from '../../locales/th/documents.json' with { type: 'json' };
import vi from '../../locales/vi/documents.json' with { type: 'json' };
import zh from '../../locales/zh/documents.json' with { type: 'json' };
import {
  makeDistributor,
  makeDistributorUser,
  makeProductLine,
  makeUser,
  makeWorkspace,
} from '../../test/factories.ts';
import { http } from '../../test/http.ts';
import { pdfText, readable } from '../../test/pdf.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';
import { shiftPeriod } from './periods.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('review packs in two languages', () => {
  it('prints each distributor’s pack in English and its own language', async () => {
    const workspace = await makeWorkspace(server);
    const manager = await makeUser(workspace, 'principal_manager');
    const month = '2026-10';
    const packOf = async (distributorId: string, kind: 'monthly' | 'quarterly', label: string) => {
      const response = await fetch(
        `${server.url}/api/v1/distributors/${distributorId}/packs/${kind}/${label}`,
        { headers: { authorization: `Bearer ${manager.token}` } },
      );
      expect(response.status).toBe(200);
      return pdfText(Buffer.from(await response.arrayBuffer()));
    };
    for (const [language, catalogue, name] of [
      ['vi', vi, 'Công ty Phụ Tùng Sài Gòn'],
      ['th', th, 'บริษัท สยามออโต้ คอมโพเนนท์ จำกัด'],
      ['zh', zh, '上海汽配有限公司'],
    ] as const) {
      const distributor = await makeDistributor(workspace, { name, languages: [language, 'en'] });
      const text = await packOf(distributor.id, 'monthly', month);
      expect(text).toContain(readable(en.pack.title.monthly.replace('{{label}}', month)));
      expect(text).toContain(readable(catalogue.pack.title.monthly.replace('{{label}}', month)));
      expect(text).toContain(readable(catalogue.pack.section.byLine));
      expect(text).toContain(readable(catalogue.pack.kpi.weeksOfCover));
      expect(text).toContain(readable(name));
      const qbr = await packOf(distributor.id, 'quarterly', '2026-Q3');
      expect(qbr).toContain(
        readable(catalogue.pack.title.quarterly.replace('{{label}}', '2026-Q3')),
      );
      expect(qbr).toContain(readable(catalogue.pack.section.quarter));
    }

    const english = await makeDistributor(workspace, {
      name: 'Cape Drive Parts',
      country: 'ZA',
      timeZone: 'Africa/Johannesburg',
      languages: ['en'],
    });
    const text = await packOf(english.id, 'monthly', month);
    expect(text).toContain(readable(en.pack.section.byLine));
    expect(text).not.toContain(readable(vi.pack.section.byLine));
  });

  it('shows the KPIs as they stood when the pack’s month ended, not today’s', async () => {
    const workspace = await makeWorkspace(server);
    const manager = await makeUser(workspace, 'principal_manager');
    const distributor = await makeDistributor(workspace, {
      name: 'Cape Drive Parts',
      country: 'ZA',
      timeZone: 'Africa/Johannesburg',
      languages: ['en'],
    });
    await makeProductLine(workspace, { code: 'BRK-PAD', name: 'Brake pads' });
    const seller = await makeDistributorUser(workspace, distributor.id);
    const lastMonth = shiftPeriod(new Date().toISOString().slice(0, 7), -1);
    // Complaints double each month: 1, 2, 4, 8.
    for (const [back, complaints] of [
      [3, 1],
      [2, 2],
      [1, 4],
      [0, 8],
    ] as const) {
      const period = shiftPeriod(lastMonth, -back);
      const submitted = await http(server.url)
        .as(seller)
        .post(`/api/v1/distributors/${distributor.id}/reports/${period}/submissions`, {
          content: {
            period,
            currency: 'EUR',
            sales: [{ productLine: 'BRK-PAD', units: 100, revenue: 4000 }],
            inventory: [{ productLine: 'BRK-PAD', unitsOnHand: 240 }],
            pipeline: [],
            marketIntelligence: [],
            competitiveActivity: [],
            customerSatisfaction: { complaints, returns: 0, score: 8 },
          },
        });
      expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    }
    const complaintsIn = async (label: string) => {
      const response = await fetch(
        `${server.url}/api/v1/distributors/${distributor.id}/packs/monthly/${label}`,
        { headers: { authorization: `Bearer ${manager.token}` } },
      );
      expect(response.status).toBe(200);
      const text = await pdfText(Buffer.from(await response.arrayBuffer()));
      return text.match(/Complaints \(3 months\) (\d+)/)?.[1];
    };
    // Last month's pack: its three months (2 + 4 + 8); the month before's: 1 + 2 + 4.
    expect(await complaintsIn(lastMonth)).toBe('14');
    expect(await complaintsIn(shiftPeriod(lastMonth, -1))).toBe('7');
  });

  it('writes the portfolio export’s header in the reader’s language', async () => {
    const workspace = await makeWorkspace(server);
    const manager = await makeUser(workspace, 'principal_manager', { locale: 'de' });
    await makeDistributor(workspace);
    const response = await http(server.url)
      .as(manager)
      .get<string>('/api/v1/portfolio/export?format=csv');
    expect(response.status).toBe(200);
    const header = response.text.replace(/^\uFEFF/, '').split('\n')[0] ?? '';
    expect(header).toContain(de.pack.export.distributor);
    expect(header).toContain(de.pack.kpi.weeksOfCover);
    expect(header).not.toContain(en.pack.kpi.weeksOfCover);
  });
});
