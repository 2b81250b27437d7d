import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/use-format.ts';
import { ProblemAlert } from '../shell/States.tsx';
import {
  useCalendarFeedStatus,
  useCreateCalendarFeed,
  useRevokeCalendarFeed,
} from './use-cadence.ts';

/** The caller's private iCalendar URL: shown once when created; a new one retires the old one. */
export function CalendarFeedPanel() {
  const { t } = useTranslation();
  const format = useFormat();
  const create = useCreateCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const status = useCalendarFeedStatus();
  const [copied, setCopied] = useState(false);
  const url = create.data?.url;
  // "Stop the feed" only where there is one to stop.
  const hasFeed = Boolean(url) || status.data?.active === true;
  return (
    <section className="card section" aria-labelledby="cadence-feed-heading">
      <div className="card-header">
        <h2 id="cadence-feed-heading">{t('cadence.feed.title')}</h2>
      </div>
      <p className="muted">{t('cadence.feed.intro')}</p>
      <ProblemAlert error={create.error ?? revoke.error} />
      {url ? (
        <div className="secret" role="status">
          <p className="strong">{t('cadence.feed.createdTitle')}</p>
          <p>{t('cadence.feed.createdWarning')}</p>
          <div className="secret-row">
            <span className="visually-hidden">{t('cadence.feed.url')}</span>
            <code className="secret-value">{url}</code>
            <button
              type="button"
              className="button button-small"
              onClick={async () => {
                try {
                  await navigator.clipboard.writeText(url);
                  setCopied(true);
                } catch {
                  setCopied(false);
                }
              }}
            >
              {copied ? t('cadence.feed.copied') : t('cadence.feed.copy')}
            </button>
          </div>
        </div>
      ) : null}
      {revoke.isSuccess && !url ? (
        <p className="alert alert-success" role="status">
          {t('cadence.feed.stopped')}
        </p>
      ) : null}
      {status.data?.createdAt && status.data.active && !url ? (
        <p className="muted">
          {t('cadence.feed.active', { date: format.date(status.data.createdAt) })}
        </p>
      ) : null}
      <div className="form-actions">
        {hasFeed ? (
          <button
            type="button"
            className="button"
            disabled={revoke.isPending || create.isPending}
            onClick={() => revoke.mutate(undefined, { onSuccess: () => create.reset() })}
          >
            {t('cadence.feed.stop')}
          </button>
        ) : null}
        <button
          type="button"
          className="button button-primary"
          disabled={create.isPending || revoke.isPending}
          onClick={() => {
            setCopied(false);
            revoke.reset();
            create.mutate();
          }}
        >
          {hasFeed ? t('cadence.feed.replace') : t('cadence.feed.create')}
        </button>
      </div>
    </section>
  );
}
