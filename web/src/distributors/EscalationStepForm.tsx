import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Channel, EscalationStepInput } from '../../../src/distributors/distributors.schema.ts';
import type { ChannelName, ContactRecord, EscalationStepRecord, SideName } from '../api/types.ts';
import { Dialog, FormActions, SelectField, TextAreaField, TextField } from '../forms/fields.tsx';
import { i18nZodResolver, placeServerErrors, unplacedServerErrors } from '../forms/zod-resolver.ts';
import { ProblemAlert } from '../shell/States.tsx';
import { useSaveEscalationStep } from './use-distributors.ts';

type Values = {
  level: string;
  contactId: string;
  channel: ChannelName | '';
  responseTimeHours: string;
  note: string;
};

const fields = ['level', 'contactId', 'channel', 'responseTimeHours', 'note'] as const;

const toNumber = (value: string) => (value.trim() === '' ? undefined : Number(value));

export function EscalationStepFormDialog({
  distributorId,
  side,
  step,
  contacts,
  nextLevel,
  onClose,
}: {
  distributorId: string;
  side: SideName;
  step: EscalationStepRecord | null;
  contacts: ContactRecord[];
  nextLevel: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const save = useSaveEscalationStep(distributorId);
  const form = useForm<Values, unknown, EscalationStepInput>({
    defaultValues: {
      level: String(step?.level ?? Math.min(nextLevel, 10)),
      contactId: step?.contactId ?? '',
      channel: step?.channel ?? '',
      responseTimeHours: String(step?.responseTimeHours ?? 24),
      note: step?.note ?? '',
    },
    resolver: i18nZodResolver(EscalationStepInput, t, (values: Values) => ({
      side,
      level: toNumber(values.level),
      contactId: values.contactId || undefined,
      channel: values.channel || undefined,
      responseTimeHours: toNumber(values.responseTimeHours),
      note: values.note,
    })),
  });
  const { errors } = form.formState;

  // A taken level comes back with the pointer #/level, so it lands under the level field.
  const onError = (error: unknown) => placeServerErrors(error, fields, form.setError);
  const onSubmit = form.handleSubmit((input) => {
    if (step) {
      const { side: _side, ...patch } = input;
      save.mutate({ stepId: step.id, patch }, { onSuccess: onClose, onError });
    } else {
      save.mutate({ stepId: null, input }, { onSuccess: onClose, onError });
    }
  });

  const title = step
    ? t('ladder.editTitle', { level: step.level })
    : t('ladder.addTitle', { side: t(`ladder.side.${side}`) });
  return (
    <Dialog title={title} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate className="form-grid">
        <ProblemAlert error={save.error} extra={unplacedServerErrors(save.error, fields)} />
        <TextField
          label={t('ladder.level')}
          type="number"
          min={1}
          max={10}
          inputMode="numeric"
          error={errors.level}
          required
          {...form.register('level')}
        />
        <SelectField
          label={t('ladder.contact')}
          error={errors.contactId}
          hint={contacts.length === 0 ? t('ladder.noContacts') : undefined}
          required
          {...form.register('contactId')}
        >
          <option value="">{t('ladder.chooseContact')}</option>
          {contacts.map((contact) => (
            <option key={contact.id} value={contact.id}>
              {contact.name} — {t(`contactRole.${contact.role}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('ladder.channel')}
          error={errors.channel}
          required
          {...form.register('channel')}
        >
          <option value="">{t('ladder.chooseChannel')}</option>
          {Channel.options.map((channel) => (
            <option key={channel} value={channel}>
              {t(`channel.${channel}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('ladder.responseTimeHours')}
          type="number"
          min={1}
          max={720}
          inputMode="numeric"
          error={errors.responseTimeHours}
          required
          {...form.register('responseTimeHours')}
        />
        <TextAreaField
          label={t('ladder.note')}
          error={errors.note}
          rows={2}
          className="span-2"
          {...form.register('note')}
        />
        <FormActions
          isSaving={save.isPending}
          submitLabel={step ? t('actions.save') : t('ladder.addSubmit')}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
