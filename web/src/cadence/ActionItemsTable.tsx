import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../format/use-format.ts';
import { ProblemAlert } from '../shell/States.tsx';
import { localDateLabel } from './cadence-format.ts';
import { type ActionItemRecord, type ActionItemStatus, usePatchActionItem } from './use-meeting.ts';

const statusBadges: Record<ActionItemStatus, string> = {
  open: 'badge',
  done: 'badge badge-done',
  dropped: 'badge badge-muted',
};

/**
 * Action items with their owner, due date and status; open items past their due date are flagged.
 * On a meeting page the meeting goes without saying; on Today each row names its relationship.
 */
export function ActionItemsTable({
  items,
  caption,
  canChange,
  showDistributor = false,
  showMeeting = false,
}: {
  items: ActionItemRecord[];
  caption: string;
  canChange: boolean;
  showDistributor?: boolean;
  showMeeting?: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const patch = usePatchActionItem();
  const setStatus = (item: ActionItemRecord, status: ActionItemStatus) =>
    patch.mutate({ item, patch: { status } });
  return (
    <>
      <ProblemAlert error={patch.error} />
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
              {canChange ? (
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
                          kind: t(`cadence.kinds.${item.meeting.kind}`),
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
                  {item.closedAt ? (
                    <div className="muted small">{format.date(item.closedAt)}</div>
                  ) : null}
                </td>
                {canChange ? (
                  <td className="row-actions">
                    {item.status === 'open' ? (
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
                          onClick={() => setStatus(item, 'dropped')}
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
    </>
  );
}
