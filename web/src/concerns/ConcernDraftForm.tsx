import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ConcernPatch } from '../../../src/concerns/concerns.schema.ts';
import { useFormat } from '../format/use-format.ts';
import { FormActions, TextAreaField, TextField } from '../forms/fields.tsx';
import { i18nZodResolver, placeServerErrors, unplacedServerErrors } from '../forms/zod-resolver.ts';
import { ProblemAlert } from '../shell/States.tsx';
import { type ConcernRecord, useConcernChange } from './use-concerns.ts';

type Values = {
  subject: string;
  body: string;
  subjectTranslation: string;
  bodyTranslation: string;
  responseDays: string;
};
const fields = [
  'subject',
  'body',
  'subjectTranslation',
  'bodyTranslation',
  'responseDays',
] as const;

/** The draft's text in English beside the distributor's language, for review before sending. */
export function ConcernDraftForm({
  distributorId,
  concern,
}: {
  distributorId: string;
  concern: ConcernRecord;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { edit } = useConcernChange(distributorId, concern.id);
  const hasTranslation = concern.secondLanguage !== null;
  const form = useForm<Values, unknown, ConcernPatch>({
    defaultValues: {
      subject: concern.subject,
      body: concern.body,
      subjectTranslation: concern.subjectTranslation ?? '',
      bodyTranslation: concern.bodyTranslation ?? '',
      responseDays: String(concern.responseDays),
    },
    resolver: i18nZodResolver(ConcernPatch, t, (values: Values) => ({
      subject: values.subject,
      body: values.body,
      ...(hasTranslation
        ? { subjectTranslation: values.subjectTranslation, bodyTranslation: values.bodyTranslation }
        : {}),
      responseDays: values.responseDays.trim() === '' ? undefined : Number(values.responseDays),
    })),
  });
  const { errors, isDirty } = form.formState;
  const onSubmit = form.handleSubmit((patch) =>
    edit.mutate(patch, {
      onSuccess: (saved) =>
        form.reset({
          subject: saved.subject,
          body: saved.body,
          subjectTranslation: saved.subjectTranslation ?? '',
          bodyTranslation: saved.bodyTranslation ?? '',
          responseDays: String(saved.responseDays),
        }),
      onError: (error) => placeServerErrors(error, fields, form.setError),
    }),
  );
  return (
    <section className="section" aria-labelledby="draft-heading">
      <h2 id="draft-heading">{t('concerns.draft.title')}</h2>
      <p className="section-intro muted">{t('concerns.draft.intro')}</p>
      <form onSubmit={onSubmit} noValidate>
        <ProblemAlert error={edit.error} extra={unplacedServerErrors(edit.error, fields)} />
        <div className={hasTranslation ? 'letter letter-two' : 'letter'}>
          <div className="card letter-column" lang="en">
            <p className="letter-language muted">{format.language('en')}</p>
            <TextField
              label={t('concerns.draft.subject')}
              error={errors.subject}
              required
              {...form.register('subject')}
            />
            <TextAreaField
              label={t('concerns.draft.body')}
              error={errors.body}
              rows={22}
              required
              {...form.register('body')}
            />
          </div>
          {hasTranslation && concern.secondLanguage ? (
            <div className="card letter-column" lang={concern.secondLanguage}>
              <p className="letter-language muted">{format.language(concern.secondLanguage)}</p>
              <TextField
                label={t('concerns.draft.subjectIn', {
                  language: format.language(concern.secondLanguage),
                })}
                error={errors.subjectTranslation}
                required
                {...form.register('subjectTranslation')}
              />
              <TextAreaField
                label={t('concerns.draft.bodyIn', {
                  language: format.language(concern.secondLanguage),
                })}
                error={errors.bodyTranslation}
                rows={22}
                required
                {...form.register('bodyTranslation')}
              />
            </div>
          ) : null}
        </div>
        <div className="form-grid">
          <TextField
            label={t('concerns.draft.responseDays')}
            hint={t('concerns.draft.responseDaysHint')}
            type="number"
            min={1}
            max={90}
            inputMode="numeric"
            error={errors.responseDays}
            required
            {...form.register('responseDays')}
          />
          <FormActions
            isSaving={edit.isPending}
            submitLabel={isDirty ? t('concerns.draft.save') : t('concerns.draft.saved')}
          />
        </div>
      </form>
    </section>
  );
}
