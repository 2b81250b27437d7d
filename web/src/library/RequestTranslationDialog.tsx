import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TranslationInput } from '../../../src/library/library.schema.ts';
import { libraryLanguage } from '../../../src/platform/languages.ts';
import { dayFromToday } from '../format/days.ts';
import { useFormat } from '../format/use-format.ts';
import { Dialog, FormActions, SelectField, TextField } from '../forms/fields.tsx';
import { i18nZodResolver, placeServerErrors, unplacedServerErrors } from '../forms/zod-resolver.ts';
import { ProblemAlert, QueryStatus } from '../shell/States.tsx';
import { useLanguageChoices } from './library-format.ts';
import {
  type DocumentDetail,
  type Reviewer,
  useRequestTranslation,
  useReviewers,
} from './use-library.ts';

type Values = { language: string; dueOn: string; reviewerUserId: string };
const fields = ['language', 'dueOn', 'reviewerUserId'] as const;

// Empty choices are left out, so they read "required" rather than "not a valid value".
const toInput = (values: Values) => ({
  language: values.language || undefined,
  dueOn: values.dueOn || null,
  reviewerUserId: values.reviewerUserId || undefined,
});

/**
 * A principal editor asks for a translation of the current version: into which language, by when,
 * and who approves it (principal staff, or someone at a distributor the document reaches).
 */
export function RequestTranslationDialog({
  document,
  language,
  onClose,
}: {
  document: DocumentDetail;
  language?: string | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const reviewers = useReviewers(document.id);
  const request = useRequestTranslation(document.id);
  const choices = useLanguageChoices(document.variants.map((variant) => variant.language));
  // Not the language it is written in, nor one already being translated.
  const busy = new Set(
    document.variants
      .filter((variant) => variant.state === 'source' || variant.translation)
      .map((variant) => variant.language),
  );
  const languages = choices.filter((choice) => !busy.has(choice.code));
  const form = useForm<Values, unknown, TranslationInput>({
    defaultValues: {
      language: language ?? '',
      dueOn: dayFromToday(format.timeZone, 14),
      reviewerUserId: '',
    },
    resolver: i18nZodResolver(TranslationInput, t, toInput),
  });
  const { errors } = form.formState;
  const chosen = form.watch('language');
  const onSubmit = form.handleSubmit((input) =>
    request.mutate(input, {
      onSuccess: onClose,
      onError: (error) => placeServerErrors(error, fields, form.setError),
    }),
  );
  return (
    <Dialog title={t('library.request.title')} onClose={onClose}>
      <p className="muted">
        {t('library.request.intro', { title: document.title, version: document.currentVersion })}
      </p>
      <form onSubmit={onSubmit} noValidate>
        <ProblemAlert error={request.error} extra={unplacedServerErrors(request.error, fields)} />
        <SelectField
          label={t('library.request.language')}
          error={errors.language}
          required
          {...form.register('language')}
        >
          <option value="">{t('library.request.chooseLanguage')}</option>
          {languages.map((choice) => (
            <option key={choice.code} value={choice.code}>
              {choice.name}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('library.request.dueOn')}
          hint={t('library.request.dueOnHint')}
          type="date"
          min={dayFromToday(format.timeZone)}
          error={errors.dueOn}
          {...form.register('dueOn')}
        />
        {reviewers.isPending || reviewers.isError ? (
          <QueryStatus query={reviewers} />
        ) : (
          <SelectField
            label={t('library.request.reviewer')}
            hint={t('library.request.reviewerHint')}
            error={errors.reviewerUserId}
            required
            {...form.register('reviewerUserId')}
          >
            <option value="">{t('library.request.chooseReviewer')}</option>
            <ReviewerOptions reviewers={reviewers.data} language={chosen} />
          </SelectField>
        )}
        <FormActions
          isSaving={request.isPending}
          submitLabel={t('library.request.submit')}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}

/**
 * Principal staff first, then each distributor's people under its name; the distributors that
 * read the chosen language come before the others, and their people say so.
 */
function ReviewerOptions({ reviewers, language }: { reviewers: Reviewer[]; language: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const key = language ? libraryLanguage(language) : '';
  const staff = reviewers.filter((reviewer) => reviewer.distributorId === null);
  const groups = new Map<string, { name: string; reads: boolean; people: Reviewer[] }>();
  for (const reviewer of reviewers) {
    if (!reviewer.distributorId) continue;
    const group = groups.get(reviewer.distributorId) ?? {
      name: reviewer.distributorName ?? '',
      reads: Boolean(key) && reviewer.languages.includes(key),
      people: [],
    };
    group.people.push(reviewer);
    groups.set(reviewer.distributorId, group);
  }
  const ordered = [...groups.entries()].sort(([, a], [, b]) => Number(b.reads) - Number(a.reads));
  return (
    <>
      {staff.length ? (
        <optgroup label={t('library.request.principalStaff')}>
          {staff.map((reviewer) => (
            <option key={reviewer.userId} value={reviewer.userId}>
              {reviewer.name}
            </option>
          ))}
        </optgroup>
      ) : null}
      {ordered.map(([id, group]) => (
        <optgroup
          key={id}
          label={
            group.reads
              ? t('library.request.distributorReads', {
                  name: group.name,
                  language: format.language(key),
                })
              : group.name
          }
        >
          {group.people.map((reviewer) => (
            <option key={reviewer.userId} value={reviewer.userId}>
              {t('library.request.reviewerAt', {
                name: reviewer.name,
                distributor: group.name,
              })}
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );
}
