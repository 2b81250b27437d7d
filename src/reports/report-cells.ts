// A cell of a submitted report, as a review comment names it: a JSON pointer into the content,
// e.g. "/sales/1/units" or "/customerSatisfaction/complaints". Rows are counted from 0, in the
// order of the revision the comment was made on.

const rowSections = [
  'sales',
  'inventory',
  'pipeline',
  'marketIntelligence',
  'competitiveActivity',
] as const;
const shape = new RegExp(
  `^/(?:(?:${rowSections.join('|')})/(?:0|[1-9]\\d{0,4})/[a-zA-Z]{1,40}|customerSatisfaction/(?:complaints|returns|score))$`,
);

/** Whether `cell` names a value the content holds (a field that may be empty counts). */
export function isReportCell(content: unknown, cell: string): boolean {
  if (!shape.test(cell)) return false;
  let value: unknown = content;
  const steps = cell.slice(1).split('/');
  for (const [index, step] of steps.entries()) {
    if (typeof value !== 'object' || value === null) return false;
    const container = value as Record<string, unknown>;
    // The last step may be a field left empty (a score not measured, a product not named).
    if (index === steps.length - 1) return step in container;
    value = container[step];
  }
  return false;
}
