import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DistributorBreadcrumbs } from '../distributors/DistributorBreadcrumbs.tsx';
import { useDistributor } from '../distributors/use-distributors.ts';
import { useFormat } from '../format/use-format.ts';
import { useSession } from '../session/use-session.ts';
import { Pagination, usePaging } from '../shell/Pagination.tsx';
import { EmptyState, QueryStatus } from '../shell/States.tsx';
import { usePageTitle } from '../shell/use-page-title.ts';
import { InteractionsSection } from './InteractionsSection.tsx';
import { NewThreadDialog } from './NewThreadDialog.tsx';
import { ResponsivenessPanel } from './ResponsivenessPanel.tsx';
import { CommunicationSearch } from './SearchResults.tsx';
import { useThreads } from './use-communication.ts';
import './communication.css';

const writers = ['principal_admin', 'principal_manager', 'distributor_admin', 'distributor_member'];

/** /distributors/:id/communication: threads, logged interactions and response times. */
export function CommunicationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const distributor = useDistributor(id);
  usePageTitle(t('communication.pageTitle', { name: distributor.data?.name ?? '' }));
  if (distributor.isPending || distributor.isError) {
    return (
      <div className="page">
        <QueryStatus query={distributor} />
      </div>
    );
  }
  return (
    <div className="page">
      <DistributorBreadcrumbs distributor={distributor.data} current={t('communication.title')} />
      <div className="page-header">
        <div>
          <h1>{t('communication.heading', { name: distributor.data.name })}</h1>
          <p className="muted">{t('communication.intro')}</p>
        </div>
      </div>
      <ResponsivenessPanel distributorId={id} />
      <ThreadsSection distributorId={id} />
      <section className="card section" aria-labelledby="communication-search-heading">
        <h2 id="communication-search-heading">{t('communication.search.title')}</h2>
        <CommunicationSearch distributorId={id} />
      </section>
      <InteractionsSection distributorId={id} />
    </div>
  );
}

function ThreadsSection({ distributorId }: { distributorId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useSession();
  const { page, pageSize, setPage, setPageSize } = usePaging();
  const [isCreating, setCreating] = useState(false);
  const threads = useThreads(distributorId, { page, pageSize });
  const canWrite = writers.includes(me.role);
  return (
    <section className="card section" aria-labelledby="threads-heading">
      <div className="section-header">
        <h2 id="threads-heading">{t('communication.threads.title')}</h2>
        {canWrite ? (
          <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
            {t('communication.threads.new')}
          </button>
        ) : null}
      </div>
      {threads.isPending || threads.isError ? (
        <QueryStatus query={threads} />
      ) : threads.data.items.length === 0 ? (
        <EmptyState title={t('communication.threads.empty')}>
          <p className="muted">{t('communication.threads.emptyHint')}</p>
        </EmptyState>
      ) : (
        <>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('communication.threads.subject')}</th>
                <th scope="col">{t('communication.threads.priority')}</th>
                <th scope="col">{t('communication.threads.participants')}</th>
                <th scope="col">{t('communication.threads.messages')}</th>
                <th scope="col">{t('communication.threads.lastMessage')}</th>
              </tr>
            </thead>
            <tbody>
              {threads.data.items.map((thread) => (
                <tr key={thread.id} className={thread.unread ? 'thread-unread' : undefined}>
                  <td>
                    <Link to={`/distributors/${distributorId}/communication/${thread.id}`}>
                      {thread.subject}
                    </Link>
                    {thread.unread ? (
                      <span className="badge badge-info">{t('communication.threads.unread')}</span>
                    ) : null}
                  </td>
                  <td>{t(`communication.priorities.${thread.priority}`)}</td>
                  <td>{thread.participants.map((person) => person.name).join(', ')}</td>
                  <td>{format.number(thread.messageCount)}</td>
                  <td>{format.dateTime(thread.lastMessageAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pagination
            total={threads.data.total}
            page={page}
            pageSize={pageSize}
            onPage={setPage}
            onPageSize={setPageSize}
            summaryKey="communication.threads.summary"
          />
        </>
      )}
      {isCreating ? (
        <NewThreadDialog distributorId={distributorId} onClose={() => setCreating(false)} />
      ) : null}
    </section>
  );
}
