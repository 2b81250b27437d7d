// What the revenue column is in (#16): the reporting currency, the total of the distributors that
// match, and, where a month has no exchange rate, who is left out of the total and why.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { missingMonths } from './PortfolioTable.tsx';
import { useKpiFormat } from './use-kpi-format.ts';
import type { PortfolioRecord } from './use-performance.ts';

export function PortfolioRevenueNote({ portfolio }: { portfolio: PortfolioRecord }) {
  const { t } = useTranslation();
  const kpiFormat = useKpiFormat();
  const currency = portfolio.reportingCurrency;
  const missing = portfolio.items.filter((row) => row.missingRates.length > 0);
  return (
    <div className="revenue-note">
      <p>
        {t('performance.portfolio.revenueNote', {
          currency,
          total: kpiFormat.money(portfolio.revenueTotal, currency),
        })}{' '}
        <Link to="/settings/exchange-rates">{t('performance.portfolio.ratesLink')}</Link>
      </p>
      {portfolio.revenueUnconverted > 0 ? (
        <div className="alert alert-info" role="note">
          <p>
            {t('performance.portfolio.unconverted', {
              count: portfolio.revenueUnconverted,
              currency,
            })}
          </p>
          {missing.length ? (
            <ul>
              {missing.map((row) => (
                <li key={row.distributorId}>
                  {t('performance.portfolio.unconvertedRow', {
                    name: row.name,
                    missing: t('performance.portfolio.rateMissing', {
                      months: missingMonths(row.missingRates),
                    }),
                  })}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
