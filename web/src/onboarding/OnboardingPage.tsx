import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ManualStepInput } from '../../../src/onboarding/onboarding.schema.ts';
import { DistributorSubPage } from '../distributors/DistributorSubPage.tsx';
import { formatFor, useFormat } from '../format/use-format.ts';
import { NoteDialog } from '../forms/NoteDialog.tsx';
import { EmptyState, QueryStatus } from '../shell/States.tsx';
import {
  type OnboardingStepRecord,
  useOnboardingJourney,
  useTickOnboardingStep,
} from './use-onboarding.ts';
import '../cadence/cadence.css';
import './onboarding.css';

const NoteInput = ManualStepInput.pick({ note: true });

/**
 * A relationship's first 90 days for both sides: the journey's steps in order, each with its due
 * date, done (with what proves it) or late, and the training step a person ticks with a note.
 */
export function OnboardingPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const journey = useOnboardingJourney(id);
  const tick = useTickOnboardingStep(id);
  const [dialog, setDialog] = useState<{ step: OnboardingStepRecord; isDone: boolean } | null>(
    null,
  );
  return (
    <DistributorSubPage id={id} section="onboarding">
      {() => (
        <>
          {journey.isPending || journey.isError ? (
            <QueryStatus query={journey} />
          ) : journey.data.startedAt === null ? (
            <EmptyState title={t('onboarding.notStarted')} />
          ) : (
            <>
              <p aria-live="polite">
                <strong>
                  {t('onboarding.dayOf', {
                    day: Math.min(journey.data.day, journey.data.journeyDays),
                    total: journey.data.journeyDays,
                  })}
                  {' · '}
                  {t('onboarding.stepsDone', {
                    done: journey.data.done,
                    total: journey.data.total,
                  })}
                </strong>{' '}
                <span className="muted">
                  {t('onboarding.startedOn', { date: format.date(String(journey.data.startedAt)) })}
                  {journey.data.leftAt
                    ? ` · ${t('onboarding.leftOn', { date: format.date(String(journey.data.leftAt)) })}`
                    : null}
                </span>
              </p>
              {journey.data.isStalled && journey.data.lateStep ? (
                <p className="alert onboarding-stalled" role="status">
                  {t('onboarding.stalled', {
                    step: journey.data.lateStep.title,
                    count: journey.data.lateStep.lateByDays,
                  })}
                </p>
              ) : journey.data.isComplete ? (
                <p className="alert alert-info" role="status">
                  {t('onboarding.complete')}
                </p>
              ) : null}
              <ol className="onboarding-timeline" aria-label={t('onboarding.timeline')}>
                {journey.data.steps.map((step) => (
                  <StepRow
                    key={step.key}
                    step={step}
                    onTick={(isDone) => setDialog({ step, isDone })}
                  />
                ))}
              </ol>
            </>
          )}
          {dialog ? (
            <TickDialog
              step={dialog.step}
              isDone={dialog.isDone}
              isSaving={tick.isPending}
              onSubmit={(note, onError) =>
                tick.mutate(
                  { isDone: dialog.isDone, note },
                  { onSuccess: () => setDialog(null), onError },
                )
              }
              onClose={() => setDialog(null)}
            />
          ) : null}
          <p>
            <Link to={`/distributors/${id}`}>{t('onboarding.back')}</Link>
          </p>
        </>
      )}
    </DistributorSubPage>
  );
}

function StepRow({
  step,
  onTick,
}: {
  step: OnboardingStepRecord;
  onTick: (isDone: boolean) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  // Due dates are calendar days counted in UTC from the start: shown as the day they are.
  const dayFormat = formatFor(format.locale, 'UTC');
  const titleId = `onboarding-step-${step.key}`;
  const state = step.isDone ? 'is-done' : step.isLate ? 'is-late' : '';
  return (
    <li className={`card onboarding-step ${state}`} aria-labelledby={titleId}>
      <div className="onboarding-step-header">
        <span
          className={`badge ${step.isDone ? 'badge-done' : step.isLate ? 'badge-overdue' : 'badge-muted'}`}
        >
          {step.isDone
            ? t('onboarding.status.done')
            : step.isLate
              ? t('onboarding.status.late')
              : t('onboarding.status.open')}
        </span>
        <h2 id={titleId} className="onboarding-step-title">
          {step.title}
        </h2>
        <span className="muted">
          {step.dueOn
            ? t('onboarding.due', { day: step.dueDay, date: dayFormat.date(step.dueOn) })
            : null}
        </span>
      </div>
      <p>
        {step.isDone && step.doneAt ? (
          <>{t('onboarding.doneOn', { date: format.date(String(step.doneAt)) })} · </>
        ) : step.isLate ? (
          <span className="onboarding-late">
            {t('onboarding.lateBy', { count: step.lateByDays })}
            {' · '}
          </span>
        ) : null}
        {step.evidence.link ? (
          <Link to={step.evidence.link}>{step.evidence.text}</Link>
        ) : (
          <span>{step.evidence.text}</span>
        )}
      </p>
      {step.isManual && step.note && step.tickedBy ? (
        <p>
          {t(step.isDone ? 'onboarding.tickedBy' : 'onboarding.untickedBy', {
            name: step.tickedBy.name,
            side: t(`sideInSentence.${step.tickedBy.side}`),
          })}
          <span className="onboarding-note">{step.note}</span>
        </p>
      ) : null}
      {step.canTick ? (
        <div>
          <button
            type="button"
            className="button button-small"
            onClick={() => onTick(!step.isDone)}
          >
            {step.isDone ? t('onboarding.untick') : t('onboarding.tick')}
          </button>
        </div>
      ) : null}
    </li>
  );
}

function TickDialog({
  step,
  isDone,
  isSaving,
  onSubmit,
  onClose,
}: {
  step: OnboardingStepRecord;
  isDone: boolean;
  isSaving: boolean;
  onSubmit: (note: string, onError: (error: unknown) => void) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const mode = isDone ? 'tick' : 'untick';
  return (
    <NoteDialog
      schema={NoteInput}
      title={t(`onboarding.dialog.${mode}Title`, { step: step.title })}
      noteLabel={t(`onboarding.dialog.${mode}Note`)}
      submitLabel={t(`onboarding.dialog.${mode}Submit`)}
      isSaving={isSaving}
      onSubmit={onSubmit}
      onClose={onClose}
    />
  );
}
