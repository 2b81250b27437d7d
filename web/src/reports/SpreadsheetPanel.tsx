import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type ProblemFieldError } from '../api/client.ts';
import { useFormat } from '../format/use-format.ts';
import { TextField } from '../forms/fields.tsx';
import { ProblemAlert } from '../shell/States.tsx';
import { monthName } from './report-format.ts';
import { type ReportDetailRecord, templateUrl, useUploadReport } from './use-reports.ts';

/** The upload route's limit (src/reports/reports.routes.ts). */
const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/**
 * The offline way: download the template pre-filled with the product lines and the month, fill it
 * in, upload it. Every cell is checked before anything is stored, so a refused file changes
 * nothing and lists every cell to fix at once. A principal editor uploads only a file the
 * distributor sent another way, on its behalf, saying how it came.
 */
export function SpreadsheetPanel({
  distributorId,
  report,
}: {
  distributorId: string;
  report: ReportDetailRecord;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const fileId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<{ fileName: string; revision: number; isNew: boolean }>();
  const upload = useUploadReport(distributorId, report.period);
  const month = monthName(report.period, format.locale);
  const isOnBehalf = !report.canEdit && report.canEnterOnBehalf;
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);

  const [isTooLarge, setTooLarge] = useState(false);
  const onUpload = (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    if (isOnBehalf && !reason.trim()) {
      setReasonError(t('reports.onBehalf.reasonRequired'));
      return;
    }
    setResult(undefined);
    // The server refuses it anyway (413); saying so first spares a long upload.
    setTooLarge(file.size > MAX_UPLOAD_BYTES);
    if (file.size > MAX_UPLOAD_BYTES) return;
    const before = report.revision;
    upload.mutate(isOnBehalf ? { file, onBehalfReason: reason.trim() } : { file }, {
      onSuccess: (saved) => {
        setResult({
          fileName: file.name,
          revision: saved.revision,
          isNew: saved.revision > before,
        });
        setFile(null);
        if (input.current) input.current.value = '';
      },
    });
  };
  const cellErrors =
    upload.error instanceof ApiError && upload.error.status === 422
      ? (upload.error.problem.errors ?? [])
      : [];

  return (
    <div className="stack">
      <section aria-labelledby="report-template-heading">
        <h3 id="report-template-heading">{t('reports.spreadsheet.templateTitle')}</h3>
        <p className="muted">{t('reports.spreadsheet.templateIntro', { month })}</p>
        <div className="page-actions">
          <a
            className="button"
            href={templateUrl(distributorId, report.period, 'xlsx')}
            download={`report-${report.period}.xlsx`}
          >
            {t('reports.spreadsheet.downloadXlsx')}
          </a>
          <a
            className="button"
            href={templateUrl(distributorId, report.period, 'csv')}
            download={`report-${report.period}.csv`}
          >
            {t('reports.spreadsheet.downloadCsv')}
          </a>
        </div>
      </section>
      {report.canEdit || isOnBehalf ? (
        <section aria-labelledby="report-upload-heading">
          <h3 id="report-upload-heading">
            {isOnBehalf
              ? t('reports.onBehalf.uploadTitle', { name: report.distributorName })
              : t('reports.spreadsheet.uploadTitle')}
          </h3>
          {isOnBehalf ? (
            <p className="muted">
              {t('reports.onBehalf.uploadIntro', { name: report.distributorName })}
            </p>
          ) : null}
          <form onSubmit={onUpload} aria-labelledby="report-upload-heading">
            {isOnBehalf ? (
              <TextField
                label={t('reports.onBehalf.reason')}
                hint={t('reports.onBehalf.reasonHint')}
                required
                maxLength={500}
                value={reason}
                onChange={(event) => {
                  setReason(event.target.value);
                  setReasonError(null);
                }}
                error={reasonError ? { type: 'required', message: reasonError } : undefined}
              />
            ) : null}
            <div className="field">
              <label htmlFor={fileId}>{t('reports.spreadsheet.file')}</label>
              <input
                ref={input}
                id={fileId}
                type="file"
                accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
                aria-describedby={`${fileId}-hint`}
                onChange={(event) => {
                  upload.reset();
                  setResult(undefined);
                  setTooLarge(false);
                  setFile(event.target.files?.[0] ?? null);
                }}
              />
              <p className="field-hint" id={`${fileId}-hint`}>
                {t('reports.spreadsheet.fileHint')}
              </p>
            </div>
            <div className="form-actions">
              <button
                type="submit"
                className="button button-primary"
                disabled={!file || upload.isPending}
              >
                {upload.isPending
                  ? t('reports.spreadsheet.checking')
                  : isOnBehalf
                    ? t('reports.onBehalf.upload', { name: report.distributorName })
                    : t('reports.spreadsheet.upload')}
              </button>
            </div>
          </form>
          {upload.isPending ? (
            <p className="muted" role="status">
              {t('reports.spreadsheet.checkingDetail', { name: file?.name ?? '' })}
            </p>
          ) : null}
          {result ? (
            <p className="alert alert-success" role="status">
              {result.isNew
                ? t('reports.spreadsheet.stored', result)
                : t('reports.spreadsheet.unchanged', result)}
            </p>
          ) : null}
          {isTooLarge ? (
            <p className="alert alert-error" role="alert">
              {t('reports.spreadsheet.tooLarge', { maximumMb: MAX_UPLOAD_BYTES / 1024 / 1024 })}
            </p>
          ) : null}
          {upload.error && !cellErrors.length ? <ProblemAlert error={upload.error} /> : null}
          {cellErrors.length ? <UploadErrors errors={cellErrors} /> : null}
        </section>
      ) : null}
    </div>
  );
}

/** "Sales!A" and row 3 → sheet "Sales", cell "A3"; the detail without its "Sales A3: " prefix. */
function located(error: ProblemFieldError) {
  const [sheet = '', column = ''] = (error.column ?? '').split('!');
  const cell = error.row ? `${column}${error.row}` : '';
  const prefix = cell ? `${sheet} ${cell}: ` : '';
  const message =
    prefix && error.detail.startsWith(prefix) ? error.detail.slice(prefix.length) : error.detail;
  return { sheet, cell, message };
}

function UploadErrors({ errors }: { errors: ProblemFieldError[] }) {
  const { t } = useTranslation();
  return (
    <div className="alert alert-error" role="alert">
      <strong>{t('reports.spreadsheet.refused', { count: errors.length })}</strong>{' '}
      {t('reports.spreadsheet.nothingStored')}
      <div className="table-wrap import-errors">
        <table className="table table-compact">
          <caption className="visually-hidden">{t('reports.spreadsheet.errorsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reports.spreadsheet.sheet')}</th>
              <th scope="col">{t('reports.spreadsheet.cell')}</th>
              <th scope="col">{t('reports.spreadsheet.problem')}</th>
            </tr>
          </thead>
          <tbody>
            {errors.map((error) => {
              const { sheet, cell, message } = located(error);
              return (
                <tr key={`${error.pointer}-${error.detail}`}>
                  <td>{sheet || '—'}</td>
                  <td>{cell ? <code>{cell}</code> : '—'}</td>
                  <td>{message}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
