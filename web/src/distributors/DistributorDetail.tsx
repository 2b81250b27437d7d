import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { DistributorRecord } from '../api/types.ts';
import { CharterSummary } from '../charter/CharterSummary.tsx';
import { ConcernsSection } from '../concerns/ConcernsSection.tsx';
import { EscalationPanel } from '../concerns/EscalationPanel.tsx';
import { useFormat } from '../format/use-format.ts';
import { ConfirmDialog } from '../forms/ConfirmDialog.tsx';
import { DistributorLibrarySection } from '../library/DistributorLibrarySection.tsx';
import { canManageDistributors, isPrincipalRole, useSession } from '../session/use-session.ts';
import { ErrorState, LoadingState } from '../shell/States.tsx';
import { usePageTitle } from '../shell/use-page-title.ts';
import { RelationshipTimeline } from '../timeline/RelationshipTimeline.tsx';
import { HealthPanel } from '../warnings/HealthPanel.tsx';
import { ContactsSection } from './ContactsSection.tsx';
import { DistributorFormDialog } from './DistributorForm.tsx';
import { EscalationLadders } from './EscalationLadders.tsx';
import { RelationshipBadge, StageOrStatusBadge, StatusBadge } from './LifecycleBadge.tsx';
import { ChangeStageDialog, LifecycleHistory } from './LifecycleSection.tsx';
import { OwnerField } from './OwnerField.tsx';
import { useDistributor, useUpdateDistributor } from './use-distributors.ts';

export function DistributorDetail() {
  const { id = '' } = useParams();
  const distributor = useDistributor(id);
  if (distributor.isPending) return <LoadingState />;
  if (distributor.isError) {
    return (
      <div className="page">
        <ErrorState error={distributor.error} onRetry={() => void distributor.refetch()} />
      </div>
    );
  }
  return <DistributorPage distributor={distributor.data} />;
}

type DialogName = 'edit' | 'stage' | 'archive' | null;

function DistributorPage({ distributor }: { distributor: DistributorRecord }) {
  const { t } = useTranslation();
  const me = useSession();
  const [dialog, setDialog] = useState<DialogName>(null);
  const update = useUpdateDistributor(distributor.id);
  const canManage = canManageDistributors(me.role);
  const isPrincipal = isPrincipalRole(me.role);
  const isArchived = distributor.status === 'archived';

  usePageTitle(distributor.name);

  return (
    <div className="page">
      {isPrincipal ? (
        <nav className="breadcrumbs" aria-label={t('nav.breadcrumbs')}>
          <Link to="/distributors">{t('distributors.title')}</Link>
          <span aria-hidden="true"> / </span>
          <span aria-current="page">{distributor.name}</span>
        </nav>
      ) : null}
      <div className="page-header">
        <div>
          <h1>
            {/* The principal's stage; a distributor's user gets the shared status instead. */}
            {distributor.name}{' '}
            <StageOrStatusBadge
              stage={distributor.lifecycleStage}
              status={distributor.relationshipStatus}
            />{' '}
            <StatusBadge status={distributor.status} />
          </h1>
          {distributor.legalName ? <p className="muted">{distributor.legalName}</p> : null}
        </div>
        <div className="page-actions">
          <Link className="button" to={`/distributors/${distributor.id}/meetings`}>
            {t('cadence.open')}
          </Link>
          <Link className="button" to={`/distributors/${distributor.id}/scorecard`}>
            {t('performance.open')}
          </Link>
          <Link className="button" to={`/distributors/${distributor.id}/plan`}>
            {t('plan.open')}
          </Link>
          <Link className="button" to={`/distributors/${distributor.id}/feedback`}>
            {t('feedback.nav')}
          </Link>
          <Link className="button" to={`/distributors/${distributor.id}/reports`}>
            {t('reports.open')}
          </Link>
          <Link className="button" to={`/distributors/${distributor.id}/communication`}>
            {t('communication.open')}
          </Link>
          <Link className="button" to={`/distributors/${distributor.id}/playbook`}>
            {t('playbook.open')}
          </Link>
          <Link className="button" to={`/distributors/${distributor.id}/onboarding`}>
            {t('onboarding.open')}
          </Link>
          <Link className="button" to={`/distributors/${distributor.id}/evaluations`}>
            {t('evaluations.open')}
          </Link>
          {canManage ? (
            <>
              <button type="button" className="button" onClick={() => setDialog('edit')}>
                {t('distributor.edit')}
              </button>
              <button type="button" className="button" onClick={() => setDialog('stage')}>
                {t('distributor.changeStage')}
              </button>
              <button type="button" className="button" onClick={() => setDialog('archive')}>
                {isArchived ? t('distributor.restore') : t('distributor.archive')}
              </button>
            </>
          ) : null}
        </div>
      </div>
      {/* Health is the principal's own assessment: a distributor's people never see it. */}
      {isPrincipal ? <HealthPanel distributorId={distributor.id} /> : null}
      <div className="detail-grid">
        <ProfileCard distributor={distributor} canManage={canManage} />
        <LifecycleHistory distributorId={distributor.id} />
      </div>
      {isPrincipal ? <EscalationPanel distributorId={distributor.id} /> : null}
      <ConcernsSection distributorId={distributor.id} />
      <CharterSummary distributorId={distributor.id} />
      {isPrincipal ? <DistributorLibrarySection distributorId={distributor.id} /> : null}
      <ContactsSection distributorId={distributor.id} />
      <EscalationLadders distributorId={distributor.id} />
      <RelationshipTimeline distributorId={distributor.id} />

      {dialog === 'edit' ? (
        <DistributorFormDialog distributor={distributor} onClose={() => setDialog(null)} />
      ) : null}
      {dialog === 'stage' ? (
        <ChangeStageDialog distributor={distributor} onClose={() => setDialog(null)} />
      ) : null}
      {dialog === 'archive' ? (
        <ConfirmDialog
          title={isArchived ? t('distributor.restoreTitle') : t('distributor.archiveTitle')}
          message={
            isArchived
              ? t('distributor.restoreMessage', { name: distributor.name })
              : t('distributor.archiveMessage', { name: distributor.name })
          }
          confirmLabel={isArchived ? t('distributor.restore') : t('distributor.archive')}
          isPending={update.isPending}
          error={update.error}
          onConfirm={() =>
            update.mutate(
              { status: isArchived ? 'active' : 'archived' },
              { onSuccess: () => setDialog(null) },
            )
          }
          onClose={() => {
            update.reset();
            setDialog(null);
          }}
        />
      ) : null}
    </div>
  );
}

function ProfileCard({
  distributor,
  canManage,
}: {
  distributor: DistributorRecord;
  canManage: boolean;
}) {
  const { t } = useTranslation();
  const me = useSession();
  const format = useFormat();
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 30_000);
    return () => window.clearInterval(timer);
  }, []);
  return (
    <section className="card" aria-labelledby="profile-heading">
      <h2 id="profile-heading">{t('distributor.profile')}</h2>
      <dl className="facts">
        <dt>{t('distributor.country')}</dt>
        <dd>
          {format.country(distributor.country)}
          {distributor.city ? `, ${distributor.city}` : ''}
        </dd>
        <dt>{t('distributor.timeZone')}</dt>
        <dd>
          {distributor.timeZone}{' '}
          <span className="muted">
            {t('distributor.localTime', {
              time: format.localTime(distributor.timeZone, now),
              offset: format.offset(distributor.timeZone, now),
            })}
          </span>
        </dd>
        <dt>{t('distributor.languages')}</dt>
        <dd>{distributor.languages.map((code) => format.language(code)).join(', ')}</dd>
        <dt>{t('distributor.website')}</dt>
        <dd>
          {distributor.website ? (
            <a href={distributor.website} target="_blank" rel="noreferrer noopener">
              {distributor.website.replace(/^https?:\/\//, '')}
            </a>
          ) : (
            <span className="muted">—</span>
          )}
        </dd>
        <dt>{t('distributor.relationship')}</dt>
        <dd>
          <RelationshipBadge status={distributor.relationshipStatus} />
          {/* The principal's stage is in the heading; this is what the distributor reads. */}
          {distributor.lifecycleStage ? (
            <span className="muted"> {t('distributor.relationshipHint')}</span>
          ) : null}
        </dd>
        {/* The account owner is principal-internal, as the stage is. */}
        {isPrincipalRole(me.role) ? (
          <>
            <dt>{t('directory.owner.label')}</dt>
            <dd>
              <OwnerField distributor={distributor} canEdit={canManage} />
            </dd>
          </>
        ) : null}
        <dt>{t('distributor.updated')}</dt>
        <dd>{format.dateTime(distributor.updatedAt)}</dd>
      </dl>
      {distributor.notes ? (
        <>
          <h3>{t('distributor.notes')}</h3>
          <p className="notes">{distributor.notes}</p>
        </>
      ) : null}
    </section>
  );
}
