import {
  type ArrayPath,
  type Control,
  type FieldArray,
  type FieldPath,
  type UseFormRegister,
  useFieldArray,
} from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { type CellKind, ReportCell } from './ReportCell.tsx';
import type { ReportFormValues, RowSection } from './report-form-values.ts';

export type RowColumn = { key: string; kind: CellKind; label: string; isOptional?: boolean };

/**
 * One section of the report as a table: a row per product line, opportunity or note, with rows to
 * add and remove. Rows left blank are not part of the report, so a spare row does no harm.
 */
export function EditableRows<Section extends RowSection & ArrayPath<ReportFormValues>>({
  section,
  title,
  hint,
  columns,
  emptyRow,
  control,
  register,
  errors,
  onEdit,
  productLines,
}: {
  section: Section;
  title: string;
  hint?: string;
  columns: readonly RowColumn[];
  emptyRow: FieldArray<ReportFormValues, Section>;
  control: Control<ReportFormValues>;
  register: UseFormRegister<ReportFormValues>;
  errors: Record<string, string>;
  /** Clears the error of a cell once someone changes it, or of every cell when rows move. */
  onEdit: (cell: string | null) => void;
  productLines: readonly { code: string; name: string }[];
}) {
  const { t } = useTranslation();
  const rows = useFieldArray({ control, name: section });
  const headingId = `report-${section}-heading`;
  return (
    <section className="report-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      {hint ? <p className="muted small">{hint}</p> : null}
      <div className="table-wrap">
        <table className="table table-compact report-table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col" className="numeric">
                #
              </th>
              {columns.map((column) => (
                <th key={column.key} scope="col" className={`report-col-${column.kind}`}>
                  {column.label}
                  {column.isOptional ? (
                    <span className="muted"> {t('reports.form.optional')}</span>
                  ) : null}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">{t('reports.form.rowActions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.fields.length === 0 ? (
              <tr>
                <td colSpan={columns.length + 2} className="muted">
                  {t('reports.form.noRows')}
                </td>
              </tr>
            ) : null}
            {rows.fields.map((row, index) => (
              <tr key={row.id}>
                <td className="numeric muted">{index + 1}</td>
                {columns.map((column) => {
                  // Built from this section's own column keys, so it names a real field.
                  const name = `${section}.${index}.${column.key}` as FieldPath<ReportFormValues>;
                  return (
                    <td key={column.key}>
                      <ReportCell
                        kind={column.kind}
                        label={t('reports.form.cellLabel', {
                          section: title,
                          column: column.label,
                          row: index + 1,
                        })}
                        error={errors[name]}
                        field={register(name, { onChange: () => onEdit(name) })}
                        productLines={productLines}
                      />
                    </td>
                  );
                })}
                <td>
                  <button
                    type="button"
                    className="button-link button-link-danger"
                    aria-label={t('reports.form.removeRow', { section: title, row: index + 1 })}
                    onClick={() => {
                      rows.remove(index);
                      onEdit(null);
                    }}
                  >
                    {t('reports.form.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button
        type="button"
        className="button button-small"
        onClick={() => {
          rows.append(emptyRow);
          onEdit(null);
        }}
      >
        {t(`reports.form.add.${section}`)}
      </button>
    </section>
  );
}
