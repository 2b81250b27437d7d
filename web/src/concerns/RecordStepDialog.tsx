import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { EscalationActionInput } from '../../../src/concerns/concerns.schema.ts';
import type { ContactRecord } from '../api/types.ts';
import { Dialog, FormActions, SelectField, TextAreaField, TextField } from '../forms/fields.tsx';
import { i18nZodResolver, placeServerErrors, unplacedServerErrors } from '../forms/zod-resolver.ts';
import { ProblemAlert } from '../shell/States.tsx';
import { useRecordEscalationAction } from './use-concerns.ts';

type Values = { kind: 'contact' | 'visit'; contactId: string; takenAt: string; note: string };
const fields = ['kind', 'contactId', 'takenAt', 'note'] as const;

/** "2026-11-20T14:30" typed in the browser's zone, as an ISO instant; empty means now. */
function instantOf(local: string) {
  if (!local) return undefined;
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? local : date.toISOString();
}

/** Records a step taken up the distributor's ladder: a contact reached, or a visit. */
export function RecordStepDialog({
  distributorId,
  contacts,
  suggested,
  onClose,
}: {
  distributorId: string;
  contacts: ContactRecord[];
  suggested: { kind: 'contact' | 'visit'; contactId: string | null };
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const record = useRecordEscalationAction(distributorId);
  const [kind, setKind] = useState(suggested.kind);
  const form = useForm<Values, unknown, EscalationActionInput>({
    defaultValues: {
      kind: suggested.kind,
      contactId: suggested.contactId ?? '',
      takenAt: '',
      note: '',
    },
    resolver: i18nZodResolver(EscalationActionInput, t, (values: Values) => ({
      kind: values.kind,
      contactId: values.kind === 'contact' ? values.contactId || undefined : undefined,
      takenAt: instantOf(values.takenAt),
      note: values.note,
    })),
  });
  const { errors } = form.formState;
  const onSubmit = form.handleSubmit((input) =>
    record.mutate(input, {
      onSuccess: onClose,
      onError: (error) => placeServerErrors(error, fields, form.setError),
    }),
  );
  const kindField = form.register('kind');
  return (
    <Dialog title={t('concerns.step.title')} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate className="form-grid">
        <ProblemAlert error={record.error} extra={unplacedServerErrors(record.error, fields)} />
        <SelectField
          label={t('concerns.step.kind')}
          error={errors.kind}
          required
          {...kindField}
          onChange={(event) => {
            setKind(event.target.value as Values['kind']);
            void kindField.onChange(event);
          }}
        >
          <option value="contact">{t('concerns.actionKind.contact')}</option>
          <option value="visit">{t('concerns.actionKind.visit')}</option>
        </SelectField>
        {kind === 'contact' ? (
          <SelectField
            label={t('concerns.step.contact')}
            error={errors.contactId}
            required
            {...form.register('contactId')}
          >
            <option value="">{t('concerns.step.chooseContact')}</option>
            {contacts.map((contact) => (
              <option key={contact.id} value={contact.id}>
                {contact.name} — {t(`contactRole.${contact.role}`)}
              </option>
            ))}
          </SelectField>
        ) : null}
        <TextField
          label={t('concerns.step.takenAt')}
          hint={t('concerns.step.takenAtHint')}
          type="datetime-local"
          error={errors.takenAt}
          {...form.register('takenAt')}
        />
        <TextAreaField
          label={t('concerns.step.note')}
          error={errors.note}
          rows={3}
          className="span-2"
          {...form.register('note')}
        />
        <FormActions
          isSaving={record.isPending}
          submitLabel={t('concerns.step.submit')}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
