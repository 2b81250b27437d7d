// Values both documents show the same way: product lines as "CODE Name", regions by name, times
// in UTC, numbers with English grouping, and the tables the charter and the handbook share.
import { DateTime } from 'luxon';
import { channels } from '../charter.content.ts';
import type { CharterDocument } from '../charter.document.ts';
import { subdivisionName } from '../subdivisions.ts';
import type { Phrasebook } from './document-language.ts';
import { asWritten, type Block, type Phrase } from './document-model.ts';

const numberFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** "2026-03-02 09:15 UTC" for an ISO timestamp or a Date. */
export function utcTimestamp(value: string | Date): string {
  const time =
    typeof value === 'string'
      ? DateTime.fromISO(value, { zone: 'utc' })
      : DateTime.fromJSDate(value, { zone: 'utc' });
  return time.isValid ? time.toFormat("yyyy-LL-dd HH:mm 'UTC'") : String(value);
}

export function productLineName(document: CharterDocument, id: string): string {
  const line = document.productLines[id];
  return line ? `${line.code} ${line.name}` : id;
}

/** A free-text clause as written, under its label; nothing when the clause is empty. */
export function clauseBlocks(text: string, phrases: Phrasebook): Block[] {
  return text.trim() ? [{ kind: 'clause', label: phrases.label('label.clause'), text }] : [];
}

/** One product line per line; an empty list means every product line. */
export function productLinesPhrase(
  document: CharterDocument,
  ids: readonly string[],
  phrases: Phrasebook,
): Phrase {
  if (ids.length === 0) return phrases.label('value.allProductLines');
  return asWritten(ids.map((id) => productLineName(document, id)).join('\n'));
}

export function regionPhrase(region: string | null, phrases: Phrasebook): Phrase {
  if (!region) return phrases.label('value.wholeCountry');
  const name = subdivisionName(region);
  return asWritten(name ? `${name} (${region})` : region);
}

/** Escalation steps store a channel code; anything else is shown as written. */
export function channelPhrase(channel: string, phrases: Phrasebook): Phrase {
  const known = (channels as readonly string[]).includes(channel);
  return known
    ? phrases.label(`channel.${channel as (typeof channels)[number]}`)
    : asWritten(channel);
}

export function inventoryBlocks(document: CharterDocument, phrases: Phrasebook): Block[] {
  const { inventory } = document.content;
  return [
    {
      kind: 'table',
      columns: [
        { title: phrases.label('label.productLine'), width: 2.2 },
        { title: phrases.label('label.minimumOrderQuantity'), width: 1.2 },
        { title: phrases.label('label.bufferWeeks'), width: 1.2 },
      ],
      rows: inventory.lines.map((line) => [
        line.productLineId
          ? asWritten(productLineName(document, line.productLineId))
          : phrases.label('value.allProductLines'),
        asWritten(formatNumber(line.minimumOrderQuantity)),
        phrases.label('value.weeks', { count: line.bufferWeeks }),
      ]),
      empty: phrases.label('value.none'),
    },
    {
      kind: 'fields',
      rows: [
        {
          label: phrases.label('label.financing'),
          value: phrases.label(`financing.${inventory.financing}`),
        },
        {
          label: phrases.label('label.paymentTerms'),
          value: phrases.label('value.days', { count: inventory.paymentTermsDays }),
        },
      ],
    },
  ];
}

export function goalsTable(document: CharterDocument, phrases: Phrasebook): Block {
  return {
    kind: 'table',
    columns: [
      { title: phrases.label('label.metric'), width: 2.4 },
      { title: phrases.label('label.target'), width: 1 },
      { title: phrases.label('label.unit'), width: 1 },
      { title: phrases.label('label.dueOn'), width: 1 },
    ],
    rows: document.content.goals.items.map((goal) => [
      asWritten(goal.metric),
      asWritten(formatNumber(goal.target)),
      asWritten(goal.unit),
      asWritten(goal.dueOn),
    ]),
    empty: phrases.label('value.none'),
  };
}

/**
 * The agreed severities. The handbook adds what each severity means in practice; the charter shows
 * only what was agreed.
 */
export function severitiesTable(
  document: CharterDocument,
  phrases: Phrasebook,
  { withMeaning }: { withMeaning: boolean },
): Block {
  const meaning = { title: phrases.label('label.meaning'), width: 2.4 };
  return {
    kind: 'table',
    columns: [
      { title: phrases.label('label.severity'), width: 1 },
      ...(withMeaning ? [meaning] : []),
      { title: phrases.label('label.responseWithin'), width: 1 },
      { title: phrases.label('label.resolutionWithin'), width: 1 },
    ],
    rows: document.content.problemResolution.severities.map((row) => [
      phrases.label(`severity.${row.severity}`),
      ...(withMeaning ? [phrases.label(`severityMeaning.${row.severity}`)] : []),
      phrases.label('value.hours', { count: row.responseHours }),
      phrases.label('value.days', { count: row.resolutionDays }),
    ]),
    empty: phrases.label('value.none'),
  };
}

export function responseTimesTable(document: CharterDocument, phrases: Phrasebook): Block {
  const { responseHours } = document.content.communication;
  return {
    kind: 'table',
    columns: [
      { title: phrases.label('label.urgency'), width: 1 },
      { title: phrases.label('label.responseWithin'), width: 1 },
    ],
    rows: (['urgent', 'high', 'normal'] as const).map((urgency) => [
      phrases.label(`urgency.${urgency}`),
      phrases.label('value.hours', { count: responseHours[urgency] }),
    ]),
    empty: phrases.label('value.none'),
  };
}
