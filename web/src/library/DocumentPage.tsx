import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDay } from '../charter/charter-format.ts';
import { useFormat } from '../format/use-format.ts';
import { ConfirmDialog } from '../forms/ConfirmDialog.tsx';
import { ErrorState, LoadingState } from '../shell/States.tsx';
import { usePageTitle } from '../shell/use-page-title.ts';
import { EditDocumentDialog } from './EditDocumentDialog.tsx';
import { HistorySection } from './HistorySection.tsx';
import { LanguagesSection } from './LanguagesSection.tsx';
import { listOf } from './library-format.ts';
import { type DocumentDetail, useLibraryDocument, useUpdateDocument } from './use-library.ts';
import { VersionsSection } from './VersionsSection.tsx';
import './library.css';

/** /library/:documentId: one document, its languages, versions and translation history. */
export function DocumentPage() {
  const { documentId = '' } = useParams();
  const document = useLibraryDocument(documentId);
  if (document.isPending) return <LoadingState />;
  if (document.isError) {
    return (
      <div className="page">
        <Breadcrumbs />
        <ErrorState error={document.error} onRetry={() => void document.refetch()} />
      </div>
    );
  }
  return <DocumentView document={document.data} />;
}

function Breadcrumbs({ title }: { title?: string }) {
  const { t } = useTranslation();
  return (
    <nav className="breadcrumbs" aria-label={t('nav.breadcrumbs')}>
      <Link to="/library">{t('library.title')}</Link>
      {title ? (
        <>
          <span aria-hidden="true"> / </span>
          <span aria-current="page">{title}</span>
        </>
      ) : null}
    </nav>
  );
}

function DocumentView({ document }: { document: DocumentDetail }) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<'edit' | 'archive' | null>(null);
  const update = useUpdateDocument(document.id);
  usePageTitle(document.title);
  return (
    <div className="page">
      <Breadcrumbs title={document.title} />
      <div className="page-header">
        <div>
          <h1>
            {document.title}
            {document.archived ? (
              <span className="badge badge-muted">{t('library.archived')}</span>
            ) : null}
          </h1>
          <p className="muted">
            {t('library.detail.subtitle', {
              kind: t(`library.kinds.${document.kind}`),
              version: document.currentVersion,
            })}
          </p>
        </div>
        {document.canEdit ? (
          <div className="page-actions">
            <button type="button" className="button" onClick={() => setDialog('edit')}>
              {t('library.detail.edit')}
            </button>
            <button type="button" className="button" onClick={() => setDialog('archive')}>
              {document.archived ? t('library.detail.restore') : t('library.detail.archive')}
            </button>
          </div>
        ) : null}
      </div>
      {document.archived ? (
        <p className="alert alert-info">{t('library.detail.archivedNotice')}</p>
      ) : null}
      <Facts document={document} />
      <LanguagesSection document={document} />
      <VersionsSection document={document} />
      <HistorySection document={document} />
      {dialog === 'edit' ? (
        <EditDocumentDialog document={document} onClose={() => setDialog(null)} />
      ) : null}
      {dialog === 'archive' ? (
        <ConfirmDialog
          title={
            document.archived ? t('library.detail.restoreTitle') : t('library.detail.archiveTitle')
          }
          message={
            document.archived
              ? t('library.detail.restoreMessage', { title: document.title })
              : t('library.detail.archiveMessage', { title: document.title })
          }
          confirmLabel={
            document.archived ? t('library.detail.restore') : t('library.detail.archive')
          }
          isPending={update.isPending}
          error={update.error}
          onConfirm={() =>
            update.mutate({ archived: !document.archived }, { onSuccess: () => setDialog(null) })
          }
          onClose={() => {
            update.reset();
            setDialog(null);
          }}
        />
      ) : null}
    </div>
  );
}

function Facts({ document }: { document: DocumentDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const validFrom = formatDay(format, document.validFrom);
  return (
    <section className="card" aria-labelledby="library-facts">
      <h2 id="library-facts">{t('library.detail.about')}</h2>
      {document.description ? <p className="notes">{document.description}</p> : null}
      <dl className="facts">
        <dt>{t('library.detail.kind')}</dt>
        <dd>{t(`library.kinds.${document.kind}`)}</dd>
        <dt>{t('library.detail.sourceLanguage')}</dt>
        <dd>{format.language(document.sourceLanguage)}</dd>
        <dt>{t('library.detail.version')}</dt>
        <dd>{t('library.versionNumber', { number: document.currentVersion })}</dd>
        <dt>{t('library.detail.productLines')}</dt>
        <dd>
          {document.productLines.length
            ? listOf(
                format,
                document.productLines.map((line) =>
                  t('library.productLine', { code: line.code, name: line.name }),
                ),
              )
            : t('library.allProductLines')}
        </dd>
        <dt>{t('library.detail.countries')}</dt>
        <dd>
          {document.countries.length
            ? listOf(
                format,
                document.countries.map((code) => format.country(code)),
              )
            : t('library.allTerritories')}
        </dd>
        <dt>{t('library.detail.validity')}</dt>
        <dd>
          {document.validUntil
            ? t('library.detail.validBetween', {
                from: validFrom,
                until: formatDay(format, document.validUntil),
              })
            : t('library.detail.validFrom', { from: validFrom })}
        </dd>
        <dt>{t('library.detail.updated')}</dt>
        <dd>{format.dateTime(document.updatedAt)}</dd>
      </dl>
    </section>
  );
}
