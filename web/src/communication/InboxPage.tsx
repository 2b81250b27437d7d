import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { isPrincipalRole, useSession } from '../session/use-session.ts';
import { usePageTitle } from '../shell/use-page-title.ts';
import { CommunicationSearch } from './SearchResults.tsx';
import './communication.css';

/** /communication: principal staff search every distributor's threads and interactions. */
export function InboxPage() {
  const { t } = useTranslation();
  const me = useSession();
  usePageTitle(t('communication.inbox.title'));
  if (!isPrincipalRole(me.role) && me.distributorId) {
    return <Navigate to={`/distributors/${me.distributorId}/communication`} replace />;
  }
  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1>{t('communication.inbox.title')}</h1>
          <p className="muted">{t('communication.inbox.intro')}</p>
        </div>
      </div>
      <section className="card section" aria-labelledby="inbox-search-heading">
        <h2 id="inbox-search-heading">{t('communication.search.title')}</h2>
        <CommunicationSearch />
      </section>
    </div>
  );
}
