import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../format/use-format.ts';
import { isPrincipalRole, useSession } from '../session/use-session.ts';
import { EmptyState, QueryStatus } from '../shell/States.tsx';
import { usePageTitle } from '../shell/use-page-title.ts';
import { LanguageCountsList } from './LanguageChip.tsx';
import { type PortfolioCoverage, useLibraryCoverage } from './use-library.ts';
import './library.css';

type Counts = PortfolioCoverage['languages'][number];
type DistributorRow = PortfolioCoverage['distributors'][number];

/** /library/coverage: which current documents the distributors can read in their languages. */
export function CoveragePage() {
  const { t } = useTranslation();
  const me = useSession();
  const isPrincipal = isPrincipalRole(me.role);
  const coverage = useLibraryCoverage(isPrincipal);
  usePageTitle(t('library.coverage.title'));
  return (
    <div className="page">
      <nav className="breadcrumbs" aria-label={t('nav.breadcrumbs')}>
        <Link to="/library">{t('library.title')}</Link>
        <span aria-hidden="true"> / </span>
        <span aria-current="page">{t('library.coverage.title')}</span>
      </nav>
      <div className="page-header">
        <div>
          <h1>{t('library.coverage.title')}</h1>
          <p className="muted">{t('library.coverage.intro')}</p>
        </div>
      </div>
      {!isPrincipal ? (
        <EmptyState title={t('library.coverage.forbidden')}>
          <Link className="button" to="/library">
            {t('library.coverage.openLibrary')}
          </Link>
        </EmptyState>
      ) : coverage.isPending || coverage.isError ? (
        <QueryStatus query={coverage} />
      ) : coverage.data.distributors.length === 0 ? (
        <EmptyState title={t('library.coverage.noDistributors')} />
      ) : coverage.data.distributors.every((row) => row.documents === 0) ? (
        <EmptyState title={t('library.coverage.empty')}>
          <Link className="button" to="/library">
            {t('library.coverage.openLibrary')}
          </Link>
        </EmptyState>
      ) : (
        <>
          <LanguageSummary languages={coverage.data.languages} />
          <DistributorTable rows={coverage.data.distributors} />
        </>
      )}
    </div>
  );
}

function LanguageSummary({ languages }: { languages: Counts[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section className="section" aria-labelledby="coverage-languages">
      <h2 id="coverage-languages">{t('library.coverage.byLanguage')}</h2>
      <div className="table-wrap">
        <table className="table" aria-labelledby="coverage-languages">
          <thead>
            <tr>
              <th scope="col">{t('library.coverage.language')}</th>
              <th scope="col" className="numeric">
                {t('library.coverage.distributors')}
              </th>
              <th scope="col" className="numeric">
                {t('library.coverage.current')}
              </th>
              <th scope="col" className="numeric">
                {t('library.coverage.outdated')}
              </th>
              <th scope="col" className="numeric">
                {t('library.coverage.missing')}
              </th>
              <th scope="col" className="numeric">
                {t('library.coverage.inProgress')}
              </th>
              <th scope="col">
                <span className="visually-hidden">{t('library.languages.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {languages.map((entry) => (
              <tr key={entry.language}>
                <th scope="row">{format.language(entry.language)}</th>
                <td className="numeric">{format.number(entry.distributors)}</td>
                <td className="numeric">{format.number(entry.current)}</td>
                <td className={`numeric${entry.outdated ? ' library-gap' : ''}`}>
                  {format.number(entry.outdated)}
                </td>
                <td className={`numeric${entry.missing ? ' library-gap' : ''}`}>
                  {format.number(entry.missing)}
                </td>
                <td className="numeric">{format.number(entry.inProgress)}</td>
                <td className="row-actions">
                  {entry.outdated + entry.missing > 0 ? (
                    <Link to={`/library?language=${encodeURIComponent(entry.language)}`}>
                      {t('library.coverage.showGaps', {
                        language: format.language(entry.language),
                      })}
                    </Link>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function DistributorTable({ rows }: { rows: DistributorRow[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section className="section" aria-labelledby="coverage-distributors">
      <h2 id="coverage-distributors">{t('library.coverage.byDistributor')}</h2>
      <div className="table-wrap">
        <table className="table table-compact" aria-labelledby="coverage-distributors">
          <thead>
            <tr>
              <th scope="col">{t('library.coverage.distributor')}</th>
              <th scope="col" className="hide-narrow">
                {t('library.coverage.country')}
              </th>
              <th scope="col" className="numeric">
                {t('library.coverage.documents')}
              </th>
              <th scope="col">{t('library.columns.languages')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.distributorId}>
                <th scope="row">
                  <Link to={`/distributors/${row.distributorId}`}>{row.name}</Link>
                </th>
                <td className="hide-narrow">{format.country(row.country)}</td>
                <td className="numeric">{format.number(row.documents)}</td>
                <td>
                  {/* Each of its languages, in its order: what it can read and what it lacks. */}
                  <LanguageCountsList languages={row.languages} markGaps />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
