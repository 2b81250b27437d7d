import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/use-format.ts';
import { ConfirmDialog } from '../forms/ConfirmDialog.tsx';
import { EmptyState, ProblemAlert, QueryStatus } from '../shell/States.tsx';
import { usePageTitle } from '../shell/use-page-title.ts';
import { DeliveryLog } from './DeliveryLog.tsx';
import {
  useDeleteWebhook,
  useRotateSecret,
  useUpdateWebhook,
  useWebhooks,
  type WebhookItem,
} from './use-webhooks.ts';
import { SecretPanel, WebhookForm } from './WebhookForm.tsx';

export function WebhooksPage() {
  const { t } = useTranslation();
  usePageTitle(t('webhooks.title'));
  const webhooks = useWebhooks();
  const update = useUpdateWebhook();
  const remove = useDeleteWebhook();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<WebhookItem | null>(null);
  const rotate = useRotateSecret();
  const format = useFormat();
  const [rotating, setRotating] = useState<WebhookItem | null>(null);
  const [rotated, setRotated] = useState<{ url: string; secret: string; until: string } | null>(
    null,
  );
  const selected = webhooks.data?.items.find((hook) => hook.id === selectedId);
  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1>{t('webhooks.title')}</h1>
          <p className="muted">{t('webhooks.intro')}</p>
        </div>
      </div>
      <div className="detail-grid">
        <section className="card" aria-labelledby="webhooks-heading">
          <h2 id="webhooks-heading">{t('webhooks.list')}</h2>
          <ProblemAlert error={update.error} />
          {rotated ? (
            <SecretPanel
              secret={rotated.secret}
              message={t('webhooks.rotatedOnce', {
                url: rotated.url,
                until: format.dateTime(rotated.until),
              })}
              onDone={() => setRotated(null)}
            />
          ) : null}
          {webhooks.isPending || webhooks.isError ? (
            <QueryStatus query={webhooks} />
          ) : webhooks.data.items.length === 0 ? (
            <EmptyState title={t('webhooks.empty')} />
          ) : (
            <ul className="webhook-list">
              {webhooks.data.items.map((hook) => (
                <li key={hook.id} className="webhook-item">
                  <div>
                    <div className="webhook-url">{hook.url}</div>
                    <div className="muted">
                      {[hook.description, t(`webhooks.formats.${hook.format}`)]
                        .filter(Boolean)
                        .join(' · ')}
                    </div>
                    <div className="muted">
                      {hook.eventTypes
                        .map((type) => t(`webhooks.eventNames.${type.replace('.', '_')}`))
                        .join(', ')}
                    </div>
                    <span
                      className={`badge ${hook.isActive ? 'badge-delivery-succeeded' : 'badge-muted'}`}
                    >
                      {hook.isActive ? t('webhooks.isActive') : t('webhooks.paused')}
                    </span>
                  </div>
                  <div className="webhook-actions">
                    <button
                      type="button"
                      className="button button-small"
                      aria-pressed={selectedId === hook.id}
                      onClick={() => setSelectedId(hook.id)}
                    >
                      {t('webhooks.showLog')}
                    </button>
                    <button
                      type="button"
                      className="button button-small"
                      disabled={update.isPending}
                      onClick={() => update.mutate({ id: hook.id, isActive: !hook.isActive })}
                    >
                      {hook.isActive ? t('webhooks.pause') : t('webhooks.resume')}
                    </button>
                    <button
                      type="button"
                      className="button button-small"
                      onClick={() => setRotating(hook)}
                    >
                      {t('webhooks.rotate')}
                    </button>
                    <button
                      type="button"
                      className="button button-small button-danger"
                      onClick={() => setDeleting(hook)}
                    >
                      {t('webhooks.delete')}
                    </button>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </section>
        <WebhookForm />
      </div>
      {selected ? <DeliveryLog key={selected.id} webhook={selected} /> : null}
      {rotating ? (
        <ConfirmDialog
          title={t('webhooks.rotateTitle')}
          message={t('webhooks.rotateMessage', { url: rotating.url })}
          confirmLabel={t('webhooks.rotateConfirm')}
          isPending={rotate.isPending}
          error={rotate.error}
          onConfirm={() =>
            rotate.mutate(rotating.id, {
              onSuccess: (answer) => {
                setRotated({
                  url: answer.url,
                  secret: answer.secret,
                  until: String(answer.previousSecretUntil),
                });
                setRotating(null);
              },
            })
          }
          onClose={() => setRotating(null)}
        />
      ) : null}
      {deleting ? (
        <ConfirmDialog
          title={t('webhooks.deleteTitle')}
          message={t('webhooks.deleteMessage', { url: deleting.url })}
          confirmLabel={t('webhooks.delete')}
          isPending={remove.isPending}
          error={remove.error}
          onConfirm={() =>
            remove.mutate(deleting.id, {
              onSuccess: () => {
                if (selectedId === deleting.id) setSelectedId(null);
                setDeleting(null);
              },
            })
          }
          onClose={() => setDeleting(null)}
        />
      ) : null}
    </div>
  );
}
