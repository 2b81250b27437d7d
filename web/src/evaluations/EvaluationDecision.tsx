import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/use-format.ts';
import { FormActions, SelectField, TextAreaField, TextField } from '../forms/fields.tsx';
import { unplacedServerErrors } from '../forms/zod-resolver.ts';
import { formatDay } from '../plan/plan-format.ts';
import { ProblemAlert } from '../shell/States.tsx';
import type { EvaluationRecord, PrincipalPartBody } from './use-evaluations.ts';

type FollowUp = EvaluationRecord['followUps'][number];
const decisions = ['renew', 'develop', 'watch', 'exit'] as const;
type Decision = (typeof decisions)[number];

/** The principal's part as read: areas for improvement, decision, reasons and follow-ups. */
export function DecisionView({ evaluation }: { evaluation: EvaluationRecord }) {
  const { t } = useTranslation();
  const isHidden = evaluation.status === 'draft' && evaluation.internal === null;
  return (
    <section className="card section" aria-labelledby="evaluation-decision-heading">
      <h2 id="evaluation-decision-heading">{t('evaluations.decisionHeading')}</h2>
      {isHidden ? (
        <p className="muted">{t('evaluations.decisionHidden')}</p>
      ) : (
        <>
          <h3>{t('evaluations.improvements')}</h3>
          <p className="evaluation-text">{evaluation.improvements ?? '—'}</p>
          <h3>{t('evaluations.decisionLabel')}</h3>
          <p>
            <strong>
              {evaluation.decision ? t(`evaluations.decision.${evaluation.decision}`) : '—'}
            </strong>
          </p>
          <p className="evaluation-text">{evaluation.decisionReasons ?? ''}</p>
          <FollowUpList followUps={evaluation.followUps} />
          {evaluation.internalNote ? (
            <div className="evaluation-internal">
              <h3>{t('evaluations.internalNote')}</h3>
              <p className="evaluation-text">{evaluation.internalNote}</p>
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}

function FollowUpList({ followUps }: { followUps: FollowUp[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <h3>{t('evaluations.followUps')}</h3>
      {followUps.length === 0 ? (
        <p className="muted">{t('evaluations.noFollowUps')}</p>
      ) : (
        <ul>
          {followUps.map((followUp) => (
            <li
              key={`${followUp.text}|${followUp.ownerSide}|${followUp.ownerName}|${followUp.dueOn}`}
            >
              {followUp.text}{' '}
              <span className="muted">
                {t('evaluations.followUpOwner', {
                  owner: followUp.ownerName ?? t(`side.${followUp.ownerSide}`),
                  due: followUp.dueOn ? formatDay(format, followUp.dueOn) : '—',
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** A row of the form, with a key of its own so removing one keeps the others' fields. */
type FollowUpRow = FollowUp & { key: string };
let nextRow = 0;
const rowOf = (followUp: FollowUp): FollowUpRow => ({ ...followUp, key: `row-${++nextRow}` });

const emptyFollowUp = (): FollowUpRow => ({
  key: `row-${++nextRow}`,
  text: '',
  ownerSide: 'distributor',
  ownerName: null,
  dueOn: null,
});

/** The principal's editors write their part while the evaluation is a draft. */
export function DecisionForm({
  evaluation,
  isSaving,
  error,
  onSave,
}: {
  evaluation: EvaluationRecord;
  isSaving: boolean;
  error: unknown;
  onSave: (body: PrincipalPartBody) => void;
}) {
  const { t } = useTranslation();
  const [improvements, setImprovements] = useState(evaluation.improvements ?? '');
  const [decision, setDecision] = useState<Decision | ''>(evaluation.decision ?? '');
  const [reasons, setReasons] = useState(evaluation.decisionReasons ?? '');
  const [followUps, setFollowUps] = useState<FollowUpRow[]>(() => evaluation.followUps.map(rowOf));
  const [note, setNote] = useState(evaluation.internalNote ?? '');
  const change = (index: number, patch: Partial<FollowUp>) =>
    setFollowUps((rows) => rows.map((row, at) => (at === index ? { ...row, ...patch } : row)));
  return (
    <section className="card section" aria-labelledby="evaluation-decision-heading">
      <h2 id="evaluation-decision-heading">{t('evaluations.decisionHeading')}</h2>
      <p className="muted">{t('evaluations.decisionHint')}</p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onSave({
            improvements: improvements || null,
            decision: decision || null,
            decisionReasons: reasons || null,
            followUps: followUps
              .filter((row) => row.text.trim())
              .map((row) => ({
                ...row,
                ownerName: row.ownerName || null,
                dueOn: row.dueOn || null,
              })),
            internalNote: note || null,
          });
        }}
      >
        <ProblemAlert error={error} extra={unplacedServerErrors(error, [])} />
        <TextAreaField
          label={t('evaluations.improvements')}
          rows={3}
          value={improvements}
          onChange={(event) => setImprovements(event.target.value)}
        />
        <SelectField
          label={t('evaluations.decisionLabel')}
          value={decision}
          onChange={(event) => setDecision(event.target.value as Decision | '')}
        >
          <option value="">{t('evaluations.noDecision')}</option>
          {decisions.map((value) => (
            <option key={value} value={value}>
              {t(`evaluations.decision.${value}`)}
            </option>
          ))}
        </SelectField>
        <TextAreaField
          label={t('evaluations.reasons')}
          rows={3}
          value={reasons}
          onChange={(event) => setReasons(event.target.value)}
        />
        <fieldset className="fieldset">
          <legend>{t('evaluations.followUps')}</legend>
          {followUps.map((row, index) => (
            <div className="evaluation-follow-up" key={row.key}>
              <TextField
                label={t('evaluations.followUp.text')}
                value={row.text}
                maxLength={500}
                onChange={(event) => change(index, { text: event.target.value })}
              />
              <SelectField
                label={t('evaluations.followUp.side')}
                value={row.ownerSide}
                onChange={(event) =>
                  change(index, { ownerSide: event.target.value as FollowUp['ownerSide'] })
                }
              >
                <option value="principal">{t('side.principal')}</option>
                <option value="distributor">{t('side.distributor')}</option>
              </SelectField>
              <TextField
                label={t('evaluations.followUp.person')}
                value={row.ownerName ?? ''}
                onChange={(event) => change(index, { ownerName: event.target.value })}
              />
              <TextField
                label={t('evaluations.followUp.due')}
                type="date"
                value={row.dueOn ?? ''}
                onChange={(event) => change(index, { dueOn: event.target.value })}
              />
              <button
                type="button"
                className="button button-small"
                onClick={() => setFollowUps((rows) => rows.filter((_, at) => at !== index))}
              >
                {t('evaluations.followUp.remove')}
              </button>
            </div>
          ))}
          <button
            type="button"
            className="button button-small"
            onClick={() => setFollowUps((rows) => [...rows, emptyFollowUp()])}
          >
            {t('evaluations.followUp.add')}
          </button>
        </fieldset>
        <TextAreaField
          label={t('evaluations.internalNote')}
          hint={t('evaluations.internalNoteHint')}
          rows={2}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
        <FormActions isSaving={isSaving} submitLabel={t('evaluations.saveDecision')} />
      </form>
    </section>
  );
}
