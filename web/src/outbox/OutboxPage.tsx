import { useQuery } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, data } from '../api/client.ts';
import { useFormat } from '../format/use-format.ts';
import { EmptyState, QueryStatus } from '../shell/States.tsx';
import { usePageTitle } from '../shell/use-page-title.ts';

export function OutboxPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const outbox = useQuery({
    queryKey: ['outbox'],
    queryFn: () => data(client.GET('/api/v1/outbox')),
  });
  const [openId, setOpenId] = useState<string | null>(null);
  usePageTitle(t('outbox.title'));
  const selected = outbox.data?.find((mail) => mail.id === openId) ?? outbox.data?.[0];
  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1>{t('outbox.title')}</h1>
          <p className="muted">{t('outbox.intro')}</p>
        </div>
        <div className="page-actions">
          <button type="button" className="button" onClick={() => void outbox.refetch()}>
            {t('outbox.refresh')}
          </button>
        </div>
      </div>
      {outbox.isPending || outbox.isError ? (
        <QueryStatus query={outbox} />
      ) : outbox.data.length === 0 ? (
        <EmptyState title={t('outbox.empty')} />
      ) : (
        <div className="mail-layout">
          <ul className="mail-list" aria-label={t('outbox.list')}>
            {outbox.data.map((mail) => (
              <li key={mail.id}>
                <button
                  type="button"
                  className={`mail-item${selected?.id === mail.id ? ' mail-item-selected' : ''}`}
                  aria-current={selected?.id === mail.id ? 'true' : undefined}
                  onClick={() => setOpenId(mail.id)}
                >
                  <span className="mail-subject">{mail.subject}</span>
                  <span className="muted">
                    {mail.toAddress} · {format.dateTime(mail.createdAt)}
                  </span>
                  <span className={`badge badge-mail-${mail.status}`}>
                    {t(`outbox.status.${mail.status}`)}
                  </span>
                </button>
              </li>
            ))}
          </ul>
          {selected ? (
            <article className="card mail-view" aria-labelledby="mail-subject">
              <h2 id="mail-subject">{selected.subject}</h2>
              <dl className="facts">
                <dt>{t('outbox.to')}</dt>
                <dd>{selected.toAddress}</dd>
                <dt>{t('outbox.created')}</dt>
                <dd>{format.dateTime(selected.createdAt)}</dd>
                <dt>{t('outbox.statusLabel')}</dt>
                <dd>
                  {t(`outbox.status.${selected.status}`)}
                  {selected.sentAt ? ` · ${format.dateTime(selected.sentAt)}` : ''}
                  {selected.error ? <span className="field-error"> {selected.error}</span> : null}
                </dd>
              </dl>
              <div className="mail-body">
                <Linkified text={selected.bodyText} />
              </div>
            </article>
          ) : null}
        </div>
      )}
    </div>
  );
}

/** Plain-text mail with its web addresses made clickable (invitation links, mostly). */
function Linkified({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/[^\s<>"]+)/g);
  return (
    <>
      {parts.map((part, index) =>
        /^https?:\/\//.test(part) ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one text never reorder
          <a key={index} href={part}>
            {part}
          </a>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one text never reorder
          <Fragment key={index}>{part}</Fragment>
        ),
      )}
    </>
  );
}
