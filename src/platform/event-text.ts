// What an event says in words, in the reader's language: the e-mail digest (in each person's
// language) and chat messages of Slack and Teams webhooks (in the workspace's language, as the
// principal's team reads its channel). The catalogues are `locales/<lang>/events.json`, with their
// own i18next instance, which the in-app notifications share.
import i18next, { type TFunction } from 'i18next';
import de from '../../locales/de/events.json' with { type: 'json' };
import en from '../../locales/en/events.json' with { type: 'json' };
import th from '../../locales/th/events.json' with { type: 'json' };
import vi from '../../locales/vi/events.json' with { type: 'json' };
import zh from '../../locales/zh/events.json' with { type: 'json' };
import { catalogueLanguage, type ShippedLanguage } from './languages.ts';

const catalogues = { en, de, vi, th, zh } as const satisfies Record<ShippedLanguage, unknown>;

const i18n = i18next.createInstance();
await i18n.init({
  lng: 'en',
  fallbackLng: 'en',
  ns: ['events'],
  defaultNS: 'events',
  resources: Object.fromEntries(
    Object.entries(catalogues).map(([language, events]) => [language, { events }]),
  ),
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
});

/** The catalogue language for a BCP 47 tag ("vi-VN" → "vi"); English when there is none. */
export function eventLanguageOf(tag: string | null | undefined): keyof typeof catalogues {
  return catalogueLanguage(tag);
}

export function eventTranslator(tag: string | null | undefined): TFunction {
  return i18n.getFixedT(eventLanguageOf(tag));
}

export type EventWords = {
  type: string;
  distributorName: string | null;
  data: Record<string, unknown>;
};

/** One sentence saying what happened. */
export function eventSentence(words: EventWords, t: TFunction): string {
  const params: Record<string, string | number> = { distributor: words.distributorName ?? '' };
  for (const [key, value] of Object.entries(words.data)) {
    if (typeof value === 'string' || typeof value === 'number') params[key] = value;
  }
  for (const key of ['from', 'to'] as const) {
    const state = words.data[key];
    params[key] = t(`states.${typeof state === 'string' ? state : 'none'}`);
  }
  return t(`events.${words.type.replace('.', '_')}`, params);
}
