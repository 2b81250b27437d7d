import { Fragment, useState } from 'react';
import { type FieldPath, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import { describeIssue } from '../../../src/platform/validation.ts';
import { WarningThresholds } from '../../../src/warnings/warnings.schema.ts';
import { FormActions, TextField } from '../forms/fields.tsx';
import { placeServerErrors, unplacedServerErrors } from '../forms/zod-resolver.ts';
import { canManageDistributors, isPrincipalRole, useSession } from '../session/use-session.ts';
import { EmptyState, ProblemAlert, QueryStatus } from '../shell/States.tsx';
import { usePageTitle } from '../shell/use-page-title.ts';
import {
  type ThresholdsInput,
  type ThresholdsRecord,
  useSetWarningSettings,
  useWarningSettings,
} from './use-warnings.ts';
import './warnings.css';

type Threshold = {
  key: string;
  min: number | null;
  max: number | null;
  isWhole: boolean;
  description: string;
};

/** The number inside a field, optional or not (thresholds added later are optional in a PUT). */
function numberOf(field: z.ZodType): z.ZodNumber | null {
  if (field instanceof z.ZodNumber) return field;
  if (field instanceof z.ZodOptional || field instanceof z.ZodDefault) {
    return numberOf(field.unwrap() as z.ZodType);
  }
  return null;
}

/**
 * The thresholds as the server's schema declares them, with its ranges: a threshold added there
 * shows here with its description until it has words of its own in the locale.
 */
const thresholds: Threshold[] = Object.entries(WarningThresholds.shape).flatMap(([key, field]) => {
  const number = numberOf(field);
  if (!number) return [];
  const description = field.description ?? number.description ?? key;
  return [{ key, min: number.minValue, max: number.maxValue, isWhole: number.isInt, description }];
});
const fieldNames = thresholds.map((threshold) => threshold.key);

type Values = Record<string, string>;

/** /early-warnings/settings: the workspace's thresholds; admins and managers change them. */
export function ThresholdsPage() {
  const { t } = useTranslation();
  const me = useSession();
  usePageTitle(t('warnings.settings.title'));
  if (!isPrincipalRole(me.role)) {
    return (
      <div className="page">
        <EmptyState title={t('warnings.forbidden')} />
      </div>
    );
  }
  return <Thresholds canEdit={canManageDistributors(me.role)} />;
}

function Thresholds({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const settings = useWarningSettings();
  return (
    <div className="page">
      <nav className="breadcrumbs" aria-label={t('nav.breadcrumbs')}>
        <Link to="/early-warnings">{t('warnings.title')}</Link>
        <span aria-hidden="true"> / </span>
        <span aria-current="page">{t('warnings.settings.title')}</span>
      </nav>
      <div className="page-header">
        <div>
          <h1>{t('warnings.settings.title')}</h1>
          <p className="muted">{t('warnings.settings.intro')}</p>
        </div>
      </div>
      <section className="card section thresholds" aria-labelledby="thresholds-heading">
        <h2 id="thresholds-heading" className="visually-hidden">
          {t('warnings.settings.title')}
        </h2>
        {settings.isPending || settings.isError ? (
          <QueryStatus query={settings} />
        ) : canEdit ? (
          <ThresholdsForm current={settings.data} />
        ) : (
          <ThresholdsView current={settings.data} />
        )}
      </section>
    </div>
  );
}

function useThresholdWords() {
  const { t } = useTranslation();
  return (threshold: Threshold) => ({
    label: t(`warnings.thresholds.${threshold.key}.label`, { defaultValue: threshold.key }),
    hint: [
      t(`warnings.thresholds.${threshold.key}.hint`, { defaultValue: threshold.description }),
      threshold.min !== null && threshold.max !== null
        ? t('warnings.settings.range', { min: threshold.min, max: threshold.max })
        : '',
    ]
      .filter(Boolean)
      .join(' '),
  });
}

/** A viewer reads the thresholds. */
function ThresholdsView({ current }: { current: ThresholdsRecord }) {
  const { t } = useTranslation();
  const wordsOf = useThresholdWords();
  const values = current as Record<string, unknown>;
  return (
    <>
      <p className="muted">{t('warnings.settings.readOnly')}</p>
      <dl className="facts thresholds-view">
        {thresholds.map((threshold) => {
          const words = wordsOf(threshold);
          return (
            <Fragment key={threshold.key}>
              <dt>{words.label}</dt>
              <dd>
                {String(values[threshold.key] ?? '—')} <span className="muted">{words.hint}</span>
              </dd>
            </Fragment>
          );
        })}
      </dl>
    </>
  );
}

function ThresholdsForm({ current }: { current: ThresholdsRecord }) {
  const { t } = useTranslation();
  const wordsOf = useThresholdWords();
  const save = useSetWarningSettings();
  const [isSaved, setSaved] = useState(false);
  const stored = current as Record<string, unknown>;
  const form = useForm<Values>({
    defaultValues: Object.fromEntries(
      thresholds.map((threshold) => [threshold.key, String(stored[threshold.key] ?? '')]),
    ),
  });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((values) => {
    setSaved(false);
    const input: Record<string, unknown> = { ...stored };
    const messages = new Map<string, string>();
    for (const threshold of thresholds) {
      // A decimal comma is read as a point: 2,5 is 2.5.
      const text = (values[threshold.key] ?? '').trim().replace(',', '.');
      const pattern = threshold.isWhole ? /^-?\d+$/ : /^-?\d+(\.\d+)?$/;
      if (pattern.test(text)) input[threshold.key] = Number(text);
      else if (!text) messages.set(threshold.key, t('validation.required'));
      else {
        messages.set(
          threshold.key,
          threshold.isWhole ? t('warnings.settings.wholeNumber') : t('warnings.settings.number'),
        );
      }
    }
    // The server's own schema and ranges: what passes here, the server takes.
    const parsed = WarningThresholds.safeParse(input);
    for (const issue of parsed.success ? [] : parsed.error.issues) {
      const key = String(issue.path[0] ?? '');
      if (!messages.has(key)) messages.set(key, describeIssue(t, issue));
    }
    if (messages.size > 0) {
      // In the form's order, so the focus lands on the first field in error.
      const failed = thresholds.filter((threshold) => messages.has(threshold.key));
      failed.forEach((threshold, index) => {
        form.setError(
          threshold.key as FieldPath<Values>,
          { type: 'client', message: messages.get(threshold.key) ?? '' },
          { shouldFocus: index === 0 },
        );
      });
      return;
    }
    save.mutate(input as ThresholdsInput, {
      onSuccess: (saved) => {
        form.reset(
          Object.fromEntries(
            thresholds.map((threshold) => [
              threshold.key,
              String((saved as Record<string, unknown>)[threshold.key] ?? ''),
            ]),
          ),
        );
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
          {t('warnings.settings.saved')}
        </p>
      ) : null}
      <div className="thresholds-fields">
        {thresholds.map((threshold) => {
          const words = wordsOf(threshold);
          return (
            <TextField
              key={threshold.key}
              label={words.label}
              hint={words.hint}
              error={errors[threshold.key]}
              inputMode={threshold.isWhole ? 'numeric' : 'decimal'}
              autoComplete="off"
              className="threshold-field"
              {...form.register(threshold.key, { onChange: () => setSaved(false) })}
            />
          );
        })}
      </div>
      <FormActions isSaving={save.isPending} submitLabel={t('warnings.settings.save')} />
    </form>
  );
}
