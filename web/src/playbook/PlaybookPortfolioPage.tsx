import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { canManageDistributors, isPrincipalAdmin, useSession } from '../session/use-session.ts';
import { EmptyState, ProblemAlert, QueryStatus } from '../shell/States.tsx';
import { usePageTitle } from '../shell/use-page-title.ts';
import { PlaybookEditor } from './PlaybookEditor.tsx';
import { useEvaluatePlaybooks, usePlaybookProgress } from './use-playbook.ts';
import './playbook.css';

type SortKey = 'name' | 'progress';

/**
 * The principal's view across the portfolio: each relationship's progress (x of y), sortable, and
 * a funnel of the items in order, showing how many relationships ticked each and where they stall.
 */
export function PlaybookPortfolioPage() {
  const { t } = useTranslation();
  const me = useSession();
  const progress = usePlaybookProgress();
  const evaluate = useEvaluatePlaybooks();
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({
    key: 'progress',
    descending: false,
  });
  const [isEditing, setEditing] = useState(false);
  usePageTitle(t('playbook.portfolio.title'));
  const sortBy = (key: SortKey) =>
    setSort((current) => ({
      key,
      descending: current.key === key ? !current.descending : key === 'progress',
    }));
  const ariaSort = (key: SortKey) =>
    sort.key === key ? (sort.descending ? 'descending' : 'ascending') : 'none';
  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1>{t('playbook.portfolio.title')}</h1>
          <p className="muted">{t('playbook.portfolio.intro')}</p>
        </div>
        <div className="page-actions">
          <Link className="button" to="/onboarding">
            {t('onboarding.portfolio.open')}
          </Link>
          {canManageDistributors(me.role) ? (
            <button
              type="button"
              className="button"
              disabled={evaluate.isPending}
              onClick={() => evaluate.mutate()}
            >
              {t('playbook.portfolio.evaluate')}
            </button>
          ) : null}
          {isPrincipalAdmin(me.role) ? (
            <button type="button" className="button" onClick={() => setEditing(true)}>
              {t('playbook.editor.open')}
            </button>
          ) : null}
        </div>
      </div>
      <ProblemAlert error={evaluate.error} />
      {isEditing ? <PlaybookEditor onClose={() => setEditing(false)} /> : null}
      {progress.isPending || progress.isError ? (
        <QueryStatus query={progress} />
      ) : progress.data.distributors.length === 0 ? (
        <EmptyState title={t('playbook.portfolio.empty')} />
      ) : (
        <>
          <section className="card" aria-labelledby="playbook-funnel-heading">
            <h2 id="playbook-funnel-heading">{t('playbook.portfolio.funnel')}</h2>
            <p className="muted">{t('playbook.portfolio.funnelIntro')}</p>
            <ol className="playbook-funnel">
              {progress.data.items.map((item) => (
                <li key={item.key} className="playbook-funnel-row">
                  <span>{item.title}</span>
                  <span
                    className="playbook-funnel-bar"
                    role="img"
                    aria-label={t('playbook.portfolio.doneOf', {
                      done: item.done,
                      total: progress.data.distributors.length,
                    })}
                  >
                    <span
                      style={{
                        width: `${(100 * item.done) / progress.data.distributors.length}%`,
                      }}
                    />
                  </span>
                  <span>
                    {t('playbook.portfolio.doneOf', {
                      done: item.done,
                      total: progress.data.distributors.length,
                    })}
                    {item.stalled > 0 ? (
                      <span className="playbook-stall">
                        {' · '}
                        {t('playbook.portfolio.stalled', { count: item.stalled })}
                      </span>
                    ) : null}
                  </span>
                </li>
              ))}
            </ol>
          </section>
          <section className="card" aria-labelledby="playbook-progress-heading">
            <h2 id="playbook-progress-heading">{t('playbook.portfolio.progressTitle')}</h2>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col" aria-sort={ariaSort('name')}>
                    <button type="button" className="button-link" onClick={() => sortBy('name')}>
                      {t('playbook.portfolio.distributor')}
                    </button>
                  </th>
                  <th scope="col" aria-sort={ariaSort('progress')}>
                    <button
                      type="button"
                      className="button-link"
                      onClick={() => sortBy('progress')}
                    >
                      {t('playbook.portfolio.progress')}
                    </button>
                  </th>
                  <th scope="col">{t('playbook.portfolio.stalledAt')}</th>
                </tr>
              </thead>
              <tbody>
                {[...progress.data.distributors]
                  .sort((a, b) => {
                    const order =
                      sort.key === 'name'
                        ? a.name.localeCompare(b.name)
                        : a.done / a.total - b.done / b.total || a.name.localeCompare(b.name);
                    return sort.descending ? -order : order;
                  })
                  .map((row) => (
                    <tr key={row.id}>
                      <td>
                        <Link to={`/distributors/${row.id}/playbook`}>{row.name}</Link>
                      </td>
                      <td>
                        {t('playbook.portfolio.doneOf', { done: row.done, total: row.total })}
                      </td>
                      <td>
                        {row.stalledAt ? row.stalledAt.title : t('playbook.portfolio.complete')}
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </section>
        </>
      )}
    </div>
  );
}
