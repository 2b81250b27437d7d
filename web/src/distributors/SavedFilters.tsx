import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ConfirmDialog } from '../forms/ConfirmDialog.tsx';
import { Dialog } from '../forms/fields.tsx';
import { ProblemAlert } from '../shell/States.tsx';
import {
  type SavedFilterRecord,
  useDeleteFilter,
  useRenameFilter,
  useSavedFilters,
  useSaveFilter,
} from './use-directory.ts';

/**
 * A person's saved views of the directory: its URL query (filters and sort) under a name. Applying
 * one opens the directory with that query; each can be renamed or deleted.
 */
export function SavedFilters() {
  const { t } = useTranslation();
  const location = useLocation();
  const saved = useSavedFilters();
  const [dialog, setDialog] = useState<
    { kind: 'save' } | { kind: 'rename' | 'delete'; filter: SavedFilterRecord } | null
  >(null);
  const current = new URLSearchParams(location.search);
  current.delete('page');
  const currentQuery = current.toString();

  return (
    <section className="saved-filters" aria-labelledby="saved-filters-heading">
      <h2 id="saved-filters-heading" className="saved-filters-heading">
        {t('directory.saved.title')}
      </h2>
      {saved.data && saved.data.length > 0 ? (
        <ul className="saved-filters-list">
          {saved.data.map((filter) => (
            <li key={filter.id}>
              <Link
                to={{ pathname: '/distributors', search: filter.query ? `?${filter.query}` : '' }}
                aria-current={filter.query === currentQuery ? 'true' : undefined}
                className={filter.query === currentQuery ? 'strong' : undefined}
              >
                {filter.name}
              </Link>
              <button
                type="button"
                className="button-link small"
                aria-label={t('directory.saved.renameNamed', { name: filter.name })}
                onClick={() => setDialog({ kind: 'rename', filter })}
              >
                {t('directory.saved.rename')}
              </button>
              <button
                type="button"
                className="button-link button-link-danger small"
                aria-label={t('directory.saved.deleteNamed', { name: filter.name })}
                onClick={() => setDialog({ kind: 'delete', filter })}
              >
                {t('actions.delete')}
              </button>
            </li>
          ))}
        </ul>
      ) : saved.isSuccess ? (
        <span className="muted small">{t('directory.saved.empty')}</span>
      ) : null}
      <button
        type="button"
        className="button button-small"
        onClick={() => setDialog({ kind: 'save' })}
      >
        {t('directory.saved.save')}
      </button>
      {dialog?.kind === 'save' ? (
        <NameDialog
          title={t('directory.saved.saveTitle')}
          submitLabel={t('directory.saved.saveSubmit')}
          initial=""
          onClose={() => setDialog(null)}
          useSubmit={useSaveFilter}
          toInput={(name) => ({ name, query: currentQuery })}
        />
      ) : null}
      {dialog?.kind === 'rename' ? (
        <NameDialog
          title={t('directory.saved.renameTitle', { name: dialog.filter.name })}
          submitLabel={t('directory.saved.rename')}
          initial={dialog.filter.name}
          onClose={() => setDialog(null)}
          useSubmit={useRenameFilter}
          toInput={(name) => ({ id: dialog.filter.id, name })}
        />
      ) : null}
      {dialog?.kind === 'delete' ? (
        <DeleteDialog filter={dialog.filter} onClose={() => setDialog(null)} />
      ) : null}
    </section>
  );
}

function NameDialog<Input>({
  title,
  submitLabel,
  initial,
  onClose,
  useSubmit,
  toInput,
}: {
  title: string;
  submitLabel: string;
  initial: string;
  onClose: () => void;
  useSubmit: () => {
    mutate: (input: Input, options: { onSuccess: () => void }) => void;
    isPending: boolean;
    error: unknown;
  };
  toInput: (name: string) => Input;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState(initial);
  const submit = useSubmit();
  return (
    <Dialog title={title} onClose={onClose} size="small">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit.mutate(toInput(name.trim()), { onSuccess: onClose });
        }}
      >
        <ProblemAlert error={submit.error} />
        <div className="field">
          <label htmlFor={id}>{t('directory.saved.name')}</label>
          <input
            id={id}
            value={name}
            maxLength={100}
            required
            onChange={(event) => setName(event.target.value)}
          />
        </div>
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('actions.cancel')}
          </button>
          <button
            type="submit"
            className="button button-primary"
            disabled={submit.isPending || !name.trim()}
          >
            {submit.isPending ? t('actions.saving') : submitLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function DeleteDialog({ filter, onClose }: { filter: SavedFilterRecord; onClose: () => void }) {
  const { t } = useTranslation();
  const remove = useDeleteFilter();
  return (
    <ConfirmDialog
      title={t('directory.saved.deleteTitle')}
      message={t('directory.saved.deleteMessage', { name: filter.name })}
      confirmLabel={t('actions.delete')}
      isPending={remove.isPending}
      error={remove.error}
      onConfirm={() => remove.mutate(filter.id, { onSuccess: onClose })}
      onClose={onClose}
    />
  );
}
