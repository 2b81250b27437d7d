import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  DeclineChangeInput,
  MilestoneInput,
  ResponsibilitiesInput,
} from '../../../src/plan/plan.schema.ts';
import { Dialog, FormActions, SelectField, TextAreaField, TextField } from '../forms/fields.tsx';
import { i18nZodResolver, placeServerErrors, unplacedServerErrors } from '../forms/zod-resolver.ts';
import { ProblemAlert } from '../shell/States.tsx';
import {
  type MilestoneRecord,
  type PlanRecord,
  useAnswerChange,
  useProposeMilestone,
  useProposeRemoval,
  useProposeResponsibilities,
} from './use-plan.ts';

type MilestoneValues = {
  title: string;
  dueOn: string;
  ownerSide: 'principal' | 'distributor';
  ownerName: string;
  note: string;
};
const milestoneFields = ['title', 'dueOn', 'ownerSide', 'ownerName', 'note'] as const;

export function MilestoneDialog({
  distributorId,
  milestone,
  onClose,
}: {
  distributorId: string;
  milestone: MilestoneRecord | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const propose = useProposeMilestone(distributorId, milestone?.id ?? null);
  const form = useForm<MilestoneValues, unknown, z.output<typeof MilestoneInput>>({
    defaultValues: {
      title: milestone?.title ?? '',
      dueOn: milestone?.dueOn ?? '',
      ownerSide: milestone?.ownerSide ?? 'distributor',
      ownerName: milestone?.ownerName ?? '',
      note: '',
    },
    resolver: i18nZodResolver(MilestoneInput, t, (values: MilestoneValues) => ({
      ...values,
      ownerName: values.ownerName.trim() || null,
    })),
  });
  const { errors } = form.formState;
  const onSubmit = form.handleSubmit((input) =>
    propose.mutate(input, {
      onSuccess: onClose,
      onError: (error) => placeServerErrors(error, milestoneFields, form.setError),
    }),
  );
  return (
    <Dialog
      title={t(milestone ? 'plan.milestoneDialog.changeTitle' : 'plan.milestoneDialog.title')}
      onClose={onClose}
    >
      <form onSubmit={onSubmit} noValidate>
        <ProblemAlert
          error={propose.error}
          extra={unplacedServerErrors(propose.error, milestoneFields)}
        />
        <p className="muted">{t('plan.proposalHint')}</p>
        <TextField
          label={t('plan.milestone.title')}
          required
          error={errors.title}
          {...form.register('title')}
        />
        <TextField
          label={t('plan.milestone.dueOn')}
          hint={t('plan.dateHint')}
          placeholder="2027-03-01"
          required
          error={errors.dueOn}
          {...form.register('dueOn')}
        />
        <div className="two-columns">
          <SelectField
            label={t('plan.owner')}
            required
            error={errors.ownerSide}
            {...form.register('ownerSide')}
          >
            <option value="principal">{t('plan.side.principal')}</option>
            <option value="distributor">{t('plan.side.distributor')}</option>
          </SelectField>
          <TextField
            label={t('plan.milestone.ownerName')}
            hint={t('plan.milestone.ownerNameHint')}
            error={errors.ownerName}
            {...form.register('ownerName')}
          />
        </div>
        <TextAreaField
          label={t('plan.note')}
          rows={2}
          error={errors.note}
          {...form.register('note')}
        />
        <FormActions
          isSaving={propose.isPending}
          submitLabel={t('plan.propose')}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}

type ResponsibilityValues = { principal: string; distributor: string; note: string };
const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

export function ResponsibilitiesDialog({
  distributorId,
  plan,
  onClose,
}: {
  distributorId: string;
  plan: PlanRecord;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const propose = useProposeResponsibilities(distributorId);
  const form = useForm<ResponsibilityValues, unknown, z.output<typeof ResponsibilitiesInput>>({
    defaultValues: {
      principal: plan.responsibilities.principal.map((item) => item.text).join('\n'),
      distributor: plan.responsibilities.distributor.map((item) => item.text).join('\n'),
      note: '',
    },
    resolver: i18nZodResolver(ResponsibilitiesInput, t, (values: ResponsibilityValues) => ({
      principal: lines(values.principal),
      distributor: lines(values.distributor),
      note: values.note,
    })),
  });
  const { errors } = form.formState;
  const fields = ['principal', 'distributor', 'note'] as const;
  const onSubmit = form.handleSubmit((input) =>
    propose.mutate(input, {
      onSuccess: onClose,
      onError: (error) => placeServerErrors(error, fields, form.setError),
    }),
  );
  return (
    <Dialog title={t('plan.responsibilitiesDialog.title')} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate>
        <ProblemAlert error={propose.error} extra={unplacedServerErrors(propose.error, fields)} />
        <p className="muted">{t('plan.responsibilitiesDialog.intro')}</p>
        <TextAreaField
          label={t('plan.side.principal')}
          rows={5}
          error={errors.principal}
          {...form.register('principal')}
        />
        <TextAreaField
          label={t('plan.side.distributor')}
          rows={5}
          error={errors.distributor}
          {...form.register('distributor')}
        />
        <TextAreaField
          label={t('plan.note')}
          rows={2}
          error={errors.note}
          {...form.register('note')}
        />
        <FormActions
          isSaving={propose.isPending}
          submitLabel={t('plan.propose')}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}

/** Proposes to drop a goal or a milestone, with an optional reason. */
export function RemovalDialog({
  distributorId,
  subject,
  onClose,
}: {
  distributorId: string;
  subject: { kind: 'goal' | 'milestone'; id: string; name: string };
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const propose = useProposeRemoval(distributorId);
  const form = useForm<{ note: string }>({ defaultValues: { note: '' } });
  const onSubmit = form.handleSubmit(({ note }) =>
    propose.mutate({ kind: subject.kind, subjectId: subject.id, note }, { onSuccess: onClose }),
  );
  return (
    <Dialog
      title={t('plan.removalDialog.title', { name: subject.name })}
      onClose={onClose}
      size="small"
    >
      <form onSubmit={onSubmit} noValidate>
        <ProblemAlert error={propose.error} />
        <p>{t('plan.removalDialog.intro')}</p>
        <TextAreaField label={t('plan.note')} rows={2} {...form.register('note')} />
        <FormActions
          isSaving={propose.isPending}
          submitLabel={t('plan.propose')}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}

/** Declines the other side's proposal; the reason is required and the proposer reads it. */
export function DeclineDialog({
  distributorId,
  number,
  onClose,
}: {
  distributorId: string;
  number: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const answer = useAnswerChange(distributorId);
  const form = useForm<{ reason: string }, unknown, z.output<typeof DeclineChangeInput>>({
    defaultValues: { reason: '' },
    resolver: i18nZodResolver(DeclineChangeInput, t),
  });
  const onSubmit = form.handleSubmit(({ reason }) =>
    answer.mutate(
      { number, reason },
      {
        onSuccess: onClose,
        onError: (error) => placeServerErrors(error, ['reason'], form.setError),
      },
    ),
  );
  return (
    <Dialog title={t('plan.declineDialog.title', { number })} onClose={onClose} size="small">
      <form onSubmit={onSubmit} noValidate>
        <ProblemAlert error={answer.error} extra={unplacedServerErrors(answer.error, ['reason'])} />
        <TextAreaField
          label={t('plan.declineDialog.reason')}
          required
          rows={3}
          error={form.formState.errors.reason}
          {...form.register('reason')}
        />
        <FormActions
          isSaving={answer.isPending}
          submitLabel={t('plan.decline')}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
