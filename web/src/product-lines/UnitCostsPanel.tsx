import {
  type UseMutationResult,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { type FormEvent, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, client, data } from '../api/client.ts';
import { useFormat } from '../format/use-format.ts';
import { parseAmount } from '../performance/targets-grid.ts';
import { ErrorState, QueryStatus } from '../shell/States.tsx';
import type { ProductLine } from './use-product-lines.ts';
import './unit-costs.css';

type Cost = { productLine: string; currency: string; unitCost: number | null };
const keyOf = (line: string, currency: string) => `${line}|${currency}`;

/**
 * The principal's unit cost of each line per currency, which turns reported revenue into margins,
 * as a grid: product lines down, currencies across, each cell editable. Saving sends only the
 * cells changed (an emptied cell removes its cost) and re-costs every reported month. Never shown
 * to distributors.
 */
export function UnitCostsPanel({ lines, canEdit }: { lines: ProductLine[]; canEdit: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const costs = useQuery({
    queryKey: ['product-line-costs'],
    queryFn: () => data(client.GET('/api/v1/product-line-costs')),
  });
  const save = useMutation({
    mutationFn: (changed: Cost[]) =>
      data(client.PUT('/api/v1/product-line-costs', { body: { costs: changed } })),
    onSuccess: (result) => queryClient.setQueryData(['product-line-costs'], result),
  });
  return (
    <section className="card section" aria-labelledby="unit-costs">
      <h2 id="unit-costs">{t('unitCosts.title')}</h2>
      <p className="muted">{t('unitCosts.intro')}</p>
      {costs.isPending || costs.isError ? (
        <QueryStatus query={costs} />
      ) : (
        <UnitCostGrid
          // A save brings the server's costs back: the grid starts again from them.
          key={JSON.stringify(costs.data.costs)}
          lines={lines}
          costs={costs.data.costs}
          canEdit={canEdit}
          save={save}
        />
      )}
    </section>
  );
}

function UnitCostGrid({
  lines,
  costs,
  canEdit,
  save,
}: {
  lines: ProductLine[];
  costs: { productLine: string; currency: string; unitCost: number }[];
  canEdit: boolean;
  save: UseMutationResult<unknown, Error, Cost[]>;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const newCurrencyId = useId();
  // Written as the user types them ("12,5" in de), without grouping, so an edit reads back alike.
  const saved = useMemo(() => {
    const plain = new Intl.NumberFormat(format.locale, {
      useGrouping: false,
      maximumFractionDigits: 4,
    });
    return Object.fromEntries(
      costs.map((cost) => [keyOf(cost.productLine, cost.currency), plain.format(cost.unitCost)]),
    ) as Record<string, string>;
  }, [costs, format.locale]);
  const [cells, setCells] = useState<Record<string, string>>(saved);
  const [added, setAdded] = useState<string[]>([]);
  const [newCurrency, setNewCurrency] = useState('');
  const [invalid, setInvalid] = useState<Record<string, string>>({});
  const currencies = [...new Set([...costs.map((cost) => cost.currency).sort(), ...added])];
  // The catalogue, plus any line that still carries a cost.
  const rows = [
    ...lines.map((line) => ({ code: line.code, name: line.name })),
    ...[...new Set(costs.map((cost) => cost.productLine))]
      .filter((code) => !lines.some((line) => line.code === code))
      .map((code) => ({ code, name: '' })),
  ];
  const changedKeys = Object.keys({ ...saved, ...cells }).filter(
    (key) => (cells[key] ?? '').trim() !== (saved[key] ?? ''),
  );
  const cellLabel = (line: { code: string; name: string }, currency: string) =>
    t('unitCosts.cellLabel', { line: line.name || line.code, code: line.code, currency });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    const changed: Cost[] = changedKeys.map((key) => {
      const [productLine = '', currency = ''] = key.split('|');
      const text = (cells[key] ?? '').trim();
      const amount = text === '' ? null : parseAmount(text, format.locale);
      if (amount !== null && Number.isNaN(amount)) problems[key] = t('unitCosts.invalid');
      return { productLine, currency, unitCost: amount };
    });
    setInvalid(problems);
    if (Object.keys(problems).length || !changed.length) return;
    save.mutate(changed, {
      onError: (error) => {
        if (!(error instanceof ApiError)) return;
        const placed: Record<string, string> = {};
        for (const item of error.problem.errors ?? []) {
          const index = /^#\/costs\/(\d+)/.exec(item.pointer)?.[1];
          const cost = index === undefined ? undefined : changed[Number(index)];
          if (cost) placed[keyOf(cost.productLine, cost.currency)] ??= item.detail;
        }
        setInvalid(placed);
      },
    });
  };
  const addCurrency = () => {
    const code = newCurrency.trim().toUpperCase();
    if (!/^[A-Z]{3}$/.test(code)) {
      setInvalid({ currency: t('unitCosts.invalidCurrency') });
      return;
    }
    setInvalid({});
    if (!currencies.includes(code)) setAdded((before) => [...before, code]);
    setNewCurrency('');
  };

  return (
    <form onSubmit={submit} noValidate>
      {currencies.length === 0 ? <p className="muted">{t('unitCosts.empty')}</p> : null}
      {currencies.length ? (
        <section
          className="table-wrap"
          aria-label={t('unitCosts.gridCaption')}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region takes focus (WCAG 2.1.1)
          tabIndex={0}
        >
          <table className="table table-compact unit-cost-grid">
            <caption className="visually-hidden">{t('unitCosts.gridCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('unitCosts.line')}</th>
                {currencies.map((currency) => (
                  <th key={currency} scope="col" className="numeric">
                    {currency}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((line) => (
                <tr key={line.code}>
                  <th scope="row">
                    {line.name || line.code}
                    {line.name ? <span className="muted"> · {line.code}</span> : null}
                  </th>
                  {currencies.map((currency) => {
                    const key = keyOf(line.code, currency);
                    const value = cells[key] ?? '';
                    return (
                      <td key={currency} className="numeric">
                        {canEdit ? (
                          <input
                            className="unit-cost-cell"
                            inputMode="decimal"
                            aria-label={cellLabel(line, currency)}
                            aria-invalid={invalid[key] ? true : undefined}
                            aria-describedby={invalid[key] ? `unit-cost-error-${key}` : undefined}
                            value={value}
                            onChange={(event) =>
                              setCells((before) => ({ ...before, [key]: event.target.value }))
                            }
                          />
                        ) : value === '' ? (
                          '—'
                        ) : (
                          format.number(Number(value))
                        )}
                        {invalid[key] ? (
                          <span id={`unit-cost-error-${key}`} className="field-error">
                            {invalid[key]}
                          </span>
                        ) : null}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
      {canEdit ? (
        <div className="form-actions unit-cost-actions">
          <div className="inline-form">
            <label htmlFor={newCurrencyId}>{t('unitCosts.newCurrency')}</label>
            <input
              id={newCurrencyId}
              maxLength={3}
              size={4}
              value={newCurrency}
              aria-invalid={invalid.currency ? true : undefined}
              aria-describedby={invalid.currency ? `${newCurrencyId}-error` : undefined}
              onChange={(event) => setNewCurrency(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  addCurrency();
                }
              }}
            />
            <button type="button" className="button" onClick={addCurrency}>
              {t('unitCosts.addCurrency')}
            </button>
            {invalid.currency ? (
              <p id={`${newCurrencyId}-error`} className="field-error">
                {invalid.currency}
              </p>
            ) : null}
          </div>
          <span role="status" className="muted">
            {changedKeys.length
              ? t('unitCosts.unsaved', { count: changedKeys.length })
              : save.isSuccess
                ? t('unitCosts.saved')
                : ''}
          </span>
          <button
            type="submit"
            className="button button-primary"
            disabled={save.isPending || changedKeys.length === 0}
          >
            {save.isPending ? t('actions.saving') : t('unitCosts.save')}
          </button>
        </div>
      ) : null}
      {save.isError && !(save.error instanceof ApiError && save.error.problem.errors) ? (
        <ErrorState error={save.error} />
      ) : null}
    </form>
  );
}
