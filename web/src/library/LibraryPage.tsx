import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { DocumentKind } from '../../../src/library/library.schema.ts';
import { libraryLanguage } from '../../../src/platform/languages.ts';
import { canManageDistributors, isPrincipalRole, useSession } from '../session/use-session.ts';
import { Pagination } from '../shell/Pagination.tsx';
import { EmptyState, QueryStatus } from '../shell/States.tsx';
import { usePageTitle } from '../shell/use-page-title.ts';
import { AddDocumentDialog } from './AddDocumentDialog.tsx';
import { LibraryTable } from './LibraryTable.tsx';
import { useLanguageChoices } from './library-format.ts';
import { type LibraryParams, useLibraryParams } from './library-params.ts';
import { useLibraryDocuments } from './use-library.ts';
import './library.css';

/** /library: the documents that reach the reader, in their languages first. */
export function LibraryPage() {
  const { t } = useTranslation();
  const me = useSession();
  const navigate = useNavigate();
  const { params, query, update, clearFilters } = useLibraryParams();
  const page = useLibraryDocuments(query);
  const [isAdding, setAdding] = useState(false);
  const isPrincipal = isPrincipalRole(me.role);
  const canEdit = canManageDistributors(me.role);
  usePageTitle(t('library.title'));

  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1>{t('library.title')}</h1>
          <p className="muted">
            {isPrincipal ? t('library.intro') : t('library.introDistributor')}
          </p>
        </div>
        <div className="page-actions">
          {isPrincipal ? (
            <Link className="button" to="/library/coverage">
              {t('library.coverage.open')}
            </Link>
          ) : null}
          {canEdit ? (
            <button type="button" className="button button-primary" onClick={() => setAdding(true)}>
              {t('library.add')}
            </button>
          ) : null}
        </div>
      </div>
      <Filters params={params} update={update} isPrincipal={isPrincipal} />
      {page.isPending || page.isError ? (
        <QueryStatus query={page} />
      ) : page.data.items.length === 0 ? (
        params.q || params.kind || params.language ? (
          <EmptyState title={t('library.emptyFiltered')}>
            <button type="button" className="button" onClick={clearFilters}>
              {t('library.clearFilters')}
            </button>
          </EmptyState>
        ) : params.archived ? (
          <EmptyState title={t('library.emptyArchived')} />
        ) : (
          <EmptyState title={isPrincipal ? t('library.empty') : t('library.emptyDistributor')}>
            {canEdit ? <p className="muted">{t('library.emptyHint')}</p> : null}
          </EmptyState>
        )
      ) : (
        <>
          <LibraryTable
            items={page.data.items}
            isRefreshing={page.isFetching}
            gapLanguage={params.language ? libraryLanguage(params.language) : undefined}
          />
          <Pagination
            total={page.data.total}
            page={params.page}
            pageSize={params.pageSize}
            onPage={(next) => update({ page: next })}
            onPageSize={(size) => update({ pageSize: size })}
            summaryKey="library.summary"
          />
        </>
      )}
      {isAdding ? (
        <AddDocumentDialog
          onClose={() => setAdding(false)}
          onSaved={(document) => navigate(`/library/${document.id}`)}
        />
      ) : null}
    </div>
  );
}

function Filters({
  params,
  update,
  isPrincipal,
}: {
  params: LibraryParams;
  update: ReturnType<typeof useLibraryParams>['update'];
  isPrincipal: boolean;
}) {
  const { t } = useTranslation();
  const languages = useLanguageChoices(params.language ? [params.language] : []);
  const [text, setText] = useState(params.q);
  const ids = { q: useId(), kind: useId(), language: useId(), archived: useId() };

  // The box follows the URL (back button, clear filters) ...
  useEffect(() => setText(params.q), [params.q]);
  // ... and the URL follows the box, 300 ms after the last keystroke.
  useEffect(() => {
    if (text.trim() === params.q) return;
    const timer = window.setTimeout(() => update({ q: text.trim() }), 300);
    return () => window.clearTimeout(timer);
  }, [text, params.q, update]);

  return (
    <search className="toolbar" aria-label={t('library.filters')}>
      <div className="toolbar-field toolbar-search">
        <label htmlFor={ids.q}>{t('library.search')}</label>
        <input
          id={ids.q}
          type="search"
          value={text}
          maxLength={200}
          placeholder={t('library.searchPlaceholder')}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <div className="toolbar-field">
        <label htmlFor={ids.kind}>{t('library.kind')}</label>
        <select
          id={ids.kind}
          value={params.kind ?? ''}
          onChange={(event) => update({ kind: event.target.value })}
        >
          <option value="">{t('library.allKinds')}</option>
          {DocumentKind.options.map((kind) => (
            <option key={kind} value={kind}>
              {t(`library.kinds.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      {isPrincipal ? (
        <>
          <div className="toolbar-field">
            <label htmlFor={ids.language}>{t('library.missingIn')}</label>
            <select
              id={ids.language}
              value={params.language}
              onChange={(event) => update({ language: event.target.value })}
            >
              <option value="">{t('library.anyLanguage')}</option>
              {languages.map((language) => (
                <option key={language.code} value={language.code}>
                  {language.name}
                </option>
              ))}
            </select>
          </div>
          <div className="toolbar-field library-toolbar-check">
            <input
              id={ids.archived}
              type="checkbox"
              checked={params.archived}
              onChange={(event) => update({ archived: String(event.target.checked) })}
            />
            <label htmlFor={ids.archived}>{t('library.showArchived')}</label>
          </div>
        </>
      ) : null}
    </search>
  );
}
