// How each KPI reads: its unit, whether lower is better, and the distributor_kpi column it is
// kept in (the scorecard, the portfolio and its exports share it).

import type { KpiRow } from './kpi.queries.ts';
import type { KpiKey } from './kpi.schema.ts';

export const kpiShape: Record<
  KpiKey,
  { unit: string; lowerIsBetter: boolean; column: keyof KpiRow }
> = {
  attainment: { unit: 'ratio', lowerIsBetter: false, column: 'attainment' },
  growth: { unit: 'ratio', lowerIsBetter: false, column: 'growth' },
  sellThrough: { unit: 'ratio', lowerIsBetter: false, column: 'sellThrough' },
  inventoryTurns: { unit: 'turns', lowerIsBetter: false, column: 'inventoryTurns' },
  weeksOfCover: { unit: 'weeks', lowerIsBetter: false, column: 'weeksOfCover' },
  timeliness: { unit: 'ratio', lowerIsBetter: false, column: 'timeliness' },
  meetingsHeld: { unit: 'ratio', lowerIsBetter: false, column: 'meetingsHeld' },
  notesOnTime: { unit: 'ratio', lowerIsBetter: false, column: 'notesOnTime' },
  actionsOnTime: { unit: 'ratio', lowerIsBetter: false, column: 'actionsOnTime' },
  complaints: { unit: 'count', lowerIsBetter: true, column: 'complaints' },
  returns: { unit: 'count', lowerIsBetter: true, column: 'returns' },
  satisfaction: { unit: 'score', lowerIsBetter: false, column: 'satisfaction' },
  margin: { unit: 'ratio', lowerIsBetter: false, column: 'margin' },
  orderGrowth: { unit: 'ratio', lowerIsBetter: false, column: 'orderGrowth' },
};
