import type { TFunction } from 'i18next';
import { monthName } from '../search/search-options.ts';
import type { TimelineItem } from './use-timeline.ts';

/**
 * What happened, as a sentence in the reader's language ("Report for October 2026 submitted"),
 * and the page that shows the record, if there is one.
 */
export function timelineSentence(item: TimelineItem, t: TFunction, locale: string) {
  const subject = item.subject ?? '';
  const params: Record<string, string> = {};
  switch (item.kind) {
    case 'meeting':
      params.meeting = t(`cadence.rhythms.${subject}`, { defaultValue: subject });
      break;
    case 'action_item':
      params.title = subject;
      break;
    case 'report':
      params.month = monthName(subject, locale);
      break;
    case 'charter':
      params.version = subject;
      params.section = t(`charter.sections.${subject}`, { defaultValue: subject });
      params.side = t(`sideInSentence.${item.detail ?? ''}`, { defaultValue: '' });
      break;
    case 'communication':
      params.channel = t(`communication.channels.${subject}`, { defaultValue: subject });
      break;
    case 'concern':
      params.subject = subject;
      break;
    case 'lifecycle':
      params.stage = t(`lifecycle.${subject}`, { defaultValue: subject });
      break;
  }
  return t(`timeline.events.${item.event}`, { ...params, defaultValue: item.event });
}

/** Free text a person wrote with the event (a reason, a summary); not the signing party. */
export function timelineDetail(item: TimelineItem) {
  if (item.event === 'charter.signed') return null;
  if (item.event === 'action_item.created') return null;
  return item.detail;
}

export function timelineLink(item: TimelineItem, distributorId: string) {
  const base = `/distributors/${distributorId}`;
  switch (item.kind) {
    case 'meeting':
    case 'action_item':
      return item.ref ? `${base}/meetings/${item.ref}` : null;
    case 'report':
      return item.ref ? `${base}/reports/${item.ref}` : null;
    case 'charter':
      return `${base}/charter`;
    case 'concern':
      return item.ref ? `${base}/concerns/${item.ref}` : null;
    case 'communication':
      return `${base}/communication`;
    default:
      return null;
  }
}
