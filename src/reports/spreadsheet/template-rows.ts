// The values a template or an export writes on each section's data rows, shared by the XLSX
// and CSV writers so that both files carry the same rows.
import type { SectionKey } from './layout.ts';
import { tagSeparator } from './layout.ts';
import type { TemplateInput } from './template.ts';

export type TemplateCellValue = string | number | Date | null;

/** The cell values of each section's data rows, in the order of the section's columns. */
export function sectionRows(input: TemplateInput): Record<SectionKey, TemplateCellValue[][]> {
  const content = input.content;
  const names = new Map(input.productLines.map((line) => [line.code, line.name]));
  // Sales and inventory list every product line, filled where the report has a figure; a line
  // the report names that is no longer offered keeps its row, at the end.
  const byLine = <T extends { productLine: string }>(lines: readonly T[]) => {
    const codes = [...names.keys()];
    for (const line of lines) if (!names.has(line.productLine)) codes.push(line.productLine);
    return codes.map((code) => ({ code, line: lines.find((each) => each.productLine === code) }));
  };
  const satisfaction = content?.customerSatisfaction;
  return {
    sales: byLine(content?.sales ?? []).map(({ code, line }) => [
      code,
      names.get(code) ?? null,
      line?.units ?? null,
      line?.revenue ?? null,
      input.currency,
    ]),
    inventory: byLine(content?.inventory ?? []).map(({ code, line }) => [
      code,
      names.get(code) ?? null,
      line?.unitsOnHand ?? null,
    ]),
    pipeline: (content?.pipeline ?? []).map((row) => [
      row.account,
      row.productLine,
      row.stage,
      row.value,
      input.currency,
      new Date(`${row.expectedClose}T00:00:00Z`),
    ]),
    marketIntelligence: (content?.marketIntelligence ?? []).map((row) => [
      row.note,
      row.tags.join(`${tagSeparator} `),
    ]),
    competitiveActivity: (content?.competitiveActivity ?? []).map((row) => [
      row.competitor,
      row.product,
      row.pricePoint,
      row.pricePoint === null ? null : input.currency,
      row.observation,
    ]),
    customerSatisfaction: satisfaction
      ? [[satisfaction.complaints, satisfaction.returns, satisfaction.score]]
      : [],
  };
}
