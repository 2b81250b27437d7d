import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';

export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="state state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('app.loading')}
    </div>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="state state-empty">
      <p className="state-title">{title}</p>
      {children}
    </div>
  );
}

/** The title and detail of an API problem (or a network failure) in words a user can act on. */
export function describeError(
  error: unknown,
  t: (key: string, options?: Record<string, unknown>) => string,
) {
  if (error instanceof ApiError) {
    if (error.status === 0)
      return { title: t('problems.network'), detail: t('problems.networkDetail') };
    // The request id helps only when something broke on the server side.
    const requestId = error.status >= 500 ? error.problem.requestId : undefined;
    return {
      title: error.problem.title,
      detail:
        error.problem.detail ?? (requestId ? t('problems.requestId', { requestId }) : undefined),
    };
  }
  return { title: t('problems.unexpected'), detail: error instanceof Error ? error.message : '' };
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const { title, detail } = describeError(error, t);
  return (
    <div className="state state-error" role="alert">
      <p className="state-title">{title}</p>
      {detail ? <p>{detail}</p> : null}
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          {t('actions.retry')}
        </button>
      ) : null}
    </div>
  );
}

/** What a query shows before it has data: loading, or its error with a retry. */
export function QueryStatus({
  query,
}: {
  query: { isError: boolean; error: unknown; refetch: () => unknown };
}) {
  return query.isError ? (
    <ErrorState error={query.error} onRetry={() => void query.refetch()} />
  ) : (
    <LoadingState />
  );
}

/** A problem shown above a form: its title, detail and any errors no field could take. */
export function ProblemAlert({ error, extra = [] }: { error: unknown; extra?: string[] }) {
  const { t } = useTranslation();
  if (!error) return null;
  const { title, detail } = describeError(error, t);
  return (
    <div className="alert alert-error" role="alert">
      <strong>{title}</strong>
      {detail ? <span> {detail}</span> : null}
      {extra.length ? (
        <ul>
          {extra.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
