import { useId } from 'react';
import type { FieldError, UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/use-format.ts';
import { TextField } from '../forms/fields.tsx';
import { isoWeekdays } from './working-hours.ts';

/**
 * A contact's working hours on their own clock: start, end and the working days. The meeting
 * rotation counts the minutes of a meeting outside them as that person's burden.
 */
export function WorkingHoursFields({
  start,
  end,
  weekdays,
  errors,
}: {
  start: UseFormRegisterReturn;
  end: UseFormRegisterReturn;
  /** One registration for all seven checkboxes: the form's value is the checked days. */
  weekdays: UseFormRegisterReturn;
  // The days are an array field, whose error type differs; only its message is shown.
  errors: { workStart?: FieldError; workEnd?: FieldError; workWeekdays?: { message?: string } };
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const errorId = useId();
  const daysError = errors.workWeekdays?.message;
  return (
    <>
      <TextField
        label={t('contacts.workStart')}
        hint={t('contacts.workStartHint')}
        type="time"
        required
        error={errors.workStart}
        {...start}
      />
      <TextField
        label={t('contacts.workEnd')}
        hint={t('contacts.workEndHint')}
        type="time"
        required
        error={errors.workEnd}
        {...end}
      />
      <fieldset className="field-group span-2" aria-describedby={daysError ? errorId : undefined}>
        <legend>{t('contacts.workWeekdays')}</legend>
        <div className="field-group-choices">
          {isoWeekdays.map((day) => (
            <label key={day}>
              <input
                type="checkbox"
                value={String(day)}
                aria-label={format.weekday(day, 'long')}
                aria-invalid={daysError ? true : undefined}
                {...weekdays}
              />
              {format.weekday(day)}
            </label>
          ))}
        </div>
        {daysError ? (
          <p className="field-error" id={errorId}>
            {daysError}
          </p>
        ) : null}
      </fieldset>
    </>
  );
}
