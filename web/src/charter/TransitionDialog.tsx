import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { DistributorRecord } from '../api/types.ts';
import { Dialog, FormActions, TextAreaField } from '../forms/fields.tsx';
import { i18nZodResolver, placeServerErrors, unplacedServerErrors } from '../forms/zod-resolver.ts';
import { ProblemAlert } from '../shell/States.tsx';
import {
  type CharterVersionRecord,
  type TransitionAction,
  useTransitionCharter,
} from './use-charter.ts';

type Values = { reason: string };
const fields = ['reason'] as const;

// Reopening voids any signature, so it says why; sending and agreeing may.
const Reason = z.object({ reason: z.string().trim().max(1000) });
const RequiredReason = z.object({ reason: z.string().trim().min(1).max(1000) });

/** Send a draft, agree a text or reopen it; a refusal (409) lists the server's reasons. */
export function TransitionDialog({
  distributor,
  record,
  action,
  onClose,
}: {
  distributor: DistributorRecord;
  record: CharterVersionRecord;
  action: TransitionAction;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const transition = useTransitionCharter(distributor.id, record.version);
  const form = useForm<Values, unknown, Values>({
    defaultValues: { reason: '' },
    resolver: i18nZodResolver(action === 'reopen' ? RequiredReason : Reason, t),
  });
  const onSubmit = form.handleSubmit(({ reason }) =>
    transition.mutate(
      { action, reason: reason || null },
      {
        onSuccess: onClose,
        onError: (error) => placeServerErrors(error, fields, form.setError),
      },
    ),
  );
  const hasSignatures = record.signatures.some((signature) => signature.voidedAt === null);
  return (
    <Dialog
      title={t(`charter.transition.${action}.title`, { version: record.version })}
      onClose={onClose}
      size="small"
    >
      <form onSubmit={onSubmit} noValidate>
        <ProblemAlert
          error={transition.error}
          extra={unplacedServerErrors(transition.error, fields)}
        />
        <p>{t(`charter.transition.${action}.message`, { name: distributor.name })}</p>
        {action === 'reopen' && hasSignatures ? (
          <p className="alert alert-warning">{t('charter.transition.reopen.voids')}</p>
        ) : null}
        <TextAreaField
          label={
            action === 'reopen' ? t('charter.transition.reason') : t('charter.transition.note')
          }
          required={action === 'reopen'}
          rows={3}
          error={form.formState.errors.reason}
          {...form.register('reason')}
        />
        <FormActions
          isSaving={transition.isPending}
          submitLabel={t(`charter.transition.${action}.submit`)}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
