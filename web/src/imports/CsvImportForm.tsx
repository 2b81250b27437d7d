import type { UseMutationResult } from '@tanstack/react-query';
import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';
import { useFormat } from '../format/use-format.ts';
import { ProblemAlert } from '../shell/States.tsx';

export type CsvImportResult = { rows: number; imported: number; dryRun: boolean };
export type CsvImportMutation = UseMutationResult<
  CsvImportResult,
  Error,
  { csv: string; dryRun: boolean }
>;

/**
 * A CSV import in two steps, as every import of Liaison runs: a dry run checks every row and lists
 * every error with its row and column; only a clean file can then be imported, all rows or none.
 */
export function CsvImportForm({
  mutation,
  help,
  importLabel,
  doneLabel,
  cancel,
  afterDone,
}: {
  mutation: CsvImportMutation;
  help: ReactNode;
  /** The import button once the file is clean: "Import 1,200 order lines". */
  importLabel: (count: number) => string;
  /** What a person reads once it is imported. */
  doneLabel: (count: number, formatted: string) => string;
  /** A button beside the check and import buttons (Cancel in a dialog). */
  cancel?: ReactNode;
  /** The actions shown once it is imported; without them, "Import another file". */
  afterDone?: ReactNode;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const fileId = useId();
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [checked, setChecked] = useState<CsvImportResult | null>(null);
  const [imported, setImported] = useState<CsvImportResult | null>(null);
  const [inputKey, setInputKey] = useState(0);

  const run = (dryRun: boolean) => {
    if (!file) return;
    mutation.mutate(
      { csv: file.text, dryRun },
      { onSuccess: (result) => (dryRun ? setChecked(result) : setImported(result)) },
    );
  };
  const rowErrors = mutation.error instanceof ApiError ? (mutation.error.problem.errors ?? []) : [];

  if (imported) {
    return (
      <>
        <p className="alert alert-success" role="status">
          {doneLabel(imported.imported, format.number(imported.imported))}
        </p>
        <div className="form-actions">
          {afterDone ?? (
            <button
              type="button"
              className="button"
              onClick={() => {
                mutation.reset();
                setFile(null);
                setChecked(null);
                setImported(null);
                setInputKey((key) => key + 1);
              }}
            >
              {t('csvImport.another')}
            </button>
          )}
        </div>
      </>
    );
  }
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        run(!checked);
      }}
    >
      <div className="muted">{help}</div>
      <div className="field">
        <label htmlFor={fileId}>{t('csvImport.file')}</label>
        <input
          key={inputKey}
          id={fileId}
          type="file"
          accept=".csv,text/csv"
          onChange={async (event) => {
            const chosen = event.target.files?.[0];
            mutation.reset();
            setChecked(null);
            setFile(chosen ? { name: chosen.name, text: await chosen.text() } : null);
          }}
        />
      </div>
      {mutation.error ? (
        <>
          <ProblemAlert error={mutation.error} />
          {rowErrors.length ? (
            <div className="table-wrap import-errors">
              <table className="table table-compact">
                <caption>{t('csvImport.errors', { count: rowErrors.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('csvImport.row')}</th>
                    <th scope="col">{t('csvImport.column')}</th>
                    <th scope="col">{t('csvImport.problem')}</th>
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
      {checked && !mutation.error ? (
        <p className="alert alert-success" role="status">
          {t('csvImport.checked', { count: checked.rows, formatted: format.number(checked.rows) })}
        </p>
      ) : null}
      <div className="form-actions">
        {cancel}
        {checked && !mutation.error ? (
          <button type="submit" className="button button-primary" disabled={mutation.isPending}>
            {mutation.isPending ? t('csvImport.importing') : importLabel(checked.rows)}
          </button>
        ) : (
          <button
            type="submit"
            className="button button-primary"
            disabled={!file || mutation.isPending}
          >
            {mutation.isPending ? t('csvImport.checking') : t('csvImport.check')}
          </button>
        )}
      </div>
    </form>
  );
}
