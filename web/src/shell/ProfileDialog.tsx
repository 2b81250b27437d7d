import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ProfileInput } from '../../../src/accounts/accounts.schema.ts';
import { timeZoneOptions } from '../format/time-zones.ts';
import { useFormat } from '../format/use-format.ts';
import { Dialog, FormActions, SelectField, TextField } from '../forms/fields.tsx';
import { i18nZodResolver, placeServerErrors, unplacedServerErrors } from '../forms/zod-resolver.ts';
import { useSession, useUpdateProfile } from '../session/use-session.ts';
import { ProblemAlert } from './States.tsx';

/**
 * Locales offered: the language of the text (English where Liaison does not ship one, as for pl,
 * es, fr and tr) and the format of dates and numbers.
 */
const profileLocales = ['en', 'en-GB', 'de', 'vi', 'th', 'zh-Hans', 'pl', 'es', 'fr', 'tr'];

type Values = { name: string; locale: string; timeZone: string };
const fields = ['name', 'locale', 'timeZone'] as const;

export function ProfileDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const me = useSession();
  const format = useFormat();
  const update = useUpdateProfile();
  const zones = useMemo(() => timeZoneOptions(me.user.timeZone), [me.user.timeZone]);
  const locales = profileLocales.includes(me.user.locale)
    ? profileLocales
    : [me.user.locale, ...profileLocales];
  const form = useForm<Values, unknown, ProfileInput>({
    defaultValues: { name: me.user.name, locale: me.user.locale, timeZone: me.user.timeZone },
    resolver: i18nZodResolver(ProfileInput, t),
  });
  const { errors } = form.formState;
  const onSubmit = form.handleSubmit((values) =>
    update.mutate(values, {
      onSuccess: onClose,
      onError: (error) => placeServerErrors(error, fields, form.setError),
    }),
  );
  return (
    <Dialog title={t('profile.title')} onClose={onClose} size="small">
      <form onSubmit={onSubmit} noValidate>
        <ProblemAlert error={update.error} extra={unplacedServerErrors(update.error, fields)} />
        <TextField
          label={t('profile.name')}
          error={errors.name}
          autoComplete="name"
          required
          {...form.register('name')}
        />
        <SelectField label={t('profile.locale')} error={errors.locale} {...form.register('locale')}>
          {locales.map((locale) => (
            <option key={locale} value={locale}>
              {format.language(locale)} ({locale})
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('profile.timeZone')}
          error={errors.timeZone}
          {...form.register('timeZone')}
        >
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </SelectField>
        <FormActions
          isSaving={update.isPending}
          submitLabel={t('actions.save')}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
