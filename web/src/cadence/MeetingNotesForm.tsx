import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { MeetingNotesInput } from '../../../src/cadence/notes.schema.ts';
import { ApiError } from '../api/client.ts';
import { useFormat } from '../format/use-format.ts';
import { ConfirmDialog } from '../forms/ConfirmDialog.tsx';
import { SelectField, TextAreaField } from '../forms/fields.tsx';
import {
  fieldOfPointer,
  i18nZodResolver,
  placeServerErrors,
  unplacedServerErrors,
} from '../forms/zod-resolver.ts';
import { ProblemAlert } from '../shell/States.tsx';
import { AgendaEditor } from './AgendaEditor.tsx';
import { AttendanceFields } from './AttendanceFields.tsx';
import { type MeetingDetailRecord, useSaveMeetingNotes } from './use-meeting.ts';

export type NotesValues = {
  agenda: { text: string }[];
  attendance: { contactId: string; present: boolean }[];
  noteTakerContactId: string;
  notes: string;
};
export type NotesInput = z.output<typeof MeetingNotesInput>;

const fields = ['agenda', 'attendance', 'noteTakerContactId', 'notes'] as const;

// Attendance not yet taken starts from the invitation: the plan's attendees ticked, the others
// not. It is recorded once someone changes a box, saves it with the notes, or publishes.
const valuesOf = (meeting: MeetingDetailRecord): NotesValues => ({
  agenda: meeting.agenda.map((text) => ({ text })),
  attendance: meeting.people.map((person) => ({
    contactId: person.contactId,
    present: person.present ?? person.invited,
  })),
  noteTakerContactId: meeting.noteTaker?.contactId ?? '',
  notes: meeting.notes ?? '',
});

const toInput = (values: NotesValues) => ({
  // Blank lines left by "Add agenda item" are dropped rather than rejected.
  agenda: values.agenda.map((item) => item.text.trim()).filter(Boolean),
  attendance: values.attendance,
  noteTakerContactId: values.noteTakerContactId || null,
  notes: values.notes,
});

/** Agenda, attendance, note-taker and notes, saved as a draft until someone publishes them. */
export function MeetingNotesForm({
  distributorId,
  meeting,
}: {
  distributorId: string;
  meeting: MeetingDetailRecord;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const save = useSaveMeetingNotes(distributorId, meeting.id);
  const [publishing, setPublishing] = useState<NotesInput | null>(null);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const form = useForm<NotesValues, unknown, NotesInput>({
    defaultValues: valuesOf(meeting),
    resolver: i18nZodResolver(MeetingNotesInput, t, toInput),
  });
  const { errors } = form.formState;
  const hasStarted = new Date(meeting.startsAt).getTime() <= Date.now();
  const isAttendanceTaken = meeting.people.some((person) => person.present !== null);

  const onSaveDraft = form.handleSubmit((input) => {
    setSavedAt(null);
    const attendance =
      isAttendanceTaken || form.getFieldState('attendance').isDirty ? input.attendance : undefined;
    // Before the meeting starts only its agenda and note-taker can be prepared.
    const draft = hasStarted
      ? { ...input, attendance, publish: false }
      : { agenda: input.agenda, noteTakerContactId: input.noteTakerContactId, publish: false };
    save.mutate(draft, {
      onSuccess: (saved) => {
        form.reset(valuesOf(saved));
        setSavedAt(new Date().toISOString());
      },
      onError: (error) => placeServerErrors(error, fields, form.setError),
    });
  });
  const onPublish = form.handleSubmit((input) => {
    if (!input.notes?.trim()) {
      form.setError(
        'notes',
        { type: 'required', message: t('cadence.notes.notesRequired') },
        { shouldFocus: true },
      );
      return;
    }
    save.reset();
    setPublishing({ ...input, publish: true });
  });
  const closeDialog = () => {
    save.reset();
    setPublishing(null);
  };

  return (
    <section className="card section" aria-labelledby="meeting-notes-heading">
      <div className="card-header">
        <h2 id="meeting-notes-heading">{t('cadence.notes.title')}</h2>
      </div>
      <form onSubmit={onSaveDraft} noValidate aria-labelledby="meeting-notes-heading">
        {publishing ? null : (
          <ProblemAlert error={save.error} extra={unplacedServerErrors(save.error, fields)} />
        )}
        <AgendaEditor
          control={form.control}
          register={form.register}
          error={errorOf(errors.agenda)}
        />
        <AttendanceFields
          people={meeting.people}
          register={form.register}
          disabled={!hasStarted}
          error={errorOf(errors.attendance)}
        />
        <SelectField
          label={t('cadence.notes.noteTaker')}
          error={errors.noteTakerContactId}
          {...form.register('noteTakerContactId')}
        >
          <option value="">{t('cadence.notes.noNoteTaker')}</option>
          {meeting.people.map((person) => (
            <option key={person.contactId} value={person.contactId}>
              {person.name} ({t(`side.${person.side}`)})
            </option>
          ))}
        </SelectField>
        <TextAreaField
          label={t('cadence.notes.notes')}
          hint={
            hasStarted
              ? t('cadence.notes.notesHint', { date: format.dateTime(meeting.notesDueAt) })
              : t('cadence.notes.notYetStarted')
          }
          rows={12}
          disabled={!hasStarted}
          error={errors.notes}
          {...form.register('notes')}
        />
        <div className="form-actions">
          {savedAt ? (
            <span className="muted" role="status">
              {t('cadence.notes.saved', { time: format.dateTime(savedAt) })}
            </span>
          ) : null}
          <button type="submit" className="button" disabled={save.isPending}>
            {save.isPending && !publishing ? t('actions.saving') : t('cadence.notes.saveDraft')}
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={save.isPending || !hasStarted}
            onClick={() => void onPublish()}
          >
            {t('cadence.notes.publish')}
          </button>
        </div>
      </form>
      {publishing ? (
        <ConfirmDialog
          title={t('cadence.notes.publishTitle')}
          message={publishMessage(meeting, format.locale, t)}
          warning={attendanceWarning(meeting, publishing, t)}
          confirmLabel={
            attendanceWarning(meeting, publishing, t)
              ? t('cadence.notes.publishAnyway')
              : t('cadence.notes.publishConfirm')
          }
          isPending={save.isPending}
          error={save.error}
          onConfirm={() =>
            save.mutate(publishing, {
              onSuccess: () => setPublishing(null),
              onError: (error) => {
                // A field's problem is shown under the field, so the dialog gives way to it.
                if (hasFieldErrors(error)) {
                  setPublishing(null);
                  placeServerErrors(error, fields, form.setError);
                }
              },
            })
          }
          onClose={closeDialog}
        />
      ) : null}
    </section>
  );
}

/** Field-array fields carry their message at the top level, like any other field. */
function errorOf(error: { message?: string; type?: unknown } | undefined) {
  return error?.message ? { type: 'server', message: error.message } : undefined;
}

function hasFieldErrors(error: unknown) {
  return (
    error instanceof ApiError &&
    (error.problem.errors ?? []).some((item) =>
      (fields as readonly string[]).includes(fieldOfPointer(item.pointer)),
    )
  );
}

/**
 * A meeting counts as held only when someone of each side attended (the API's rule): publishing
 * without them is allowed, but said plainly first.
 */
function attendanceWarning(
  meeting: MeetingDetailRecord,
  input: NotesInput,
  t: (key: string, options?: Record<string, unknown>) => string,
) {
  const present = new Set(
    (input.attendance ?? [])
      .filter((entry) => entry.present)
      .map((entry) => meeting.people.find((person) => person.contactId === entry.contactId)?.side),
  );
  if (present.size === 0) return t('cadence.notes.nobodyPresent');
  const absent = (['principal', 'distributor'] as const).find((side) => !present.has(side));
  return absent ? t(`cadence.notes.sideAbsent.${absent}`) : undefined;
}

function publishMessage(
  meeting: MeetingDetailRecord,
  locale: string,
  t: (key: string, options?: Record<string, unknown>) => string,
) {
  const recipients = meeting.people.filter((person) => person.email).map((person) => person.name);
  const names = new Intl.ListFormat(locale, { type: 'conjunction' }).format(recipients);
  return recipients.length
    ? t('cadence.notes.publishMessage', { names, count: recipients.length })
    : t('cadence.notes.publishNobody');
}
