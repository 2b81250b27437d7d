import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LifecycleStage } from '../../../src/distributors/distributors.schema.ts';
import { apiUrl } from '../api/client.ts';
import type { LifecycleStageName } from '../api/types.ts';
import { Dialog } from '../forms/fields.tsx';
import { ProblemAlert } from '../shell/States.tsx';
import { OwnerOptions } from './OwnerField.tsx';
import { type BulkResult, useBulkOwner, useBulkStage, useOwnerOptions } from './use-directory.ts';

/** The selected rows: id → name, so results can name rows the page no longer shows. */
export type Selection = Map<string, string>;

/**
 * What can be done to the selected rows at once: change the stage or the owner (principal
 * editors), export them (everyone on the principal's side). One request per action, with a
 * result per row.
 */
export function BulkActions({
  selection,
  canManage,
  onClear,
}: {
  selection: Selection;
  canManage: boolean;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<'stage' | 'owner' | null>(null);
  const ids = [...selection.keys()];
  return (
    // biome-ignore lint/a11y/useSemanticElements: a toolbar of buttons, not a form's fieldset
    <div className="toolbar bulk-bar" role="group" aria-label={t('directory.bulk.label')}>
      <strong>{t('directory.bulk.selected', { count: selection.size })}</strong>
      {canManage ? (
        <>
          <button type="button" className="button" onClick={() => setDialog('stage')}>
            {t('directory.bulk.changeStage')}
          </button>
          <button type="button" className="button" onClick={() => setDialog('owner')}>
            {t('directory.bulk.changeOwner')}
          </button>
        </>
      ) : null}
      <a
        className="button"
        href={apiUrl('/api/v1/distributors/export.csv', {}, { ids: ids.join(',') })}
        download
      >
        {t('directory.bulk.export')}
      </a>
      <button type="button" className="button button-link" onClick={onClear}>
        {t('directory.bulk.clear')}
      </button>
      {dialog === 'stage' ? (
        <BulkStageDialog selection={selection} onClose={() => setDialog(null)} />
      ) : null}
      {dialog === 'owner' ? (
        <BulkOwnerDialog selection={selection} onClose={() => setDialog(null)} />
      ) : null}
    </div>
  );
}

function BulkStageDialog({ selection, onClose }: { selection: Selection; onClose: () => void }) {
  const { t } = useTranslation();
  const ids = { stage: useId(), reason: useId() };
  const [stage, setStage] = useState<LifecycleStageName>('active');
  const [reason, setReason] = useState('');
  const change = useBulkStage();
  return (
    <Dialog title={t('directory.bulk.stageTitle', { count: selection.size })} onClose={onClose}>
      {change.data ? (
        <Results results={change.data.results} selection={selection} onClose={onClose} />
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            change.mutate({ ids: [...selection.keys()], stage, reason: reason.trim() });
          }}
        >
          <ProblemAlert error={change.error} />
          <div className="field">
            <label htmlFor={ids.stage}>{t('stageChange.newStage')}</label>
            <select
              id={ids.stage}
              value={stage}
              onChange={(event) => setStage(event.target.value as LifecycleStageName)}
            >
              {LifecycleStage.options.map((option) => (
                <option key={option} value={option}>
                  {t(`lifecycle.${option}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.reason}>{t('stageChange.reason')}</label>
            <textarea
              id={ids.reason}
              rows={3}
              value={reason}
              required
              maxLength={1000}
              onChange={(event) => setReason(event.target.value)}
            />
            <p className="field-hint">{t('directory.bulk.reasonHint')}</p>
          </div>
          <div className="form-actions">
            <button type="button" className="button" onClick={onClose}>
              {t('actions.cancel')}
            </button>
            <button
              type="submit"
              className="button button-primary"
              disabled={change.isPending || !reason.trim()}
            >
              {change.isPending
                ? t('actions.saving')
                : t('directory.bulk.applyStage', { count: selection.size })}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}

function BulkOwnerDialog({ selection, onClose }: { selection: Selection; onClose: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const owners = useOwnerOptions();
  const [ownerId, setOwnerId] = useState('');
  const change = useBulkOwner();
  return (
    <Dialog title={t('directory.bulk.ownerTitle', { count: selection.size })} onClose={onClose}>
      {change.data ? (
        <Results results={change.data.results} selection={selection} onClose={onClose} />
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            change.mutate({ ids: [...selection.keys()], ownerId: ownerId || null });
          }}
        >
          <ProblemAlert error={change.error ?? owners.error} />
          <div className="field">
            <label htmlFor={id}>{t('directory.owner.label')}</label>
            <select id={id} value={ownerId} onChange={(event) => setOwnerId(event.target.value)}>
              <OwnerOptions owners={owners.data ?? []} none={t('directory.owner.none')} />
            </select>
          </div>
          <div className="form-actions">
            <button type="button" className="button" onClick={onClose}>
              {t('actions.cancel')}
            </button>
            <button type="submit" className="button button-primary" disabled={change.isPending}>
              {change.isPending
                ? t('actions.saving')
                : t('directory.bulk.applyOwner', { count: selection.size })}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}

/** How each row went: changed, or refused and why. */
function Results({
  results,
  selection,
  onClose,
}: {
  results: BulkResult[];
  selection: Selection;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const changed = results.filter((row) => row.ok).length;
  const refused = results.length - changed;
  return (
    <>
      <p role="status" className={refused ? 'alert alert-error' : 'alert alert-success'}>
        {t('directory.bulk.changed', { count: changed })}
        {refused ? ` ${t('directory.bulk.refused', { count: refused })}` : ''}
      </p>
      <ul className="plain-list bulk-results" aria-label={t('directory.bulk.results')}>
        {results.map((row) => (
          <li key={row.id}>
            <strong>{row.name ?? selection.get(row.id) ?? row.id}</strong>
            {': '}
            {row.ok
              ? t('directory.bulk.rowChanged')
              : `${t('directory.bulk.rowRefused')} ${row.detail ?? ''}`}
          </li>
        ))}
      </ul>
      <div className="form-actions">
        <button type="button" className="button button-primary" data-autofocus onClick={onClose}>
          {t('actions.close')}
        </button>
      </div>
    </>
  );
}
