// The steps of a translation after its request: the translated file is uploaded, its reviewer
// approves it or asks for changes, and a principal editor may call it off.
import { type FieldError, type Resolver, type ResolverResult, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ReviewInput, WithdrawInput } from '../../../src/library/library.schema.ts';
import { useFormat } from '../format/use-format.ts';
import { Dialog, FormActions, TextAreaField, TextField } from '../forms/fields.tsx';
import {
  type FieldOf,
  i18nZodResolver,
  placeServerErrors,
  unplacedServerErrors,
} from '../forms/zod-resolver.ts';
import { ProblemAlert } from '../shell/States.tsx';
import { FileLinks } from './FileLinks.tsx';
import { acceptedFiles } from './library-format.ts';
import {
  type Translation,
  useReviewTranslation,
  useUploadTranslation,
  useWithdrawTranslation,
} from './use-library.ts';

/** The reviewer's latest request for changes, for whoever uploads the next file. */
function lastChangesAsked(translation: Translation) {
  return translation.history.findLast((event) => event.kind === 'changes_requested') ?? null;
}

type FileValues = { file: FileList | null };
const fileFields = ['file'] as const;
// A form the server could not read at all is a problem with its file.
const fileFieldOf: FieldOf = (path) => (path[0] === 'files' ? 'file' : String(path[0] ?? ''));

export function UploadTranslationDialog({
  translation,
  onClose,
}: {
  translation: Translation;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const upload = useUploadTranslation();
  const language = format.language(translation.language);
  const changes = translation.status === 'changes_requested' ? lastChangesAsked(translation) : null;
  const resolver: Resolver<FileValues> = async (values): Promise<ResolverResult<FileValues>> => {
    if (values.file?.length) return { values, errors: {} };
    return {
      values: {},
      errors: { file: { type: 'required', message: t('library.form.fileRequired') } },
    };
  };
  const form = useForm<FileValues>({ defaultValues: { file: null }, resolver });
  const onSubmit = form.handleSubmit((values) => {
    const file = values.file?.[0];
    if (!file) return;
    upload.mutate(
      { translationId: translation.id, file },
      {
        onSuccess: onClose,
        onError: (error) => placeServerErrors(error, fileFields, form.setError, fileFieldOf),
      },
    );
  });
  return (
    <Dialog title={t('library.upload.title', { language })} onClose={onClose}>
      <p>
        {t('library.upload.intro', {
          version: translation.versionNumber,
          reviewer: translation.reviewer.name,
        })}
      </p>
      {changes?.comment ? (
        <div className="alert alert-info">
          <strong>{t('library.upload.changesAsked', { name: changes.actor.name })}</strong>
          <p className="notes library-comment">{changes.comment}</p>
        </div>
      ) : null}
      <form onSubmit={onSubmit} noValidate>
        <ProblemAlert
          error={upload.error}
          extra={unplacedServerErrors(upload.error, fileFields, fileFieldOf)}
        />
        <TextField
          label={t('library.upload.file', { language })}
          hint={t('library.form.fileHint')}
          type="file"
          accept={acceptedFiles}
          error={form.formState.errors.file as FieldError | undefined}
          required
          {...form.register('file')}
        />
        <FormActions
          isSaving={upload.isPending}
          submitLabel={t('library.upload.submit')}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}

type CommentValues = { comment: string };
const commentFields = ['comment'] as const;

/** The named reviewer's decision: approve (a comment is optional) or ask for changes (it is not). */
export function ReviewDialog({
  translation,
  decision,
  onClose,
}: {
  translation: Translation;
  decision: 'approve' | 'changes';
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const review = useReviewTranslation();
  const language = format.language(translation.language);
  const form = useForm<CommentValues, unknown, ReviewInput>({
    defaultValues: { comment: '' },
    resolver: i18nZodResolver(ReviewInput, t, (values) => ({ decision, comment: values.comment })),
  });
  const onSubmit = form.handleSubmit((input) =>
    review.mutate(
      { translationId: translation.id, review: input },
      {
        onSuccess: onClose,
        onError: (error) => placeServerErrors(error, commentFields, form.setError),
      },
    ),
  );
  const isApproval = decision === 'approve';
  return (
    <Dialog
      title={
        isApproval
          ? t('library.review.approveTitle', { language })
          : t('library.review.changesTitle', { language })
      }
      onClose={onClose}
    >
      <p>
        {isApproval
          ? t('library.review.approveIntro', { language, version: translation.versionNumber })
          : t('library.review.changesIntro')}
      </p>
      {translation.file ? (
        <div className="library-review-file">
          <FileLinks file={translation.file} />
        </div>
      ) : null}
      <form onSubmit={onSubmit} noValidate>
        <ProblemAlert
          error={review.error}
          extra={unplacedServerErrors(review.error, commentFields)}
        />
        <TextAreaField
          label={isApproval ? t('library.review.comment') : t('library.review.changesComment')}
          hint={isApproval ? undefined : t('library.review.changesHint')}
          error={form.formState.errors.comment}
          required={!isApproval}
          rows={5}
          maxLength={4000}
          {...form.register('comment')}
        />
        <FormActions
          isSaving={review.isPending}
          submitLabel={isApproval ? t('library.review.approve') : t('library.review.sendBack')}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}

type ReasonValues = { reason: string };
const reasonFields = ['reason'] as const;

/** A principal editor calls off a translation under way; the reason goes into its history. */
export function WithdrawDialog({
  translation,
  onClose,
}: {
  translation: Translation;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const withdraw = useWithdrawTranslation();
  const language = format.language(translation.language);
  const form = useForm<ReasonValues, unknown, { reason: string }>({
    defaultValues: { reason: '' },
    resolver: i18nZodResolver(WithdrawInput, t),
  });
  const onSubmit = form.handleSubmit((input) =>
    withdraw.mutate(
      { translationId: translation.id, reason: input.reason },
      {
        onSuccess: onClose,
        onError: (error) => placeServerErrors(error, reasonFields, form.setError),
      },
    ),
  );
  return (
    <Dialog title={t('library.withdraw.title', { language })} onClose={onClose}>
      <p>{t('library.withdraw.intro', { version: translation.versionNumber })}</p>
      <form onSubmit={onSubmit} noValidate>
        <ProblemAlert
          error={withdraw.error}
          extra={unplacedServerErrors(withdraw.error, reasonFields)}
        />
        <TextAreaField
          label={t('library.withdraw.reason')}
          hint={t('library.withdraw.reasonHint')}
          error={form.formState.errors.reason}
          required
          rows={4}
          maxLength={1000}
          {...form.register('reason')}
        />
        <FormActions
          isSaving={withdraw.isPending}
          submitLabel={t('library.withdraw.submit')}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
