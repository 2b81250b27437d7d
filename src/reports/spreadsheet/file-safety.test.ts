import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import yazl from 'yazl';
import { checkUploadedFile, fileLimits, sniffFileType } from './file-safety.ts';
import { parseReportFile } from './parse.ts';
import { context, productLines } from './sample-report.fixture.ts';
import { writeReportTemplate } from './template.ts';

type Entry = { name: string; data?: Buffer; zeroBytes?: number };

/** A ZIP built by yazl; `zeroBytes` entries stream that many zero bytes through deflate. */
async function zipOf(entries: Entry[]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const entry of entries) {
    if (entry.data) zip.addBuffer(entry.data, entry.name);
    else zip.addReadStream(zeros(entry.zeroBytes ?? 0), entry.name, { size: entry.zeroBytes });
  }
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function zeros(total: number): Readable {
  const chunk = Buffer.alloc(1024 * 1024);
  let left = total;
  return new Readable({
    read() {
      const size = Math.min(left, chunk.length);
      left -= size;
      this.push(size ? chunk.subarray(0, size) : null);
    },
  });
}

const workbookParts = [
  { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
  { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
];

async function codesFor(buffer: Buffer, filename: string) {
  const result = await parseReportFile(buffer, filename, context);
  return result.ok ? [] : result.errors.map((error) => [error.code, error.params]);
}

describe('uploaded file safety', () => {
  it('refuses a zip bomb dressed as a workbook without inflating it', async () => {
    const bomb = await zipOf([
      ...workbookParts,
      { name: 'xl/worksheets/sheet1.xml', zeroBytes: 300 * 1024 * 1024 },
    ]);
    expect(bomb.length).toBeLessThan(fileLimits.maxFileBytes);
    expect(await codesFor(bomb, 'report.xlsx')).toEqual([
      ['file_unsafe', { reason: 'total_size' }],
    ]);
  });

  it('refuses an entry that compresses far more than spreadsheet XML does', async () => {
    const dense = await zipOf([
      ...workbookParts,
      { name: 'xl/styles.xml', zeroBytes: 20 * 1024 * 1024 },
    ]);
    expect(await codesFor(dense, 'report.xlsx')).toEqual([
      ['file_unsafe', { reason: 'compression_ratio' }],
    ]);
  });

  it('refuses a central directory that understates what an entry inflates to', async () => {
    const zip = await zipOf([
      ...workbookParts,
      {
        name: 'xl/sharedStrings.xml',
        data: Buffer.from(randomBytes(1024 * 1024).toString('base64')),
      },
    ]);
    // The last central directory record is the shared strings'; its uncompressed size is at +24.
    const record = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    zip.writeUInt32LE(1000, record + 24);
    expect(await codesFor(zip, 'report.xlsx')).toEqual([
      ['file_unsafe', { reason: 'size_mismatch' }],
    ]);
  });

  it('counts the cells of every worksheet before a parser builds them', async () => {
    // Random numbers, so the sheet compresses like real data, not like a bomb.
    const sheet = (cells: number, prefix = '') => {
      const parts = [`<${prefix}worksheet><${prefix}sheetData><${prefix}row r="1">`];
      for (let index = 0; index < cells; index++) {
        parts.push(
          `<${prefix}c r="A${index}"><${prefix}v>${Math.random()}</${prefix}v></${prefix}c>`,
        );
      }
      parts.push(`</${prefix}row></${prefix}sheetData></${prefix}worksheet>`);
      return Buffer.from(parts.join(''));
    };
    const half = fileLimits.maxCells / 2;
    const tooMany = await zipOf([
      ...workbookParts,
      { name: 'xl/worksheets/sheet1.xml', data: sheet(half) },
      { name: 'xl/worksheets/sheet2.xml', data: sheet(half + 1, 'x:') },
    ]);
    expect(tooMany.length).toBeLessThan(fileLimits.maxFileBytes);
    expect(await checkUploadedFile(tooMany, 'báo-cáo.xlsx')).toEqual({
      ok: false,
      errors: [
        expect.objectContaining({
          code: 'too_many_cells',
          params: { maximum: fileLimits.maxCells },
        }),
      ],
    });
    const justEnough = await zipOf([
      ...workbookParts,
      { name: 'xl/worksheets/sheet1.xml', data: sheet(half) },
      { name: 'xl/worksheets/sheet2.xml', data: sheet(half, 'x:') },
    ]);
    expect(await checkUploadedFile(justEnough, 'báo-cáo.xlsx')).toEqual({ ok: true, kind: 'xlsx' });
    // Four sheets of the maximum's half, zipped and counted: 11–19 s on this 2-core machine while
    // two other test files run, so the default 30 s is too close.
  }, 90_000);

  it('refuses a workbook with macros', async () => {
    const zip = await zipOf([
      ...workbookParts,
      { name: 'xl/vbaProject.bin', data: Buffer.from('x') },
    ]);
    expect(await codesFor(zip, 'report.xlsx')).toEqual([['file_unsafe', { reason: 'macros' }]]);
  });

  it.each([
    ['a PDF renamed .xlsx', Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\n'), 'report.xlsx', 'pdf'],
    [
      'a PNG renamed .xlsx',
      Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'),
      'r.xlsx',
      'png',
    ],
    ['a CSV renamed .xlsx', Buffer.from('section,period\nreport,2026-03\n'), 'report.xlsx', 'text'],
    ['an old .xls renamed .xlsx', Buffer.from('d0cf11e0a1b11ae1', 'hex'), 'report.xlsx', 'xls'],
    ['a binary file renamed .csv', Buffer.from([0x41, 0x00, 0x42, 0xff]), 'report.csv', 'binary'],
    ['Latin-1 text renamed .csv', Buffer.from('caf\xe9,1\n', 'latin1'), 'report.csv', 'binary'],
  ])('refuses %s', async (_, buffer, filename, detected) => {
    const [error] = await codesFor(buffer, filename);
    expect(error).toEqual(['file_type', expect.objectContaining({ detected })]);
  });

  it('refuses an XLSX renamed .csv, a ZIP that is no workbook and an unknown extension', async () => {
    const template = await writeReportTemplate({
      distributorName: 'A',
      period: '2026-03',
      currency: 'EUR',
      productLines,
    });
    expect((await codesFor(template, 'report.csv'))[0]).toEqual([
      'file_type',
      { expected: 'csv', detected: 'zip' },
    ]);
    const zip = await zipOf([{ name: 'word/document.xml', data: Buffer.from('<w/>') }]);
    expect((await codesFor(zip, 'report.xlsx'))[0]).toEqual([
      'file_type',
      { expected: 'xlsx', detected: 'zip' },
    ]);
    expect((await codesFor(template, 'report.xlsm'))[0]?.[0]).toBe('file_type');
  });

  it('refuses a 100 MB upload before reading it', async () => {
    const huge = Buffer.alloc(100 * 1024 * 1024);
    huge.write('PK\u0003\u0004');
    expect(await codesFor(huge, 'report.xlsx')).toEqual([['file_too_large', { maximumMb: 20 }]]);
  });

  it('calls a truncated workbook unreadable', async () => {
    const template = await writeReportTemplate({
      distributorName: 'A',
      period: '2026-03',
      currency: 'EUR',
      productLines,
    });
    expect(await codesFor(template.subarray(0, 2000), 'report.xlsx')).toEqual([
      ['file_unreadable', {}],
    ]);
  });

  it('accepts the template and UTF-8 CSV with a byte order mark', async () => {
    const template = await writeReportTemplate({
      distributorName: 'A',
      period: '2026-03',
      currency: 'EUR',
      productLines,
    });
    expect(await checkUploadedFile(template, 'Report.XLSX')).toEqual({ ok: true, kind: 'xlsx' });
    expect(sniffFileType(Buffer.from('\ufeffsection,text\nreport,Hà Nội\n'))).toBe('text');
  });
});
