import { useState } from 'react';
import { type FieldError, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { VersionInput } from '../../../src/library/library.schema.ts';
import { useFormat } from '../format/use-format.ts';
import { Dialog, FormActions, TextField } from '../forms/fields.tsx';
import {
  type FieldOf,
  i18nZodResolver,
  placeServerErrors,
  unplacedServerErrors,
} from '../forms/zod-resolver.ts';
import { ProblemAlert } from '../shell/States.tsx';
import { FileLinks } from './FileLinks.tsx';
import { acceptedFiles, requiringFile } from './library-format.ts';
import { type DocumentDetail, useAddVersion } from './use-library.ts';

/** Every version of the source file, newest first; principal editors upload the next one. */
export function VersionsSection({ document }: { document: DocumentDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [isUploading, setUploading] = useState(false);
  const versions = [...document.versions].sort((a, b) => b.number - a.number);
  return (
    <section className="section" aria-labelledby="library-versions">
      <div className="card-header">
        <h2 id="library-versions">{t('library.versions.title')}</h2>
        {document.canEdit && !document.archived ? (
          <button type="button" className="button" onClick={() => setUploading(true)}>
            {t('library.versions.upload')}
          </button>
        ) : null}
      </div>
      <div className="table-wrap">
        <table className="table" aria-labelledby="library-versions">
          <thead>
            <tr>
              <th scope="col">{t('library.versions.version')}</th>
              <th scope="col">{t('library.versions.note')}</th>
              <th scope="col" className="hide-narrow">
                {t('library.versions.by')}
              </th>
              <th scope="col">{t('library.versions.file')}</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((version) => (
              <tr key={version.number}>
                <th scope="row" className="nowrap">
                  {t('library.versionNumber', { number: version.number })}
                  {version.number === document.currentVersion ? (
                    <>
                      {' '}
                      <span className="badge badge-primary">{t('library.versions.current')}</span>
                    </>
                  ) : null}
                </th>
                <td>
                  {version.note ?? <span className="muted">{t('library.versions.noNote')}</span>}
                </td>
                <td className="hide-narrow">
                  {version.createdBy.name}
                  <div className="muted small">{format.dateTime(version.createdAt)}</div>
                </td>
                <td>
                  <FileLinks file={version.file} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {isUploading ? (
        <UploadVersionDialog document={document} onClose={() => setUploading(false)} />
      ) : null}
    </section>
  );
}

type Values = { note: string; file: FileList | null };
type Output = { note: string | null };
const fields = ['note', 'file'] as const;
// A form the server could not read at all is a problem with its file.
const fieldOf: FieldOf = (path) => (path[0] === 'files' ? 'file' : String(path[0] ?? ''));

function UploadVersionDialog({
  document,
  onClose,
}: {
  document: DocumentDetail;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const add = useAddVersion(document.id);
  const schemaResolver = i18nZodResolver(VersionInput, t, (values: Values) => ({
    note: values.note,
  }));
  const resolver = requiringFile(schemaResolver, t('library.form.fileRequired'));
  const form = useForm<Values, unknown, Output>({
    defaultValues: { note: '', file: null },
    resolver,
  });
  const { errors } = form.formState;
  const onSubmit = form.handleSubmit((input) => {
    const file = form.getValues('file')?.[0];
    if (!file) return;
    add.mutate(
      { note: input.note, file },
      {
        onSuccess: onClose,
        onError: (error) => placeServerErrors(error, fields, form.setError, fieldOf),
      },
    );
  });
  const hasTranslations = document.variants.some((variant) => variant.state !== 'source');
  const underWay = document.variants.filter((variant) => variant.translation).length;
  return (
    <Dialog title={t('library.versions.uploadTitle')} onClose={onClose}>
      <p className="alert alert-info">
        {hasTranslations
          ? t('library.versions.warning', {
              next: document.currentVersion + 1,
              current: document.currentVersion,
            })
          : t('library.versions.warningNoTranslations', { next: document.currentVersion + 1 })}
        {underWay ? (
          <>
            {' '}
            {t('library.versions.warningOpen', {
              count: underWay,
              current: document.currentVersion,
            })}
          </>
        ) : null}
      </p>
      <form onSubmit={onSubmit} noValidate>
        <ProblemAlert error={add.error} extra={unplacedServerErrors(add.error, fields, fieldOf)} />
        <TextField
          label={t('library.versions.fileLabel')}
          hint={t('library.form.fileHint')}
          type="file"
          accept={acceptedFiles}
          error={errors.file as FieldError | undefined}
          required
          {...form.register('file')}
        />
        <TextField
          label={t('library.versions.noteLabel')}
          hint={t('library.versions.noteHint')}
          error={errors.note}
          maxLength={500}
          {...form.register('note')}
        />
        <FormActions
          isSaving={add.isPending}
          submitLabel={t('library.versions.submit')}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
