import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../charter/charter-format.ts';
import { dayFromToday } from '../format/days.ts';
import { useFormat } from '../format/use-format.ts';
import { FileLinks } from './FileLinks.tsx';
import { StateBadge } from './LanguageChip.tsx';
import { RequestTranslationDialog } from './RequestTranslationDialog.tsx';
import { ReviewDialog, UploadTranslationDialog, WithdrawDialog } from './TranslationDialogs.tsx';
import {
  type DocumentDetail,
  fileUrl,
  type LanguageVariant,
  type Translation,
} from './use-library.ts';

type Open =
  | { kind: 'request'; language?: string }
  | { kind: 'upload' | 'approve' | 'changes' | 'withdraw'; variant: LanguageVariant };

/**
 * One row per language: its state, the file to read, the translation under way and what the
 * reader may do about it (upload, review, withdraw, request).
 */
export function LanguagesSection({ document }: { document: DocumentDetail }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Open | null>(null);
  const close = () => setOpen(null);
  const canRequest = document.canEdit && !document.archived;
  // For principal staff the server lists every language the distributors it reaches read, so
  // each missing one can be requested from its own row.
  const rows = document.variants;
  return (
    <section className="section" aria-labelledby="library-languages">
      <div className="card-header">
        <h2 id="library-languages">{t('library.languages.title')}</h2>
        {canRequest ? (
          <button type="button" className="button" onClick={() => setOpen({ kind: 'request' })}>
            {t('library.languages.requestOther')}
          </button>
        ) : null}
      </div>
      <div className="table-wrap">
        <table className="table" aria-labelledby="library-languages">
          <thead>
            <tr>
              <th scope="col">{t('library.languages.language')}</th>
              <th scope="col">{t('library.languages.state')}</th>
              <th scope="col">{t('library.languages.file')}</th>
              <th scope="col">{t('library.languages.translation')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('library.languages.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((variant) => (
              <VariantRow
                key={variant.language}
                variant={variant}
                canEdit={document.canEdit}
                canRequest={canRequest}
                onOpen={setOpen}
              />
            ))}
          </tbody>
        </table>
      </div>
      {open?.kind === 'request' ? (
        <RequestTranslationDialog document={document} language={open.language} onClose={close} />
      ) : null}
      {open && open.kind !== 'request' && open.variant.translation ? (
        open.kind === 'upload' ? (
          <UploadTranslationDialog translation={open.variant.translation} onClose={close} />
        ) : open.kind === 'withdraw' ? (
          <WithdrawDialog translation={open.variant.translation} onClose={close} />
        ) : (
          <ReviewDialog
            translation={open.variant.translation}
            decision={open.kind === 'approve' ? 'approve' : 'changes'}
            onClose={close}
          />
        )
      ) : null}
    </section>
  );
}

function VariantRow({
  variant,
  canEdit,
  canRequest,
  onOpen,
}: {
  variant: LanguageVariant;
  canEdit: boolean;
  canRequest: boolean;
  onOpen: (open: Open) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const translation = variant.translation;
  const needsTranslation = variant.state === 'missing' || variant.state === 'outdated';
  return (
    <tr>
      <th scope="row">
        {format.language(variant.language)}
        <div className="muted small">{variant.language}</div>
      </th>
      <td>
        <StateBadge state={variant.state} version={variant.file?.versionNumber} />
      </td>
      <td>
        {variant.file ? (
          <FileLinks file={variant.file} />
        ) : (
          <span className="muted">{t('library.file.none')}</span>
        )}
      </td>
      <td>
        {translation ? (
          <TranslationSummary translation={translation} />
        ) : (
          <span className="muted">{t('library.languages.noTranslation')}</span>
        )}
      </td>
      <td className="row-actions library-actions">
        {translation?.canUpload ? (
          <button
            type="button"
            className="button button-small"
            onClick={() => onOpen({ kind: 'upload', variant })}
          >
            {t('library.actions.upload')}
          </button>
        ) : null}
        {translation?.canReview ? (
          <>
            <button
              type="button"
              className="button button-small button-primary"
              onClick={() => onOpen({ kind: 'approve', variant })}
            >
              {t('library.actions.approve')}
            </button>
            <button
              type="button"
              className="button button-small"
              onClick={() => onOpen({ kind: 'changes', variant })}
            >
              {t('library.actions.changes')}
            </button>
          </>
        ) : null}
        {translation && canEdit ? (
          <button
            type="button"
            className="button button-small"
            onClick={() => onOpen({ kind: 'withdraw', variant })}
          >
            {t('library.actions.withdraw')}
          </button>
        ) : null}
        {!translation && needsTranslation && canRequest ? (
          <button
            type="button"
            className="button button-small"
            onClick={() => onOpen({ kind: 'request', language: variant.language })}
          >
            {t('library.actions.request')}
          </button>
        ) : null}
      </td>
    </tr>
  );
}

/** "In review · due 14 Mar 2026 · reviewer Anna Lee", with the file that waits for review. */
function TranslationSummary({ translation }: { translation: Translation }) {
  const { t } = useTranslation();
  const format = useFormat();
  const isOverdue = translation.dueOn !== null && translation.dueOn < dayFromToday(format.timeZone);
  return (
    <div className="library-translation">
      <div>
        <span className="badge library-state-progress">
          {t(`library.translationStatus.${translation.status}`)}
        </span>{' '}
        <span className="muted small">
          {t('library.versionNumber', { number: translation.versionNumber })}
        </span>
      </div>
      {translation.dueOn ? (
        <div className="small">
          {t('library.languages.due', { date: formatDay(format, translation.dueOn) })}
          {isOverdue ? (
            <>
              {' '}
              <span className="badge badge-overdue">{t('library.languages.overdue')}</span>
            </>
          ) : null}
        </div>
      ) : null}
      <div className="small">
        {t('library.languages.reviewer', { name: translation.reviewer.name })}
      </div>
      {translation.file ? (
        <div className="small">
          {t('library.languages.uploaded')} <UploadedFileLink translation={translation} />
        </div>
      ) : null}
    </div>
  );
}

/** The file waiting for review, named by its file name (PDFs and images open in a new tab). */
function UploadedFileLink({ translation }: { translation: Translation }) {
  const file = translation.file;
  if (!file) return null;
  return file.previewable ? (
    <a href={fileUrl(file, true)} target="_blank" rel="noopener">
      {file.fileName}
    </a>
  ) : (
    <a href={fileUrl(file)} download={file.fileName}>
      {file.fileName}
    </a>
  );
}
