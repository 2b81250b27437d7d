import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/use-format.ts';
import type { DisciplineRecord } from './use-cadence.ts';

type Figure = {
  key: 'meetings' | 'notes' | 'actions';
  part: number;
  whole: number;
  overdue: number | null;
  open?: number;
};

/**
 * How both sides keep the rhythm over the last 90 days: meetings held of those planned, notes
 * published on time, action items closed by their due date. Each figure shows its count and share.
 */
export function DisciplinePanel({ discipline }: { discipline: DisciplineRecord }) {
  const { t } = useTranslation();
  const format = useFormat();
  const percent = new Intl.NumberFormat(format.locale, { style: 'percent' });
  const figures: Figure[] = [
    {
      key: 'meetings',
      part: discipline.meetingsHeld,
      whole: discipline.meetingsPlanned,
      overdue: null,
    },
    {
      key: 'notes',
      part: discipline.notesOnTime,
      whole: discipline.notesDue,
      overdue: discipline.notesOverdue,
    },
    {
      key: 'actions',
      part: discipline.actionsClosedOnTime,
      whole: discipline.actionsDue,
      overdue: discipline.actionsOverdue,
      open: discipline.actionsOpen,
    },
  ];
  return (
    <section className="card section" aria-labelledby="cadence-discipline-heading">
      <div className="card-header">
        <h2 id="cadence-discipline-heading">{t('cadence.discipline.title')}</h2>
      </div>
      <p className="muted">
        {t('cadence.discipline.intro', {
          since: format.date(`${discipline.since.slice(0, 10)}T12:00:00Z`),
        })}
      </p>
      <dl className="figures">
        {figures.map((figure) => (
          <div key={figure.key} className="figure">
            <dt>{t(`cadence.discipline.${figure.key}`)}</dt>
            <dd>
              <span className="figure-value">
                {figure.whole ? percent.format(figure.part / figure.whole) : '—'}
              </span>
              <span className="figure-detail">
                {t('cadence.discipline.ofTotal', {
                  part: format.number(figure.part),
                  whole: format.number(figure.whole),
                })}
              </span>
              {figure.overdue !== null ? (
                <span className={figure.overdue ? 'badge badge-overdue' : 'badge badge-muted'}>
                  {t('cadence.discipline.overdue', { count: figure.overdue })}
                </span>
              ) : null}
              {figure.open !== undefined ? (
                <span className="figure-detail">
                  {t('cadence.discipline.open', { count: figure.open })}
                </span>
              ) : null}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
