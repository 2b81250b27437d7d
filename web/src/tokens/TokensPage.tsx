import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { TokenInput } from '../../../src/accounts/accounts.schema.ts';
import { client, data } from '../api/client.ts';
import type { ApiTokenRecord, CreatedApiTokenRecord } from '../api/types.ts';
import { useFormat } from '../format/use-format.ts';
import { ConfirmDialog } from '../forms/ConfirmDialog.tsx';
import { FormActions, TextField } from '../forms/fields.tsx';
import { i18nZodResolver, placeServerErrors, unplacedServerErrors } from '../forms/zod-resolver.ts';
import { EmptyState, ProblemAlert, QueryStatus } from '../shell/States.tsx';
import { usePageTitle } from '../shell/use-page-title.ts';

type Values = { name: string };

export function TokensPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const tokens = useQuery({
    queryKey: ['tokens'],
    queryFn: () => data(client.GET('/api/v1/tokens')),
  });
  const create = useMutation({
    mutationFn: (input: z.output<typeof TokenInput>) =>
      data(client.POST('/api/v1/tokens', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['tokens'] }),
  });
  const revoke = useMutation({
    mutationFn: (id: string) =>
      data(client.DELETE('/api/v1/tokens/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['tokens'] }),
  });
  const [created, setCreated] = useState<CreatedApiTokenRecord | null>(null);
  usePageTitle(t('tokens.title'));
  const [revoking, setRevoking] = useState<ApiTokenRecord | null>(null);
  const form = useForm<Values, unknown, z.output<typeof TokenInput>>({
    defaultValues: { name: '' },
    resolver: i18nZodResolver(TokenInput, t),
  });
  const onSubmit = form.handleSubmit((input) =>
    create.mutate(input, {
      onSuccess: (token) => {
        setCreated(token);
        form.reset();
      },
      onError: (error) => placeServerErrors(error, ['name'], form.setError),
    }),
  );

  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1>{t('tokens.title')}</h1>
          <p className="muted">{t('tokens.intro')}</p>
        </div>
      </div>
      <div className="detail-grid">
        <section className="card" aria-labelledby="new-token-heading">
          <h2 id="new-token-heading">{t('tokens.create')}</h2>
          <form onSubmit={onSubmit} noValidate>
            <ProblemAlert
              error={create.error}
              extra={unplacedServerErrors(create.error, ['name'])}
            />
            <TextField
              label={t('tokens.name')}
              hint={t('tokens.nameHint')}
              autoComplete="off"
              error={form.formState.errors.name}
              required
              {...form.register('name')}
            />
            <FormActions isSaving={create.isPending} submitLabel={t('tokens.submit')} />
          </form>
          {created ? <NewTokenSecret token={created} onDone={() => setCreated(null)} /> : null}
        </section>
        <section className="card" aria-labelledby="tokens-heading">
          <h2 id="tokens-heading">{t('tokens.list')}</h2>
          {tokens.isPending || tokens.isError ? (
            <QueryStatus query={tokens} />
          ) : tokens.data.length === 0 ? (
            <EmptyState title={t('tokens.empty')} />
          ) : (
            <div className="table-wrap">
              <table className="table table-compact">
                <thead>
                  <tr>
                    <th scope="col">{t('tokens.columns.name')}</th>
                    <th scope="col">{t('tokens.columns.created')}</th>
                    <th scope="col">{t('tokens.columns.lastUsed')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('tokens.columns.actions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {tokens.data.map((token) => (
                    <tr key={token.id} className={token.revokedAt ? 'row-muted' : undefined}>
                      <td>
                        <span className="strong">{token.name}</span>
                        <div>
                          <code>{token.tokenPrefix}…</code>
                        </div>
                      </td>
                      <td>{format.date(token.createdAt)}</td>
                      <td>
                        {token.lastUsedAt ? (
                          format.dateTime(token.lastUsedAt)
                        ) : (
                          <span className="muted">{t('tokens.never')}</span>
                        )}
                      </td>
                      <td className="row-actions">
                        {token.revokedAt ? (
                          <span className="badge badge-muted">
                            {t('tokens.revokedOn', { date: format.date(token.revokedAt) })}
                          </span>
                        ) : (
                          <button
                            type="button"
                            className="button-link button-link-danger"
                            aria-label={t('tokens.revokeNamed', { name: token.name })}
                            onClick={() => setRevoking(token)}
                          >
                            {t('tokens.revoke')}
                          </button>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      </div>
      {revoking ? (
        <ConfirmDialog
          title={t('tokens.revokeTitle')}
          message={t('tokens.revokeMessage', { name: revoking.name })}
          confirmLabel={t('tokens.revoke')}
          isPending={revoke.isPending}
          error={revoke.error}
          onConfirm={() => revoke.mutate(revoking.id, { onSuccess: () => setRevoking(null) })}
          onClose={() => {
            revoke.reset();
            setRevoking(null);
          }}
        />
      ) : null}
    </div>
  );
}

/** The secret exists only in this response: show it once, with a copy button. */
function NewTokenSecret({ token, onDone }: { token: CreatedApiTokenRecord; onDone: () => void }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  return (
    <div className="secret" role="status">
      <p className="strong">{t('tokens.createdTitle', { name: token.name })}</p>
      <p>{t('tokens.createdWarning')}</p>
      <div className="secret-row">
        <span className="visually-hidden">{t('tokens.secret')}</span>
        <code className="secret-value">{token.token}</code>
        <button
          type="button"
          className="button button-small"
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(token.token);
              setCopied(true);
            } catch {
              setCopied(false);
            }
          }}
        >
          {copied ? t('tokens.copied') : t('tokens.copy')}
        </button>
        <button type="button" className="button button-small" onClick={onDone}>
          {t('tokens.done')}
        </button>
      </div>
    </div>
  );
}
