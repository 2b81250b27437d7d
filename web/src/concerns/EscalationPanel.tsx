import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useContacts } from '../distributors/use-distributors.ts';
import { useFormat } from '../format/use-format.ts';
import { canManageDistributors, useSession } from '../session/use-session.ts';
import { EmptyState, ProblemAlert, QueryStatus } from '../shell/States.tsx';
import { RecordStepDialog } from './RecordStepDialog.tsx';
import { type EscalationRecord, useDraftConcern, useEscalation } from './use-concerns.ts';
import './concerns.css';

/**
 * The principal's escalation of one relationship: the next step proposed with its reason, a form
 * to record a step taken, and the steps so far. Principal staff only (the API refuses others).
 */
export function EscalationPanel({ distributorId }: { distributorId: string }) {
  const { t } = useTranslation();
  const me = useSession();
  const escalation = useEscalation(distributorId);
  const contacts = useContacts(distributorId);
  const draft = useDraftConcern(distributorId);
  const navigate = useNavigate();
  const [recording, setRecording] = useState(false);
  const canEdit = canManageDistributors(me.role);
  const proposal = escalation.data?.proposal;
  const openDraft = () =>
    draft.mutate(undefined, {
      onSuccess: (concern) => navigate(`/distributors/${distributorId}/concerns/${concern.id}`),
    });
  return (
    <section className="section" aria-labelledby="escalation-heading">
      <h2 id="escalation-heading">{t('concerns.escalation.title')}</h2>
      <p className="section-intro muted">{t('concerns.escalation.intro')}</p>
      {escalation.isPending || escalation.isError ? (
        <QueryStatus query={escalation} />
      ) : (
        <div className="escalation">
          <div className={`card proposal proposal-${proposal?.kind}`} data-testid="proposal">
            <div className="card-header">
              <h3>
                {t('concerns.escalation.proposal')}{' '}
                <span className="badge">{t(`concerns.proposalKind.${proposal?.kind}`)}</span>
              </h3>
              <span className={`badge health-${escalation.data.state}`}>
                {t(`concerns.health.${escalation.data.state}`)}
              </span>
            </div>
            <p className="proposal-reason">{proposal?.reason}</p>
            {escalation.data.reasons.length ? (
              <ul className="plain-list muted">
                {escalation.data.reasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            ) : null}
            {canEdit ? (
              <div className="page-actions">
                <button
                  type="button"
                  className="button button-primary"
                  onClick={() => setRecording(true)}
                >
                  {t('concerns.escalation.record')}
                </button>
                {proposal?.kind === 'concern' && proposal.concernId ? (
                  <Link
                    className="button"
                    to={`/distributors/${distributorId}/concerns/${proposal.concernId}`}
                  >
                    {t('concerns.escalation.reviewDraft')}
                  </Link>
                ) : (
                  <button
                    type="button"
                    className="button"
                    disabled={draft.isPending || escalation.data.state === 'healthy'}
                    onClick={openDraft}
                  >
                    {draft.isPending ? t('actions.saving') : t('concerns.escalation.draft')}
                  </button>
                )}
              </div>
            ) : null}
            <ProblemAlert error={draft.error} />
          </div>
          <History escalation={escalation.data} />
        </div>
      )}
      {recording && escalation.data ? (
        <RecordStepDialog
          distributorId={distributorId}
          contacts={(contacts.data ?? []).filter((contact) => contact.side === 'distributor')}
          suggested={{
            kind: escalation.data.proposal.kind === 'visit' ? 'visit' : 'contact',
            contactId: escalation.data.proposal.contactId,
          }}
          onClose={() => setRecording(false)}
        />
      ) : null}
    </section>
  );
}

function History({ escalation }: { escalation: EscalationRecord }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (escalation.actions.length === 0) {
    return <EmptyState title={t('concerns.escalation.noSteps')} />;
  }
  return (
    <div className="table-wrap">
      <table className="table" aria-label={t('concerns.escalation.history')}>
        <thead>
          <tr>
            <th scope="col">{t('concerns.escalation.when')}</th>
            <th scope="col">{t('concerns.escalation.step')}</th>
            <th scope="col">{t('concerns.escalation.who')}</th>
            <th scope="col">{t('concerns.escalation.note')}</th>
            <th scope="col">{t('concerns.escalation.recordedBy')}</th>
          </tr>
        </thead>
        <tbody>
          {escalation.actions.map((action) => (
            <tr key={action.id}>
              <td>{format.dateTime(action.takenAt)}</td>
              <td>{t(`concerns.actionKind.${action.kind}`)}</td>
              <td>{action.contactName ?? '—'}</td>
              <td className="notes">{action.note ?? ''}</td>
              <td>{action.recordedBy.name}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
