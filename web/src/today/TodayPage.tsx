import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionItemStatusSelect } from '../cadence/ActionItemStatusSelect.tsx';
import { ActionItemsTable } from '../cadence/ActionItemsTable.tsx';
import {
  type ActionItemFilter,
  type ActionItemStatusFilter,
  useActionItems,
} from '../cadence/use-meeting.ts';
import { ConcernsToAnswer } from '../concerns/ConcernsSection.tsx';
import { isPrincipalRole, useSession } from '../session/use-session.ts';
import { EmptyState, QueryStatus } from '../shell/States.tsx';
import { usePageTitle } from '../shell/use-page-title.ts';
import { NeedsAttentionPanel } from '../warnings/NeedsAttentionPanel.tsx';
import { MeetingsPanel } from './MeetingsPanel.tsx';

const mine: ActionItemFilter = { status: 'open', mine: true };
const overdue: ActionItemFilter = { status: 'open', overdue: true };

/**
 * /today, where everyone starts: their own open action items, and what is overdue — across the
 * portfolio for principal staff, in their own relationship for a distributor's people.
 */
export function TodayPage() {
  const { t } = useTranslation();
  const me = useSession();
  usePageTitle(t('today.title'));
  const isPrincipal = isPrincipalRole(me.role);
  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1>{t('today.title')}</h1>
          <p className="muted">{isPrincipal ? t('today.introPrincipal') : t('today.intro')}</p>
        </div>
      </div>
      {/* Health is the principal's own assessment: a distributor's people never see it. */}
      {isPrincipal ? <NeedsAttentionPanel id="today-attention" /> : null}
      {/* A formal concern waits for the distributor's acknowledgement and answer. */}
      {!isPrincipal && me.distributorId ? (
        <ConcernsToAnswer distributorId={me.distributorId} />
      ) : null}
      <ActionItemsPanel
        id="today-mine"
        title={t('today.mine')}
        filter={mine}
        empty={t('today.mineEmpty')}
        showDistributor={isPrincipal}
        withStatusFilter
      />
      <MeetingsPanel id="today-notes" notes="pending" showDistributor={isPrincipal} />
      <ActionItemsPanel
        id="today-overdue"
        title={t('today.overdue')}
        filter={overdue}
        empty={t('today.overdueEmpty')}
        showDistributor={isPrincipal}
      />
      <MeetingsPanel id="today-upcoming" notes="any" showDistributor={isPrincipal} />
    </div>
  );
}

function ActionItemsPanel({
  id,
  title,
  filter,
  empty,
  showDistributor,
  withStatusFilter = false,
}: {
  id: string;
  title: string;
  filter: ActionItemFilter;
  empty: string;
  showDistributor: boolean;
  /** Done and dropped items stay findable rather than vanishing. */
  withStatusFilter?: boolean;
}) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<ActionItemStatusFilter>(filter.status ?? 'open');
  const items = useActionItems(null, { ...filter, status });
  return (
    <section className="card section" aria-labelledby={id}>
      <div className="card-header">
        <h2 id={id}>
          {withStatusFilter && status !== 'open' ? t('cadence.actionItems.mineAny') : title}
        </h2>
        {items.data && items.data.total > items.data.items.length ? (
          <span className="muted">
            {t('today.showing', { shown: items.data.items.length, total: items.data.total })}
          </span>
        ) : null}
      </div>
      {withStatusFilter ? <ActionItemStatusSelect value={status} onChange={setStatus} /> : null}
      {items.isPending || items.isError ? (
        <QueryStatus query={items} />
      ) : items.data.items.length === 0 ? (
        <EmptyState title={status === 'open' ? empty : t('cadence.actionItems.noneWithStatus')} />
      ) : (
        <ActionItemsTable
          items={items.data.items}
          caption={title}
          showDistributor={showDistributor}
          showMeeting
        />
      )}
    </section>
  );
}
