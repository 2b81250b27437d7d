import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../format/use-format.ts';
import { ProblemAlert } from '../shell/States.tsx';
import { localDateLabel } from './cadence-format.ts';
import { rhythmLabel } from './meeting-labels.tsx';
import { ReasonDialog } from './ReasonDialog.tsx';
import { type ActionItemRecord, type ActionItemStatus, usePatchActionItem } from './use-meeting.ts';

const statusBadges: Record<ActionItemStatus, string> = {
  open: 'badge',
  done: 'badge badge-done',
  dropped: 'badge badge-muted',
};

type HistoryEntry = ActionItemRecord['history'][number];

/** "Dropped by Jonas Becker on 3 Dec 2026: reason", in the reader's language and zone. */
function useHistorySentence() {
  const { t } = useTranslation();
  const format = useFormat();
  return (entry: HistoryEntry) => {
    const sentence = t(`cadence.actionItems.history.${entry.to}`, {
      name: entry.byName ?? t('cadence.actionItems.history.someone'),
      date: format.date(entry.at),
    });
    return entry.reason
      ? t('cadence.actionItems.history.withReason', { sentence, reason: entry.reason })
      : sentence;
  };
}

/** The latest status change under the status, and every earlier one on request. */
function ItemHistory({ item }: { item: ActionItemRecord }) {
  const { t } = useTranslation();
  const sentence = useHistorySentence();
  const latest = item.history.at(-1);
  if (!latest) return null;
  return (
    <div className="muted small">
      {item.status === latest.to ? <p className="item-history-latest">{sentence(latest)}</p> : null}
      {item.history.length > 1 || item.status !== latest.to ? (
        <details>
          <summary>
            {t('cadence.actionItems.history.title', { count: item.history.length })}
          </summary>
          <ol className="item-history">
            {item.history.map((entry) => (
              <li key={`${entry.at}-${entry.to}`}>{sentence(entry)}</li>
            ))}
          </ol>
        </details>
      ) : null}
    </div>
  );
}

/**
 * Action items with their owner, due date, status and its history; open items past their due
 * date are flagged. Only those who may change an item (its owner, its meeting's note-taker, the
 * principal's editors) see its buttons; dropping asks why. On a meeting page the meeting goes
 * without saying; on Today each row names its relationship.
 */
export function ActionItemsTable({
  items,
  caption,
  showDistributor = false,
  showMeeting = false,
}: {
  items: ActionItemRecord[];
  caption: string;
  showDistributor?: boolean;
  showMeeting?: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const patch = usePatchActionItem();
  const [dropping, setDropping] = useState<ActionItemRecord | null>(null);
  const setStatus = (item: ActionItemRecord, status: ActionItemStatus) =>
    patch.mutate({ item, patch: { status } });
  const hasActions = items.some((item) => item.canChange);
  return (
    <>
      {dropping ? null : <ProblemAlert error={patch.error} />}
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('cadence.actionItems.item')}</th>
              {showDistributor ? <th scope="col">{t('cadence.actionItems.distributor')}</th> : null}
              {showMeeting ? <th scope="col">{t('cadence.actionItems.meeting')}</th> : null}
              <th scope="col">{t('cadence.actionItems.owner')}</th>
              <th scope="col">{t('cadence.actionItems.dueOn')}</th>
              <th scope="col">{t('cadence.actionItems.status')}</th>
              {hasActions ? (
                <th scope="col">
                  <span className="visually-hidden">{t('cadence.actionItems.actions')}</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id} className={item.overdue ? 'row-overdue' : undefined}>
                <td className="strong">{item.title}</td>
                {showDistributor ? (
                  <td>
                    <Link to={`/distributors/${item.distributorId}/meetings`}>
                      {item.distributorName}
                    </Link>
                  </td>
                ) : null}
                {showMeeting ? (
                  <td>
                    {item.meeting ? (
                      <Link to={`/distributors/${item.distributorId}/meetings/${item.meeting.id}`}>
                        {t('cadence.meeting.name', {
                          kind: rhythmLabel(t, item.meeting),
                          number: item.meeting.number,
                        })}
                      </Link>
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                ) : null}
                <td>
                  {item.owner.name}
                  <div className="muted small">{t(`side.${item.owner.side}`)}</div>
                </td>
                <td className="nowrap">
                  {localDateLabel(format.locale, item.dueOn)}
                  {item.overdue ? (
                    <div>
                      <span className="badge badge-overdue">
                        {t('cadence.actionItems.overdue')}
                      </span>
                    </div>
                  ) : null}
                </td>
                <td>
                  <span className={statusBadges[item.status]}>
                    {t(`cadence.actionItems.statuses.${item.status}`)}
                  </span>
                  {item.closedAt && !item.history.length ? (
                    <div className="muted small">{format.date(item.closedAt)}</div>
                  ) : null}
                  <ItemHistory item={item} />
                </td>
                {hasActions ? (
                  <td className="row-actions">
                    {!item.canChange ? null : item.status === 'open' ? (
                      <div className="toolbar-buttons">
                        <button
                          type="button"
                          className="button button-small"
                          aria-label={t('cadence.actionItems.markDoneLabel', { title: item.title })}
                          disabled={patch.isPending}
                          onClick={() => setStatus(item, 'done')}
                        >
                          {t('cadence.actionItems.markDone')}
                        </button>
                        <button
                          type="button"
                          className="button button-small"
                          aria-label={t('cadence.actionItems.dropLabel', { title: item.title })}
                          disabled={patch.isPending}
                          onClick={() => {
                            patch.reset();
                            setDropping(item);
                          }}
                        >
                          {t('cadence.actionItems.drop')}
                        </button>
                      </div>
                    ) : (
                      <button
                        type="button"
                        className="button button-small"
                        aria-label={t('cadence.actionItems.reopenLabel', { title: item.title })}
                        disabled={patch.isPending}
                        onClick={() => setStatus(item, 'open')}
                      >
                        {t('cadence.actionItems.reopen')}
                      </button>
                    )}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {dropping ? (
        <ReasonDialog
          title={t('cadence.actionItems.dropDialog.title')}
          message={t('cadence.actionItems.dropDialog.message', {
            title: dropping.title,
            owner: dropping.owner.name,
          })}
          reasonLabel={t('cadence.actionItems.dropDialog.reason')}
          reasonHint={t('cadence.actionItems.dropDialog.reasonHint')}
          requiredMessage={t('cadence.actionItems.dropDialog.reasonRequired')}
          keepLabel={t('cadence.actionItems.dropDialog.keep')}
          confirmLabel={t('cadence.actionItems.dropDialog.confirm')}
          pendingLabel={t('actions.saving')}
          isPending={patch.isPending}
          error={patch.error}
          onConfirm={(reason) =>
            patch.mutate(
              { item: dropping, patch: { status: 'dropped', reason } },
              { onSuccess: () => setDropping(null) },
            )
          }
          onClose={() => {
            patch.reset();
            setDropping(null);
          }}
        />
      ) : null}
    </>
  );
}
