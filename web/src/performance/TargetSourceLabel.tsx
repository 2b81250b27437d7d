import { useTranslation } from 'react-i18next';
import type { TargetSourceRecord } from './use-performance.ts';

/**
 * Where a period's target comes from, in words: "entered", "derived from 2026", "derived from
 * Q3 2026", "sum of the product lines", "sum of the months". The targets page and the scorecard
 * both label their figures with it.
 */
export function TargetSourceLabel({
  id,
  source,
  amount = null,
}: {
  id?: string;
  source: TargetSourceRecord;
  /** The derived figure, written out where the cell itself shows it only as a placeholder. */
  amount?: string | null;
}) {
  const text = useTargetSourceText()(source);
  return (
    <span id={id} className={`target-source target-source-${source.kind}`}>
      {amount ? `${amount} · ${text}` : text}
    </span>
  );
}

export function useTargetSourceText() {
  const { t } = useTranslation();
  return (source: TargetSourceRecord) => {
    const period = source.period ?? '';
    switch (source.kind) {
      case 'year':
        return t('performance.targets.source.year', { year: period.slice(0, 4) });
      case 'quarter':
        return t('performance.targets.source.quarter', {
          quarter: t('performance.targets.quarter', {
            quarter: (Number(period.slice(5, 7)) + 2) / 3,
            year: period.slice(0, 4),
          }),
        });
      default:
        return t(`performance.targets.source.${source.kind}`);
    }
  };
}
