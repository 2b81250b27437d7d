import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ActionItemInput } from '../../../src/cadence/notes.schema.ts';
import { dayFromToday } from '../format/days.ts';
import { useFormat } from '../format/use-format.ts';
import { FormActions, SelectField, TextField } from '../forms/fields.tsx';
import { i18nZodResolver, placeServerErrors, unplacedServerErrors } from '../forms/zod-resolver.ts';
import { ProblemAlert } from '../shell/States.tsx';
import { type MeetingPerson, useCreateActionItem } from './use-meeting.ts';

type Values = { title: string; ownerContactId: string; dueOn: string };
const fields = ['title', 'ownerContactId', 'dueOn'] as const;
const sides = ['principal', 'distributor'] as const;

/** Adds an action item to a meeting; its owner may be anyone of either side. */
export function ActionItemForm({
  distributorId,
  meetingId,
  people,
}: {
  distributorId: string;
  meetingId: string;
  people: MeetingPerson[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const create = useCreateActionItem(distributorId);
  const blank = (): Values => ({
    title: '',
    ownerContactId: '',
    dueOn: dayFromToday(format.timeZone, 7),
  });
  const form = useForm<Values, unknown, z.output<typeof ActionItemInput>>({
    defaultValues: blank(),
    // An empty date or owner is "required", not "not a date".
    resolver: i18nZodResolver(ActionItemInput, t, (values) => ({
      meetingId,
      title: values.title,
      ownerContactId: values.ownerContactId || undefined,
      dueOn: values.dueOn || undefined,
    })),
  });
  const { errors } = form.formState;
  const onSubmit = form.handleSubmit((input) =>
    create.mutate(input, {
      onSuccess: () => form.reset(blank()),
      onError: (error) => placeServerErrors(error, fields, form.setError),
    }),
  );
  return (
    <form
      className="subform"
      onSubmit={onSubmit}
      noValidate
      aria-label={t('cadence.actionItems.addTitle')}
    >
      <h3>{t('cadence.actionItems.addTitle')}</h3>
      <ProblemAlert error={create.error} extra={unplacedServerErrors(create.error, fields)} />
      <div className="form-grid">
        <TextField
          label={t('cadence.actionItems.titleLabel')}
          className="span-2"
          maxLength={500}
          required
          error={errors.title}
          {...form.register('title')}
        />
        <SelectField
          label={t('cadence.actionItems.owner')}
          required
          error={errors.ownerContactId}
          {...form.register('ownerContactId')}
        >
          <option value="">{t('cadence.actionItems.chooseOwner')}</option>
          {sides.map((side) => (
            <optgroup key={side} label={t(`side.${side}`)}>
              {people
                .filter((person) => person.side === side)
                .map((person) => (
                  <option key={person.contactId} value={person.contactId}>
                    {person.name}
                  </option>
                ))}
            </optgroup>
          ))}
        </SelectField>
        <TextField
          label={t('cadence.actionItems.dueOn')}
          type="date"
          required
          error={errors.dueOn}
          {...form.register('dueOn')}
        />
        <FormActions isSaving={create.isPending} submitLabel={t('cadence.actionItems.add')} />
      </div>
    </form>
  );
}
