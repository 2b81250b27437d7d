// The spreadsheet contract of the monthly report, shared by the XLSX template, the CSV format
// and both parsers: which sheet holds which section, and what each column holds. The English sheet
// names and headers here are the canonical ones; the template writes them in its reader's
// language and the reader accepts any shipped language (sheet-names.ts). CSV column names are
// identifiers and stay English; docs/monthly-report-spreadsheet.md describes the same layout.

/** How a cell is read: each kind has one reader in cells.ts. */
export type CellKind =
  | 'productLine'
  | 'label'
  | 'text'
  | 'integer'
  | 'money'
  | 'score'
  | 'date'
  | 'stage'
  | 'currency'
  | 'tags';

export type ColumnSpec = {
  /** Field of the section's row in MonthlyReportContent, or a column the report does not keep. */
  key: string;
  header: string;
  /** The column's name in the CSV long format; several sections share one CSV column. */
  csv: CsvColumn;
  kind: CellKind;
  width: number;
  /** Written by the template on every row, so it alone does not make a row non-empty. */
  isPrefilled?: boolean;
  isOptional?: boolean;
};

export const csvColumns = [
  'section',
  'period',
  'product_line',
  'product_line_name',
  'account',
  'competitor',
  'product',
  'stage',
  'units',
  'amount',
  'currency',
  'expected_close',
  'complaints',
  'returns',
  'score',
  'text',
  'tags',
] as const;
export type CsvColumn = (typeof csvColumns)[number];

export const sectionKeys = [
  'sales',
  'inventory',
  'pipeline',
  'marketIntelligence',
  'competitiveActivity',
  'customerSatisfaction',
] as const;
export type SectionKey = (typeof sectionKeys)[number];

export type SectionSpec = {
  sheet: string;
  /** The `section` value of this section's rows in the CSV long format. */
  csvSection: string;
  columns: ColumnSpec[];
  /** Row fields whose values must be unique within the section (case-insensitive). */
  uniqueBy?: string[];
};

const productLineColumns: ColumnSpec[] = [
  {
    key: 'productLine',
    header: 'Product line code',
    csv: 'product_line',
    kind: 'productLine',
    width: 18,
    isPrefilled: true,
  },
  {
    key: 'productLineName',
    header: 'Product line name',
    csv: 'product_line_name',
    kind: 'label',
    width: 32,
    isPrefilled: true,
    isOptional: true,
  },
];

const currencyColumn = (isPrefilled: boolean): ColumnSpec => ({
  key: 'currency',
  header: 'Currency',
  csv: 'currency',
  kind: 'currency',
  width: 10,
  isPrefilled,
  isOptional: true,
});

export const sections: Record<SectionKey, SectionSpec> = {
  sales: {
    sheet: 'Sales',
    csvSection: 'sales',
    uniqueBy: ['productLine'],
    columns: [
      ...productLineColumns,
      { key: 'units', header: 'Units sold', csv: 'units', kind: 'integer', width: 12 },
      { key: 'revenue', header: 'Revenue', csv: 'amount', kind: 'money', width: 16 },
      currencyColumn(true),
    ],
  },
  inventory: {
    sheet: 'Inventory',
    csvSection: 'inventory',
    uniqueBy: ['productLine'],
    columns: [
      ...productLineColumns,
      { key: 'unitsOnHand', header: 'Units on hand', csv: 'units', kind: 'integer', width: 14 },
    ],
  },
  pipeline: {
    sheet: 'Pipeline',
    csvSection: 'pipeline',
    uniqueBy: ['account', 'productLine'],
    columns: [
      { key: 'account', header: 'Account', csv: 'account', kind: 'text', width: 32 },
      {
        key: 'productLine',
        header: 'Product line code',
        csv: 'product_line',
        kind: 'productLine',
        width: 18,
      },
      { key: 'stage', header: 'Stage', csv: 'stage', kind: 'stage', width: 14 },
      { key: 'value', header: 'Value', csv: 'amount', kind: 'money', width: 16 },
      currencyColumn(false),
      {
        key: 'expectedClose',
        header: 'Expected close',
        csv: 'expected_close',
        kind: 'date',
        width: 16,
      },
    ],
  },
  marketIntelligence: {
    sheet: 'Market intelligence',
    csvSection: 'market_intelligence',
    columns: [
      { key: 'note', header: 'Note', csv: 'text', kind: 'text', width: 80 },
      {
        key: 'tags',
        header: 'Tags (separated by ;)',
        csv: 'tags',
        kind: 'tags',
        width: 30,
        isOptional: true,
      },
    ],
  },
  competitiveActivity: {
    sheet: 'Competitive activity',
    csvSection: 'competitive_activity',
    columns: [
      { key: 'competitor', header: 'Competitor', csv: 'competitor', kind: 'text', width: 24 },
      {
        key: 'product',
        header: 'Product',
        csv: 'product',
        kind: 'text',
        width: 24,
        isOptional: true,
      },
      {
        key: 'pricePoint',
        header: 'Price point',
        csv: 'amount',
        kind: 'money',
        width: 16,
        isOptional: true,
      },
      currencyColumn(false),
      { key: 'observation', header: 'Observation', csv: 'text', kind: 'text', width: 80 },
    ],
  },
  customerSatisfaction: {
    sheet: 'Customer satisfaction',
    csvSection: 'customer_satisfaction',
    columns: [
      { key: 'complaints', header: 'Complaints', csv: 'complaints', kind: 'integer', width: 14 },
      { key: 'returns', header: 'Returns', csv: 'returns', kind: 'integer', width: 14 },
      {
        key: 'score',
        header: 'Satisfaction score (0-10)',
        csv: 'score',
        kind: 'score',
        width: 26,
        isOptional: true,
      },
    ],
  },
};

/** The instructions sheet holds the report's own fields at fixed cells, labels in column A. */
export const instructionsSheet = {
  name: 'Instructions',
  distributorRow: 2,
  periodRow: 3,
  currencyRow: 4,
  valueColumn: 'B',
} as const;

/** A hidden sheet with the dropdown lists; a list this long cannot live in the validation rule. */
export const listsSheet = 'Lists';

export const tagSeparator = ';';

/** 1 → "A", 27 → "AA". */
export function columnLetter(columnNumber: number): string {
  let letters = '';
  for (let rest = columnNumber; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}
