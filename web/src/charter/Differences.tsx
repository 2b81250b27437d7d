import { useTranslation } from 'react-i18next';
import type { Difference } from '../../../src/charter/diff.ts';
import { useFormat } from '../format/use-format.ts';
import {
  describePointer,
  describeValue,
  fieldOfPointer,
  type ProductLineNames,
} from './charter-format.ts';

/** Differences as a table: what changed, the text before (struck) and after (inserted). */
export function DifferenceTable({
  differences,
  names,
  beforeLabel,
  afterLabel,
  caption,
}: {
  differences: Pick<Difference, 'path' | 'change' | 'before' | 'after'>[];
  names: ProductLineNames;
  beforeLabel: string;
  afterLabel: string;
  caption: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="table-wrap">
      <table className="table table-compact charter-differences">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('charter.differences.what')}</th>
            <th scope="col">{beforeLabel}</th>
            <th scope="col">{afterLabel}</th>
          </tr>
        </thead>
        <tbody>
          {differences.map((difference) => {
            const key = fieldOfPointer(difference.path);
            return (
              <tr key={difference.path} className={`charter-change-${difference.change}`}>
                <th scope="row">
                  {describePointer(t, difference.path)}
                  <span className="badge badge-muted charter-change-badge">
                    {t(`charter.differences.${difference.change}`)}
                  </span>
                </th>
                <td>
                  {difference.change === 'added' ? (
                    <span className="muted">—</span>
                  ) : (
                    <del>{describeValue(t, format, names, difference.before, key)}</del>
                  )}
                </td>
                <td>
                  {difference.change === 'removed' ? (
                    <span className="muted">—</span>
                  ) : (
                    <ins>{describeValue(t, format, names, difference.after, key)}</ins>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
