// Agenda templates per meeting kind, as the seeds lay the cadence out: the weekly check-in is
// operational, the monthly review walks through the distributor's report, the quarterly and annual
// meetings set goals and plans. The defaults are text Liaison writes, so each reader gets them in
// their language (locales/<lang>/server.json, `agenda`); a plan may replace any template, and a
// meeting whose agenda someone edited keeps its own copy, as written.
import type { TFunction } from 'i18next';
import type { MeetingKind } from './schedule.ts';

/**
 * The plan's own template for a kind, or null: a meeting stores null for the default, which is
 * written out when it is read (agendaFor), in the reader's language.
 */
export function ownAgenda(
  kind: MeetingKind,
  templates: Partial<Record<MeetingKind, string[]>>,
): string[] | null {
  const own = templates[kind];
  return own?.length ? [...own] : null;
}

/** The default agenda of a kind in the language of `t`. */
export function defaultAgenda(kind: MeetingKind, t: TFunction): string[] {
  const items: unknown = t(`agenda.${kind}`, { ns: 'server', returnObjects: true });
  return Array.isArray(items) ? items.map(String) : [];
}

/** The agenda a reader sees: the meeting's own, else the plan's template, else the default. */
export function agendaFor(
  kind: MeetingKind,
  templates: Partial<Record<MeetingKind, string[]>>,
  t: TFunction,
  meetingAgenda: string[] | null = null,
): string[] {
  return meetingAgenda ?? ownAgenda(kind, templates) ?? defaultAgenda(kind, t);
}
