import { Fragment, type ReactNode, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { messagesAt } from './pointers.ts';
import { RowContext, SectionContext, useFieldError, usePointer } from './section-context.tsx';

/**
 * An editable list as a table: one row per item, a Remove button on each, an Add button below,
 * and under a row whatever conflict points at it.
 */
export function RowsTable<T>({
  path,
  caption,
  columns,
  rows,
  rowLabel,
  renderCells,
  onAdd,
  onRemove,
  addLabel,
  emptyText,
}: {
  path: string;
  caption: string;
  columns: string[];
  rows: readonly T[];
  rowLabel: (index: number) => string;
  renderCells: (row: T, index: number) => ReactNode;
  onAdd: () => void;
  onRemove: (index: number) => void;
  addLabel: string;
  emptyText: string;
}) {
  const { t } = useTranslation();
  const { conflicts } = useContext(SectionContext);
  const pointer = usePointer(path);
  const listError = useFieldError(path, false);
  return (
    <div className="rows-editor span-2" data-pointer={pointer}>
      {listError?.message ? <p className="field-error">{listError.message}</p> : null}
      {rows.length === 0 ? (
        <p className="muted">{emptyText}</p>
      ) : (
        <div className="table-wrap">
          <table className="table table-compact editor-table">
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                {columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
                <th scope="col">
                  <span className="visually-hidden">{t('charterEditor.rowActions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => {
                const rowPointer = `${pointer}/${index}`;
                const rowConflicts = messagesAt(conflicts, rowPointer);
                // Rows have no identity of their own: the index is the row, as in the pointers.
                const key = index;
                return (
                  <Fragment key={key}>
                    <tr
                      data-pointer={rowPointer}
                      className={rowConflicts.length ? 'row-conflict' : undefined}
                    >
                      <RowContext.Provider value={rowLabel(index)}>
                        {renderCells(row, index)}
                      </RowContext.Provider>
                      <td className="row-actions">
                        <button
                          type="button"
                          className="button-icon"
                          aria-label={t('charterEditor.removeRow', { row: rowLabel(index) })}
                          title={t('charterEditor.removeRow', { row: rowLabel(index) })}
                          onClick={() => onRemove(index)}
                        >
                          ×
                        </button>
                      </td>
                    </tr>
                    {rowConflicts.length ? (
                      <tr className="conflict-row">
                        <td colSpan={columns.length + 1}>
                          <ul
                            className="conflict-list"
                            aria-label={t('charterEditor.conflicts.label', {
                              row: rowLabel(index),
                            })}
                          >
                            {rowConflicts.map((detail) => (
                              <li key={detail}>{detail}</li>
                            ))}
                          </ul>
                        </td>
                      </tr>
                    ) : null}
                  </Fragment>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <button type="button" className="button button-small" onClick={onAdd}>
        {addLabel}
      </button>
    </div>
  );
}
