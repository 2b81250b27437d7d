import type { TFunction } from 'i18next';
import type { NotificationItem } from './use-notifications.ts';

/** One sentence saying what happened, from the notification's type and facts. */
export function notificationText(t: TFunction, item: NotificationItem): string {
  const params: Record<string, string | number> = { distributor: item.distributor?.name ?? '' };
  for (const [key, value] of Object.entries(item.data)) {
    if (typeof value === 'string' || typeof value === 'number') params[key] = value;
  }
  for (const key of ['from', 'to'] as const) {
    const state = item.data[key];
    params[key] = t(`notifications.states.${typeof state === 'string' ? state : 'none'}`);
  }
  return t(`notifications.events.${item.type.replace('.', '_')}`, params);
}
