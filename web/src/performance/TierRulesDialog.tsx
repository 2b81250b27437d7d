import { type FieldPath, useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { describeIssue } from '../../../src/platform/validation.ts';
import { type TierRule, TierRules } from '../../../src/reports/kpi.schema.ts';
import { ApiError } from '../api/client.ts';
import { Dialog, FormActions } from '../forms/fields.tsx';
import { pathOfPointer } from '../forms/zod-resolver.ts';
import { ProblemAlert } from '../shell/States.tsx';
import { type TierRulesRecord, useSetTierRules } from './use-performance.ts';

const minimums = ['minAttainment', 'minGrowth', 'minTimeliness', 'minSatisfaction'] as const;
type Minimum = (typeof minimums)[number];
/** Attainment, growth and timeliness are ratios the user types as percentages. */
const isPercent = (field: Minimum) => field !== 'minSatisfaction';

type RuleValues = { tier: string } & Record<Minimum, string>;
type Values = { rules: RuleValues[] };

function toValues(rules: TierRule[]): Values {
  return {
    rules: rules.map((rule) => {
      const row: RuleValues = { tier: rule.tier, ...emptyMinimums() };
      for (const field of minimums) {
        const value = rule[field];
        // Rounded so 0.9 shows as 90, not 90.00000000000001.
        row[field] =
          value === null ? '' : String(isPercent(field) ? Math.round(value * 10000) / 100 : value);
      }
      return row;
    }),
  };
}

const emptyMinimums = (): Record<Minimum, string> => ({
  minAttainment: '',
  minGrowth: '',
  minTimeliness: '',
  minSatisfaction: '',
});

/** The criteria that assign tiers, first match wins; saving re-tiers the whole portfolio. */
export function TierRulesDialog({
  rules,
  onClose,
}: {
  rules: TierRulesRecord;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const save = useSetTierRules();
  const form = useForm<Values>({ defaultValues: toValues(rules.rules) });
  const list = useFieldArray({ control: form.control, name: 'rules' });
  const { errors } = form.formState;
  const unplaced: string[] = [];
  if (save.error instanceof ApiError) {
    for (const item of save.error.problem.errors ?? []) {
      if (pathOfPointer(item.pointer).length < 3) unplaced.push(item.detail);
    }
  }

  const onSubmit = form.handleSubmit((values) => {
    let isValid = true;
    const input = values.rules.map((row, index) => {
      const rule: Record<string, unknown> = { tier: row.tier.trim() };
      for (const field of minimums) {
        const text = row[field].trim().replace(',', '.');
        const value = text === '' ? null : Number(text);
        if (value !== null && !Number.isFinite(value)) {
          isValid = false;
          form.setError(`rules.${index}.${field}`, {
            type: 'number',
            message: t('performance.tierRules.invalidNumber'),
          });
        }
        rule[field] = value !== null && isPercent(field) ? value / 100 : value;
      }
      return rule;
    });
    if (!isValid) return;
    const parsed = TierRules.safeParse({ rules: input });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const [, index, field] = issue.path;
        if (index === undefined || field === undefined) continue;
        form.setError(`rules.${Number(index)}.${String(field)}` as FieldPath<Values>, {
          type: issue.code,
          message: describeIssue(t, issue),
        });
      }
      return;
    }
    save.mutate(parsed.data, {
      onSuccess: onClose,
      onError: (error) => {
        if (!(error instanceof ApiError)) return;
        for (const item of error.problem.errors ?? []) {
          const [, index, field] = pathOfPointer(item.pointer);
          if (index === undefined || field === undefined) continue;
          // The pointer names a rule's field, e.g. "#/rules/1/minGrowth".
          form.setError(`rules.${Number(index)}.${field}` as FieldPath<Values>, {
            type: 'server',
            message: item.detail,
          });
        }
      },
    });
  });

  const columns = ['tier', ...minimums] as const;
  return (
    <Dialog title={t('performance.tierRules.title')} onClose={onClose} size="large">
      <form onSubmit={onSubmit} noValidate>
        <p className="muted">{t('performance.tierRules.intro')}</p>
        <ProblemAlert error={save.error} extra={unplaced} />
        <div className="table-wrap">
          <table className="table table-compact tier-rules">
            <thead>
              <tr>
                <th scope="col">#</th>
                {columns.map((column) => (
                  <th key={column} scope="col">
                    {t(`performance.tierRules.${column}`)}
                  </th>
                ))}
                <th scope="col">
                  <span className="visually-hidden">{t('actions.edit')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.fields.map((field, index) => (
                <tr key={field.id}>
                  <td>{index + 1}</td>
                  {columns.map((column) => {
                    const error = errors.rules?.[index]?.[column];
                    return (
                      <td key={column}>
                        <input
                          className={column === 'tier' ? 'tier-input' : 'target-cell'}
                          inputMode={column === 'tier' ? 'text' : 'decimal'}
                          aria-label={t('performance.tierRules.rowLabel', {
                            field: t(`performance.tierRules.${column}`),
                            number: index + 1,
                          })}
                          aria-invalid={error ? true : undefined}
                          {...form.register(`rules.${index}.${column}`)}
                        />
                        {error?.message ? <p className="field-error">{error.message}</p> : null}
                      </td>
                    );
                  })}
                  <td className="row-actions">
                    {index > 0 ? (
                      <button
                        type="button"
                        className="button-link"
                        aria-label={t('performance.tierRules.moveUp', { number: index + 1 })}
                        onClick={() => list.move(index, index - 1)}
                      >
                        ↑
                      </button>
                    ) : null}
                    {list.fields.length > 1 ? (
                      <button
                        type="button"
                        className="button-link button-link-danger"
                        aria-label={t('performance.tierRules.remove', { number: index + 1 })}
                        onClick={() => list.remove(index)}
                      >
                        ×
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {list.fields.length < 10 ? (
          <button
            type="button"
            className="button"
            onClick={() => list.append({ tier: '', ...emptyMinimums() })}
          >
            {t('performance.tierRules.add')}
          </button>
        ) : null}
        <FormActions
          isSaving={save.isPending}
          submitLabel={t('performance.tierRules.save')}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
