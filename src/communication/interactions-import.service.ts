// Interactions that happened before Liaison, from a CRM export (docs/imports.md): calls, e-mails,
// visits and chats with their time, direction, people and the time of the reply. The people are
// the distributor's contacts, named by e-mail address or name; a time without an offset is read on
// the distributor's clock.
import { DateTime } from 'luxon';
import { z } from 'zod';
import {
  type DistributorReference,
  distributorReferences,
} from '../distributors/baseline.service.ts';
import { lookUpContacts } from '../distributors/contacts.service.ts';
import {
  type ImportOptions,
  optionalCell,
  parseCells,
  rowError,
  runCsvImport,
} from '../platform/csv-import.ts';
import type { FieldError } from '../platform/errors.ts';
import type { Context } from '../platform/tenancy.ts';
import { interactionChannels } from './communication.schema.ts';
import { insertInteractions } from './interactions.queries.ts';

export const interactionColumns = [
  'occurred_at',
  'distributor',
  'direction',
  'channel',
  'people',
  'summary',
  'replied_at',
] as const;
const required = ['occurred_at', 'distributor', 'direction', 'channel', 'summary'];

const Row = z.object({
  direction: z.enum(['inbound', 'outbound']),
  channel: z.enum(interactionChannels),
  summary: z.string().min(1).max(5000),
});

type Contact = Awaited<ReturnType<typeof lookUpContacts>>[number];
type Interaction = {
  distributorId: string;
  occurredAt: Date;
  repliedAt: Date | null;
  direction: 'inbound' | 'outbound';
  channel: (typeof interactionChannels)[number];
  contactIds: string[];
  summary: string;
};

/** An ISO 8601 date and time; without an offset, on the distributor's clock. */
function instantOf(value: string, timeZone: string): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(value)) return undefined;
  const parsed = DateTime.fromISO(value.replace(' ', 'T'), { zone: timeZone });
  return parsed.isValid ? parsed.toJSDate() : undefined;
}

/** The contacts a `people` cell names (e-mail addresses or names, separated by ;). */
function peopleOf(
  ctx: Context,
  row: number,
  cell: string,
  distributor: DistributorReference,
  contacts: readonly Contact[],
  errors: FieldError[],
): string[] {
  const ids: string[] = [];
  for (const person of cell
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const key = person.toLowerCase();
    const byEmail = contacts.filter((contact) => contact.email?.toLowerCase() === key);
    const found = byEmail.length ? byEmail : contacts.filter((c) => c.name.toLowerCase() === key);
    const params = { value: person, distributor: distributor.name };
    if (found.length === 1 && found[0]) ids.push(found[0].id);
    else if (found.length > 1) {
      errors.push(rowError(row, 'people', ctx.t('imports.validation.ambiguous_person', params)));
    } else {
      errors.push(rowError(row, 'people', ctx.t('imports.validation.unknown_person', params)));
    }
  }
  return [...new Set(ids)];
}

/** Validates every row and imports all interactions in one transaction, or none. */
export function importInteractionsCsv(ctx: Context, csvText: string, options: ImportOptions = {}) {
  const { t } = ctx;
  const workspaceId = ctx.actor.workspaceId;
  const now = ctx.clock.now();
  return runCsvImport(ctx, csvText, options, {
    required,
    load: async (tx) => {
      const contacts = new Map<string, Contact[]>();
      for (const contact of await lookUpContacts(tx, workspaceId, {})) {
        contacts.set(contact.distributorId, [
          ...(contacts.get(contact.distributorId) ?? []),
          contact,
        ]);
      }
      return { distributorOf: await distributorReferences(tx, workspaceId), contacts };
    },
    check: ({ row, cells }, lookups, errors): Interaction | undefined => {
      const before = errors.length;
      const parsed = parseCells(
        t,
        Row,
        row,
        { direction: cells.direction, channel: cells.channel, summary: cells.summary ?? '' },
        (field) => field,
        errors,
      );
      const distributor = lookups.distributorOf(cells.distributor ?? '');
      if (!distributor) {
        const detail = t('imports.validation.unknown_distributor', { value: cells.distributor });
        errors.push(rowError(row, 'distributor', detail));
        return undefined;
      }
      const occurredAt = instantOf(cells.occurred_at ?? '', distributor.timeZone);
      const repliedCell = optionalCell(cells.replied_at);
      const repliedAt = repliedCell ? instantOf(repliedCell, distributor.timeZone) : null;
      if (!occurredAt) {
        errors.push(rowError(row, 'occurred_at', t('imports.validation.date_time')));
      } else if (occurredAt > now) {
        errors.push(rowError(row, 'occurred_at', t('imports.validation.in_future')));
      }
      if (repliedAt === undefined) {
        errors.push(rowError(row, 'replied_at', t('imports.validation.date_time')));
      } else if (repliedAt && occurredAt && repliedAt < occurredAt) {
        errors.push(rowError(row, 'replied_at', t('imports.validation.reply_before')));
      }
      const contactIds = peopleOf(
        ctx,
        row,
        cells.people ?? '',
        distributor,
        lookups.contacts.get(distributor.id) ?? [],
        errors,
      );
      if (!parsed || !occurredAt || repliedAt === undefined || errors.length > before) {
        return undefined;
      }
      return { distributorId: distributor.id, occurredAt, repliedAt, contactIds, ...parsed };
    },
    write: async (tx, interactions, _lookups, onProgress) => ({
      interactions: await insertInteractions(
        tx,
        interactions.map((interaction) => ({
          ...interaction,
          workspaceId,
          loggedBySide: 'principal' as const,
          createdBy: ctx.actor.userId,
          createdAt: now,
          updatedAt: now,
        })),
        onProgress,
      ),
    }),
    audit: {
      entityType: 'communication_interaction',
      action: 'communication.interactions_imported',
    },
  });
}
