import { useTranslation } from 'react-i18next';

/** The Edit and Delete buttons of a row, each with a label naming what it acts on. */
export function EditDeleteButtons(props: {
  editLabel: string;
  deleteLabel: string;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <button
        type="button"
        className="button-link"
        onClick={props.onEdit}
        aria-label={props.editLabel}
      >
        {t('actions.edit')}
      </button>
      <button
        type="button"
        className="button-link button-link-danger"
        onClick={props.onDelete}
        aria-label={props.deleteLabel}
      >
        {t('actions.delete')}
      </button>
    </>
  );
}
