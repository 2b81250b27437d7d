import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../format/use-format.ts';
import {
  describePointer,
  describeValue,
  type ProductLineNames,
  valueAtPointer,
} from './charter-format.ts';
import type { CharterConflictRecord, CharterContent } from './use-charter.ts';

/**
 * Territory and account clashes with other binding charters (or inside this one). Each names the
 * grant or account it points at, which the text below marks too; agreeing waits until none is left.
 */
export function ConflictsPanel({
  conflicts,
  content,
  names,
}: {
  conflicts: CharterConflictRecord[];
  content: CharterContent;
  names: ProductLineNames;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section className="card charter-conflicts" aria-labelledby="charter-conflicts-heading">
      <h2 id="charter-conflicts-heading">
        {t('charter.conflicts.title', { count: conflicts.length })}
      </h2>
      <p className="muted">{t('charter.conflicts.intro')}</p>
      <ul className="charter-conflict-list">
        {conflicts.map((conflict) => (
          <li key={`${conflict.pointer}:${conflict.kind}:${conflict.other?.distributorId ?? ''}`}>
            <p className="charter-conflict-detail">{conflict.detail}</p>
            <p className="small">
              <span className="muted">{t('charter.conflicts.where')}</span>{' '}
              <mark className="charter-mark">{describePointer(t, conflict.pointer)}</mark>:{' '}
              {describeValue(t, format, names, valueAtPointer(content, conflict.pointer))}
            </p>
            {conflict.other?.distributorId ? (
              <p className="small">
                <Link to={`/distributors/${conflict.other.distributorId}/charter`}>
                  {t('charter.conflicts.openOther', {
                    name: conflict.other.distributorName,
                    version: conflict.other.version,
                  })}
                </Link>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
