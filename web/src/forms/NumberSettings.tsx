import type { UseQueryResult } from '@tanstack/react-query';
import { Fragment, useMemo, useState } from 'react';
import { type FieldPath, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { describeIssue } from '../../../src/platform/validation.ts';
import { ProblemAlert, QueryStatus } from '../shell/States.tsx';
import { FormActions, TextField } from './fields.tsx';
import { placeServerErrors, unplacedServerErrors } from './zod-resolver.ts';

/** One numeric setting as the server's schema declares it, with its range. */
export type NumberSetting = {
  key: string;
  min: number | null;
  max: number | null;
  isWhole: boolean;
  description: string;
};

/** The number inside a field, optional or not (settings added later are optional in a PUT). */
function numberOf(field: z.ZodType): z.ZodNumber | null {
  if (field instanceof z.ZodNumber) return field;
  if (field instanceof z.ZodOptional || field instanceof z.ZodDefault) {
    return numberOf(field.unwrap() as z.ZodType);
  }
  return null;
}

/**
 * The numeric settings of a server schema, in its order, with its ranges: a setting added there
 * shows here with its description until it has words of its own in the locale.
 */
function numberSettingsOf(schema: z.ZodObject): NumberSetting[] {
  return Object.entries(schema.shape).flatMap(([key, field]) => {
    const number = numberOf(field as z.ZodType);
    if (!number) return [];
    const description = (field as z.ZodType).description ?? number.description ?? key;
    return [
      { key, min: number.minValue, max: number.maxValue, isWhole: number.isInt, description },
    ];
  });
}

/** A setting's label and hint: `${prefix}.${key}.label` / `.hint` in the locale, then the range. */
function useSettingWords(prefix: string) {
  const { t } = useTranslation();
  return (setting: NumberSetting) => ({
    label: t(`${prefix}.${setting.key}.label`, { defaultValue: setting.key }),
    hint: [
      t(`${prefix}.${setting.key}.hint`, { defaultValue: setting.description }),
      setting.min !== null && setting.max !== null
        ? t('warnings.settings.range', { min: setting.min, max: setting.max })
        : '',
    ]
      .filter(Boolean)
      .join(' '),
  });
}

type Words = ReturnType<typeof useSettingWords>;

/** Read only: each setting with its value and what it means. */
function NumberSettingsView({
  settings,
  current,
  wordsOf,
  readOnlyLabel,
}: {
  settings: NumberSetting[];
  current: Record<string, unknown>;
  wordsOf: Words;
  /** Who may change them, shown above. */
  readOnlyLabel: string;
}) {
  return (
    <>
      <p className="muted">{readOnlyLabel}</p>
      <dl className="facts thresholds-view">
        {settings.map((setting) => {
          const words = wordsOf(setting);
          return (
            <Fragment key={setting.key}>
              <dt>{words.label}</dt>
              <dd>
                {String(current[setting.key] ?? '—')} <span className="muted">{words.hint}</span>
              </dd>
            </Fragment>
          );
        })}
      </dl>
    </>
  );
}

export type Save = {
  mutate: (
    input: Record<string, unknown>,
    options: { onSuccess: (saved: unknown) => void; onError: (error: unknown) => void },
  ) => void;
  isPending: boolean;
  error: unknown;
};

/**
 * The settings as a form: checked against the server's own schema before it is sent (what passes
 * here, the server takes), errors beside their fields, the focus on the first.
 */
function NumberSettingsForm({
  settings,
  current,
  wordsOf,
  schema,
  save,
  submitLabel,
  savedLabel,
}: {
  settings: NumberSetting[];
  current: Record<string, unknown>;
  wordsOf: Words;
  schema: z.ZodObject;
  save: Save;
  submitLabel: string;
  savedLabel: string;
}) {
  const { t } = useTranslation();
  const [isSaved, setSaved] = useState(false);
  const fieldNames = settings.map((setting) => setting.key);
  const valuesOf = (record: Record<string, unknown>) =>
    Object.fromEntries(settings.map((setting) => [setting.key, String(record[setting.key] ?? '')]));
  const form = useForm<Record<string, string>>({ defaultValues: valuesOf(current) });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((values) => {
    setSaved(false);
    const input: Record<string, unknown> = { ...current };
    const messages = new Map<string, string>();
    for (const setting of settings) {
      // A decimal comma is read as a point: 2,5 is 2.5.
      const text = (values[setting.key] ?? '').trim().replace(',', '.');
      const pattern = setting.isWhole ? /^-?\d+$/ : /^-?\d+(\.\d+)?$/;
      if (pattern.test(text)) input[setting.key] = Number(text);
      else if (!text) messages.set(setting.key, t('validation.required'));
      else {
        messages.set(
          setting.key,
          setting.isWhole ? t('warnings.settings.wholeNumber') : t('warnings.settings.number'),
        );
      }
    }
    const parsed = schema.safeParse(input);
    for (const issue of parsed.success ? [] : parsed.error.issues) {
      const key = String(issue.path[0] ?? '');
      if (!messages.has(key)) messages.set(key, describeIssue(t, issue));
    }
    if (messages.size > 0) {
      // In the form's order, so the focus lands on the first field in error.
      const failed = settings.filter((setting) => messages.has(setting.key));
      failed.forEach((setting, index) => {
        form.setError(
          setting.key as FieldPath<Record<string, string>>,
          { type: 'client', message: messages.get(setting.key) ?? '' },
          { shouldFocus: index === 0 },
        );
      });
      return;
    }
    save.mutate(input, {
      onSuccess: (saved) => {
        form.reset(valuesOf(saved as Record<string, unknown>));
        setSaved(true);
      },
      onError: (error) => placeServerErrors(error, fieldNames, form.setError),
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="thresholds-form">
      <ProblemAlert error={save.error} extra={unplacedServerErrors(save.error, fieldNames)} />
      {isSaved ? (
        <p className="alert alert-success" role="status">
          {savedLabel}
        </p>
      ) : null}
      <div className="thresholds-fields">
        {settings.map((setting) => {
          const words = wordsOf(setting);
          return (
            <TextField
              key={setting.key}
              label={words.label}
              hint={words.hint}
              error={errors[setting.key]}
              inputMode={setting.isWhole ? 'numeric' : 'decimal'}
              autoComplete="off"
              className="threshold-field"
              {...form.register(setting.key, { onChange: () => setSaved(false) })}
            />
          );
        })}
      </div>
      <FormActions isSaving={save.isPending} submitLabel={submitLabel} />
    </form>
  );
}

/**
 * A card of numeric settings read from the server: a form for who may change them, the values
 * with their meaning for who may only read them. `wordsPrefix` finds each label and hint.
 */
export function NumberSettingsCard({
  headingId,
  title,
  isTitleHidden = false,
  intro,
  query,
  save,
  schema,
  wordsPrefix,
  canEdit,
  labels,
}: {
  headingId: string;
  title: string;
  isTitleHidden?: boolean;
  intro?: string;
  query: UseQueryResult<unknown>;
  save: Save;
  schema: z.ZodObject;
  wordsPrefix: string;
  canEdit: boolean;
  labels: { submit: string; saved: string; readOnly: string };
}) {
  const settings = useMemo(() => numberSettingsOf(schema), [schema]);
  const wordsOf = useSettingWords(wordsPrefix);
  return (
    <section className="card section thresholds" aria-labelledby={headingId}>
      <h2 id={headingId} className={isTitleHidden ? 'visually-hidden' : undefined}>
        {title}
      </h2>
      {intro ? <p className="muted">{intro}</p> : null}
      {query.isPending || query.isError ? (
        <QueryStatus query={query} />
      ) : canEdit ? (
        <NumberSettingsForm
          settings={settings}
          current={query.data as Record<string, unknown>}
          wordsOf={wordsOf}
          schema={schema}
          save={save}
          submitLabel={labels.submit}
          savedLabel={labels.saved}
        />
      ) : (
        <NumberSettingsView
          settings={settings}
          current={query.data as Record<string, unknown>}
          wordsOf={wordsOf}
          readOnlyLabel={labels.readOnly}
        />
      )}
    </section>
  );
}
