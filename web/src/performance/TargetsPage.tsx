import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { DistributorBreadcrumbs } from '../distributors/DistributorBreadcrumbs.tsx';
import { useDistributor } from '../distributors/use-distributors.ts';
import { useProductLines } from '../product-lines/use-product-lines.ts';
import { canManageDistributors, useSession } from '../session/use-session.ts';
import { QueryStatus } from '../shell/States.tsx';
import { usePageTitle } from '../shell/use-page-title.ts';
import { TargetsGrid } from './TargetsGrid.tsx';
import { TargetsImport } from './TargetsImport.tsx';
import { type PeriodKind, periodKinds } from './targets-grid.ts';
import { useTargets } from './use-performance.ts';
import './performance.css';

/** /distributors/:id/targets?year=2026&kind=quarter: set by principal editors, read by all. */
export function TargetsPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const me = useSession();
  const [search, setSearch] = useSearchParams();
  const thisYear = new Date().getFullYear();
  const year = Number(search.get('year')) || thisYear;
  const kindParam = search.get('kind');
  const kind: PeriodKind = periodKinds.find((candidate) => candidate === kindParam) ?? 'month';
  const distributor = useDistributor(id);
  const lines = useProductLines();
  const targets = useTargets(id, year);
  const ids = { year: useId(), kind: useId() };
  usePageTitle(
    distributor.data
      ? t('performance.targets.pageTitle', { name: distributor.data.name })
      : t('performance.targets.title'),
  );
  const choose = (key: 'year' | 'kind', value: string) => {
    const next = new URLSearchParams(search);
    next.set(key, value);
    setSearch(next, { replace: true });
  };
  if (distributor.isPending || distributor.isError) {
    return (
      <div className="page">
        <QueryStatus query={distributor} />
      </div>
    );
  }
  const years = [...new Set([thisYear - 2, thisYear - 1, thisYear, thisYear + 1, year])].sort();
  return (
    <div className="page">
      <DistributorBreadcrumbs
        distributor={distributor.data}
        current={t('performance.targets.title')}
        parent={{
          to: `/distributors/${id}/scorecard`,
          label: t('performance.scorecard.title'),
        }}
      />
      <div className="page-header">
        <div>
          <h1>{t('performance.targets.heading', { name: distributor.data.name })}</h1>
          <p className="muted">
            {t('performance.targets.intro', { currency: distributor.data.reportCurrency })}
          </p>
          {canManageDistributors(me.role) ? null : (
            <p className="muted">{t('performance.targets.readOnly')}</p>
          )}
        </div>
        <div className="page-actions">
          <Link className="button" to={`/distributors/${id}/scorecard`}>
            {t('performance.scorecard.title')}
          </Link>
        </div>
      </div>
      <div className="toolbar">
        <div className="toolbar-field">
          <label htmlFor={ids.year}>{t('performance.targets.year')}</label>
          <select
            id={ids.year}
            value={year}
            onChange={(event) => choose('year', event.target.value)}
          >
            {years.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </div>
        <div className="toolbar-field">
          <label htmlFor={ids.kind}>{t('performance.targets.periodKind')}</label>
          <select
            id={ids.kind}
            value={kind}
            onChange={(event) => choose('kind', event.target.value)}
          >
            {periodKinds.map((option) => (
              <option key={option} value={option}>
                {t(`performance.targets.kinds.${option}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {targets.isPending || targets.isError ? (
        <QueryStatus query={targets} />
      ) : lines.isPending || lines.isError ? (
        <QueryStatus query={lines} />
      ) : (
        <TargetsGrid
          // Another year starts again from what the server holds for it.
          key={year}
          distributorId={id}
          year={year}
          kind={kind}
          currency={targets.data.currency}
          targets={targets.data.targets}
          derived={targets.data.periods}
          productLines={lines.data}
          canEdit={canManageDistributors(me.role)}
        />
      )}
      {canManageDistributors(me.role) ? <TargetsImport /> : null}
    </div>
  );
}
