import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../shell/States.tsx';
import { Dialog } from './fields.tsx';

/** Asks before a destructive action; the confirm button has focus, Escape cancels. */
export function ConfirmDialog({
  title,
  message,
  confirmLabel,
  isPending,
  error,
  onConfirm,
  onClose,
}: {
  title: string;
  message: string;
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
