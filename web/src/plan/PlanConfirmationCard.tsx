import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmPlanInput } from '../../../src/plan/plan.schema.ts';
import { useFormat } from '../format/use-format.ts';
import { NoteDialog } from '../forms/NoteDialog.tsx';
import { sideName } from './plan-format.ts';
import { type ConfirmationsRecord, useConfirmPlan } from './use-plan.ts';

type Year = ConfirmationsRecord['years'][number];
type SideConfirmation = Year['principal'];

const NoteOnly = ConfirmPlanInput.pick({ note: true });

/** One side's word on a year: who confirmed and when, or that it is awaited. */
function SideLine({
  side,
  confirmation,
}: {
  side: 'principal' | 'distributor';
  confirmation: SideConfirmation;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!confirmation) {
    return <li>{t('plan.confirmations.awaited', { side: sideName(t, side) })}</li>;
  }
  return (
    <li>
      {t('plan.confirmations.confirmedBy', {
        side: sideName(t, side),
        name: confirmation.name,
        date: format.date(String(confirmation.at)),
      })}
      {confirmation.isCurrent ? null : (
        <span className="badge badge-overdue">{t('plan.confirmations.outdated')}</span>
      )}
      {confirmation.note ? <p className="notes">{confirmation.note}</p> : null}
    </li>
  );
}

/**
 * The annual re-agreement on the plan page: each side confirms the plan as it stands for the
 * planning year (this one, from October the next); earlier years below.
 */
export function PlanConfirmationCard({
  distributorId,
  confirmations,
}: {
  distributorId: string;
  confirmations: ConfirmationsRecord;
}) {
  const { t } = useTranslation();
  const confirm = useConfirmPlan(distributorId);
  const [isOpen, setOpen] = useState(false);
  const year = confirmations.planningYear;
  const current: Year = confirmations.years.find((entry) => entry.year === year) ?? {
    year,
    principal: null,
    distributor: null,
    isAgreed: false,
  };
  const earlier = confirmations.years.filter((entry) => entry.year !== year);
  return (
    <section className="card" aria-labelledby="plan-confirmation-heading">
      <div className="card-header">
        <h2 id="plan-confirmation-heading">
          {t('plan.confirmations.title', { year })}{' '}
          <span className={`badge ${current.isAgreed ? 'badge-primary' : 'badge-muted'}`}>
            {t(current.isAgreed ? 'plan.confirmations.agreed' : 'plan.confirmations.open')}
          </span>
        </h2>
        {confirmations.canConfirm ? (
          <button type="button" className="button" onClick={() => setOpen(true)}>
            {t('plan.confirmations.confirm', { year })}
          </button>
        ) : null}
      </div>
      <p className="muted">{t('plan.confirmations.intro')}</p>
      {confirmations.waitingChanges > 0 ? (
        <p className="alert alert-info" role="status">
          {t('plan.confirmations.waiting', { count: confirmations.waitingChanges })}
        </p>
      ) : null}
      <ul className="plan-confirmation-sides">
        <SideLine side="principal" confirmation={current.principal} />
        <SideLine side="distributor" confirmation={current.distributor} />
      </ul>
      {earlier.length ? (
        <>
          <h3>{t('plan.confirmations.earlier')}</h3>
          <ul>
            {earlier.map((entry) => (
              <li key={entry.year}>
                {t(
                  entry.isAgreed ? 'plan.confirmations.yearAgreed' : 'plan.confirmations.yearOpen',
                  {
                    year: entry.year,
                  },
                )}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {isOpen ? (
        <NoteDialog
          schema={NoteOnly}
          title={t('plan.confirmations.dialogTitle', { year })}
          noteLabel={t('plan.confirmations.note')}
          submitLabel={t('plan.confirmations.confirm', { year })}
          intro={<p>{t('plan.confirmations.dialogIntro', { year })}</p>}
          isNoteRequired={false}
          isSaving={confirm.isPending}
          onSubmit={(note, onError) =>
            confirm.mutate({ year, note }, { onSuccess: () => setOpen(false), onError })
          }
          onClose={() => setOpen(false)}
        />
      ) : null}
    </section>
  );
}
