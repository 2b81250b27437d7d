import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/use-format.ts';
import { Pagination, usePaging } from '../shell/Pagination.tsx';
import { EmptyState, ProblemAlert, QueryStatus } from '../shell/States.tsx';
import { useDeliveries, usePing, useRedeliver, type WebhookItem } from './use-webhooks.ts';

/** What was sent to one webhook, newest first, each with its attempts; redeliver or ping. */
export function DeliveryLog({ webhook }: { webhook: WebhookItem }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { page, pageSize, setPage, setPageSize } = usePaging(10);
  const deliveries = useDeliveries(webhook.id, page, pageSize);
  const redeliver = useRedeliver(webhook.id);
  const ping = usePing(webhook.id);
  return (
    <section className="card" aria-labelledby="delivery-log-heading">
      <div className="card-header">
        <h2 id="delivery-log-heading">{t('webhooks.log', { url: webhook.url })}</h2>
        <button
          type="button"
          className="button"
          disabled={ping.isPending}
          onClick={() => ping.mutate()}
        >
          {t('webhooks.ping')}
        </button>
      </div>
      <ProblemAlert error={ping.error ?? redeliver.error} />
      {deliveries.isPending || deliveries.isError ? (
        <QueryStatus query={deliveries} />
      ) : deliveries.data.items.length === 0 ? (
        <EmptyState title={t('webhooks.noDeliveries')} />
      ) : (
        <>
          <div className="table-wrap">
            <table className="table table-compact" aria-label={t('webhooks.logLabel')}>
              <thead>
                <tr>
                  <th scope="col">{t('webhooks.columns.event')}</th>
                  <th scope="col">{t('webhooks.columns.status')}</th>
                  <th scope="col">{t('webhooks.columns.attempts')}</th>
                  <th scope="col">{t('webhooks.columns.created')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('webhooks.columns.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {deliveries.data.items.map((delivery) => (
                  <tr key={delivery.id}>
                    <td>{t(`webhooks.eventNames.${delivery.eventType.replace('.', '_')}`)}</td>
                    <td>
                      <span className={`badge badge-delivery-${delivery.status}`}>
                        {t(`webhooks.status.${delivery.status}`)}
                      </span>
                    </td>
                    <td>
                      {delivery.attempts.length === 0 ? (
                        <span className="muted">{t('webhooks.notYet')}</span>
                      ) : (
                        <details>
                          <summary>
                            {t('webhooks.attemptSummary', {
                              count: delivery.attempts.length,
                              code: delivery.attempts.at(-1)?.statusCode ?? t('webhooks.noAnswer'),
                            })}
                          </summary>
                          <ol className="webhook-attempts">
                            {delivery.attempts.map((attempt) => (
                              <li key={attempt.attempt}>
                                {t('webhooks.attempt', {
                                  attempt: attempt.attempt,
                                  at: format.dateTime(attempt.attemptedAt),
                                  code: attempt.statusCode ?? t('webhooks.noAnswer'),
                                  ms: attempt.durationMs,
                                })}
                                {attempt.error ? (
                                  <div className="field-error">{attempt.error}</div>
                                ) : null}
                                {attempt.responseExcerpt ? (
                                  <pre className="webhook-excerpt">{attempt.responseExcerpt}</pre>
                                ) : null}
                              </li>
                            ))}
                          </ol>
                        </details>
                      )}
                    </td>
                    <td>{format.dateTime(delivery.createdAt)}</td>
                    <td>
                      <button
                        type="button"
                        className="button button-small"
                        disabled={redeliver.isPending || delivery.status === 'pending'}
                        onClick={() => redeliver.mutate(delivery.id)}
                      >
                        {t('webhooks.redeliver')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination
            total={deliveries.data.total}
            page={page}
            pageSize={pageSize}
            onPage={setPage}
            onPageSize={setPageSize}
            summaryKey="webhooks.summary"
          />
        </>
      )}
    </section>
  );
}
