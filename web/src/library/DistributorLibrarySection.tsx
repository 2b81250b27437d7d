import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../format/use-format.ts';
import { EmptyState, QueryStatus } from '../shell/States.tsx';
import { LanguageCountsList, StateBadge } from './LanguageChip.tsx';
import { type DistributorCoverage, useDistributorLibraryCoverage } from './use-library.ts';
import './library.css';

/**
 * On a distributor's page, for principal staff: the current documents that reach it, and their
 * state in each of its languages.
 */
export function DistributorLibrarySection({ distributorId }: { distributorId: string }) {
  const { t } = useTranslation();
  const coverage = useDistributorLibraryCoverage(distributorId);
  return (
    <section className="section" aria-labelledby="distributor-library">
      <div className="card-header">
        <h2 id="distributor-library">{t('library.distributor.title')}</h2>
        <Link to="/library/coverage">{t('library.distributor.allDistributors')}</Link>
      </div>
      {coverage.isPending || coverage.isError ? (
        <QueryStatus query={coverage} />
      ) : coverage.data.documents.length === 0 ? (
        <EmptyState title={t('library.distributor.empty')} />
      ) : (
        <Matrix coverage={coverage.data} />
      )}
    </section>
  );
}

function Matrix({ coverage }: { coverage: DistributorCoverage }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <LanguageCountsList languages={coverage.languages} className="muted" />
      <div className="table-wrap">
        <table className="table table-compact" aria-labelledby="distributor-library">
          <thead>
            <tr>
              <th scope="col">{t('library.columns.title')}</th>
              {coverage.languages.map((entry) => (
                <th key={entry.language} scope="col">
                  {format.language(entry.language)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {coverage.documents.map((document) => (
              <tr key={document.documentId}>
                <th scope="row">
                  <Link
                    id={`library-document-${document.documentId}`}
                    to={`/library/${document.documentId}`}
                  >
                    {document.title}
                  </Link>
                  <div className="muted small">
                    {t('library.distributor.kindVersion', {
                      kind: t(`library.kinds.${document.kind}`),
                      version: document.currentVersion,
                    })}
                  </div>
                </th>
                {document.cells.map((cell) => (
                  <td key={cell.language}>
                    <Link
                      to={`/library/${document.documentId}`}
                      className="library-cell-link"
                      aria-describedby={`library-document-${document.documentId}`}
                    >
                      <StateBadge
                        state={cell.state}
                        version={cell.versionNumber}
                        open={cell.translationStatus}
                      />
                    </Link>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
