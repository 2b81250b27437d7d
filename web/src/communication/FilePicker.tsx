import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** Files to send with a message, chosen with the browser's picker; the server checks them. */
export function FilePicker({
  files,
  onChange,
  errors,
}: {
  files: File[];
  onChange: (files: File[]) => void;
  errors: string[];
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className={`field${errors.length ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{t('communication.files.label')}</label>
      <input
        id={id}
        type="file"
        multiple
        accept=".pdf,.png,.jpg,.jpeg,.gif,.webp,.tif,.tiff,.heic,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp,.rtf,.csv,.tsv,.txt"
        aria-describedby={`${id}-hint`}
        onChange={(event) => onChange(Array.from(event.target.files ?? []))}
      />
      <p className="field-hint" id={`${id}-hint`}>
        {t('communication.files.hint')}
      </p>
      {files.length ? (
        <ul className="file-list">
          {files.map((file) => (
            <li key={`${file.name}-${file.size}`}>{file.name}</li>
          ))}
        </ul>
      ) : null}
      {errors.map((message) => (
        <p key={message} className="field-error" role="alert">
          {message}
        </p>
      ))}
    </div>
  );
}
