import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../shell/States.tsx';
import { Dialog } from './fields.tsx';

/** Asks before a destructive action; the confirm button has focus, Escape cancels. */
export function ConfirmDialog({
  title,
  message,
  confirmLabel,
  warning,
  isPending,
  error,
  onConfirm,
  onClose,
}: {
  title: string;
  message: string;
  /** Said before the message, where going ahead has a consequence the user may not expect. */
  warning?: string;
  confirmLabel: string;
  isPending: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog title={title} onClose={onClose} size="small">
      <ProblemAlert error={error} />
      {warning ? (
        <p className="alert alert-warning" role="alert">
          {warning}
        </p>
      ) : null}
      <p>{message}</p>
      <div className="form-actions">
        <button type="button" className="button" onClick={onClose}>
          {t('actions.cancel')}
        </button>
        <button
          type="button"
          className="button button-danger"
          data-autofocus
          disabled={isPending}
          onClick={onConfirm}
        >
          {isPending ? t('actions.saving') : confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
