// The distributor page's timeline: everything that happened in the relationship, both sides,
// newest first, a page at a time, narrowed to one kind if asked. The server decides what each
// reader may see (lifecycle changes and drafts stay the principal's).
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../format/use-format.ts';
import { isPrincipalRole, useSession } from '../session/use-session.ts';
import { ErrorState, LoadingState } from '../shell/States.tsx';
import { timelineDetail, timelineLink, timelineSentence } from './timeline-text.ts';
import { type TimelineKind, useTimeline } from './use-timeline.ts';
import './timeline.css';

const sharedKinds: readonly TimelineKind[] = [
  'meeting',
  'action_item',
  'report',
  'charter',
  'communication',
  'concern',
];

export function RelationshipTimeline({ distributorId }: { distributorId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useSession();
  const headingId = useId();
  const filterId = useId();
  const [kind, setKind] = useState<TimelineKind | ''>('');
  const timeline = useTimeline(distributorId, kind);
  const kinds: readonly TimelineKind[] = isPrincipalRole(me.role)
    ? [...sharedKinds, 'lifecycle']
    : sharedKinds;
  const items = timeline.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <section className="card relationship-timeline" aria-labelledby={headingId}>
      <div className="card-header">
        <h2 id={headingId}>{t('timeline.title')}</h2>
        <div className="timeline-filter">
          <label htmlFor={filterId}>{t('timeline.show')}</label>
          <select
            id={filterId}
            value={kind}
            onChange={(event) => setKind(event.target.value as TimelineKind | '')}
          >
            <option value="">{t('timeline.kinds.all')}</option>
            {kinds.map((value) => (
              <option key={value} value={value}>
                {t(`timeline.kinds.${value}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {timeline.isPending ? <LoadingState /> : null}
      {timeline.isError ? (
        <ErrorState error={timeline.error} onRetry={() => void timeline.refetch()} />
      ) : null}
      {timeline.isSuccess && items.length === 0 ? (
        <p className="muted">{t('timeline.empty')}</p>
      ) : null}
      {items.length > 0 ? (
        <ol className="timeline">
          {items.map((item) => {
            const link = timelineLink(item, distributorId);
            const sentence = timelineSentence(item, t, format.locale);
            const detail = timelineDetail(item);
            return (
              <li key={item.id} className={`timeline-item timeline-${item.kind}`}>
                <time dateTime={item.at}>{format.dateTime(item.at)}</time>
                <div className="timeline-body">
                  <span className="timeline-sentence">
                    {link ? <Link to={link}>{sentence}</Link> : sentence}
                  </span>
                  {item.actorName ? (
                    <span className="timeline-actor">
                      {t('timeline.by', { name: item.actorName })}
                    </span>
                  ) : null}
                  {detail ? <q className="timeline-detail">{detail}</q> : null}
                </div>
              </li>
            );
          })}
        </ol>
      ) : null}
      {timeline.hasNextPage ? (
        <button
          type="button"
          className="button"
          disabled={timeline.isFetchingNextPage}
          onClick={() => void timeline.fetchNextPage()}
        >
          {timeline.isFetchingNextPage ? t('timeline.loading') : t('timeline.more')}
        </button>
      ) : null}
    </section>
  );
}
