import { type FormEvent, type ReactNode, useState } from 'react';
import type { FieldError } from 'react-hook-form';
import { ApiError } from '../api/client.ts';
import { Dialog, TextAreaField } from '../forms/fields.tsx';
import { ProblemAlert } from '../shell/States.tsx';

/**
 * Asks before a change the other side will read about (dropping an item, calling a meeting off):
 * a required reason, a button that keeps things as they are and one that says what happens.
 */
export function ReasonDialog({
  title,
  message,
  reasonLabel,
  reasonHint,
  requiredMessage,
  keepLabel,
  confirmLabel,
  pendingLabel,
  isPending,
  error,
  children,
  onConfirm,
  onClose,
}: {
  title: string;
  message: string;
  reasonLabel: string;
  reasonHint?: string;
  requiredMessage: string;
  keepLabel: string;
  confirmLabel: string;
  pendingLabel: string;
  isPending: boolean;
  error: unknown;
  /** Fields asked before the reason (a new time). */
  children?: ReactNode;
  onConfirm: (reason: string, form: HTMLFormElement) => void;
  onClose: () => void;
}) {
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  // The server's word on the reason goes under the field; anything else above the form.
  const serverReason =
    error instanceof ApiError
      ? error.problem.errors?.find((item) => item.pointer === '#/reason')?.detail
      : undefined;
  const fieldError: FieldError | undefined = missing
    ? { type: 'required', message: requiredMessage }
    : serverReason
      ? { type: 'server', message: serverReason }
      : undefined;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!reason.trim()) {
      setMissing(true);
      return;
    }
    onConfirm(reason.trim(), event.currentTarget);
  };
  return (
    <Dialog title={title} onClose={onClose} size="small">
      <form onSubmit={submit} noValidate>
        <ProblemAlert error={serverReason ? null : error} />
        <p>{message}</p>
        {children}
        <TextAreaField
          label={reasonLabel}
          hint={reasonHint}
          required
          rows={3}
          maxLength={1000}
          value={reason}
          error={fieldError}
          onChange={(event) => {
            setReason(event.target.value);
            setMissing(false);
          }}
        />
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>
            {keepLabel}
          </button>
          <button type="submit" className="button button-danger" disabled={isPending}>
            {isPending ? pendingLabel : confirmLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
