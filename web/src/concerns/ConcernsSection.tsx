import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../format/use-format.ts';
import { EmptyState, QueryStatus } from '../shell/States.tsx';
import { ConcernStateBadge } from './ConcernStateBadge.tsx';
import { useConcerns } from './use-concerns.ts';
import './concerns.css';

/** The distributor's formal concerns: the principal sees drafts too, the distributor sent ones. */
export function ConcernsSection({ distributorId }: { distributorId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const concerns = useConcerns(distributorId);
  return (
    <section className="section" aria-labelledby="concerns-heading">
      <h2 id="concerns-heading">{t('concerns.list.title')}</h2>
      {concerns.isPending || concerns.isError ? (
        <QueryStatus query={concerns} />
      ) : concerns.data.items.length === 0 ? (
        <EmptyState title={t('concerns.list.empty')} />
      ) : (
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
              {concerns.data.items.map((concern) => (
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
      )}
    </section>
  );
}
