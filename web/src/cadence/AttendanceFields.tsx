import type { FieldError, UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { NotesValues } from './MeetingNotesForm.tsx';
import type { MeetingPerson } from './use-meeting.ts';

const sides = ['principal', 'distributor'] as const;

/** A checkbox per person, grouped by side; the form keeps attendance in the people's order. */
export function AttendanceFields({
  people,
  register,
  disabled,
  error,
}: {
  people: MeetingPerson[];
  register: UseFormRegister<NotesValues>;
  /** Attendance is taken once the meeting has started. */
  disabled: boolean;
  error: FieldError | undefined;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="fieldset" disabled={disabled}>
      <legend>{t('cadence.notes.attendance')}</legend>
      {people.length === 0 ? <p className="muted">{t('cadence.notes.nobody')}</p> : null}
      <div className="two-columns">
        {sides.map((side) => {
          const group = people
            .map((person, index) => ({ person, index }))
            .filter(({ person }) => person.side === side);
          if (group.length === 0) return null;
          return (
            <fieldset key={side} className="fieldset-plain">
              <legend>{t(`cadence.notes.side.${side}`)}</legend>
              {group.map(({ person, index }) => (
                <div key={person.contactId} className="field field-checkbox">
                  <input
                    id={`present-${person.contactId}`}
                    type="checkbox"
                    {...register(`attendance.${index}.present`)}
                  />
                  <label htmlFor={`present-${person.contactId}`}>{person.name}</label>
                </div>
              ))}
            </fieldset>
          );
        })}
      </div>
      {error?.message ? <p className="field-error">{error.message}</p> : null}
    </fieldset>
  );
}
