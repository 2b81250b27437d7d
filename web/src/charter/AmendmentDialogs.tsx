import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  AmendmentInput,
  type AmendmentSection,
  amendmentSections,
  DeclineAmendmentInput,
} from '../../../src/charter/charter-amendments.schema.ts';
import { Dialog, FormActions, SelectField, TextAreaField } from '../forms/fields.tsx';
import { i18nZodResolver, placeServerErrors, unplacedServerErrors } from '../forms/zod-resolver.ts';
import { ProblemAlert } from '../shell/States.tsx';
import {
  type AmendmentRecord,
  useDeclineAmendment,
  useProposeAmendment,
} from './use-charter-amendments.ts';

type ProposeValues = { section: AmendmentSection; change: string; reason: string };
const proposeFields = ['section', 'change', 'reason'] as const;

/** Which part of the charter in force, what should change and why. */
export function ProposeAmendmentDialog({
  distributorId,
  version,
  onClose,
}: {
  distributorId: string;
  version: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const propose = useProposeAmendment(distributorId);
  const form = useForm<ProposeValues, unknown, z.output<typeof AmendmentInput>>({
    defaultValues: { section: 'territory', change: '', reason: '' },
    resolver: i18nZodResolver(AmendmentInput, t),
  });
  const { errors } = form.formState;
  const onSubmit = form.handleSubmit((input) =>
    propose.mutate(input, {
      onSuccess: onClose,
      onError: (error) => placeServerErrors(error, proposeFields, form.setError),
    }),
  );
  return (
    <Dialog title={t('charter.amendments.dialog.title')} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate>
        <ProblemAlert
          error={propose.error}
          extra={unplacedServerErrors(propose.error, proposeFields)}
        />
        <p>{t('charter.amendments.dialog.intro', { version })}</p>
        <SelectField
          label={t('charter.amendments.section')}
          required
          error={errors.section}
          {...form.register('section')}
        >
          {amendmentSections.map((name) => (
            <option key={name} value={name}>
              {sectionName(t, name)}
            </option>
          ))}
        </SelectField>
        <TextAreaField
          label={t('charter.amendments.change')}
          hint={t('charter.amendments.changeHint')}
          required
          rows={4}
          error={errors.change}
          {...form.register('change')}
        />
        <TextAreaField
          label={t('charter.amendments.reason')}
          required
          rows={3}
          error={errors.reason}
          {...form.register('reason')}
        />
        <FormActions
          isSaving={propose.isPending}
          submitLabel={t('charter.amendments.dialog.submit')}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}

/** The principal declines an open proposal; the reason is required, and the proposer reads it. */
export function DeclineAmendmentDialog({
  distributorId,
  amendment,
  onClose,
}: {
  distributorId: string;
  amendment: AmendmentRecord;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const decline = useDeclineAmendment(distributorId, amendment.number);
  const form = useForm<{ reason: string }, unknown, z.output<typeof DeclineAmendmentInput>>({
    defaultValues: { reason: '' },
    resolver: i18nZodResolver(DeclineAmendmentInput, t),
  });
  const onSubmit = form.handleSubmit((input) =>
    decline.mutate(input, {
      onSuccess: onClose,
      onError: (error) => placeServerErrors(error, ['reason'], form.setError),
    }),
  );
  return (
    <Dialog
      title={t('charter.amendments.declineDialog.title', { number: amendment.number })}
      onClose={onClose}
      size="small"
    >
      <form onSubmit={onSubmit} noValidate>
        <ProblemAlert
          error={decline.error}
          extra={unplacedServerErrors(decline.error, ['reason'])}
        />
        <p>{t('charter.amendments.declineDialog.intro', { name: amendment.proposerName })}</p>
        <TextAreaField
          label={t('charter.amendments.declineDialog.reason')}
          required
          rows={3}
          error={form.formState.errors.reason}
          {...form.register('reason')}
        />
        <FormActions
          isSaving={decline.isPending}
          submitLabel={t('charter.amendments.declineDialog.submit')}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}

export function sectionName(t: (key: string) => string, section: AmendmentSection) {
  return section === 'general' ? t('charter.amendments.general') : t(`charter.sections.${section}`);
}
