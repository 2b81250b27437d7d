// Agenda templates per meeting kind, as the seeds lay the cadence out: the weekly check-in is
// operational, the monthly review walks through the distributor's report, the quarterly and annual
// meetings set goals and plans. A plan may replace any template; each meeting keeps its own copy.
import type { MeetingKind } from './schedule.ts';

export const defaultAgendas: Record<MeetingKind, readonly string[]> = {
  weekly: [
    'Orders and order status',
    'Shipments and deliveries',
    'Inventory and stock-outs',
    'Customer escalations',
    'Open action items',
  ],
  monthly: [
    "The distributor's monthly report",
    'Sales against targets',
    'Inventory and weeks of cover',
    'Pipeline and market intelligence',
    'Open action items',
  ],
  quarterly: [
    'Goals and plan for the next quarter',
    'Performance review against targets',
    'Marketing, training and support plans',
    'Commitments of both sides',
    'Open action items',
  ],
  annual: [
    'Review of the year',
    'Goals and plan for the coming year',
    'Charter review: territory, targets and commitments',
    'Investment and resources on both sides',
  ],
};

/** The agenda a new meeting of this kind starts with: the plan's template, else the default. */
export function agendaFor(
  kind: MeetingKind,
  templates: Partial<Record<MeetingKind, string[]>>,
): string[] {
  const own = templates[kind];
  return own?.length ? [...own] : [...defaultAgendas[kind]];
}
