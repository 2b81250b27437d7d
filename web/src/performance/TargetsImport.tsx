import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, client, data } from '../api/client.ts';
import { ErrorState } from '../shell/States.tsx';

/**
 * Targets for any number of distributors from one CSV or XLSX (distributor, product_line,
 * period_kind, period, revenue, units): checked first, then imported whole or not at all.
 */
export function TargetsImport() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const send = useMutation({
    mutationFn: ({ dryRun }: { dryRun: boolean }) =>
      data(
        client.POST('/api/v1/targets/import', {
          params: {
            query: { filename: file?.name ?? 'targets.csv', dryRun: dryRun ? 'true' : 'false' },
          },
          body: file,
          headers: {
            'content-type': file?.name.endsWith('.xlsx')
              ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
              : 'text/csv',
          },
        }),
      ),
    onSuccess: (result) => {
      if (!result.dryRun) void queryClient.invalidateQueries({ queryKey: ['distributors'] });
    },
  });
  const rowErrors = send.error instanceof ApiError ? (send.error.problem.errors ?? []) : [];
  return (
    <details className="card section targets-import">
      <summary>{t('performance.targetsImport.title')}</summary>
      <p className="muted">{t('performance.targetsImport.format')}</p>
      <div className="inline-form">
        <label htmlFor={id}>{t('performance.targetsImport.file')}</label>
        <input
          id={id}
          type="file"
          accept=".csv,.xlsx"
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
        <button
          type="button"
          className="button"
          disabled={!file || send.isPending}
          onClick={() => send.mutate({ dryRun: true })}
        >
          {t('performance.targetsImport.check')}
        </button>
        <button
          type="button"
          className="button button-primary"
          disabled={!file || send.isPending}
          onClick={() => send.mutate({ dryRun: false })}
        >
          {t('performance.targetsImport.import')}
        </button>
      </div>
      {send.data ? (
        <p role="status">
          {send.data.dryRun
            ? t('performance.targetsImport.checked', send.data)
            : t('performance.targetsImport.done', { count: send.data.imported })}
        </p>
      ) : null}
      {rowErrors.length ? (
        <div role="alert">
          <p>{t('performance.targetsImport.refused', { count: rowErrors.length })}</p>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('performance.targetsImport.row')}</th>
                <th scope="col">{t('performance.targetsImport.column')}</th>
                <th scope="col">{t('performance.targetsImport.problem')}</th>
              </tr>
            </thead>
            <tbody>
              {rowErrors.map((error) => (
                <tr key={error.pointer + error.detail}>
                  <td>{error.row ?? '—'}</td>
                  <td>{error.column ?? '—'}</td>
                  <td>{error.detail}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : send.isError ? (
        <ErrorState error={send.error} />
      ) : null}
    </details>
  );
}
