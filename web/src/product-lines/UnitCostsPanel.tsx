import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, client, data } from '../api/client.ts';
import { useFormat } from '../format/use-format.ts';
import { EmptyState, ErrorState, QueryStatus } from '../shell/States.tsx';
import type { ProductLine } from './use-product-lines.ts';

/**
 * The principal's unit cost of each line per currency, which turns reported revenue into margins.
 * Never shown to distributors. Saving one re-costs every reported month.
 */
export function UnitCostsPanel({ lines, canEdit }: { lines: ProductLine[]; canEdit: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const costs = useQuery({
    queryKey: ['product-line-costs'],
    queryFn: () => data(client.GET('/api/v1/product-line-costs')),
  });
  const save = useMutation({
    mutationFn: (cost: { productLine: string; currency: string; unitCost: number | null }) =>
      data(client.PUT('/api/v1/product-line-costs', { body: { costs: [cost] } })),
    onSuccess: (data) => queryClient.setQueryData(['product-line-costs'], data),
  });
  const ids = { line: useId(), currency: useId(), cost: useId() };
  const [draft, setDraft] = useState({ productLine: '', currency: 'EUR', unitCost: '' });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({
      productLine: draft.productLine,
      currency: draft.currency.trim().toUpperCase(),
      unitCost: Number(draft.unitCost),
    });
  };
  const fieldError = (field: string) =>
    save.error instanceof ApiError
      ? save.error.problem.errors?.find((error) => error.pointer.endsWith(`/${field}`))?.detail
      : undefined;
  return (
    <section className="card section" aria-labelledby="unit-costs">
      <h2 id="unit-costs">{t('unitCosts.title')}</h2>
      <p className="muted">{t('unitCosts.intro')}</p>
      {costs.isPending || costs.isError ? (
        <QueryStatus query={costs} />
      ) : costs.data.costs.length === 0 ? (
        <EmptyState title={t('unitCosts.empty')} />
      ) : (
        <table className="table">
          <caption className="visually-hidden">{t('unitCosts.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('unitCosts.line')}</th>
              <th scope="col">{t('unitCosts.currency')}</th>
              <th scope="col">{t('unitCosts.cost')}</th>
              {canEdit ? <th scope="col" /> : null}
            </tr>
          </thead>
          <tbody>
            {costs.data.costs.map((cost) => (
              <tr key={`${cost.productLine}-${cost.currency}`}>
                <td>{cost.productLine}</td>
                <td>{cost.currency}</td>
                <td>{format.number(cost.unitCost)}</td>
                {canEdit ? (
                  <td>
                    <button
                      type="button"
                      className="button"
                      disabled={save.isPending}
                      onClick={() => save.mutate({ ...cost, unitCost: null })}
                    >
                      {t('unitCosts.remove', { line: cost.productLine, currency: cost.currency })}
                    </button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canEdit ? (
        <form className="inline-form" onSubmit={submit}>
          <label htmlFor={ids.line}>{t('unitCosts.line')}</label>
          <select
            id={ids.line}
            required
            value={draft.productLine}
            onChange={(event) => setDraft({ ...draft, productLine: event.target.value })}
          >
            <option value="">{t('unitCosts.chooseLine')}</option>
            {lines.map((line) => (
              <option key={line.id} value={line.code}>
                {line.code} {line.name}
              </option>
            ))}
          </select>
          <label htmlFor={ids.currency}>{t('unitCosts.currency')}</label>
          <input
            id={ids.currency}
            required
            maxLength={3}
            size={4}
            value={draft.currency}
            aria-describedby={fieldError('currency') ? `${ids.currency}-error` : undefined}
            onChange={(event) => setDraft({ ...draft, currency: event.target.value })}
          />
          <label htmlFor={ids.cost}>{t('unitCosts.cost')}</label>
          <input
            id={ids.cost}
            type="number"
            required
            min={0}
            step="0.0001"
            value={draft.unitCost}
            onChange={(event) => setDraft({ ...draft, unitCost: event.target.value })}
          />
          <button type="submit" className="button button-primary" disabled={save.isPending}>
            {t('unitCosts.save')}
          </button>
          {fieldError('currency') ? (
            <p id={`${ids.currency}-error`} className="field-error">
              {fieldError('currency')}
            </p>
          ) : null}
        </form>
      ) : null}
      {save.isError && !(save.error instanceof ApiError && save.error.problem.errors) ? (
        <ErrorState error={save.error} />
      ) : null}
    </section>
  );
}
