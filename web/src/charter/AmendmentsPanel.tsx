import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/use-format.ts';
import { canManageDistributors, useSession } from '../session/use-session.ts';
import { EmptyState, ProblemAlert, QueryStatus } from '../shell/States.tsx';
import {
  DeclineAmendmentDialog,
  ProposeAmendmentDialog,
  sectionName,
} from './AmendmentDialogs.tsx';
import { canProposeAmendment } from './charter-rules.ts';
import type { CharterOverviewRecord } from './use-charter.ts';
import {
  type AmendmentRecord,
  useCharterAmendments,
  useDraftFromAmendment,
  useWithdrawAmendment,
} from './use-charter-amendments.ts';

const statusBadge: Record<AmendmentRecord['status'], string> = {
  open: 'badge-point-open',
  drafted: 'badge-point-agreed',
  declined: 'badge-muted',
  withdrawn: 'badge-muted',
};

/**
 * Points either side raised against the charter in force, for both sides to read with their
 * status; the principal's editors draft the next version from one or decline it, and its
 * proposer may withdraw it while it is open.
 */
export function AmendmentsPanel({
  distributorId,
  overview,
  isProposing,
  hasProposeButton,
  onPropose,
  onCloseProposal,
  onSelectVersion,
}: {
  distributorId: string;
  overview: CharterOverviewRecord;
  isProposing: boolean;
  /** False when the version shown above already offers the button. */
  hasProposeButton: boolean;
  onPropose: () => void;
  onCloseProposal: () => void;
  onSelectVersion: (version: number) => void;
}) {
  const { t } = useTranslation();
  const me = useSession();
  const inForce = overview.signedVersion;
  const amendments = useCharterAmendments(distributorId, inForce !== null);
  const draft = useDraftFromAmendment(distributorId);
  const withdraw = useWithdrawAmendment(distributorId);
  const [declining, setDeclining] = useState<AmendmentRecord | null>(null);
  if (inForce === null) return null;
  const canPropose = canProposeAmendment(me.role);
  const working = overview.versions.find((item) => item.version === overview.workingVersion);
  const list = amendments.data ?? [];
  // Open proposals first, newest first within each group.
  const sorted = [...list].sort(
    (a, b) => Number(b.status === 'open') - Number(a.status === 'open') || b.number - a.number,
  );
  return (
    <section className="card" aria-labelledby="charter-amendments-heading">
      <div className="card-header">
        <h2 id="charter-amendments-heading">
          {t('charter.amendments.title')}{' '}
          {list.some((item) => item.status === 'open') ? (
            <span className="badge badge-charter-open">
              {t('charter.points.openCount', {
                count: list.filter((item) => item.status === 'open').length,
              })}
            </span>
          ) : null}
        </h2>
        {canPropose && hasProposeButton ? (
          <button type="button" className="button button-small" onClick={onPropose}>
            {t('charter.amendments.propose')}
          </button>
        ) : null}
      </div>
      <p className="muted">{t('charter.amendments.intro', { version: inForce })}</p>
      <ProblemAlert error={draft.error ?? withdraw.error} />
      {amendments.isPending || amendments.isError ? (
        <QueryStatus query={amendments} />
      ) : sorted.length === 0 ? (
        <EmptyState title={t('charter.amendments.empty')}>
          {canPropose ? <p className="muted">{t('charter.amendments.emptyHint')}</p> : null}
        </EmptyState>
      ) : (
        <ol className="charter-points">
          {sorted.map((amendment) => (
            <li key={amendment.number}>
              <AmendmentCard
                amendment={amendment}
                // A distributor's users see a version once it is sent; drafts are the principal's.
                onOpenVersion={
                  overview.versions.some((item) => item.version === amendment.draftVersion)
                    ? onSelectVersion
                    : null
                }
                actions={
                  amendment.status !== 'open' ? null : (
                    <>
                      {canManageDistributors(me.role) ? (
                        <>
                          <button
                            type="button"
                            className="button button-small button-primary"
                            disabled={
                              draft.isPending ||
                              (working !== undefined && working.status !== 'draft')
                            }
                            onClick={() =>
                              draft.mutate(amendment.number, {
                                onSuccess: (result) => onSelectVersion(result.version),
                              })
                            }
                          >
                            {working?.status === 'draft'
                              ? t('charter.amendments.draftInto', { version: working.version })
                              : t('charter.amendments.draft')}
                          </button>
                          <button
                            type="button"
                            className="button button-small"
                            onClick={() => setDeclining(amendment)}
                          >
                            {t('charter.amendments.decline')}
                          </button>
                        </>
                      ) : null}
                      {amendment.isMine ? (
                        <button
                          type="button"
                          className="button button-small"
                          disabled={withdraw.isPending}
                          onClick={() => withdraw.mutate(amendment.number)}
                        >
                          {t('charter.amendments.withdraw')}
                        </button>
                      ) : null}
                    </>
                  )
                }
              />
              {amendment.status === 'open' &&
              canManageDistributors(me.role) &&
              working !== undefined &&
              working.status !== 'draft' ? (
                <p className="muted small">
                  {t('charter.amendments.draftBlocked', { version: working.version })}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      {isProposing ? (
        <ProposeAmendmentDialog
          distributorId={distributorId}
          version={inForce}
          onClose={onCloseProposal}
        />
      ) : null}
      {declining ? (
        <DeclineAmendmentDialog
          distributorId={distributorId}
          amendment={declining}
          onClose={() => setDeclining(null)}
        />
      ) : null}
    </section>
  );
}

function AmendmentCard({
  amendment,
  actions,
  onOpenVersion,
}: {
  amendment: AmendmentRecord;
  actions: ReactNode;
  onOpenVersion: ((version: number) => void) | null;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = `charter-amendment-${amendment.number}`;
  const answered = {
    name: amendment.answererName ?? '',
    date: amendment.answeredAt ? format.date(amendment.answeredAt) : '',
  };
  return (
    <article
      className={`charter-point charter-amendment-${amendment.status}`}
      aria-labelledby={headingId}
    >
      <div className="charter-point-header">
        <h3 id={headingId}>
          {t('charter.amendments.number', { number: amendment.number })}
          {' · '}
          {sectionName(t, amendment.section)}
        </h3>
        <span className={`badge ${statusBadge[amendment.status]}`}>
          {t(`charter.amendments.status.${amendment.status}`)}
        </span>
      </div>
      <p className="muted small">
        {t('charter.amendments.proposedBy', {
          name: amendment.proposerName,
          side: t(`charter.amendments.side.${amendment.proposerSide}`),
          date: format.date(amendment.createdAt),
          version: amendment.version,
        })}
      </p>
      <div className="two-columns charter-positions">
        <section className="charter-position" aria-labelledby={`${headingId}-change`}>
          <h4 id={`${headingId}-change`}>{t('charter.amendments.change')}</h4>
          <p className="notes">{amendment.change}</p>
        </section>
        <section className="charter-position" aria-labelledby={`${headingId}-reason`}>
          <h4 id={`${headingId}-reason`}>{t('charter.amendments.reason')}</h4>
          <p className="notes">{amendment.reason}</p>
        </section>
      </div>
      {amendment.status === 'drafted' ? (
        <p className="small">
          {t('charter.amendments.drafted', { ...answered, version: amendment.draftVersion })}{' '}
          {onOpenVersion && amendment.draftVersion !== null ? (
            <button
              type="button"
              className="button-link"
              onClick={() => onOpenVersion(amendment.draftVersion ?? 0)}
            >
              {t('charter.amendments.openVersion', { version: amendment.draftVersion })}
            </button>
          ) : null}
        </p>
      ) : null}
      {amendment.status === 'declined' ? (
        <>
          <p className="small">{t('charter.amendments.declined', answered)}</p>
          <p className="timeline-reason">{amendment.declineReason}</p>
        </>
      ) : null}
      {amendment.status === 'withdrawn' ? (
        <p className="small">{t('charter.amendments.withdrawn', answered)}</p>
      ) : null}
      {actions ? <div className="charter-point-actions">{actions}</div> : null}
    </article>
  );
}
