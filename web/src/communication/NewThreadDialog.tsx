import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Dialog, SelectField, TextAreaField, TextField } from '../forms/fields.tsx';
import { isPrincipalRole, useSession } from '../session/use-session.ts';
import { ProblemAlert, QueryStatus } from '../shell/States.tsx';
import { FilePicker } from './FilePicker.tsx';
import { fieldProblem, fieldProblems } from './problem-fields.ts';
import { type NewThreadForm, useCreateThread, useThreadCandidates } from './use-communication.ts';

/** Start a thread: subject, priority, people of both sides (one of the other side at least). */
export function NewThreadDialog({
  distributorId,
  onClose,
}: {
  distributorId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const me = useSession();
  const navigate = useNavigate();
  const people = useThreadCandidates(distributorId);
  const create = useCreateThread(distributorId);
  const [subject, setSubject] = useState('');
  const [priority, setPriority] = useState<NewThreadForm['priority']>('normal');
  const [body, setBody] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [files, setFiles] = useState<File[]>([]);
  const [missingOtherSide, setMissingOtherSide] = useState(false);
  const ownSide = isPrincipalRole(me.role) ? 'principal' : 'distributor';
  const candidates = (people.data ?? []).filter((person) => person.userId !== me.user.id);
  const otherSide = candidates.filter((person) => person.side !== ownSide);
  const mySide = candidates.filter((person) => person.side === ownSide);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const hasOtherSide = otherSide.some((person) => chosen.includes(person.userId));
    setMissingOtherSide(!hasOtherSide);
    if (!hasOtherSide) return;
    create.mutate(
      { subject, priority, body, participantUserIds: chosen, files },
      {
        onSuccess: (thread) =>
          navigate(`/distributors/${distributorId}/communication/${thread.id}`),
      },
    );
  };
  const toggle = (userId: string) =>
    setChosen((list) =>
      list.includes(userId) ? list.filter((id) => id !== userId) : [...list, userId],
    );
  const participantsError =
    (missingOtherSide ? t('communication.newThread.otherSideRequired') : undefined) ??
    fieldProblem(create.error, '#/participantUserIds')?.message;

  return (
    <Dialog title={t('communication.newThread.title')} onClose={onClose} size="large">
      <form onSubmit={submit} noValidate>
        <ProblemAlert error={create.error} />
        <TextField
          label={t('communication.newThread.subject')}
          value={subject}
          required
          maxLength={300}
          onChange={(event) => setSubject(event.target.value)}
          error={fieldProblem(create.error, '#/subject')}
        />
        <SelectField
          label={t('communication.newThread.priority')}
          value={priority}
          onChange={(event) => setPriority(event.target.value as NewThreadForm['priority'])}
          hint={t('communication.newThread.priorityHint')}
        >
          {(['normal', 'high', 'urgent'] as const).map((value) => (
            <option key={value} value={value}>
              {t(`communication.priorities.${value}`)}
            </option>
          ))}
        </SelectField>
        {people.isPending || people.isError ? (
          <QueryStatus query={people} />
        ) : (
          <fieldset
            className={`field${participantsError ? ' field-invalid' : ''}`}
            aria-describedby={participantsError ? 'participants-error' : undefined}
          >
            <legend>
              {t('communication.newThread.participants')}
              <span className="required" aria-hidden="true">
                {' '}
                *
              </span>
            </legend>
            <p className="field-hint">{t('communication.newThread.participantsHint')}</p>
            <PeopleGroup
              title={t(
                `communication.sides.${ownSide === 'principal' ? 'distributor' : 'principal'}`,
              )}
              people={otherSide}
              chosen={chosen}
              onToggle={toggle}
            />
            <PeopleGroup
              title={t(`communication.sides.${ownSide}`)}
              people={mySide}
              chosen={chosen}
              onToggle={toggle}
            />
            {participantsError ? (
              <p className="field-error" id="participants-error" role="alert">
                {participantsError}
              </p>
            ) : null}
          </fieldset>
        )}
        <TextAreaField
          label={t('communication.newThread.body')}
          value={body}
          required
          rows={6}
          onChange={(event) => setBody(event.target.value)}
          error={fieldProblem(create.error, '#/body')}
        />
        <FilePicker
          files={files}
          onChange={setFiles}
          errors={fieldProblems(create.error, '#/files')}
        />
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('actions.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={create.isPending}>
            {create.isPending
              ? t('communication.newThread.sending')
              : t('communication.newThread.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function PeopleGroup({
  title,
  people,
  chosen,
  onToggle,
}: {
  title: string;
  people: { userId: string; name: string }[];
  chosen: string[];
  onToggle: (userId: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="people-group">
      <p className="people-group-title">{title}</p>
      {people.length === 0 ? (
        <p className="muted">{t('communication.newThread.nobody')}</p>
      ) : (
        people.map((person) => (
          <label key={person.userId} className="checkbox-line">
            <input
              type="checkbox"
              checked={chosen.includes(person.userId)}
              onChange={() => onToggle(person.userId)}
            />
            {person.name}
          </label>
        ))
      )}
    </div>
  );
}
