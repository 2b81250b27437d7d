import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { z } from 'zod';
import { AssessmentInput, ReopenInput } from '../../../src/evaluations/evaluations.schema.ts';
import { apiUrl } from '../api/client.ts';
import { DistributorSubPage } from '../distributors/DistributorSubPage.tsx';
import { useFormat } from '../format/use-format.ts';
import { FormActions, TextAreaField } from '../forms/fields.tsx';
import { NoteDialog } from '../forms/NoteDialog.tsx';
import { i18nZodResolver, placeServerErrors, unplacedServerErrors } from '../forms/zod-resolver.ts';
import { isPrincipalRole, useSession } from '../session/use-session.ts';
import { ProblemAlert, QueryStatus } from '../shell/States.tsx';
import { DecisionForm, DecisionView } from './EvaluationDecision.tsx';
import { EvaluationFigures } from './EvaluationFigures.tsx';
import { type EvaluationRecord, useEvaluation, useEvaluationActions } from './use-evaluations.ts';
import '../cadence/cadence.css';
import './evaluations.css';

const ReasonInput = z.object({ note: ReopenInput.shape.reason });

/**
 * One evaluation for both sides: the figures Liaison prepared, each side's assessment (its own
 * side's editable while a draft), the principal's decision with reasons and follow-ups (the
 * distributor reads them once completed), completing, reopening with a reason, and the PDF.
 */
export function EvaluationPage() {
  const { id = '', evaluationId = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const evaluation = useEvaluation(id, evaluationId);
  const actions = useEvaluationActions(id, evaluationId);
  const [isReopening, setReopening] = useState(false);
  return (
    <DistributorSubPage id={id} section="evaluation">
      {() =>
        evaluation.isPending || evaluation.isError ? (
          <QueryStatus query={evaluation} />
        ) : (
          <>
            <section className="card section" aria-labelledby="evaluation-heading">
              <div className="evaluation-header">
                <h2 id="evaluation-heading">{evaluation.data.title}</h2>
                <span
                  className={`badge ${evaluation.data.status === 'completed' ? 'badge-done' : 'badge-muted'}`}
                >
                  {t(`evaluations.status.${evaluation.data.status}`)}
                </span>
              </div>
              <p className="muted" aria-live="polite">
                {evaluation.data.completedAt && evaluation.data.completerName
                  ? t('evaluations.completedBy', {
                      name: evaluation.data.completerName,
                      date: format.date(String(evaluation.data.completedAt)),
                    })
                  : t('evaluations.startedBy', {
                      name: evaluation.data.creatorName,
                      date: format.date(String(evaluation.data.createdAt)),
                    })}
              </p>
              <ProblemAlert error={actions.refresh.error ?? actions.reopen.error} />
              <div className="toolbar-buttons">
                <a
                  className="button"
                  href={apiUrl(
                    '/api/v1/distributors/{id}/evaluations/{evaluationId}/document.pdf',
                    {
                      id,
                      evaluationId,
                    },
                  )}
                  target="_blank"
                  rel="noreferrer"
                >
                  {t('evaluations.pdf')}
                </a>
                {evaluation.data.can.refresh ? (
                  <button
                    type="button"
                    className="button"
                    disabled={actions.refresh.isPending}
                    onClick={() => actions.refresh.mutate(undefined)}
                  >
                    {t('evaluations.refresh')}
                  </button>
                ) : null}
                {evaluation.data.can.reopen ? (
                  <button type="button" className="button" onClick={() => setReopening(true)}>
                    {t('evaluations.reopen')}
                  </button>
                ) : null}
              </div>
            </section>
            <EvaluationFigures evaluation={evaluation.data} />
            <Assessments evaluation={evaluation.data} actions={actions} />
            {evaluation.data.can.writePrincipal ? (
              <DecisionForm
                key={evaluation.data.updatedAt.toString()}
                evaluation={evaluation.data}
                isSaving={actions.writePrincipalPart.isPending}
                error={actions.writePrincipalPart.error}
                onSave={(body) => actions.writePrincipalPart.mutate(body)}
              />
            ) : (
              <DecisionView evaluation={evaluation.data} />
            )}
            {evaluation.data.can.complete ? (
              <CompletePanel evaluation={evaluation.data} actions={actions} />
            ) : null}
            {isReopening ? (
              <NoteDialog
                schema={ReasonInput}
                title={t('evaluations.reopenTitle', { title: evaluation.data.title })}
                noteLabel={t('evaluations.reopenReason')}
                submitLabel={t('evaluations.reopen')}
                isSaving={actions.reopen.isPending}
                onSubmit={(reason, onError) =>
                  actions.reopen.mutate(reason, { onSuccess: () => setReopening(false), onError })
                }
                onClose={() => setReopening(false)}
              />
            ) : null}
            <p>
              <Link to={`/distributors/${id}/evaluations`}>{t('evaluations.backToList')}</Link>
            </p>
          </>
        )
      }
    </DistributorSubPage>
  );
}

type Actions = ReturnType<typeof useEvaluationActions>;

function Assessments({ evaluation, actions }: { evaluation: EvaluationRecord; actions: Actions }) {
  const { t } = useTranslation();
  const session = useSession();
  const mySide = isPrincipalRole(session.role) ? 'principal' : 'distributor';
  const canWrite =
    mySide === 'principal' ? evaluation.can.writePrincipal : evaluation.can.writeDistributor;
  return (
    <section className="card section" aria-labelledby="evaluation-assessments-heading">
      <h2 id="evaluation-assessments-heading">{t('evaluations.assessments')}</h2>
      <div className="two-columns">
        {(['principal', 'distributor'] as const).map((side) => {
          const assessment =
            side === 'principal'
              ? evaluation.principalAssessment
              : evaluation.distributorAssessment;
          return (
            <div key={side} className="evaluation-assessment">
              <h3>{t(`evaluations.assessment.${side}`)}</h3>
              {side === mySide && canWrite ? (
                <>
                  <AssessmentForm
                    key={String(assessment?.at ?? 'new')}
                    text={assessment?.text ?? ''}
                    isSaving={actions.writeAssessment.isPending}
                    error={actions.writeAssessment.error}
                    onSave={(text, onError) => actions.writeAssessment.mutate(text, { onError })}
                  />
                  {assessment ? <WrittenBy assessment={assessment} /> : null}
                </>
              ) : assessment ? (
                <AssessmentText assessment={assessment} />
              ) : side === 'distributor' && evaluation.noResponseReason ? (
                <p>
                  {t('evaluations.noResponse')}: {evaluation.noResponseReason}
                </p>
              ) : (
                <p className="muted">
                  {side === 'principal' && evaluation.status === 'draft' && mySide === 'distributor'
                    ? t('evaluations.principalHidden')
                    : t('evaluations.notWritten')}
                </p>
              )}
            </div>
          );
        })}
      </div>
    </section>
  );
}

function AssessmentText({
  assessment,
}: {
  assessment: NonNullable<EvaluationRecord['principalAssessment']>;
}) {
  return (
    <>
      <p className="evaluation-text">{assessment.text}</p>
      <WrittenBy assessment={assessment} />
    </>
  );
}

function WrittenBy({
  assessment,
}: {
  assessment: NonNullable<EvaluationRecord['principalAssessment']>;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <p className="muted" aria-live="polite">
      {t('evaluations.writtenBy', {
        name: assessment.authorName,
        date: format.date(String(assessment.at)),
      })}
    </p>
  );
}

function AssessmentForm({
  text,
  isSaving,
  error,
  onSave,
}: {
  text: string;
  isSaving: boolean;
  error: unknown;
  onSave: (text: string, onError: (failure: unknown) => void) => void;
}) {
  const { t } = useTranslation();
  // Checked with the route's own schema; the server's word on the text goes under the field.
  const form = useForm<{ text: string }, unknown, { text: string }>({
    defaultValues: { text },
    resolver: i18nZodResolver(AssessmentInput, t),
  });
  const submit = form.handleSubmit((input) =>
    onSave(input.text, (failure) => placeServerErrors(failure, ['text'], form.setError)),
  );
  return (
    <form noValidate onSubmit={submit}>
      <ProblemAlert error={error} extra={unplacedServerErrors(error, ['text'])} />
      <TextAreaField
        label={t('evaluations.yourAssessment')}
        hint={t('evaluations.yourAssessmentHint')}
        required
        rows={6}
        error={form.formState.errors.text}
        {...form.register('text')}
      />
      <FormActions isSaving={isSaving} submitLabel={t('evaluations.saveAssessment')} />
    </form>
  );
}

function CompletePanel({
  evaluation,
  actions,
}: {
  evaluation: EvaluationRecord;
  actions: Actions;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  return (
    <section className="card section" aria-labelledby="evaluation-complete-heading">
      <h2 id="evaluation-complete-heading">{t('evaluations.completeHeading')}</h2>
      <p className="muted">{t('evaluations.completeHint')}</p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          actions.complete.mutate(reason.trim() || null);
        }}
      >
        <ProblemAlert
          error={actions.complete.error}
          extra={unplacedServerErrors(actions.complete.error, [])}
        />
        {evaluation.distributorAssessment ? null : (
          <TextAreaField
            label={t('evaluations.noResponseReason')}
            hint={t('evaluations.noResponseHint')}
            rows={2}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        )}
        <FormActions
          isSaving={actions.complete.isPending}
          submitLabel={t('evaluations.complete')}
        />
      </form>
    </section>
  );
}
