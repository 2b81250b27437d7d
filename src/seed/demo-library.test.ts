import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer } from '../../test/demo.ts';
import type { http } from '../../test/http.ts';
import { pdfText } from '../../test/pdf.ts';
import type { TestServer } from '../../test/server.ts';
import { demoPassword, demoUsers } from './demo-data.ts';

type Counts = {
  language: string;
  current: number;
  outdated: number;
  missing: number;
  inProgress: number;
};
type Cell = { language: string; state: string; translationStatus: string | null };
type Coverage = { languages: Counts[]; documents: { title: string; cells: Cell[] }[] };
type Variant = { language: string; state: string; file: { id: string; fileName: string } | null };
type Page = {
  items: {
    title: string;
    variants: Variant[];
    readerFile: { language: string; isOlder: boolean } | null;
  }[];
};

describe('the demo’s document library', () => {
  let server: TestServer;
  let client: ReturnType<typeof http>;
  let ids: Map<string, string>;

  beforeAll(async () => {
    ({ server, client, ids } = await startDemoServer());
  }, 180_000);
  afterAll(() => server?.close());

  const cells = (coverage: Coverage, language: string) =>
    Object.fromEntries(
      coverage.documents.map((row) => {
        const cell = row.cells.find((c) => c.language === language);
        return [
          row.title,
          `${cell?.state}${cell?.translationStatus ? ` (${cell.translationStatus})` : ''}`,
        ];
      }),
    );

  it('flags missing and outdated Thai, with one translation in review', async () => {
    const siam = await client.get<Coverage>(
      `/api/v1/distributors/${ids.get('Siam Auto Components')}/library-coverage`,
    );
    expect(cells(siam.body, 'th')).toEqual({
      'Brake pad fitting guide BRK-100': 'missing (in_review)',
      'Export price list 2027': 'outdated',
      'Garantieabwicklung – Ablauf für Vertriebspartner': 'missing',
      'Product catalogue 2027': 'missing',
      'Sales training: premium brake discs': 'current',
    });
  });

  it('flags missing and outdated Chinese', async () => {
    const huadong = await client.get<Coverage>(
      `/api/v1/distributors/${ids.get('Huadong Auto Parts Trading')}/library-coverage`,
    );
    expect(cells(huadong.body, 'zh-Hans')).toMatchObject({
      'Brake pad fitting guide BRK-100': 'missing (requested)',
      'Product catalogue 2027': 'outdated',
      'Export price list 2027': 'missing',
    });
    // The documents to translate into Thai: missing or outdated, each with its Thai state.
    const gaps = await client.get<Page & { total: number }>(
      '/api/v1/library/documents?language=th&limit=3',
    );
    expect(gaps.body.total).toBe(5);
    expect(
      gaps.body.items.map((item) => [
        item.title,
        item.variants.find((v) => v.language === 'th')?.state ?? 'missing',
      ]),
    ).toEqual([
      ['Brake pad fitting guide BRK-100', 'missing'],
      ['Chương trình khuyến mãi mùa xuân 2027 – Việt Nam', 'missing'],
      ['Export price list 2027', 'outdated'],
    ]);
    const portfolio = await client.get<{ languages: Counts[] }>('/api/v1/library/coverage');
    const chinese = portfolio.body.languages.find((row) => row.language === 'zh-Hans');
    expect(chinese).toMatchObject({ outdated: 1, inProgress: 1 });
    expect(chinese?.missing).toBeGreaterThanOrEqual(3);
  });

  it('gives Lan her documents in Vietnamese first, the promotion for Vietnam only', async () => {
    const login = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: demoUsers.vietnam.email, password: demoPassword }),
    });
    const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
    const lan = client.withHeaders({ cookie });
    const page = await lan.get<Page>('/api/v1/library/documents');
    const first = Object.fromEntries(
      page.body.items.map((item) => [
        item.title,
        `${item.variants[0]?.language} ${item.variants[0]?.state}`,
      ]),
    );
    expect(first).toMatchObject({
      'Export price list 2027': 'vi current',
      'Product catalogue 2027': 'vi missing',
      'Chương trình khuyến mãi mùa xuân 2027 – Việt Nam': 'vi source',
    });
    // The file she opens first: Vietnamese, else her distributor's English, before the German
    // original of the warranty procedure.
    const opens = Object.fromEntries(
      page.body.items.map((item) => [item.title, item.readerFile?.language]),
    );
    expect(opens).toMatchObject({
      'Export price list 2027': 'vi',
      'Garantieabwicklung – Ablauf für Vertriebspartner': 'en',
      'Product catalogue 2027': 'en',
    });
    const priceList = page.body.items.find((item) => item.title === 'Export price list 2027');
    const file = priceList?.variants[0]?.file;
    expect(file?.fileName).toBe('Bảng giá xuất khẩu Brenner 2027.pdf');
    const pdf = await fetch(`${server.url}/api/v1/library/files/${file?.id}`, {
      headers: { cookie },
    });
    expect(await pdfText(Buffer.from(await pdf.arrayBuffer()))).toContain(
      'Bảng giá xuất khẩu 2027',
    );

    const somchai = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: demoUsers.thailand.email, password: demoPassword }),
    });
    const thai = client.withHeaders({
      cookie: somchai.headers.get('set-cookie')?.split(';')[0] ?? '',
    });
    const titles = (await thai.get<Page>('/api/v1/library/documents')).body.items.map(
      (i) => i.title,
    );
    expect(titles).not.toContain('Chương trình khuyến mãi mùa xuân 2027 – Việt Nam');
    expect(titles).toContain('Export price list 2027');
  });
});
