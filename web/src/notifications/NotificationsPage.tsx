import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Pagination, usePaging } from '../shell/Pagination.tsx';
import { EmptyState, ProblemAlert, QueryStatus } from '../shell/States.tsx';
import { usePageTitle } from '../shell/use-page-title.ts';
import { NotificationList } from './NotificationBell.tsx';
import {
  type DigestFrequency,
  useDigestPreference,
  useMarkRead,
  useNotifications,
  useSetDigestPreference,
} from './use-notifications.ts';

export function NotificationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('notifications.title'));
  const [onlyUnread, setOnlyUnread] = useState(false);
  const { page, pageSize, setPage, setPageSize } = usePaging();
  const list = useNotifications({ unread: onlyUnread, page, pageSize });
  const markRead = useMarkRead();
  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1>{t('notifications.title')}</h1>
          <p className="muted">{t('notifications.intro')}</p>
        </div>
        <div className="page-actions">
          <button
            type="button"
            className="button"
            disabled={markRead.isPending || (list.data?.unread ?? 0) === 0}
            onClick={() => markRead.mutate({ all: true })}
          >
            {t('notifications.markAllRead')}
          </button>
        </div>
      </div>
      <div className="detail-grid">
        <section className="card" aria-labelledby="notifications-list-heading">
          <fieldset className="notification-filter">
            <legend className="visually-hidden">{t('notifications.filter')}</legend>
            <h2 id="notifications-list-heading" className="visually-hidden">
              {t('notifications.title')}
            </h2>
            {[false, true].map((unread) => (
              <button
                key={String(unread)}
                type="button"
                className={onlyUnread === unread ? 'button button-primary' : 'button'}
                aria-pressed={onlyUnread === unread}
                onClick={() => {
                  setOnlyUnread(unread);
                  setPage(1);
                }}
              >
                {unread
                  ? t('notifications.onlyUnread', { count: list.data?.unread ?? 0 })
                  : t('notifications.all')}
              </button>
            ))}
          </fieldset>
          {list.isPending || list.isError ? (
            <QueryStatus query={list} />
          ) : list.data.items.length === 0 ? (
            <EmptyState
              title={onlyUnread ? t('notifications.noneUnread') : t('notifications.empty')}
            />
          ) : (
            <>
              <NotificationList items={list.data.items} />
              <Pagination
                total={list.data.total}
                page={page}
                pageSize={pageSize}
                onPage={setPage}
                onPageSize={setPageSize}
                summaryKey="notifications.summary"
              />
            </>
          )}
        </section>
        <DigestCard />
      </div>
    </div>
  );
}

const frequencies: DigestFrequency[] = ['off', 'daily', 'weekly'];

function DigestCard() {
  const { t } = useTranslation();
  const preference = useDigestPreference();
  const save = useSetDigestPreference();
  const id = useId();
  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('notifications.digest.title')}</h2>
      <p className="muted">{t('notifications.digest.intro')}</p>
      {preference.isPending || preference.isError ? (
        <QueryStatus query={preference} />
      ) : (
        <div className="field">
          <label htmlFor={id}>{t('notifications.digest.label')}</label>
          <select
            id={id}
            value={preference.data.digest}
            disabled={save.isPending}
            // The options are exactly the frequencies.
            onChange={(event) => save.mutate(event.target.value as DigestFrequency)}
          >
            {frequencies.map((frequency) => (
              <option key={frequency} value={frequency}>
                {t(`notifications.digest.${frequency}`)}
              </option>
            ))}
          </select>
        </div>
      )}
      <ProblemAlert error={save.error} />
      {save.isSuccess ? (
        <p className="alert alert-success" role="status">
          {t('notifications.digest.saved')}
        </p>
      ) : null}
    </section>
  );
}
