import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import type { DistributorRecord } from '../api/types.ts';
import { DistributorBreadcrumbs } from '../distributors/DistributorBreadcrumbs.tsx';
import { useDistributor } from '../distributors/use-distributors.ts';
import { useFormat } from '../format/use-format.ts';
import { useProductLines } from '../product-lines/use-product-lines.ts';
import { canManageDistributors, isPrincipalRole, useSession } from '../session/use-session.ts';
import { EmptyState, ProblemAlert, QueryStatus } from '../shell/States.tsx';
import { usePageTitle } from '../shell/use-page-title.ts';
import { AmendmentsPanel } from './AmendmentsPanel.tsx';
import { CharterStatusBadge } from './CharterStatus.tsx';
import { ComparePanel } from './ComparePanel.tsx';
import './charter.css';
import {
  type CharterOverviewRecord,
  useCharterOverview,
  usePrincipalName,
  useStartCharter,
} from './use-charter.ts';
import { VersionView } from './VersionView.tsx';

/** /distributors/:id/charter, where the e-mails point; ?version=N opens another version. */
export function CharterPage() {
  const { id = '' } = useParams();
  const distributor = useDistributor(id);
  const overview = useCharterOverview(id);
  if (distributor.isPending || distributor.isError) {
    return (
      <div className="page">
        <QueryStatus query={distributor} />
      </div>
    );
  }
  if (overview.isPending || overview.isError) {
    return (
      <div className="page">
        <CharterHeader distributor={distributor.data} />
        <QueryStatus query={overview} />
      </div>
    );
  }
  return <CharterWorkspace distributor={distributor.data} overview={overview.data} />;
}

function CharterHeader({
  distributor,
  children,
}: {
  distributor: DistributorRecord;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const me = useSession();
  const principalName = usePrincipalName();
  usePageTitle(t('charter.pageTitle', { name: distributor.name }));
  return (
    <>
      <DistributorBreadcrumbs distributor={distributor} current={t('charter.title')} />
      <div className="page-header">
        <div>
          <h1>
            {t('charter.heading', {
              // Each side reads the charter as theirs with the other party.
              name: isPrincipalRole(me.role)
                ? distributor.name
                : (principalName ?? distributor.name),
            })}
          </h1>
          <p className="muted">{t('charter.intro')}</p>
        </div>
        {children ? <div className="page-actions">{children}</div> : null}
      </div>
    </>
  );
}

function CharterWorkspace({
  distributor,
  overview,
}: {
  distributor: DistributorRecord;
  overview: CharterOverviewRecord;
}) {
  const { t } = useTranslation();
  const me = useSession();
  const [searchParams, setSearchParams] = useSearchParams();
  const start = useStartCharter(distributor.id);
  // Archived lines too: an older version may name one.
  const productLines = useProductLines({ includeArchived: true });
  const canStart = canManageDistributors(me.role) && overview.workingVersion === null;
  const requested = Number(searchParams.get('version'));
  const selected = overview.versions.some((item) => item.version === requested)
    ? requested
    : (overview.workingVersion ?? overview.signedVersion ?? overview.versions[0]?.version ?? null);
  const select = (version: number) => setSearchParams({ version: String(version) });
  const [isProposing, setProposing] = useState(false);

  const startButton = canStart ? (
    <button
      type="button"
      className="button button-primary"
      disabled={start.isPending}
      onClick={() => start.mutate(undefined, { onSuccess: (created) => select(created.version) })}
    >
      {overview.signedVersion === null ? t('charter.start') : t('charter.startAmendment')}
    </button>
  ) : null;

  return (
    <div className="page">
      <CharterHeader distributor={distributor}>
        {selected === null ? null : startButton}
      </CharterHeader>
      <ProblemAlert error={start.error} />
      {selected === null ? (
        <EmptyState
          title={isPrincipalRole(me.role) ? t('charter.empty') : t('charter.emptyDistributor')}
        >
          {canStart ? (
            <>
              <p>{t('charter.emptyHint')}</p>
              {startButton}
            </>
          ) : isPrincipalRole(me.role) ? null : (
            <p className="muted">{t('charter.emptyDistributorHint')}</p>
          )}
        </EmptyState>
      ) : (
        <div className="charter-layout">
          <div className="charter-main">
            <VersionView
              key={selected}
              distributor={distributor}
              overview={overview}
              version={selected}
              catalogue={productLines.data ?? []}
              onProposeAmendment={() => setProposing(true)}
              afterStatus={
                <AmendmentsPanel
                  distributorId={distributor.id}
                  overview={overview}
                  isProposing={isProposing}
                  hasProposeButton={selected !== overview.signedVersion}
                  onPropose={() => setProposing(true)}
                  onCloseProposal={() => setProposing(false)}
                  onSelectVersion={select}
                />
              }
            />
            {overview.versions.length > 1 ? (
              <ComparePanel
                distributorId={distributor.id}
                overview={overview}
                selected={selected}
                catalogue={productLines.data ?? []}
              />
            ) : null}
          </div>
          <aside className="charter-aside">
            <VersionList overview={overview} selected={selected} onSelect={select} />
          </aside>
        </div>
      )}
    </div>
  );
}

function VersionList({
  overview,
  selected,
  onSelect,
}: {
  overview: CharterOverviewRecord;
  selected: number;
  onSelect: (version: number) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section className="card" aria-labelledby="charter-versions-heading">
      <h2 id="charter-versions-heading">{t('charter.versions.title')}</h2>
      <ul className="charter-versions">
        {overview.versions.map((item) => (
          <li key={item.version}>
            <button
              type="button"
              className={`charter-version${item.version === selected ? ' charter-version-selected' : ''}`}
              aria-current={item.version === selected ? 'true' : undefined}
              onClick={() => onSelect(item.version)}
            >
              <span className="strong">
                {t('charter.versions.version', { version: item.version })}
              </span>{' '}
              <CharterStatusBadge status={item.status} />
              {item.version === overview.signedVersion ? (
                <span className="badge badge-charter-in-force">
                  {t('charter.versions.inForce')}
                </span>
              ) : null}
              {item.version === overview.workingVersion ? (
                <span className="badge badge-muted">{t('charter.versions.working')}</span>
              ) : null}
              <span className="muted small charter-version-meta">
                {item.signedAt
                  ? t('charter.versions.signedAt', { date: format.dateTime(item.signedAt) })
                  : t('charter.versions.updatedAt', { date: format.dateTime(item.updatedAt) })}
                {item.openPoints
                  ? ` · ${t('charter.versions.openPoints', { count: item.openPoints })}`
                  : ''}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
