import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DistributorInput, LifecycleStage } from '../../../src/distributors/distributors.schema.ts';
import type { DistributorRecord, LifecycleStageName } from '../api/types.ts';
import { countryOptions } from '../format/countries.ts';
import { timeZoneOptions } from '../format/time-zones.ts';
import { useFormat } from '../format/use-format.ts';
import { Dialog, FormActions, SelectField, TextAreaField, TextField } from '../forms/fields.tsx';
import { i18nZodResolver, placeServerErrors, unplacedServerErrors } from '../forms/zod-resolver.ts';
import { ProblemAlert } from '../shell/States.tsx';
import { useCreateDistributor, useUpdateDistributor } from './use-distributors.ts';

type Values = {
  name: string;
  legalName: string;
  country: string;
  city: string;
  timeZone: string;
  languages: string;
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

/** "vi, en" → ["vi", "en"]: languages are typed as a list of BCP 47 tags. */
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
    languages: splitLanguages(values.languages),
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
    languages: distributor?.languages.join(', ') ?? '',
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
  const countries = useMemo(() => countryOptions(format), [format]);
  const zones = useMemo(() => timeZoneOptions(distributor?.timeZone), [distributor?.timeZone]);
  const create = useCreateDistributor();
  const update = useUpdateDistributor(distributor?.id ?? '');
  const mutation = distributor ? update : create;
  const form = useForm<Values, unknown, DistributorInput>({
    defaultValues: defaultsFor(distributor),
    resolver: i18nZodResolver(DistributorInput, t, toInput),
  });
  const { errors } = form.formState;
  const zoneListId = `zones-${distributor?.id ?? 'new'}`;

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
        <SelectField
          label={t('distributorForm.country')}
          error={errors.country}
          required
          {...form.register('country')}
        >
          <option value="">{t('distributorForm.chooseCountry')}</option>
          {countries.map((country) => (
            <option key={country.code} value={country.code}>
              {country.name} ({country.code})
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('distributorForm.city')}
          error={errors.city}
          {...form.register('city')}
        />
        <TextField
          label={t('distributorForm.timeZone')}
          error={errors.timeZone}
          hint={t('distributorForm.timeZoneHint')}
          list={zoneListId}
          autoComplete="off"
          spellCheck={false}
          required
          {...form.register('timeZone')}
        />
        <datalist id={zoneListId}>
          {zones.map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
        <TextField
          label={t('distributorForm.languages')}
          error={errors.languages}
          hint={t('distributorForm.languagesHint')}
          autoComplete="off"
          spellCheck={false}
          required
          {...form.register('languages')}
        />
        <TextField
          label={t('distributorForm.website')}
          type="url"
          error={errors.website}
          placeholder="https://"
          {...form.register('website')}
        />
        <TextField
          label={t('distributorForm.reportCurrency')}
          error={errors.reportCurrency}
          hint={t('distributorForm.reportCurrencyHint')}
          autoComplete="off"
          spellCheck={false}
          maxLength={3}
          {...form.register('reportCurrency')}
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
