// The report form holds text, the way people type it; the report itself holds numbers, nulls and
// tag lists. This file turns one into the other and back, and places the report's validation
// errors (the browser's own check or the server's pointers) under the cells they belong to.
import type { TFunction } from 'i18next';
import { z } from 'zod';
import { describeIssue } from '../../../src/platform/validation.ts';
import { MonthlyReportContent } from '../../../src/reports/report.content.ts';
import { ApiError } from '../api/client.ts';
import type { ReportContent, ReportDetailRecord } from './use-reports.ts';

// A draft is whatever the form held when it was saved, perhaps by an older version of this form:
// anything unreadable falls back to an empty cell rather than losing the whole draft.
const Cell = z.string().catch('');
const rows = <Shape extends z.ZodRawShape>(shape: Shape) => z.array(z.object(shape)).catch([]);

export const ReportFormValues = z.object({
  sales: rows({ productLine: Cell, units: Cell, revenue: Cell }),
  inventory: rows({ productLine: Cell, unitsOnHand: Cell }),
  pipeline: rows({
    account: Cell,
    productLine: Cell,
    stage: Cell,
    value: Cell,
    expectedClose: Cell,
  }),
  marketIntelligence: rows({ note: Cell, tags: Cell }),
  competitiveActivity: rows({
    competitor: Cell,
    product: Cell,
    pricePoint: Cell,
    observation: Cell,
  }),
  customerSatisfaction: z
    .object({ complaints: Cell, returns: Cell, score: Cell })
    .catch({ complaints: '', returns: '', score: '' }),
});
export type ReportFormValues = z.infer<typeof ReportFormValues>;
export type RowSection = Exclude<keyof ReportFormValues, 'customerSatisfaction'>;

/** The spreadsheet template separates tags the same way. */
export const tagSeparator = ';';

/** A row whose typed cells are all blank means "nothing" and is left out, as in the template. */
const typedCells: Record<RowSection, readonly string[]> = {
  sales: ['units', 'revenue'],
  inventory: ['unitsOnHand'],
  pipeline: ['account', 'productLine', 'value', 'expectedClose'],
  marketIntelligence: ['note', 'tags'],
  competitiveActivity: ['competitor', 'product', 'pricePoint', 'observation'],
};
const rowSections = Object.keys(typedCells) as RowSection[]; // The record above names each once.

const text = (value: number | null | undefined) => (value == null ? '' : String(value));

/** Up to this many product lines, sales and inventory start with a row per line; beyond, one. */
export const PREFILLED_LINES = 4;

const isBlankRow = (section: RowSection, row: Record<string, string>) =>
  typedCells[section].every((cell) => (row[cell] ?? '').trim() === '');

/**
 * The saved draft, else the latest submitted report, else a row per product line for a small
 * catalogue and one blank row for a large one. Blank rows of a draft are dropped (an older form
 * saved a row per line), so a form shows the rows that hold something and more on demand.
 */
export function formValuesOf(report: ReportDetailRecord): ReportFormValues {
  const start = startingValues(report);
  if (report.draft !== null) {
    const draft = ReportFormValues.safeParse(report.draft);
    if (draft.success) {
      const values = { ...draft.data };
      for (const section of rowSections) {
        // The section's own rows, filtered: the union of row shapes cannot be narrowed here.
        const kept = (values[section] as Record<string, string>[]).filter(
          (row) => !isBlankRow(section, row),
        );
        (values as Record<RowSection, unknown[]>)[section] = kept.length ? kept : start[section];
      }
      return values;
    }
  }
  const content = report.content;
  if (content) {
    return {
      sales: content.sales.map((line) => ({
        productLine: line.productLine,
        units: text(line.units),
        revenue: text(line.revenue),
      })),
      inventory: content.inventory.map((line) => ({
        productLine: line.productLine,
        unitsOnHand: text(line.unitsOnHand),
      })),
      pipeline: content.pipeline.map((row) => ({ ...row, value: text(row.value) })),
      marketIntelligence: content.marketIntelligence.map((row) => ({
        note: row.note,
        tags: row.tags.join(`${tagSeparator} `),
      })),
      competitiveActivity: content.competitiveActivity.map((row) => ({
        competitor: row.competitor,
        product: row.product ?? '',
        pricePoint: text(row.pricePoint),
        observation: row.observation,
      })),
      customerSatisfaction: {
        complaints: text(content.customerSatisfaction.complaints),
        returns: text(content.customerSatisfaction.returns),
        score: text(content.customerSatisfaction.score),
      },
    };
  }
  return start;
}

function startingValues(report: ReportDetailRecord): ReportFormValues {
  const lines =
    report.productLines.length <= PREFILLED_LINES
      ? report.productLines.map((line) => line.code)
      : [''];
  return {
    sales: lines.map((productLine) => ({ productLine, units: '', revenue: '' })),
    inventory: lines.map((productLine) => ({ productLine, unitsOnHand: '' })),
    pipeline: [],
    marketIntelligence: [],
    competitiveActivity: [],
    customerSatisfaction: { complaints: '', returns: '', score: '' },
  };
}

// Blank required cells become undefined, so the schema says "required" rather than "not a number".
const required = (value: string) => (value.trim() === '' ? undefined : value.trim());
const optional = (value: string) => (value.trim() === '' ? null : value.trim());
const requiredNumber = (value: string) => (value.trim() === '' ? undefined : Number(value));
const optionalNumber = (value: string) => (value.trim() === '' ? null : Number(value));

/** Which form row each row of the report came from: blank rows are left out of the report. */
export type RowMap = Record<RowSection, number[]>;

export function reportCandidate(values: ReportFormValues, period: string, currency: string) {
  const rowMap = Object.fromEntries(rowSections.map((key) => [key, [] as number[]])) as RowMap;
  const kept = <Row extends Record<string, string>>(section: RowSection, list: Row[]) =>
    list.filter((row, index) => {
      const isBlank = typedCells[section].every((key) => !row[key]?.trim());
      if (!isBlank) rowMap[section].push(index);
      return !isBlank;
    });
  const candidate = {
    period,
    currency,
    sales: kept('sales', values.sales).map((line) => ({
      productLine: required(line.productLine),
      units: requiredNumber(line.units),
      revenue: requiredNumber(line.revenue),
    })),
    inventory: kept('inventory', values.inventory).map((line) => ({
      productLine: required(line.productLine),
      unitsOnHand: requiredNumber(line.unitsOnHand),
    })),
    pipeline: kept('pipeline', values.pipeline).map((row) => ({
      account: required(row.account),
      productLine: required(row.productLine),
      stage: required(row.stage),
      value: requiredNumber(row.value),
      expectedClose: required(row.expectedClose),
    })),
    marketIntelligence: kept('marketIntelligence', values.marketIntelligence).map((row) => ({
      note: required(row.note),
      tags: row.tags
        .split(tagSeparator)
        .map((tag) => tag.trim())
        .filter(Boolean),
    })),
    competitiveActivity: kept('competitiveActivity', values.competitiveActivity).map((row) => ({
      competitor: required(row.competitor),
      product: optional(row.product),
      pricePoint: optionalNumber(row.pricePoint),
      observation: required(row.observation),
    })),
    customerSatisfaction: {
      complaints: requiredNumber(values.customerSatisfaction.complaints),
      returns: requiredNumber(values.customerSatisfaction.returns),
      score: optionalNumber(values.customerSatisfaction.score),
    },
  };
  return { candidate, rowMap };
}

/** Field name ("sales.2.units") → message; `general` holds what no cell can show. */
export type ReportErrors = { cells: Record<string, string>; general: string[] };

/** The cell a report path names: ["sales", 1, "units"] → "sales.3.units" when blank rows were left out. */
export function cellOfPath(path: readonly PropertyKey[], rowMap: RowMap): string | null {
  const [section, index, field] = path.map(String);
  if (section === 'customerSatisfaction' && field === undefined) {
    return index ? `customerSatisfaction.${index}` : null;
  }
  const rowsOfSection = rowMap[section as RowSection]; // Undefined for any other segment.
  if (!rowsOfSection || index === undefined) return null;
  const row = rowsOfSection[Number(index)];
  if (row === undefined) return null;
  // A rule about the whole row (a product line twice) shows under the row's first cell.
  const cell = field ?? (section === 'pipeline' ? 'account' : 'productLine');
  return `${section}.${row}.${cell}`;
}

function addError(errors: ReportErrors, cell: string | null, message: string) {
  if (cell === null) errors.general.push(message);
  else errors.cells[cell] ??= message;
}

/** The browser's own check, with the same schema the server applies. */
export function checkReport(
  values: ReportFormValues,
  period: string,
  currency: string,
  t: TFunction,
): { content: ReportContent; errors: null } | { content: null; errors: ReportErrors } {
  const { candidate, rowMap } = reportCandidate(values, period, currency);
  const parsed = MonthlyReportContent.safeParse(candidate);
  if (parsed.success) return { content: parsed.data, errors: null };
  const errors: ReportErrors = { cells: {}, general: [] };
  for (const issue of parsed.error.issues) {
    addError(errors, cellOfPath(issue.path, rowMap), describeIssue(t, issue));
  }
  return { content: null, errors };
}

/** The server's field errors: pointers like "#/content/sales/0/productLine". */
export function serverReportErrors(error: unknown, values: ReportFormValues): ReportErrors | null {
  if (!(error instanceof ApiError) || !error.problem.errors?.length) return null;
  const { rowMap } = reportCandidate(values, '', '');
  const errors: ReportErrors = { cells: {}, general: [] };
  for (const item of error.problem.errors) {
    const path = item.pointer.replace(/^#\/?/, '').split('/');
    const cell = path[0] === 'content' ? cellOfPath(path.slice(1), rowMap) : null;
    addError(errors, cell, item.detail);
  }
  return errors;
}
