import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { charterSections } from '../../../../src/charter/charter.content.ts';
import { describeError } from '../../shell/States.tsx';
import type { PointedMessage } from './types.ts';
import type { CharterConflict } from './use-charter-editor.ts';

/**
 * What the live check found: conflicts with other distributors' agreed or signed charters (and
 * within this one), each as a link to the grant or account it is about (whose row reads the
 * sentence) and, for the principal's people, to the other charter.
 */
export function ConflictSummary({
  conflicts,
  isValid,
  isChecking,
  hasChecked,
  checkError,
  onShow,
}: {
  conflicts: CharterConflict[];
  isValid: boolean;
  isChecking: boolean;
  hasChecked: boolean;
  checkError: unknown;
  onShow: (pointer: string) => void;
}) {
  const { t } = useTranslation();
  const withOthers = conflicts.filter((conflict) => conflict.other !== null);
  const within = conflicts.length - withOthers.length;
  let state: string;
  if (checkError) state = t('charterEditor.conflicts.failed', describeError(checkError, t));
  else if (!isValid) state = t('charterEditor.conflicts.paused');
  else if (isChecking || !hasChecked) state = t('charterEditor.conflicts.checking');
  else state = '';
  const hasConflicts = conflicts.length > 0;
  return (
    <div
      className={`conflict-summary${hasConflicts ? ' alert alert-warning' : ''}`}
      role="status"
      aria-live="polite"
    >
      {hasConflicts ? (
        <>
          <p className="strong">
            {withOthers.length
              ? t('charterEditor.conflicts.withOthers', { count: withOthers.length })
              : null}
            {withOthers.length && within ? ' · ' : null}
            {within ? t('charterEditor.conflicts.within', { count: within }) : null}
          </p>
          <p className="small">{t('charterEditor.conflicts.explain')}</p>
          {/* The sentence itself stands under the grant or account it is about: here, where. */}
          <ul>
            {conflicts.map((conflict) => (
              <li key={`${conflict.pointer}|${conflict.detail}`}>
                <button
                  type="button"
                  className="button-link"
                  onClick={() => onShow(conflict.pointer)}
                >
                  {placeOf(conflict.pointer, t) || t('charterEditor.show')}
                </button>
                {conflict.other?.distributorId ? (
                  <>
                    {' · '}
                    <Link to={`/distributors/${conflict.other.distributorId}/charter`}>
                      {t('charterEditor.conflicts.otherCharter', {
                        name: conflict.other.distributorName,
                        version: conflict.other.version,
                      })}
                    </Link>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : hasChecked && isValid && !isChecking && !checkError ? (
        <p className="muted">{t('charterEditor.conflicts.none')}</p>
      ) : null}
      {state ? <p className="muted small">{state}</p> : null}
    </div>
  );
}

// The row names of the sections' lists, as their tables label them ("grant 2").
const rowKeys: Record<string, string> = {
  'territory/grants': 'charterEditor.territory.row',
  'assignedAccounts/accounts': 'charterEditor.assignedAccounts.row',
  'carveOuts/accounts': 'charterEditor.carveOuts.row',
  'inventory/lines': 'charterEditor.inventory.row',
  'goals/items': 'charterEditor.goals.row',
};

/** Where a pointer is, in words: '#/content/territory/grants/1/endsOn' → "Territory, grant 2". */
function placeOf(pointer: string, t: TFunction): string {
  const [section, list, index] = pointer.replace(/^#\/content\//, '').split('/');
  if (!section || !charterSections.some((name) => name === section)) return '';
  const place = [t(`charterEditor.sections.${section}`)];
  const rowKey = rowKeys[`${section}/${list}`];
  if (rowKey && index !== undefined && /^\d+$/.test(index)) {
    place.push(t(rowKey, { number: Number(index) + 1 }));
  }
  return place.join(', ');
}

/** After Save: every field that needs attention, each a link to the field. */
export function ErrorSummary({
  errors,
  onShow,
}: {
  errors: PointedMessage[];
  onShow: (pointer: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="alert alert-error error-summary" role="alert" tabIndex={-1}>
      <strong>{t('charterEditor.errorSummary', { count: errors.length })}</strong>
      <ul>
        {errors.map((error) => {
          const place = placeOf(error.pointer, t);
          return (
            <li key={`${error.pointer}|${error.detail}`}>
              {place ? `${place}: ` : null}
              <button type="button" className="button-link" onClick={() => onShow(error.pointer)}>
                {error.detail}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
