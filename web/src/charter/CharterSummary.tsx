import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../format/use-format.ts';
import { QueryStatus } from '../shell/States.tsx';
import { CharterStatusBadge } from './CharterStatus.tsx';
import { useCharterOverview } from './use-charter.ts';

/** The distributor page's view of its charter: the version in force, the one being worked on. */
export function CharterSummary({ distributorId }: { distributorId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const overview = useCharterOverview(distributorId);
  const signed = overview.data?.versions.find(
    (item) => item.version === overview.data?.signedVersion,
  );
  const working = overview.data?.versions.find(
    (item) => item.version === overview.data?.workingVersion,
  );
  return (
    <section className="card section" aria-labelledby="charter-summary-heading">
      <div className="card-header">
        <h2 id="charter-summary-heading">{t('charter.title')}</h2>
        <Link className="button button-small" to={`/distributors/${distributorId}/charter`}>
          {t('charter.summary.open')}
        </Link>
      </div>
      {overview.isPending || overview.isError ? (
        <QueryStatus query={overview} />
      ) : overview.data.versions.length === 0 ? (
        <p className="muted">{t('charter.summary.none')}</p>
      ) : (
        <dl className="facts">
          <dt>{t('charter.summary.inForce')}</dt>
          <dd>
            {signed ? (
              <>
                {t('charter.versions.version', { version: signed.version })}{' '}
                <CharterStatusBadge status={signed.status} />{' '}
                {signed.signedAt ? (
                  <span className="muted">
                    {t('charter.versions.signedAt', { date: format.dateTime(signed.signedAt) })}
                  </span>
                ) : null}
              </>
            ) : (
              <span className="charter-not-signed">{t('charter.summary.notSigned')}</span>
            )}
          </dd>
          <dt>{t('charter.summary.working')}</dt>
          <dd>
            {working ? (
              <>
                {t('charter.versions.version', { version: working.version })}{' '}
                <CharterStatusBadge status={working.status} />
                {working.openPoints ? (
                  <span className="muted">
                    {' '}
                    {t('charter.versions.openPoints', { count: working.openPoints })}
                  </span>
                ) : null}
              </>
            ) : (
              <span className="muted">—</span>
            )}
          </dd>
        </dl>
      )}
    </section>
  );
}
