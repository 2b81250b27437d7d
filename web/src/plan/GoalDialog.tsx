import { useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { GoalInput } from '../../../src/plan/plan.schema.ts';
import { kpiKeys, principalOnlyKpis } from '../../../src/reports/kpi.schema.ts';
import { Dialog, FormActions, SelectField, TextAreaField, TextField } from '../forms/fields.tsx';
import { i18nZodResolver, placeServerErrors, unplacedServerErrors } from '../forms/zod-resolver.ts';
import { ProblemAlert } from '../shell/States.tsx';
import { type GoalRecord, useProposeGoal } from './use-plan.ts';

type Side = '' | 'principal' | 'distributor';
// The KPIs a goal may follow: the principal-only ones are refused by the API (plan.schema.ts).
type GoalValues = {
  metric: string;
  target: string;
  unit: string;
  dueOn: string;
  kpi: string;
  objectives: { text: string; ownerSide: Side }[];
  note: string;
};
const goalFields = ['metric', 'target', 'unit', 'dueOn', 'kpi', 'objectives', 'note'] as const;

/** What the form holds, as the API takes it: a number from the target's text, no KPI as null. */
function goalInput(values: GoalValues) {
  return {
    ...values,
    target: values.target.trim() === '' ? Number.NaN : Number(values.target.replace(',', '.')),
    kpi: values.kpi || null,
    objectives: values.objectives
      .filter((objective) => objective.text.trim() !== '')
      .map((objective) => ({ text: objective.text, ownerSide: objective.ownerSide || null })),
  };
}

/** Proposes a new goal, or a change of `goal`; the other side agrees to it. */
export function GoalDialog({
  distributorId,
  goal,
  onClose,
}: {
  distributorId: string;
  goal: GoalRecord | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const propose = useProposeGoal(distributorId, goal?.id ?? null);
  const form = useForm<GoalValues, unknown, z.output<typeof GoalInput>>({
    defaultValues: {
      metric: goal?.metric ?? '',
      target: goal ? String(goal.target) : '',
      unit: goal?.unit ?? '',
      dueOn: goal?.dueOn ?? '',
      kpi: goal?.kpi ?? '',
      objectives: goal?.objectives.map((objective) => ({
        text: objective.text,
        ownerSide: objective.ownerSide ?? '',
      })) ?? [{ text: '', ownerSide: '' }],
      note: '',
    },
    resolver: i18nZodResolver(GoalInput, t, goalInput),
  });
  const objectives = useFieldArray({ control: form.control, name: 'objectives' });
  const { errors } = form.formState;
  const onSubmit = form.handleSubmit((input) =>
    propose.mutate(input, {
      onSuccess: onClose,
      onError: (error) => placeServerErrors(error, goalFields, form.setError),
    }),
  );
  return (
    <Dialog
      title={t(goal ? 'plan.goalDialog.changeTitle' : 'plan.goalDialog.title')}
      onClose={onClose}
    >
      <form onSubmit={onSubmit} noValidate>
        <ProblemAlert
          error={propose.error}
          extra={unplacedServerErrors(propose.error, goalFields)}
        />
        <p className="muted">{t('plan.proposalHint')}</p>
        <TextField
          label={t('plan.goal.metric')}
          hint={t('plan.goal.metricHint')}
          required
          error={errors.metric}
          {...form.register('metric')}
        />
        <div className="two-columns">
          <TextField
            label={t('plan.goal.target')}
            inputMode="decimal"
            required
            error={errors.target}
            {...form.register('target')}
          />
          <TextField
            label={t('plan.goal.unit')}
            hint={t('plan.goal.unitHint')}
            required
            error={errors.unit}
            {...form.register('unit')}
          />
        </div>
        <TextField
          label={t('plan.goal.dueOn')}
          hint={t('plan.dateHint')}
          placeholder="2027-06-30"
          required
          error={errors.dueOn}
          {...form.register('dueOn')}
        />
        <SelectField
          label={t('plan.goal.kpi')}
          hint={t('plan.goal.kpiHint')}
          error={errors.kpi}
          {...form.register('kpi')}
        >
          <option value="">{t('plan.goal.noKpi')}</option>
          {kpiKeys
            .filter((key) => !principalOnlyKpis.has(key))
            .map((key) => (
              <option key={key} value={key}>
                {t(`performance.kpis.${key}`)}
              </option>
            ))}
        </SelectField>
        <fieldset className="plan-objectives-field">
          <legend>{t('plan.goal.objectives')}</legend>
          {objectives.fields.map((field, index) => (
            <div key={field.id} className="plan-objective-row">
              <TextField
                label={t('plan.goal.objective', { number: index + 1 })}
                error={errors.objectives?.[index]?.text}
                {...form.register(`objectives.${index}.text`)}
              />
              <SelectField
                label={t('plan.owner')}
                {...form.register(`objectives.${index}.ownerSide`)}
              >
                <option value="">{t('plan.side.both')}</option>
                <option value="principal">{t('plan.side.principal')}</option>
                <option value="distributor">{t('plan.side.distributor')}</option>
              </SelectField>
              <button
                type="button"
                className="button button-small"
                onClick={() => objectives.remove(index)}
              >
                {t('plan.goal.removeObjective', { number: index + 1 })}
              </button>
            </div>
          ))}
          <button
            type="button"
            className="button button-small"
            onClick={() => objectives.append({ text: '', ownerSide: '' })}
          >
            {t('plan.goal.addObjective')}
          </button>
        </fieldset>
        <TextAreaField
          label={t('plan.note')}
          rows={2}
          error={errors.note}
          {...form.register('note')}
        />
        <FormActions
          isSaving={propose.isPending}
          submitLabel={t('plan.propose')}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
