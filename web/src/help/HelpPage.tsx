// The guides in docs/, read inside the app: the list (/help) and one guide (/help/:doc). The
// guides are written in English; the page around them is in the reader's language.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { ErrorState, LoadingState } from '../shell/States.tsx';
import { usePageTitle } from '../shell/use-page-title.ts';
import { Markdown } from './Markdown.tsx';
import { useHelpDoc, useHelpDocs } from './use-help.ts';
import './help.css';

export function HelpIndexPage() {
  const { t } = useTranslation();
  const docs = useHelpDocs();
  usePageTitle(t('help.title'));
  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1>{t('help.title')}</h1>
          <p className="muted">{t('help.intro')}</p>
        </div>
      </div>
      {docs.isPending ? <LoadingState /> : null}
      {docs.isError ? <ErrorState error={docs.error} onRetry={() => void docs.refetch()} /> : null}
      {docs.data ? (
        <ul className="help-index">
          {docs.data.docs.map((doc) => (
            <li key={doc.name}>
              <Link to={`/help/${doc.name}`}>{doc.title}</Link>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export function HelpDocPage() {
  const { t } = useTranslation();
  const { doc = '' } = useParams();
  const { hash } = useLocation();
  const guide = useHelpDoc(doc);
  usePageTitle(guide.data ? guide.data.title : t('help.title'));

  // A link to a heading ("cadence.md#rotation") scrolls to it once the guide is shown.
  useEffect(() => {
    if (!guide.data || !hash) return;
    document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
  }, [guide.data, hash]);

  return (
    <div className="page">
      <nav className="breadcrumbs" aria-label={t('nav.breadcrumbs')}>
        <Link to="/help">{t('help.title')}</Link>
        <span aria-hidden="true"> / </span>
        <span aria-current="page">{guide.data?.title ?? doc}</span>
      </nav>
      {guide.isPending ? <LoadingState /> : null}
      {guide.isError ? (
        <ErrorState error={guide.error} onRetry={() => void guide.refetch()} />
      ) : null}
      {guide.data ? (
        <article className="help-doc" lang="en">
          <Markdown source={guide.data.markdown} />
        </article>
      ) : null}
    </div>
  );
}
