// A figure of a submitted report, as review comments name it: a JSON pointer into the revision's
// content ("/sales/0/units", "/customerSatisfaction/complaints"), read out in the reader's words.
import type { TFunction } from 'i18next';
import type { ReportContent } from './use-reports.ts';

type Section = Exclude<keyof ReportContent, 'period' | 'currency'>;

/** The pointer of a row's field, or of a customer-satisfaction figure (`row` omitted). */
export function cellOf(section: Section, row: number | null, field: string) {
  return row === null ? `/${section}/${field}` : `/${section}/${row}/${field}`;
}

/** "Customer satisfaction · Complaints", "Sales · BRK-PAD · Units sold". */
export function cellLabel(cell: string, content: ReportContent | null, t: TFunction) {
  const [section = '', second = '', third] = cell.slice(1).split('/');
  const sectionName = t(`reports.sections.${section}`, { defaultValue: section });
  if (third === undefined) {
    return `${sectionName} · ${t(`reports.columns.${second}`, { defaultValue: second })}`;
  }
  const row = content?.[section as Section];
  const entry = Array.isArray(row) ? (row[Number(second)] as Record<string, unknown>) : undefined;
  const name =
    typeof entry?.productLine === 'string'
      ? entry.productLine
      : typeof entry?.account === 'string'
        ? entry.account
        : typeof entry?.competitor === 'string'
          ? entry.competitor
          : t('reports.review.row', { row: Number(second) + 1 });
  return `${sectionName} · ${name} · ${t(`reports.columns.${third}`, { defaultValue: third })}`;
}
