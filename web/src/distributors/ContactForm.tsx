import { useMemo } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  ContactInput,
  distributorContactRoles,
  principalContactRoles,
  workingHoursDefaults,
} from '../../../src/distributors/distributors.schema.ts';
import type { ContactRecord, ContactRoleName, SideName } from '../api/types.ts';
import { useFormat } from '../format/use-format.ts';
import { CheckboxField, Dialog, FormActions, SelectField, TextField } from '../forms/fields.tsx';
import { PickerField } from '../forms/pickers.tsx';
import { languagePickerOptions, timeZonePickerOptions } from '../forms/places.ts';
import { i18nZodResolver, placeServerErrors, unplacedServerErrors } from '../forms/zod-resolver.ts';
import { ProblemAlert } from '../shell/States.tsx';
import { useDistributor, useSaveContact } from './use-distributors.ts';
import { WorkingHoursFields } from './WorkingHoursFields.tsx';
import { endFromForm, endToForm } from './working-hours.ts';

type Values = {
  name: string;
  role: ContactRoleName | '';
  title: string;
  email: string;
  phone: string;
  language: string;
  timeZone: string;
  isPrimary: boolean;
  workStart: string;
  workEnd: string;
  /** The checked weekday boxes' values, "1" (Monday) to "7". */
  workWeekdays: string[];
};

const fields = [
  'name',
  'role',
  'title',
  'email',
  'phone',
  'language',
  'timeZone',
  'isPrimary',
  'workStart',
  'workEnd',
  'workWeekdays',
] as const;

const blankToNull = (value: string) => (value.trim() === '' ? null : value);

export function ContactFormDialog({
  distributorId,
  side,
  contact,
  onClose,
}: {
  distributorId: string;
  side: SideName;
  contact: ContactRecord | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const save = useSaveContact(distributorId);
  const format = useFormat();
  // The page has the distributor already: its country lists its zones first, and its zone is
  // the default of a new contact of its side.
  const distributor = useDistributor(distributorId).data;
  const zones = useMemo(
    () => timeZonePickerOptions(format, distributor?.country, contact?.timeZone),
    [format, distributor?.country, contact?.timeZone],
  );
  const languages = useMemo(
    () => languagePickerOptions(format, contact?.language ? [contact.language] : []),
    [format, contact?.language],
  );
  // The principal's people may sit in any office: their zone is left for the user to choose.
  const defaultZone = side === 'distributor' ? (distributor?.timeZone ?? '') : '';
  const roles = side === 'principal' ? principalContactRoles : distributorContactRoles;
  const form = useForm<Values, unknown, ContactInput>({
    defaultValues: {
      name: contact?.name ?? '',
      role: contact?.role ?? '',
      title: contact?.title ?? '',
      email: contact?.email ?? '',
      phone: contact?.phone ?? '',
      language: contact?.language ?? '',
      timeZone: contact ? (contact.timeZone ?? '') : defaultZone,
      isPrimary: contact?.isPrimary ?? false,
      workStart: contact?.workStart ?? workingHoursDefaults.workStart,
      workEnd: endToForm(contact?.workEnd ?? workingHoursDefaults.workEnd),
      workWeekdays: (contact?.workWeekdays ?? workingHoursDefaults.workWeekdays).map(String),
    },
    resolver: i18nZodResolver(ContactInput, t, (values: Values) => ({
      ...values,
      side,
      role: values.role === '' ? undefined : values.role,
      email: blankToNull(values.email),
      language: blankToNull(values.language),
      timeZone: blankToNull(values.timeZone),
      workEnd: endFromForm(values.workEnd),
      workWeekdays: values.workWeekdays.map(Number),
    })),
  });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((input) => {
    const options = {
      onSuccess: onClose,
      onError: (error: unknown) => placeServerErrors(error, fields, form.setError),
    };
    if (contact) {
      const { side: _side, ...patch } = input;
      save.mutate({ contactId: contact.id, patch }, options);
    } else {
      save.mutate({ contactId: null, input }, options);
    }
  });

  const title = contact
    ? t('contacts.editTitle', { name: contact.name })
    : t('contacts.addTitle', { team: t(`contacts.team.${side}`) });
  return (
    <Dialog title={title} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate className="form-grid">
        <ProblemAlert error={save.error} extra={unplacedServerErrors(save.error, fields)} />
        <TextField
          label={t('contacts.name')}
          error={errors.name}
          autoComplete="off"
          required
          {...form.register('name')}
        />
        <SelectField
          label={t('contacts.role')}
          error={errors.role}
          required
          {...form.register('role')}
        >
          <option value="">{t('contacts.chooseRole')}</option>
          {roles.map((role) => (
            <option key={role} value={role}>
              {t(`contactRole.${role}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('contacts.jobTitle')}
          error={errors.title}
          {...form.register('title')}
        />
        <TextField
          label={t('contacts.email')}
          type="email"
          autoComplete="off"
          error={errors.email}
          {...form.register('email')}
        />
        <TextField
          label={t('contacts.phone')}
          type="tel"
          autoComplete="off"
          error={errors.phone}
          {...form.register('phone')}
        />
        <Controller
          control={form.control}
          name="language"
          render={({ field }) => (
            <PickerField
              label={t('contacts.language')}
              hint={t('contacts.languageHint')}
              error={errors.language}
              options={languages}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              name={field.name}
            />
          )}
        />
        <Controller
          control={form.control}
          name="timeZone"
          render={({ field }) => (
            <PickerField
              label={t('contacts.timeZone')}
              error={errors.timeZone}
              options={zones}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              name={field.name}
            />
          )}
        />
        <CheckboxField
          label={t('contacts.isPrimary')}
          error={errors.isPrimary}
          className="align-end"
          {...form.register('isPrimary')}
        />
        <WorkingHoursFields
          start={form.register('workStart')}
          end={form.register('workEnd')}
          weekdays={form.register('workWeekdays')}
          errors={errors}
        />
        <FormActions
          isSaving={save.isPending}
          submitLabel={contact ? t('actions.save') : t('contacts.addSubmit')}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
