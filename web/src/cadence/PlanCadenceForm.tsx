import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { CadencePlanInput } from '../../../src/cadence/cadence.schema.ts';
import { useFormat } from '../format/use-format.ts';
import { FormActions, SelectField, TextField } from '../forms/fields.tsx';
import { i18nZodResolver, placeServerErrors, unplacedServerErrors } from '../forms/zod-resolver.ts';
import { ProblemAlert } from '../shell/States.tsx';
import { weekdayName } from './cadence-format.ts';
import { usePlanCadence } from './use-cadence.ts';

type Values = {
  checkInWeekday: string;
  reviewWeekday: string;
  videoUrl: string;
  horizonMonths: string;
};
const fields = ['checkInWeekday', 'reviewWeekday', 'videoUrl', 'horizonMonths'] as const;
const weekdays = [1, 2, 3, 4, 5, 6, 7];
const horizons = [3, 6, 9, 12, 18, 24];

const toInput = (values: Values) => ({
  checkInWeekday: Number(values.checkInWeekday),
  reviewWeekday: Number(values.reviewWeekday),
  videoUrl: values.videoUrl.trim() || null,
  horizonMonths: Number(values.horizonMonths),
});

/** The first plan of a relationship; meeting kinds and lengths come from the charter. */
export function PlanCadenceForm({ distributorId }: { distributorId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const plan = usePlanCadence(distributorId);
  const form = useForm<Values, unknown, z.output<typeof CadencePlanInput>>({
    defaultValues: { checkInWeekday: '2', reviewWeekday: '4', videoUrl: '', horizonMonths: '6' },
    resolver: i18nZodResolver(CadencePlanInput, t, toInput),
  });
  const { errors } = form.formState;
  const onSubmit = form.handleSubmit((input) =>
    plan.mutate(input, {
      onError: (error) => placeServerErrors(error, fields, form.setError),
    }),
  );
  const weekdayOptions = weekdays.map((day) => (
    <option key={day} value={day}>
      {weekdayName(format.locale, day)}
    </option>
  ));
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('cadence.plan.title')}>
      <ProblemAlert error={plan.error} extra={unplacedServerErrors(plan.error, fields)} />
      <div className="form-grid">
        <SelectField
          label={t('cadence.plan.checkInWeekday')}
          hint={t('cadence.plan.checkInHint')}
          error={errors.checkInWeekday}
          {...form.register('checkInWeekday')}
        >
          {weekdayOptions}
        </SelectField>
        <SelectField
          label={t('cadence.plan.reviewWeekday')}
          hint={t('cadence.plan.reviewHint')}
          error={errors.reviewWeekday}
          {...form.register('reviewWeekday')}
        >
          {weekdayOptions}
        </SelectField>
        <TextField
          label={t('cadence.plan.videoUrl')}
          hint={t('cadence.plan.videoUrlHint')}
          type="url"
          placeholder="https://"
          error={errors.videoUrl}
          {...form.register('videoUrl')}
        />
        <SelectField
          label={t('cadence.plan.horizonMonths')}
          error={errors.horizonMonths}
          {...form.register('horizonMonths')}
        >
          {horizons.map((months) => (
            <option key={months} value={months}>
              {t('cadence.plan.months', { count: months })}
            </option>
          ))}
        </SelectField>
        <FormActions isSaving={plan.isPending} submitLabel={t('cadence.plan.submit')} />
      </div>
    </form>
  );
}
