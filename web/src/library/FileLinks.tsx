import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/use-format.ts';
import { Dialog } from '../forms/fields.tsx';
import { fileUrl, type LibraryFile } from './use-library.ts';

/**
 * A file's name and size with "Preview" (PDFs open in a new tab, images in a dialog; nothing
 * uploaded is ever framed) and "Download". The links keep their short names; the file name is
 * their description.
 */
export function FileLinks({
  file,
  note,
}: {
  file: LibraryFile;
  /** A word beside the name, e.g. that it is an older version. */
  note?: string | undefined;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const nameId = useId();
  const tabHintId = useId();
  const [isShowing, setShowing] = useState(false);
  const isImage = file.contentType.startsWith('image/');
  return (
    <>
      <span className="library-file">
        <span id={nameId} className="library-file-name">
          {file.fileName}
        </span>
        <span className="muted small">
          {note
            ? t('library.file.metaNote', { size: format.fileSize(file.sizeBytes), note })
            : format.fileSize(file.sizeBytes)}
        </span>
        <span className="library-file-actions">
          {file.previewable && isImage ? (
            <a
              href={fileUrl(file, true)}
              aria-haspopup="dialog"
              aria-describedby={nameId}
              onClick={(event) => {
                // A plain click shows it here; a middle click or Ctrl-click still opens a tab.
                if (event.ctrlKey || event.metaKey || event.shiftKey) return;
                event.preventDefault();
                setShowing(true);
              }}
            >
              {t('library.file.preview')}
            </a>
          ) : file.previewable ? (
            <a
              href={fileUrl(file, true)}
              target="_blank"
              rel="noopener"
              aria-describedby={`${nameId} ${tabHintId}`}
            >
              {t('library.file.preview')}
              <span id={tabHintId} hidden>
                {t('library.file.newTab')}
              </span>
            </a>
          ) : null}
          <a href={fileUrl(file)} download={file.fileName} aria-describedby={nameId}>
            {t('library.file.download')}
          </a>
        </span>
      </span>
      {isShowing ? (
        <Dialog title={file.fileName} onClose={() => setShowing(false)} size="large">
          <img
            className="library-preview"
            src={fileUrl(file, true)}
            alt={t('library.file.previewAlt', { name: file.fileName })}
          />
        </Dialog>
      ) : null}
    </>
  );
}
