import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  type WebhookInput,
  WebhookInput as WebhookSchema,
  webhookEventTypes,
} from '../../../src/webhooks/webhooks.schema.ts';
import { CheckboxField, FormActions, SelectField, TextField } from '../forms/fields.tsx';
import { i18nZodResolver, placeServerErrors, unplacedServerErrors } from '../forms/zod-resolver.ts';
import { ProblemAlert } from '../shell/States.tsx';
import { useCreateWebhook } from './use-webhooks.ts';

type Values = {
  url: string;
  description: string;
  format: 'standard' | 'slack' | 'teams';
  eventTypes: string[];
  isActive: boolean;
};
const fields = ['url', 'description', 'format', 'eventTypes', 'isActive'] as const;

/** Adds a webhook; its signing secret is shown once, with a copy button. */
export function WebhookForm() {
  const { t } = useTranslation();
  const create = useCreateWebhook();
  const [secret, setSecret] = useState<string | null>(null);
  const eventsId = useId();
  const form = useForm<Values, unknown, WebhookInput>({
    defaultValues: {
      url: '',
      description: '',
      format: 'standard',
      eventTypes: [...webhookEventTypes],
      isActive: true,
    },
    resolver: i18nZodResolver(WebhookSchema, t),
  });
  const { errors } = form.formState;
  const onSubmit = form.handleSubmit((input) =>
    create.mutate(input, {
      onSuccess: (created) => {
        setSecret(created.secret);
        form.reset();
      },
      onError: (error) => placeServerErrors(error, fields, form.setError),
    }),
  );
  return (
    <section className="card" aria-labelledby="new-webhook-heading">
      <h2 id="new-webhook-heading">{t('webhooks.new')}</h2>
      {secret ? <SecretPanel secret={secret} onDone={() => setSecret(null)} /> : null}
      <form onSubmit={onSubmit} noValidate>
        <ProblemAlert error={create.error} extra={unplacedServerErrors(create.error, fields)} />
        <TextField
          label={t('webhooks.url')}
          type="url"
          placeholder="https://erp.example.com/hooks/liaison"
          hint={t('webhooks.urlHint')}
          error={errors.url}
          required
          {...form.register('url')}
        />
        <TextField
          label={t('webhooks.description')}
          error={errors.description}
          {...form.register('description')}
        />
        <SelectField
          label={t('webhooks.format')}
          error={errors.format}
          {...form.register('format')}
        >
          {(['standard', 'slack', 'teams'] as const).map((format) => (
            <option key={format} value={format}>
              {t(`webhooks.formats.${format}`)}
            </option>
          ))}
        </SelectField>
        <fieldset className="field webhook-events" aria-describedby={`${eventsId}-error`}>
          <legend>{t('webhooks.events')}</legend>
          {webhookEventTypes.map((type) => (
            <CheckboxField
              key={type}
              label={t(`webhooks.eventNames.${type.replace('.', '_')}`)}
              value={type}
              {...form.register('eventTypes')}
            />
          ))}
          {errors.eventTypes?.message ? (
            <p className="field-error" id={`${eventsId}-error`}>
              {errors.eventTypes.message}
            </p>
          ) : null}
        </fieldset>
        <CheckboxField label={t('webhooks.active')} {...form.register('isActive')} />
        <FormActions isSaving={create.isPending} submitLabel={t('webhooks.create')} />
      </form>
    </section>
  );
}

/** A signing secret shown once, with a copy button; `message` says what it is for. */
export function SecretPanel({
  secret,
  onDone,
  message,
}: {
  secret: string;
  onDone: () => void;
  message?: string;
}) {
  const { t } = useTranslation();
  const [isCopied, setCopied] = useState(false);
  return (
    <div className="alert alert-success webhook-secret" role="status">
      <p>{message ?? t('webhooks.secretOnce')}</p>
      <code className="webhook-secret-value">{secret}</code>
      <div className="form-actions">
        <button
          type="button"
          className="button"
          onClick={() =>
            void navigator.clipboard
              .writeText(secret)
              .then(() => setCopied(true))
              .catch(() => setCopied(false))
          }
        >
          {isCopied ? t('webhooks.copied') : t('webhooks.copy')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('webhooks.stored')}
        </button>
      </div>
    </div>
  );
}
