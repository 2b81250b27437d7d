// Choosing the portfolio's columns (#16): a disclosure of checkboxes, remembered per browser.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type PortfolioColumns, portfolioColumns } from './portfolio-columns.ts';

export function PortfolioColumnPicker({ columns }: { columns: PortfolioColumns }) {
  const { t } = useTranslation();
  const shown = portfolioColumns.filter(columns.isShown).length;
  // The checkboxes exist only while the list is open: closed, the page has one "Country" field.
  const [isOpen, setOpen] = useState(false);
  const labelOf = (column: (typeof portfolioColumns)[number]) => {
    switch (column) {
      case 'country':
      case 'stage':
      case 'tier':
      case 'revenue12m':
        return t(`performance.portfolio.columns.${column}`);
      case 'health':
        return t('warnings.portfolioColumn');
      default:
        return t(`performance.kpis.${column}`);
    }
  };
  return (
    <details
      className="column-picker"
      open={isOpen}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary className="button">
        {t('performance.portfolio.columnPicker', {
          shown,
          total: portfolioColumns.length,
        })}
      </summary>
      {isOpen ? (
        <fieldset>
          <legend>{t('performance.portfolio.columnPickerLegend')}</legend>
          {portfolioColumns.map((column) => (
            <label key={column} className="column-option">
              <input
                type="checkbox"
                checked={columns.isShown(column)}
                onChange={(event) => columns.setShown(column, event.target.checked)}
              />
              {labelOf(column)}
            </label>
          ))}
          <button type="button" className="button-link" onClick={columns.reset}>
            {t('performance.portfolio.columnPickerReset')}
          </button>
        </fieldset>
      ) : null}
    </details>
  );
}
