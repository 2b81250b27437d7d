import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ProductLineInput } from '../../../src/charter/charter.schema.ts';
import { Dialog, FormActions, TextField } from '../forms/fields.tsx';
import { i18nZodResolver, placeServerErrors, unplacedServerErrors } from '../forms/zod-resolver.ts';
import { ProblemAlert } from '../shell/States.tsx';
import {
  type ProductLine,
  useCreateProductLine,
  useUpdateProductLine,
} from './use-product-lines.ts';

type Values = { code: string; name: string; category: string };

const fields = ['code', 'name', 'category'] as const;

/** Creates a product line, or edits one when `line` is given. A taken code lands under Code. */
export function ProductLineFormDialog({
  line,
  categories,
  onClose,
}: {
  line?: ProductLine;
  categories: string[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const create = useCreateProductLine();
  const update = useUpdateProductLine();
  const mutation = line ? update : create;
  const form = useForm<Values, unknown, ProductLineInput>({
    defaultValues: {
      code: line?.code ?? '',
      name: line?.name ?? '',
      category: line?.category ?? '',
    },
    resolver: i18nZodResolver(ProductLineInput, t),
  });
  const { errors } = form.formState;
  const categoryListId = `product-line-categories-${line?.id ?? 'new'}`;

  const onSubmit = form.handleSubmit((input) => {
    const options = {
      onSuccess: onClose,
      onError: (error: unknown) => placeServerErrors(error, fields, form.setError),
    };
    if (line) update.mutate({ id: line.id, patch: input }, options);
    else create.mutate(input, options);
  });

  return (
    <Dialog
      title={
        line ? t('productLines.editTitle', { code: line.code }) : t('productLines.createTitle')
      }
      onClose={onClose}
    >
      <form onSubmit={onSubmit} noValidate className="form-grid">
        <ProblemAlert error={mutation.error} extra={unplacedServerErrors(mutation.error, fields)} />
        <TextField
          label={t('productLines.code')}
          hint={t('productLines.codeHint')}
          error={errors.code}
          autoComplete="off"
          spellCheck={false}
          maxLength={40}
          required
          {...form.register('code')}
        />
        <TextField
          label={t('productLines.category')}
          error={errors.category}
          list={categoryListId}
          autoComplete="off"
          maxLength={100}
          {...form.register('category')}
        />
        <datalist id={categoryListId}>
          {categories.map((category) => (
            <option key={category} value={category} />
          ))}
        </datalist>
        <TextField
          label={t('productLines.name')}
          error={errors.name}
          className="span-2"
          maxLength={200}
          required
          {...form.register('name')}
        />
        <FormActions
          isSaving={mutation.isPending}
          submitLabel={line ? t('actions.save') : t('productLines.create')}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
