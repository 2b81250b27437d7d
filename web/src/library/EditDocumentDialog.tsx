import { type Resolver, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DocumentKind, DocumentPatch } from '../../../src/library/library.schema.ts';
import { Dialog, FormActions, SelectField, TextAreaField, TextField } from '../forms/fields.tsx';
import { i18nZodResolver, placeServerErrors, unplacedServerErrors } from '../forms/zod-resolver.ts';
import { ProblemAlert } from '../shell/States.tsx';
import { ScopeControllers } from './ScopeFields.tsx';
import { type DocumentDetail, useUpdateDocument } from './use-library.ts';

type Values = {
  title: string;
  kind: string;
  description: string;
  productLineIds: string[];
  countries: string[];
  validFrom: string;
  validUntil: string;
};
const fields = [
  'title',
  'kind',
  'description',
  'productLineIds',
  'countries',
  'validFrom',
  'validUntil',
] as const;

// An empty end date is "no end".
const toInput = (values: Values) => ({
  ...values,
  kind: values.kind || undefined,
  validFrom: values.validFrom || undefined,
  validUntil: values.validUntil || null,
});

/** What the document is, whom it reaches and when: a principal editor changes it. */
export function EditDocumentDialog({
  document,
  onClose,
}: {
  document: DocumentDetail;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateDocument(document.id);
  const schemaResolver = i18nZodResolver(DocumentPatch, t, toInput);
  // A patch may leave the start date out; this form always sends it, so empty is "required".
  const resolver: Resolver<Values, unknown, DocumentPatch> = async (values, context, options) => {
    const result = await schemaResolver(values, context, options);
    if (values.validFrom) return result;
    return {
      values: {},
      errors: {
        ...result.errors,
        validFrom: { type: 'required', message: t('validation.required') },
      },
    };
  };
  const form = useForm<Values, unknown, DocumentPatch>({
    defaultValues: {
      title: document.title,
      kind: document.kind,
      description: document.description ?? '',
      productLineIds: document.productLines.map((line) => line.id),
      countries: document.countries,
      validFrom: document.validFrom,
      validUntil: document.validUntil ?? '',
    },
    resolver,
  });
  const { errors } = form.formState;
  const onSubmit = form.handleSubmit((patch) =>
    update.mutate(patch, {
      onSuccess: onClose,
      onError: (error) => placeServerErrors(error, fields, form.setError),
    }),
  );
  return (
    <Dialog title={t('library.form.editTitle')} onClose={onClose} size="large">
      <form onSubmit={onSubmit} noValidate className="form-grid">
        <ProblemAlert error={update.error} extra={unplacedServerErrors(update.error, fields)} />
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
          {DocumentKind.options.map((kind) => (
            <option key={kind} value={kind}>
              {t(`library.kinds.${kind}`)}
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
          required
          {...form.register('validFrom')}
        />
        <TextField
          label={t('library.form.validUntil')}
          hint={t('library.form.validUntilHint')}
          type="date"
          error={errors.validUntil}
          {...form.register('validUntil')}
        />
        <FormActions
          isSaving={update.isPending}
          submitLabel={t('actions.save')}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
