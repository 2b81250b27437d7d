import { type FieldError, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { DocumentInput, DocumentKind } from '../../../src/library/library.schema.ts';
import { libraryLanguage } from '../../../src/platform/languages.ts';
import { dayFromToday } from '../format/days.ts';
import { useFormat } from '../format/use-format.ts';
import { Dialog, FormActions, SelectField, TextAreaField, TextField } from '../forms/fields.tsx';
import {
  type FieldOf,
  i18nZodResolver,
  placeServerErrors,
  unplacedServerErrors,
} from '../forms/zod-resolver.ts';
import { useSession } from '../session/use-session.ts';
import { ProblemAlert } from '../shell/States.tsx';
import { acceptedFiles, requiringFile, useLanguageChoices } from './library-format.ts';
import { ScopeControllers } from './ScopeFields.tsx';
import { type DocumentDetail, useCreateDocument } from './use-library.ts';

type Values = {
  title: string;
  kind: string;
  sourceLanguage: string;
  description: string;
  productLineIds: string[];
  countries: string[];
  validFrom: string;
  validUntil: string;
  note: string;
  file: FileList | null;
};
type Output = z.output<typeof DocumentInput>;

const fields = [
  'title',
  'kind',
  'sourceLanguage',
  'description',
  'productLineIds',
  'countries',
  'validFrom',
  'validUntil',
  'note',
  'file',
] as const;
// A form the server could not read at all is a problem with its file.
const fieldOf: FieldOf = (path) => (path[0] === 'files' ? 'file' : String(path[0] ?? ''));

// An empty choice is left out, so it reads "required" rather than "not one of …".
const toInput = (values: Values) => ({
  ...values,
  kind: values.kind || undefined,
  sourceLanguage: values.sourceLanguage || undefined,
  file: undefined,
});

/** A principal editor adds a document with its first file; the page then opens it. */
export function AddDocumentDialog({
  onClose,
  onSaved,
}: {
  onClose: () => void;
  onSaved: (document: DocumentDetail) => void;
}) {
  const { t } = useTranslation();
  const me = useSession();
  const format = useFormat();
  const languages = useLanguageChoices();
  const create = useCreateDocument();
  const schemaResolver = i18nZodResolver(DocumentInput, t, toInput, fieldOf);
  const resolver = requiringFile(schemaResolver, t('library.form.fileRequired'));
  const form = useForm<Values, unknown, Output>({
    defaultValues: {
      title: '',
      kind: '',
      sourceLanguage: libraryLanguage(me.user.locale),
      description: '',
      productLineIds: [],
      countries: [],
      validFrom: dayFromToday(format.timeZone),
      validUntil: '',
      note: '',
      file: null,
    },
    resolver,
  });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((input) => {
    const file = form.getValues('file')?.[0];
    if (!file) return;
    create.mutate(
      { fields: input, file },
      {
        onSuccess: (document) => {
          onSaved(document);
          onClose();
        },
        onError: (error) => placeServerErrors(error, fields, form.setError, fieldOf),
      },
    );
  });

  return (
    <Dialog title={t('library.form.addTitle')} onClose={onClose} size="large">
      <form onSubmit={onSubmit} noValidate className="form-grid">
        <ProblemAlert
          error={create.error}
          extra={unplacedServerErrors(create.error, fields, fieldOf)}
        />
        <TextField
          label={t('library.form.title')}
          error={errors.title}
          required
          maxLength={200}
          className="span-2"
          {...form.register('title')}
        />
        <SelectField
          label={t('library.form.kind')}
          error={errors.kind}
          required
          {...form.register('kind')}
        >
          <option value="">{t('library.form.chooseKind')}</option>
          {DocumentKind.options.map((kind) => (
            <option key={kind} value={kind}>
              {t(`library.kinds.${kind}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('library.form.sourceLanguage')}
          hint={t('library.form.sourceLanguageHint')}
          error={errors.sourceLanguage}
          required
          {...form.register('sourceLanguage')}
        >
          {languages.map((language) => (
            <option key={language.code} value={language.code}>
              {language.name}
            </option>
          ))}
        </SelectField>
        <TextAreaField
          label={t('library.form.description')}
          error={errors.description}
          rows={3}
          maxLength={2000}
          className="span-2"
          {...form.register('description')}
        />
        <ScopeControllers control={form.control} errors={errors} />
        <TextField
          label={t('library.form.validFrom')}
          hint={t('library.form.validFromHint')}
          type="date"
          error={errors.validFrom}
          {...form.register('validFrom')}
        />
        <TextField
          label={t('library.form.validUntil')}
          hint={t('library.form.validUntilHint')}
          type="date"
          error={errors.validUntil}
          {...form.register('validUntil')}
        />
        <TextField
          label={t('library.form.firstNote')}
          hint={t('library.form.firstNoteHint')}
          error={errors.note}
          maxLength={500}
          className="span-2"
          {...form.register('note')}
        />
        <TextField
          label={t('library.form.file')}
          hint={t('library.form.fileHint')}
          type="file"
          accept={acceptedFiles}
          error={errors.file as FieldError | undefined}
          required
          className="span-2"
          {...form.register('file')}
        />
        <FormActions
          isSaving={create.isPending}
          submitLabel={t('library.form.addSubmit')}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
