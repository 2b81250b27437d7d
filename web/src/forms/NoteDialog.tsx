import { type ReactNode, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ProblemAlert } from '../shell/States.tsx';
import { Dialog, FormActions, TextAreaField } from './fields.tsx';
import { i18nZodResolver, placeServerErrors, unplacedServerErrors } from './zod-resolver.ts';

/**
 * A small dialog that asks for a note before an action (ticking a playbook item or an onboarding
 * step, confirming the plan for a year): the note is checked with the route's own schema, and the server's word on it
 * goes under the field, anything else above the form.
 */
export function NoteDialog({
  schema,
  title,
  noteLabel,
  submitLabel,
  intro,
  isNoteRequired = true,
  isSaving,
  onSubmit,
  onClose,
}: {
  schema: z.ZodType<{ note: string }>;
  title: string;
  noteLabel: string;
  submitLabel: string;
  /** What the note is about, above the field (an item's criteria). */
  intro?: ReactNode;
  /** False where a word is welcome but not needed (confirming the plan for a year). */
  isNoteRequired?: boolean;
  isSaving: boolean;
  onSubmit: (note: string, onError: (error: unknown) => void) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const form = useForm<{ note: string }, unknown, { note: string }>({
    defaultValues: { note: '' },
    resolver: i18nZodResolver(schema, t),
  });
  const submit = form.handleSubmit((input) =>
    onSubmit(input.note, (failure) => {
      setError(failure);
      placeServerErrors(failure, ['note'], form.setError);
    }),
  );
  return (
    <Dialog title={title} onClose={onClose} size="small">
      <form onSubmit={submit} noValidate>
        <ProblemAlert error={error} extra={unplacedServerErrors(error, ['note'])} />
        {intro}
        <TextAreaField
          label={noteLabel}
          required={isNoteRequired}
          rows={3}
          error={form.formState.errors.note}
          {...form.register('note')}
        />
        <FormActions isSaving={isSaving} submitLabel={submitLabel} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
