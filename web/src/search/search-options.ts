import type { TFunction } from 'i18next';
import type { Format } from '../format/use-format.ts';
import type { SearchResults } from './use-search.ts';

export type SearchGroup = 'distributors' | 'contacts' | 'meetings' | 'reports' | 'charters';
export const searchGroups: readonly SearchGroup[] = [
  'distributors',
  'contacts',
  'meetings',
  'reports',
  'charters',
];

/** One result as the list shows it: a label, a line of detail, and the page it opens. */
export type SearchOption = {
  key: string;
  group: SearchGroup;
  label: string;
  detail: string;
  href: string;
};

const distributorPath = (id: string) => `/distributors/${id}`;

/** The answer's groups, in order, each result with its words and its link. */
export function searchOptions(results: SearchResults, t: TFunction, format: Format) {
  const groups: Record<SearchGroup, SearchOption[]> = {
    distributors: results.distributors.map((hit) => ({
      key: `distributor-${hit.id}`,
      group: 'distributors',
      label: hit.name,
      detail: [hit.city, format.country(hit.country)].filter(Boolean).join(', '),
      href: distributorPath(hit.id),
    })),
    contacts: results.contacts.map((hit) => ({
      key: `contact-${hit.id}`,
      group: 'contacts',
      label: hit.name,
      detail: [hit.title, hit.distributor.name].filter(Boolean).join(' · '),
      href: distributorPath(hit.distributor.id),
    })),
    meetings: results.meetings.map((hit) => ({
      key: `meeting-${hit.id}`,
      group: 'meetings',
      label: `${t(`cadence.rhythms.${hit.rhythm}`)} ${hit.number}`,
      detail: `${hit.distributor.name} · ${format.dateTime(hit.startsAt)} · ${t(`cadence.statuses.${hit.status}`)}`,
      href: `${distributorPath(hit.distributor.id)}/meetings/${hit.id}`,
    })),
    reports: results.reports.map((hit) => ({
      key: `report-${hit.id}`,
      group: 'reports',
      label: t('search.reportLabel', { month: monthName(hit.period, format.locale) }),
      detail: `${hit.distributor.name} · ${t(`reports.status.${hit.status}`)}`,
      href: `${distributorPath(hit.distributor.id)}/reports/${hit.period}`,
    })),
    charters: results.charters.map((hit) => ({
      key: `charter-${hit.id}`,
      group: 'charters',
      label: t('search.charterLabel', { version: hit.version }),
      detail: `${hit.distributor.name} · ${t(`charter.status.${hit.status}`)}`,
      href: `${distributorPath(hit.distributor.id)}/charter`,
    })),
  };
  return searchGroups
    .map((group) => ({ group, options: groups[group] }))
    .filter((entry) => entry.options.length > 0);
}

/** "October 2026" for "2026-10", in the reader's language. */
export function monthName(period: string, locale: string) {
  const [year, month] = period.split('-').map(Number);
  if (!year || !month) return period;
  return new Intl.DateTimeFormat(locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(Date.UTC(year, month - 1, 1));
}
