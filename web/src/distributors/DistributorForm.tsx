import { useMemo, useRef } from 'react';
import { Controller, type FieldError, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DistributorInput, LifecycleStage } from '../../../src/distributors/distributors.schema.ts';
import type { DistributorRecord, LifecycleStageName } from '../api/types.ts';
import { countryOptions } from '../format/countries.ts';
import { useFormat } from '../format/use-format.ts';
import { Dialog, FormActions, SelectField, TextAreaField, TextField } from '../forms/fields.tsx';
import { MultiPickerField, PickerField } from '../forms/pickers.tsx';
import {
  countryDefaults,
  countryPickerOptions,
  currencyPickerOptions,
  languagePickerOptions,
  timeZonePickerOptions,
} from '../forms/places.ts';
import { i18nZodResolver, placeServerErrors, unplacedServerErrors } from '../forms/zod-resolver.ts';
import { ProblemAlert } from '../shell/States.tsx';
import { useCreateDistributor, useUpdateDistributor } from './use-distributors.ts';

type Values = {
  name: string;
  legalName: string;
  country: string;
  city: string;
  timeZone: string;
  languages: string[];
  website: string;
  notes: string;
  lifecycleStage: LifecycleStageName;
  reportCurrency: string;
};

const fields = [
  'name',
  'legalName',
  'country',
  'city',
  'timeZone',
  'languages',
  'website',
  'notes',
  'lifecycleStage',
  'reportCurrency',
] as const;

/** "vi, en" → ["vi", "en"]: languages typed as a list of BCP 47 tags (imports, older forms). */
export function splitLanguages(text: string): string[] {
  return text
    .split(/[,;\s]+/)
    .map((tag) => tag.trim())
    .filter(Boolean);
}

// Empty required choices are left out, so they read "required" rather than "not a code".
function toInput(values: Values) {
  return {
    ...values,
    country: values.country || undefined,
    timeZone: values.timeZone.trim() || undefined,
    languages: values.languages,
    reportCurrency: values.reportCurrency.trim().toUpperCase() || undefined,
  };
}

function defaultsFor(distributor: DistributorRecord | undefined): Values {
  return {
    name: distributor?.name ?? '',
    legalName: distributor?.legalName ?? '',
    country: distributor?.country ?? '',
    city: distributor?.city ?? '',
    timeZone: distributor?.timeZone ?? '',
    languages: distributor?.languages ?? [],
    website: distributor?.website ?? '',
    notes: distributor?.notes ?? '',
    lifecycleStage: distributor?.lifecycleStage ?? 'prospect',
    reportCurrency: distributor?.reportCurrency ?? 'EUR',
  };
}

/** Creates a distributor, or edits one when `distributor` is given. */
export function DistributorFormDialog({
  distributor,
  onClose,
  onSaved,
}: {
  distributor?: DistributorRecord;
  onClose: () => void;
  onSaved?: (distributor: DistributorRecord) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const countries = useMemo(() => countryPickerOptions(countryOptions(format)), [format]);
  const languages = useMemo(
    () => languagePickerOptions(format, distributor?.languages),
    [format, distributor?.languages],
  );
  const currencies = useMemo(() => currencyPickerOptions(format), [format]);
  const create = useCreateDistributor();
  const update = useUpdateDistributor(distributor?.id ?? '');
  const mutation = distributor ? update : create;
  const form = useForm<Values, unknown, DistributorInput>({
    defaultValues: defaultsFor(distributor),
    resolver: i18nZodResolver(DistributorInput, t, toInput),
  });
  const { errors } = form.formState;
  const country = form.watch('country');
  const zones = useMemo(
    () => timeZonePickerOptions(format, country, distributor?.timeZone),
    [format, country, distributor?.timeZone],
  );
  // What the country fills in, until the user sets it: on an edit, everything is already set.
  const setByHand = useRef(
    new Set<string>(distributor ? ['timeZone', 'languages', 'currency'] : []),
  );
  const chooseCountry = (code: string) => {
    form.setValue('country', code, {
      shouldDirty: true,
      shouldValidate: form.formState.isSubmitted,
    });
    if (!code) return;
    const defaults = countryDefaults(code);
    const fill = { shouldDirty: true, shouldValidate: form.formState.isSubmitted };
    if (defaults.timeZone && !setByHand.current.has('timeZone')) {
      form.setValue('timeZone', defaults.timeZone, fill);
    }
    if (defaults.languages.length > 0 && !setByHand.current.has('languages')) {
      form.setValue('languages', defaults.languages.slice(0, 10), fill);
    }
    if (defaults.currency && !setByHand.current.has('currency')) {
      form.setValue('reportCurrency', defaults.currency, fill);
    }
  };

  const onSubmit = form.handleSubmit((input) => {
    const options = {
      onSuccess: (saved: DistributorRecord) => {
        onSaved?.(saved);
        onClose();
      },
      onError: (error: unknown) => placeServerErrors(error, fields, form.setError),
    };
    if (distributor) {
      const { lifecycleStage: _stage, ...patch } = input;
      update.mutate(patch, options);
    } else {
      create.mutate(input, options);
    }
  });

  return (
    <Dialog
      title={distributor ? t('distributorForm.editTitle') : t('distributorForm.createTitle')}
      onClose={onClose}
      size="large"
    >
      <form onSubmit={onSubmit} noValidate className="form-grid">
        <ProblemAlert error={mutation.error} extra={unplacedServerErrors(mutation.error, fields)} />
        <TextField
          label={t('distributorForm.name')}
          error={errors.name}
          required
          {...form.register('name')}
        />
        <TextField
          label={t('distributorForm.legalName')}
          error={errors.legalName}
          {...form.register('legalName')}
        />
        <Controller
          control={form.control}
          name="country"
          render={({ field }) => (
            <PickerField
              label={t('distributorForm.country')}
              error={errors.country}
              required
              placeholder={t('distributorForm.chooseCountry')}
              options={countries}
              value={field.value}
              onChange={chooseCountry}
              onBlur={field.onBlur}
              name={field.name}
            />
          )}
        />
        <TextField
          label={t('distributorForm.city')}
          error={errors.city}
          {...form.register('city')}
        />
        <Controller
          control={form.control}
          name="timeZone"
          render={({ field }) => (
            <PickerField
              label={t('distributorForm.timeZone')}
              error={errors.timeZone}
              hint={t('distributorForm.timeZoneHint')}
              required
              options={zones}
              value={field.value}
              onChange={(zone) => {
                setByHand.current.add('timeZone');
                field.onChange(zone);
              }}
              onBlur={field.onBlur}
              name={field.name}
            />
          )}
        />
        <Controller
          control={form.control}
          name="languages"
          render={({ field }) => (
            <MultiPickerField
              label={t('distributorForm.languages')}
              // An issue of one language is the field's: the resolver and the server errors name it so.
              error={errors.languages as FieldError | undefined}
              hint={t('distributorForm.languagesHint')}
              required
              options={languages}
              value={field.value}
              onChange={(codes) => {
                setByHand.current.add('languages');
                field.onChange(codes);
              }}
              onBlur={field.onBlur}
              name={field.name}
            />
          )}
        />
        <TextField
          label={t('distributorForm.website')}
          type="url"
          error={errors.website}
          placeholder="https://"
          {...form.register('website')}
        />
        <Controller
          control={form.control}
          name="reportCurrency"
          render={({ field }) => (
            <PickerField
              label={t('distributorForm.reportCurrency')}
              error={errors.reportCurrency}
              hint={t('distributorForm.reportCurrencyHint')}
              options={currencies}
              value={field.value}
              onChange={(code) => {
                setByHand.current.add('currency');
                field.onChange(code);
              }}
              onBlur={field.onBlur}
              name={field.name}
            />
          )}
        />
        {distributor ? null : (
          <SelectField
            label={t('distributorForm.stage')}
            error={errors.lifecycleStage}
            {...form.register('lifecycleStage')}
          >
            {LifecycleStage.options.map((stage) => (
              <option key={stage} value={stage}>
                {t(`lifecycle.${stage}`)}
              </option>
            ))}
          </SelectField>
        )}
        <TextAreaField
          label={t('distributorForm.notes')}
          error={errors.notes}
          rows={3}
          className="span-2"
          {...form.register('notes')}
        />
        <FormActions
          isSaving={mutation.isPending}
          submitLabel={distributor ? t('actions.save') : t('distributorForm.create')}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
