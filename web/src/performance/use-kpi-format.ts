import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/use-format.ts';
import { makeKpiFormat, makePeriodFormat } from './kpi-format.ts';

/** KPI values and months in the signed-in user's locale, built once per locale. */
export function useKpiFormat() {
  const { t } = useTranslation();
  const { locale } = useFormat();
  return useMemo(
    () => ({
      ...makeKpiFormat(locale, {
        // Left as a placeholder, so thousands of cells need no translation call each.
        weeks: t('performance.units.weeks', { value: '{{value}}' }),
        turns: t('performance.units.turns', { value: '{{value}}' }),
        score: t('performance.units.score', { value: '{{value}}' }),
      }),
      period: makePeriodFormat(locale),
    }),
    [locale, t],
  );
}
