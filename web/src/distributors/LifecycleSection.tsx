import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  LifecycleChangeInput,
  LifecycleStage,
} from '../../../src/distributors/distributors.schema.ts';
import type { DistributorRecord, LifecycleStageName } from '../api/types.ts';
import { useFormat } from '../format/use-format.ts';
import { Dialog, FormActions, SelectField, TextAreaField } from '../forms/fields.tsx';
import { i18nZodResolver, placeServerErrors, unplacedServerErrors } from '../forms/zod-resolver.ts';
import { isPrincipalRole, useSession } from '../session/use-session.ts';
import { EmptyState, ProblemAlert, QueryStatus } from '../shell/States.tsx';
import { StageOrStatusBadge } from './LifecycleBadge.tsx';
import { useChangeLifecycleStage, useLifecycleHistory } from './use-distributors.ts';

export function LifecycleHistory({ distributorId }: { distributorId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const history = useLifecycleHistory(distributorId);
  // A distributor's users get the changes of the shared status, without stages or reasons.
  const isPrincipal = isPrincipalRole(useSession().role);
  return (
    <section className="card" aria-labelledby="lifecycle-heading">
      <h2 id="lifecycle-heading">
        {isPrincipal ? t('stageChange.history') : t('stageChange.sharedHistory')}
      </h2>
      {history.isPending || history.isError ? (
        <QueryStatus query={history} />
      ) : history.data.length === 0 ? (
        <EmptyState title={t('stageChange.noHistory')} />
      ) : (
        <ol className="timeline">
          {history.data.map((event) => (
            <li key={event.id}>
              <div className="timeline-stages">
                {event.fromStatus ? (
                  <>
                    <StageOrStatusBadge stage={event.fromStage} status={event.fromStatus} />
                    <span className="visually-hidden">{t('stageChange.to')}</span>
                    <span aria-hidden="true"> → </span>
                  </>
                ) : null}
                <StageOrStatusBadge stage={event.toStage} status={event.toStatus} />
              </div>
              {event.reason ? <p className="timeline-reason">{event.reason}</p> : null}
              <p className="timeline-meta">
                <time dateTime={event.changedAt}>{format.dateTime(event.changedAt)}</time>
                {event.changedByName ? ` · ${event.changedByName}` : ''}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

type Values = { stage: LifecycleStageName; reason: string };
const fields = ['stage', 'reason'] as const;

export function ChangeStageDialog({
  distributor,
  onClose,
}: {
  distributor: DistributorRecord;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const change = useChangeLifecycleStage(distributor.id);
  const form = useForm<Values, unknown, z.output<typeof LifecycleChangeInput>>({
    // Only the principal's editors change stages, and they get the stage itself.
    defaultValues: {
      stage: distributor.lifecycleStage ?? distributor.relationshipStatus,
      reason: '',
    },
    resolver: i18nZodResolver(LifecycleChangeInput, t),
  });
  const { errors } = form.formState;
  const onSubmit = form.handleSubmit((input) =>
    change.mutate(input, {
      onSuccess: onClose,
      onError: (error) => placeServerErrors(error, fields, form.setError),
    }),
  );
  return (
    <Dialog title={t('stageChange.changeTitle', { name: distributor.name })} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate>
        <ProblemAlert error={change.error} extra={unplacedServerErrors(change.error, fields)} />
        <p className="muted">
          {t('stageChange.current')}{' '}
          <StageOrStatusBadge
            stage={distributor.lifecycleStage}
            status={distributor.relationshipStatus}
          />
        </p>
        <SelectField
          label={t('stageChange.newStage')}
          error={errors.stage}
          {...form.register('stage')}
        >
          {LifecycleStage.options.map((stage) => (
            <option key={stage} value={stage}>
              {t(`lifecycle.${stage}`)}
            </option>
          ))}
        </SelectField>
        <TextAreaField
          label={t('stageChange.reason')}
          hint={t('stageChange.reasonHint')}
          error={errors.reason}
          rows={3}
          {...form.register('reason')}
        />
        <FormActions
          isSaving={change.isPending}
          submitLabel={t('stageChange.submit')}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
