import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EscalationStepRecord, SideName } from '../api/types.ts';
import { useFormat } from '../format/use-format.ts';
import { ConfirmDialog } from '../forms/ConfirmDialog.tsx';
import { canManageDistributors, useSession } from '../session/use-session.ts';
import { EditDeleteButtons } from '../shell/EditDeleteButtons.tsx';
import { EmptyState, QueryStatus } from '../shell/States.tsx';
import { EscalationStepFormDialog } from './EscalationStepForm.tsx';
import { useContacts, useDeleteEscalationStep, useEscalationLadder } from './use-distributors.ts';

const sides: SideName[] = ['principal', 'distributor'];

type Editing = { side: SideName; step: EscalationStepRecord | null } | null;

/** Both sides see both ladders; only principal admins and managers change them. */
export function EscalationLadders({ distributorId }: { distributorId: string }) {
  const { t } = useTranslation();
  const me = useSession();
  const ladder = useEscalationLadder(distributorId);
  const contacts = useContacts(distributorId);
  const remove = useDeleteEscalationStep(distributorId);
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<EscalationStepRecord | null>(null);
  const canEdit = canManageDistributors(me.role);
  return (
    <section className="section" aria-labelledby="ladders-heading">
      <h2 id="ladders-heading">{t('ladder.title')}</h2>
      <p className="section-intro muted">{t('ladder.intro')}</p>
      {ladder.isPending || ladder.isError ? (
        <QueryStatus query={ladder} />
      ) : (
        <div className="two-columns">
          {sides.map((side) => (
            <LadderPanel
              key={side}
              side={side}
              steps={ladder.data
                .filter((step) => step.side === side)
                .sort((a, b) => a.level - b.level)}
              canEdit={canEdit}
              onAdd={() => setEditing({ side, step: null })}
              onEdit={(step) => setEditing({ side, step })}
              onDelete={setDeleting}
            />
          ))}
        </div>
      )}
      {editing ? (
        <EscalationStepFormDialog
          distributorId={distributorId}
          side={editing.side}
          step={editing.step}
          contacts={(contacts.data ?? []).filter((contact) => contact.side === editing.side)}
          nextLevel={
            Math.max(
              0,
              ...(ladder.data ?? [])
                .filter((step) => step.side === editing.side)
                .map((step) => step.level),
            ) + 1
          }
          onClose={() => setEditing(null)}
        />
      ) : null}
      {deleting ? (
        <ConfirmDialog
          title={t('ladder.deleteTitle')}
          message={t('ladder.deleteMessage', { level: deleting.level, name: deleting.contactName })}
          confirmLabel={t('actions.delete')}
          isPending={remove.isPending}
          error={remove.error}
          onConfirm={() => remove.mutate(deleting.id, { onSuccess: () => setDeleting(null) })}
          onClose={() => {
            remove.reset();
            setDeleting(null);
          }}
        />
      ) : null}
    </section>
  );
}

function LadderPanel({
  side,
  steps,
  canEdit,
  onAdd,
  onEdit,
  onDelete,
}: {
  side: SideName;
  steps: EscalationStepRecord[];
  canEdit: boolean;
  onAdd: () => void;
  onEdit: (step: EscalationStepRecord) => void;
  onDelete: (step: EscalationStepRecord) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = `ladder-${side}`;
  return (
    <section className="card" aria-labelledby={headingId}>
      <div className="card-header">
        <h3 id={headingId}>{t(`ladder.side.${side}`)}</h3>
        {canEdit ? (
          <button type="button" className="button button-small" onClick={onAdd}>
            {t('ladder.add')}
          </button>
        ) : null}
      </div>
      {steps.length === 0 ? (
        <EmptyState title={t('ladder.empty')} />
      ) : (
        <ol className="ladder">
          {steps.map((step) => (
            <li key={step.id} className="ladder-step">
              <span className="ladder-level" title={t('ladder.level')}>
                {step.level}
              </span>
              <div className="ladder-body">
                <div>
                  <span className="strong">{step.contactName}</span>{' '}
                  <span className="muted">{t(`contactRole.${step.contactRole}`)}</span>
                </div>
                <div className="ladder-meta">
                  <span className="badge">{t(`channel.${step.channel}`)}</span>{' '}
                  {t('ladder.within', {
                    count: step.responseTimeHours,
                    hours: format.number(step.responseTimeHours),
                  })}
                  {step.contactEmail ? <span className="muted"> · {step.contactEmail}</span> : null}
                  {step.contactPhone ? <span className="muted"> · {step.contactPhone}</span> : null}
                </div>
                {step.note ? <p className="ladder-note">{step.note}</p> : null}
              </div>
              {canEdit ? (
                <div className="row-actions">
                  <EditDeleteButtons
                    editLabel={t('ladder.editNamed', { level: step.level })}
                    deleteLabel={t('ladder.deleteNamed', { level: step.level })}
                    onEdit={() => onEdit(step)}
                    onDelete={() => onDelete(step)}
                  />
                </div>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
