// /settings/exchange-rates: the reporting currency and the monthly rates the portfolio converts
// with (#16). Everyone on the principal's side reads them; editors enter and import rates, and a
// principal admin chooses the reporting currency.
import { useMemo, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { z } from 'zod';
import { RateEntry } from '../../../src/reports/exchange-rates.schema.ts';
import { useFormat } from '../format/use-format.ts';
import { ConfirmDialog } from '../forms/ConfirmDialog.tsx';
import { FormActions, TextField } from '../forms/fields.tsx';
import { PickerField } from '../forms/pickers.tsx';
import { currencyPickerOptions } from '../forms/places.ts';
import { i18nZodResolver, placeServerErrors, unplacedServerErrors } from '../forms/zod-resolver.ts';
import { CsvImportForm } from '../imports/CsvImportForm.tsx';
import {
  canManageDistributors,
  isPrincipalAdmin,
  isPrincipalRole,
  useSession,
} from '../session/use-session.ts';
import { EmptyState, ProblemAlert, QueryStatus } from '../shell/States.tsx';
import { usePageTitle } from '../shell/use-page-title.ts';
import {
  type ExchangeRateList,
  type ExchangeRateRecord,
  useDeleteRate,
  useExchangeRates,
  useImportRates,
  usePutRate,
  useSetReportingCurrency,
} from './use-exchange-rates.ts';
import './exchange-rates.css';

type Values = { currency: string; month: string; rate: string; source: string };
const fields = ['currency', 'month', 'rate', 'source'] as const;

export function ExchangeRatesPage() {
  const { t } = useTranslation();
  const me = useSession();
  usePageTitle(t('exchangeRates.title'));
  const rates = useExchangeRates();
  if (!isPrincipalRole(me.role)) {
    return (
      <div className="page">
        <EmptyState title={t('exchangeRates.forbidden')} />
      </div>
    );
  }
  const canEdit = canManageDistributors(me.role);
  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1>{t('exchangeRates.title')}</h1>
          <p className="muted">{t('exchangeRates.intro')}</p>
        </div>
        <div className="page-actions">
          <Link className="button" to="/portfolio">
            {t('exchangeRates.toPortfolio')}
          </Link>
        </div>
      </div>
      {rates.isPending || rates.isError ? (
        <QueryStatus query={rates} />
      ) : (
        <RatesBody list={rates.data} canEdit={canEdit} isAdmin={isPrincipalAdmin(me.role)} />
      )}
    </div>
  );
}

function RatesBody({
  list,
  canEdit,
  isAdmin,
}: {
  list: ExchangeRateList;
  canEdit: boolean;
  isAdmin: boolean;
}) {
  const { t } = useTranslation();
  const reporting = list.reportingCurrency;
  const [prefill, setPrefill] = useState<{ currency: string; month: string } | null>(null);
  return (
    <div className="rates-layout">
      <ReportingCurrencyCard currency={reporting} isAdmin={isAdmin} />
      {list.missing.length ? (
        <section className="card" aria-labelledby="missing-rates-heading">
          <h2 id="missing-rates-heading">{t('exchangeRates.missingTitle')}</h2>
          <p className="muted">{t('exchangeRates.missingIntro', { currency: reporting })}</p>
          <ul className="chip-list">
            {list.missing.slice(0, 36).map((missing) => (
              <li key={`${missing.currency}-${missing.month}`}>
                {canEdit ? (
                  <button
                    type="button"
                    className="rate-chip"
                    onClick={() => setPrefill(missing)}
                    aria-label={t('exchangeRates.enterMissing', missing)}
                  >
                    {missing.currency} {missing.month}
                  </button>
                ) : (
                  <span className="rate-chip">
                    {missing.currency} {missing.month}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {canEdit ? (
        <div className="detail-grid">
          <RateForm reporting={reporting} prefill={prefill} />
          <section className="card" aria-labelledby="rates-import-heading">
            <h2 id="rates-import-heading">{t('exchangeRates.importTitle')}</h2>
            <ImportRates reporting={reporting} />
          </section>
        </div>
      ) : null}
      <RatesTable list={list} canEdit={canEdit} />
    </div>
  );
}

function ReportingCurrencyCard({ currency, isAdmin }: { currency: string; isAdmin: boolean }) {
  const { t } = useTranslation();
  const save = useSetReportingCurrency();
  const format = useFormat();
  const currencies = useMemo(() => currencyPickerOptions(format), [format]);
  const [value, setValue] = useState(currency);
  return (
    <section className="card" aria-labelledby="reporting-currency-heading">
      <h2 id="reporting-currency-heading">{t('exchangeRates.reportingTitle')}</h2>
      <p>{t('exchangeRates.reportingNow', { currency })}</p>
      {isAdmin ? (
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            save.mutate(value.trim().toUpperCase());
          }}
        >
          <ProblemAlert error={save.error} />
          <PickerField
            label={t('exchangeRates.reportingLabel')}
            hint={t('exchangeRates.reportingHint')}
            options={currencies}
            value={value}
            onChange={setValue}
          />
          <FormActions isSaving={save.isPending} submitLabel={t('exchangeRates.reportingSave')} />
        </form>
      ) : (
        <p className="muted">{t('exchangeRates.reportingAdminOnly')}</p>
      )}
    </section>
  );
}

function RateForm({
  reporting,
  prefill,
}: {
  reporting: string;
  prefill: { currency: string; month: string } | null;
}) {
  const { t } = useTranslation();
  const put = usePutRate();
  const format = useFormat();
  const currencies = useMemo(() => currencyPickerOptions(format), [format]);
  const [saved, setSaved] = useState<string | null>(null);
  const form = useForm<Values, unknown, z.output<typeof RateEntry>>({
    defaultValues: { currency: '', month: '', rate: '', source: '' },
    resolver: i18nZodResolver(RateEntry, t, (values: Values) => ({
      currency: values.currency.trim(),
      month: values.month.trim(),
      // A decimal comma is read as a point; an empty or unreadable rate is "not above 0".
      rate: Number(values.rate.trim().replace(',', '.')) || 0,
      source: values.source,
    })),
  });
  const [shown, setShown] = useState(prefill);
  if (prefill !== shown) {
    setShown(prefill);
    if (prefill) {
      form.setValue('currency', prefill.currency);
      form.setValue('month', prefill.month);
      form.setFocus('rate');
    }
  }
  const onSubmit = form.handleSubmit((input) =>
    put.mutate(input, {
      onSuccess: (rate) => {
        setSaved(t('exchangeRates.saved', { currency: rate.currency, month: rate.month }));
        form.reset({ currency: '', month: '', rate: '', source: input.source });
      },
      onError: (error) => placeServerErrors(error, fields, form.setError),
    }),
  );
  return (
    <section className="card" aria-labelledby="rate-form-heading">
      <h2 id="rate-form-heading">{t('exchangeRates.formTitle')}</h2>
      <form onSubmit={onSubmit} noValidate>
        <ProblemAlert error={put.error} extra={unplacedServerErrors(put.error, fields)} />
        {saved && !put.error ? (
          <p className="alert alert-success" role="status">
            {saved}
          </p>
        ) : null}
        <div className="form-grid">
          <Controller
            control={form.control}
            name="currency"
            render={({ field }) => (
              <PickerField
                label={t('exchangeRates.currency')}
                hint={t('exchangeRates.currencyHint')}
                required
                options={currencies}
                error={form.formState.errors.currency}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                name={field.name}
              />
            )}
          />
          <TextField
            label={t('exchangeRates.month')}
            hint={t('exchangeRates.monthHint')}
            type="month"
            required
            error={form.formState.errors.month}
            {...form.register('month')}
          />
        </div>
        <TextField
          label={t('exchangeRates.rate', { currency: reporting })}
          hint={t('exchangeRates.rateHint', { currency: reporting })}
          inputMode="decimal"
          autoComplete="off"
          required
          error={form.formState.errors.rate}
          {...form.register('rate')}
        />
        <TextField
          label={t('exchangeRates.source')}
          hint={t('exchangeRates.sourceHint')}
          autoComplete="off"
          required
          error={form.formState.errors.source}
          {...form.register('source')}
        />
        <FormActions isSaving={put.isPending} submitLabel={t('exchangeRates.save')} />
      </form>
    </section>
  );
}

function ImportRates({ reporting }: { reporting: string }) {
  const { t } = useTranslation();
  const mutation = useImportRates();
  return (
    <CsvImportForm
      mutation={mutation}
      help={
        <>
          <p>{t('exchangeRates.importHelp', { currency: reporting })}</p>
          <pre className="csv-sample">
            {`currency,month,rate,source\nTHB,2026-10,38.42,ECB reference rate\nPLN,2026-10,4.27,ECB reference rate`}
          </pre>
        </>
      }
      importLabel={(count) => t('exchangeRates.importButton', { count })}
      doneLabel={(count, formatted) => t('exchangeRates.imported', { count, formatted })}
    />
  );
}

function RatesTable({ list, canEdit }: { list: ExchangeRateList; canEdit: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const remove = useDeleteRate();
  const [deleting, setDeleting] = useState<ExchangeRateRecord | null>(null);
  const rateFormat = new Intl.NumberFormat(format.locale, { maximumFractionDigits: 6 });
  return (
    <section className="card" aria-labelledby="rates-heading">
      <h2 id="rates-heading">{t('exchangeRates.listTitle')}</h2>
      {list.items.length === 0 ? (
        <EmptyState title={t('exchangeRates.empty')}>
          <p className="muted">{t('exchangeRates.emptyHint')}</p>
        </EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="table table-compact">
            <thead>
              <tr>
                <th scope="col">{t('exchangeRates.month')}</th>
                <th scope="col">{t('exchangeRates.currency')}</th>
                <th scope="col" className="numeric">
                  {t('exchangeRates.rateColumn')}
                </th>
                <th scope="col">{t('exchangeRates.source')}</th>
                <th scope="col">{t('exchangeRates.enteredColumn')}</th>
                {canEdit ? (
                  <th scope="col">
                    <span className="visually-hidden">{t('exchangeRates.actions')}</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {list.items.map((rate) => (
                <tr key={`${rate.currency}-${rate.month}`}>
                  <td>{rate.month}</td>
                  <td>{rate.currency}</td>
                  <td className="numeric">
                    {t('exchangeRates.quote', {
                      reporting: list.reportingCurrency,
                      rate: rateFormat.format(rate.rate),
                      currency: rate.currency,
                    })}
                  </td>
                  <td>{rate.source}</td>
                  <td>
                    {t(
                      rate.entry === 'imported'
                        ? 'exchangeRates.importedBy'
                        : 'exchangeRates.enteredBy',
                      { name: rate.enteredByName, date: format.date(rate.enteredAt) },
                    )}
                  </td>
                  {canEdit ? (
                    <td className="row-actions">
                      <button
                        type="button"
                        className="button-link button-link-danger"
                        aria-label={t('exchangeRates.deleteNamed', {
                          currency: rate.currency,
                          month: rate.month,
                        })}
                        onClick={() => setDeleting(rate)}
                      >
                        {t('exchangeRates.delete')}
                      </button>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {deleting ? (
        <ConfirmDialog
          title={t('exchangeRates.deleteTitle')}
          message={t('exchangeRates.deleteMessage', {
            currency: deleting.currency,
            month: deleting.month,
          })}
          confirmLabel={t('exchangeRates.delete')}
          isPending={remove.isPending}
          error={remove.error}
          onConfirm={() =>
            remove.mutate(
              { currency: deleting.currency, month: deleting.month },
              { onSuccess: () => setDeleting(null) },
            )
          }
          onClose={() => {
            remove.reset();
            setDeleting(null);
          }}
        />
      ) : null}
    </section>
  );
}
