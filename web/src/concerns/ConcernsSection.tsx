import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ResponseBody } from '../api/client.ts';
import { useFormat } from '../format/use-format.ts';
import { EmptyState, QueryStatus } from '../shell/States.tsx';
import { ConcernStateBadge } from './ConcernStateBadge.tsx';
import { useConcerns } from './use-concerns.ts';
import './concerns.css';

type ConcernItem = ResponseBody<'listConcerns'>['items'][number];

/** The distributor's formal concerns: the principal sees drafts too, the distributor sent ones. */
export function ConcernsSection({ distributorId }: { distributorId: string }) {
  const { t } = useTranslation();
  const concerns = useConcerns(distributorId);
  return (
    <section className="section" aria-labelledby="concerns-heading">
      <h2 id="concerns-heading">{t('concerns.list.title')}</h2>
      {concerns.isPending || concerns.isError ? (
        <QueryStatus query={concerns} />
      ) : concerns.data.items.length === 0 ? (
        <EmptyState title={t('concerns.list.empty')} />
      ) : (
        <ConcernsTable distributorId={distributorId} items={concerns.data.items} />
      )}
    </section>
  );
}

/**
 * On a distributor's Today: the formal concerns still waiting for its acknowledgement or its
 * answer, with their deadline. Nothing at all when none waits.
 */
export function ConcernsToAnswer({ distributorId }: { distributorId: string }) {
  const { t } = useTranslation();
  const concerns = useConcerns(distributorId);
  const open = (concerns.data?.items ?? []).filter(
    (concern) => concern.state === 'sent' || concern.state === 'acknowledged',
  );
  if (!open.length) return null;
  return (
    <section className="card section concerns-to-answer" aria-labelledby="today-concerns">
      <h2 id="today-concerns">{t('concerns.today.title', { count: open.length })}</h2>
      <p className="muted">{t('concerns.today.intro')}</p>
      <ConcernsTable distributorId={distributorId} items={open} />
    </section>
  );
}

function ConcernsTable({ distributorId, items }: { distributorId: string; items: ConcernItem[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('concerns.list.number')}</th>
            <th scope="col">{t('concerns.list.subject')}</th>
            <th scope="col">{t('concerns.list.state')}</th>
            <th scope="col">{t('concerns.list.sentAt')}</th>
            <th scope="col">{t('concerns.list.responseDue')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((concern) => (
            <tr key={concern.id}>
              <td>{concern.number}</td>
              <td>
                <Link to={`/distributors/${distributorId}/concerns/${concern.id}`}>
                  {concern.subject}
                </Link>
              </td>
              <td>
                <ConcernStateBadge concern={concern} />
              </td>
              <td>{concern.sentAt ? format.dateTime(concern.sentAt) : '—'}</td>
              <td>{concern.responseDueOn ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
