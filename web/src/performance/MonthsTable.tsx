import { useTranslation } from 'react-i18next';
import { TargetSourceLabel } from './TargetSourceLabel.tsx';
import { useKpiFormat } from './use-kpi-format.ts';
import type { ScorecardRecord } from './use-performance.ts';

/** The charts' figures as text, newest month first, with whether each report came on time. */
export function MonthsTable({
  scorecard,
  id = 'months-table',
}: {
  scorecard: ScorecardRecord;
  /** The charts name this table as their data (aria-describedby). */
  id?: string;
}) {
  const { t } = useTranslation();
  const format = useKpiFormat();
  const months = [...scorecard.months].reverse();
  const money = (value: number | null) => format.money(value, scorecard.currency);
  return (
    <section className="card section" aria-labelledby="months-heading">
      <h2 id="months-heading">{t('performance.scorecard.monthsTitle')}</h2>
      {/* Scrolls sideways on a narrow screen: focusable, so the keyboard can scroll it too. */}
      <section
        className="table-wrap months-table"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region takes focus (WCAG 2.1.1)
        tabIndex={0}
        aria-labelledby="months-heading"
      >
        <table className="table table-compact" id={id}>
          <caption className="visually-hidden">{t('performance.scorecard.monthsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('performance.scorecard.period')}</th>
              <th scope="col" className="numeric">
                {t('performance.scorecard.revenue')}
              </th>
              <th scope="col" className="numeric">
                {t('performance.scorecard.targetRevenue')}
              </th>
              <th scope="col" className="numeric">
                {t('performance.kpis.attainment')}
              </th>
              <th scope="col" className="numeric">
                {t('performance.scorecard.units')}
              </th>
              <th scope="col" className="numeric">
                {t('performance.scorecard.unitsOnHand')}
              </th>
              <th scope="col" className="numeric">
                {t('orders.scorecard.netValue')}
              </th>
              <th scope="col">{t('performance.scorecard.reported')}</th>
              <th scope="col">{t('performance.scorecard.onTime')}</th>
            </tr>
          </thead>
          <tbody>
            {months.map((month) => (
              <tr key={month.period} className={month.reported ? undefined : 'row-muted'}>
                <th scope="row">{format.period(month.period)}</th>
                <td className="numeric">{money(month.revenue)}</td>
                <td className="numeric">
                  {money(month.targetRevenue)}
                  {month.targetSource ? <TargetSourceLabel source={month.targetSource} /> : null}
                </td>
                <td className="numeric">
                  {format.plain(
                    'ratio',
                    month.revenue !== null && month.targetRevenue
                      ? month.revenue / month.targetRevenue
                      : null,
                  )}
                </td>
                <td className="numeric">{format.plain('count', month.units)}</td>
                <td className="numeric">{format.plain('count', month.unitsOnHand)}</td>
                <td className="numeric">
                  {format.money(month.orderValue, scorecard.orderCurrency ?? scorecard.currency)}
                </td>
                <td>
                  {month.reported ? t('performance.scorecard.yes') : t('performance.scorecard.no')}
                </td>
                <td>
                  {month.onTime === null ? (
                    '—'
                  ) : month.onTime ? (
                    t('performance.scorecard.yes')
                  ) : (
                    <span className="badge badge-overdue">{t('performance.scorecard.late')}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </section>
  );
}
