import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../format/use-format.ts';
import { Pagination, usePaging } from '../shell/Pagination.tsx';
import { EmptyState, QueryStatus } from '../shell/States.tsx';
import { type SearchHitRecord, useCommunicationSearch } from './use-communication.ts';

/** A search box and its hits (threads, messages, interactions), across one or all distributors. */
export function CommunicationSearch({ distributorId }: { distributorId?: string }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const { page, pageSize, setPage, setPageSize } = usePaging();
  const search = useCommunicationSearch(
    { q, page, pageSize, ...(distributorId ? { distributorId } : {}) },
    q.length >= 2,
  );
  return (
    <div className="communication-search">
      <search>
        <form
          className="toolbar"
          onSubmit={(event) => {
            event.preventDefault();
            setQ(text.trim());
            setPage(1);
          }}
        >
          <label className="visually-hidden" htmlFor="communication-search-input">
            {t('communication.search.label')}
          </label>
          <input
            id="communication-search-input"
            type="search"
            value={text}
            minLength={2}
            placeholder={t('communication.search.placeholder')}
            onChange={(event) => setText(event.target.value)}
          />
          <button type="submit" className="button">
            {t('communication.search.submit')}
          </button>
        </form>
      </search>
      {q.length < 2 ? null : search.isPending || search.isError ? (
        <QueryStatus query={search} />
      ) : search.data.items.length === 0 ? (
        <EmptyState title={t('communication.search.empty', { q })} />
      ) : (
        <>
          <ul className="search-hits" aria-label={t('communication.search.results')}>
            {search.data.items.map((hit) => (
              <SearchHit key={`${hit.kind}-${hit.id}`} hit={hit} showDistributor={!distributorId} />
            ))}
          </ul>
          <Pagination
            total={search.data.total}
            page={page}
            pageSize={pageSize}
            onPage={setPage}
            onPageSize={setPageSize}
            summaryKey="communication.search.summary"
          />
        </>
      )}
    </div>
  );
}

function SearchHit({ hit, showDistributor }: { hit: SearchHitRecord; showDistributor: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const base = `/distributors/${hit.distributor.id}/communication`;
  const title =
    hit.kind === 'interaction'
      ? t('communication.search.interaction', {
          channel: t(`communication.channels.${hit.channel ?? 'other_chat'}`),
        })
      : (hit.subject ?? '');
  return (
    <li className="search-hit">
      <div>
        {hit.threadId ? (
          <Link to={`${base}/${hit.threadId}`}>{title}</Link>
        ) : (
          <strong>{title}</strong>
        )}
        <span className="badge badge-muted">{t(`communication.search.kinds.${hit.kind}`)}</span>
        {showDistributor ? <span className="muted"> · {hit.distributor.name}</span> : null}
        <span className="muted"> · {format.dateTime(hit.at)}</span>
      </div>
      <p className="search-snippet">
        {hit.snippet.before}
        <mark>{hit.snippet.match}</mark>
        {hit.snippet.after}
      </p>
    </li>
  );
}
