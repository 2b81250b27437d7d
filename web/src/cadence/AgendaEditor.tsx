import {
  type Control,
  type FieldError,
  type UseFormRegister,
  useFieldArray,
} from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { NotesInput, NotesValues } from './MeetingNotesForm.tsx';

/** The meeting's own agenda, copied from its kind's template: items are added and removed here. */
export function AgendaEditor({
  control,
  register,
  error,
}: {
  control: Control<NotesValues, unknown, NotesInput>;
  register: UseFormRegister<NotesValues>;
  error: FieldError | undefined;
}) {
  const { t } = useTranslation();
  const agenda = useFieldArray({ control, name: 'agenda' });
  return (
    <fieldset className="fieldset" aria-describedby={error ? 'agenda-error' : undefined}>
      <legend>{t('cadence.notes.agenda')}</legend>
      {agenda.fields.length === 0 ? (
        <p className="muted">{t('cadence.notes.agendaEmpty')}</p>
      ) : (
        <ol className="agenda-list">
          {agenda.fields.map((field, index) => (
            <li key={field.id} className="agenda-item">
              <input
                aria-label={t('cadence.notes.agendaItem', { number: index + 1 })}
                maxLength={200}
                {...register(`agenda.${index}.text`)}
              />
              <button
                type="button"
                className="button button-small"
                aria-label={t('cadence.notes.removeAgendaItem', { number: index + 1 })}
                onClick={() => agenda.remove(index)}
              >
                {t('cadence.notes.remove')}
              </button>
            </li>
          ))}
        </ol>
      )}
      {error?.message ? (
        <p className="field-error" id="agenda-error">
          {error.message}
        </p>
      ) : null}
      <button
        type="button"
        className="button button-small"
        onClick={() => agenda.append({ text: '' }, { shouldFocus: true })}
      >
        {t('cadence.notes.addAgendaItem')}
      </button>
    </fieldset>
  );
}
