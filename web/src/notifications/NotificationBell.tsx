import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useFormat } from '../format/use-format.ts';
import { EmptyState, QueryStatus } from '../shell/States.tsx';
import { notificationText } from './notification-text.ts';
import {
  type NotificationItem,
  useMarkRead,
  useNotifications,
  useUnreadCount,
} from './use-notifications.ts';

const LATEST = 8;

/** The bell in the top bar: the unread count, and the latest notifications one click away. */
export function NotificationBell() {
  const { t } = useTranslation();
  const unread = useUnreadCount();
  const [isOpen, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const count = unread.data?.unread ?? 0;

  useEffect(() => {
    if (!isOpen) return;
    const onPointer = (event: PointerEvent) => {
      if (event.target instanceof Node && !rootRef.current?.contains(event.target)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [isOpen]);

  return (
    <div className="notification-bell" ref={rootRef}>
      <button
        type="button"
        className="button-icon notification-bell-button"
        aria-expanded={isOpen}
        aria-controls={panelId}
        aria-label={t('notifications.bell', { count })}
        onClick={() => setOpen((open) => !open)}
      >
        <svg aria-hidden="true" width="20" height="20" viewBox="0 0 24 24" fill="none">
          <path
            d="M6 16V11a6 6 0 1 1 12 0v5l2 2H4l2-2Zm4 4h4"
            stroke="currentColor"
            strokeWidth="1.8"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        {count > 0 ? (
          <span className="notification-count" aria-hidden="true">
            {count > 99 ? '99+' : count}
          </span>
        ) : null}
      </button>
      {isOpen ? (
        <section className="notification-panel" id={panelId} aria-label={t('notifications.title')}>
          <LatestNotifications onClose={() => setOpen(false)} hasUnread={count > 0} />
        </section>
      ) : null}
    </div>
  );
}

function LatestNotifications({ onClose, hasUnread }: { onClose: () => void; hasUnread: boolean }) {
  const { t } = useTranslation();
  const latest = useNotifications({ unread: false, page: 1, pageSize: LATEST });
  const markRead = useMarkRead();
  return (
    <>
      <div className="notification-panel-header">
        <h2>{t('notifications.title')}</h2>
        {hasUnread ? (
          <button
            type="button"
            className="button-link"
            disabled={markRead.isPending}
            onClick={() => markRead.mutate({ all: true })}
          >
            {t('notifications.markAllRead')}
          </button>
        ) : null}
      </div>
      {latest.isPending || latest.isError ? (
        <QueryStatus query={latest} />
      ) : latest.data.items.length === 0 ? (
        <EmptyState title={t('notifications.empty')} />
      ) : (
        <NotificationList items={latest.data.items} onOpen={onClose} />
      )}
      <div className="notification-panel-footer">
        <Link to="/notifications" onClick={onClose}>
          {t('notifications.seeAll')}
        </Link>
      </div>
    </>
  );
}

/** Notifications as a list; opening one marks it read and goes to what it is about. */
export function NotificationList({
  items,
  onOpen,
}: {
  items: NotificationItem[];
  onOpen?: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const markRead = useMarkRead();
  const open = (item: NotificationItem) => {
    if (!item.readAt) markRead.mutate({ id: item.id });
    onOpen?.();
    if (item.path) navigate(item.path);
  };
  return (
    <ul className="notification-list">
      {items.map((item) => (
        <li
          key={item.id}
          className={item.readAt ? 'notification' : 'notification notification-unread'}
        >
          <button type="button" className="notification-open" onClick={() => open(item)}>
            <span className="notification-text">{notificationText(t, item)}</span>
            <span className="muted">
              {format.dateTime(item.occurredAt)}
              {item.readAt ? '' : ` · ${t('notifications.unread')}`}
            </span>
          </button>
          {item.readAt ? null : (
            <button
              type="button"
              className="button-link notification-mark"
              onClick={() => markRead.mutate({ id: item.id })}
            >
              {t('notifications.markRead')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
