import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';
import type { ImportResult } from '../api/types.ts';
import { useFormat } from '../format/use-format.ts';
import { Dialog } from '../forms/fields.tsx';
import { ProblemAlert } from '../shell/States.tsx';
import { useImportDistributors } from './use-distributors.ts';

const columns =
  'name, legal_name, country, city, time_zone, languages, website, lifecycle_stage, notes';

/**
 * Import is two steps: a dry run checks every row and lists every error; only a clean file can
 * then be imported, all rows or none.
 */
export function ImportDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const fileId = useId();
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [checked, setChecked] = useState<ImportResult | null>(null);
  const [imported, setImported] = useState<ImportResult | null>(null);
  const importCsv = useImportDistributors();

  const run = (dryRun: boolean) => {
    if (!file) return;
    importCsv.mutate(
      { csv: file.text, dryRun },
      { onSuccess: (result) => (dryRun ? setChecked(result) : setImported(result)) },
    );
  };
  const rowErrors =
    importCsv.error instanceof ApiError ? (importCsv.error.problem.errors ?? []) : [];

  return (
    <Dialog title={t('distributors.import.title')} onClose={onClose} size="large">
      {imported ? (
        <>
          <p className="alert alert-success" role="status">
            {t('distributors.import.done', {
              count: imported.imported,
              formatted: format.number(imported.imported),
            })}
          </p>
          <div className="form-actions">
            <button type="button" className="button button-primary" onClick={onClose}>
              {t('actions.close')}
            </button>
          </div>
        </>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            run(!checked);
          }}
        >
          <p className="muted">{t('distributors.import.help', { columns })}</p>
          <div className="field">
            <label htmlFor={fileId}>{t('distributors.import.file')}</label>
            <input
              id={fileId}
              type="file"
              accept=".csv,text/csv"
              onChange={async (event) => {
                const chosen = event.target.files?.[0];
                importCsv.reset();
                setChecked(null);
                setFile(chosen ? { name: chosen.name, text: await chosen.text() } : null);
              }}
            />
          </div>
          {importCsv.error ? (
            <>
              <ProblemAlert error={importCsv.error} />
              {rowErrors.length ? (
                <div className="table-wrap import-errors">
                  <table className="table table-compact">
                    <caption>
                      {t('distributors.import.errors', { count: rowErrors.length })}
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('distributors.import.row')}</th>
                        <th scope="col">{t('distributors.import.column')}</th>
                        <th scope="col">{t('distributors.import.problem')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {rowErrors.map((error) => (
                        <tr key={`${error.pointer}-${error.detail}`}>
                          <td className="numeric">{error.row ?? '—'}</td>
                          <td>
                            <code>{error.column ?? '—'}</code>
                          </td>
                          <td>{error.detail}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              ) : null}
            </>
          ) : null}
          {checked && !importCsv.error ? (
            <p className="alert alert-success" role="status">
              {t('distributors.import.checked', {
                count: checked.rows,
                formatted: format.number(checked.rows),
              })}
            </p>
          ) : null}
          <div className="form-actions">
            <button type="button" className="button" onClick={onClose}>
              {t('actions.cancel')}
            </button>
            {checked && !importCsv.error ? (
              <button
                type="submit"
                className="button button-primary"
                disabled={importCsv.isPending}
              >
                {importCsv.isPending
                  ? t('distributors.import.importing')
                  : t('distributors.import.import', { count: checked.rows })}
              </button>
            ) : (
              <button
                type="submit"
                className="button button-primary"
                disabled={!file || importCsv.isPending}
              >
                {importCsv.isPending
                  ? t('distributors.import.checking')
                  : t('distributors.import.check')}
              </button>
            )}
          </div>
        </form>
      )}
    </Dialog>
  );
}
