// Threads between the principal and one distributor, interactions logged after they happened
// elsewhere, and each side's response times.
import { z } from 'zod';
import { IsoDateTime, Text, Uuid } from '../platform/fields.ts';

const Side = z.enum(['principal', 'distributor']);
export const threadPriorities = ['urgent', 'high', 'normal'] as const;
const Priority = z.enum(threadPriorities).meta({
  description: "Sets the response time expected by the charter's protocol (communication)",
});

export const ThreadParams = z.object({ id: Uuid, threadId: Uuid });
export const InteractionParams = z.object({ id: Uuid, interactionId: Uuid });

export const ThreadInput = z
  .object({
    subject: Text(300),
    priority: Priority.default('normal'),
    body: Text(20_000).meta({ description: 'The first message' }),
    participantUserIds: z.array(Uuid).min(1).max(50).meta({
      description:
        'Members of either side (the principal, or this distributor); at least one of the other side',
    }),
  })
  .meta({ id: 'NewThread' });
export type ThreadInput = z.infer<typeof ThreadInput>;

export const MessageInput = z.object({ body: Text(20_000) }).meta({
  id: 'NewMessage',
  description:
    'JSON, or multipart/form-data with the field `body` and up to 10 files in `files` ' +
    '(PDF, images, office documents, CSV or text; LIAISON_ATTACHMENT_MAX_MB each)',
});
export type MessageInput = z.infer<typeof MessageInput>;

export const Participant = z.object({ userId: Uuid, name: z.string(), side: Side });

export const AttachmentView = z
  .object({
    id: Uuid,
    fileName: z.string(),
    contentType: z.string().meta({ description: 'As detected from the content' }),
    sizeBytes: z.number().int(),
  })
  .meta({ id: 'Attachment' });

export const AttachmentParams = ThreadParams.extend({ attachmentId: Uuid });

export const MessageView = z
  .object({
    id: Uuid,
    author: z.object({ userId: Uuid.nullable(), name: z.string(), side: Side }),
    body: z.string(),
    attachments: z.array(AttachmentView),
    createdAt: z.date(),
  })
  .meta({ id: 'Message' });

export const ThreadSummary = z
  .object({
    id: Uuid,
    distributorId: Uuid,
    subject: z.string(),
    participants: z.array(Participant),
    messageCount: z.number().int(),
    priority: Priority,
    lastMessageAt: z.date(),
    unread: z.boolean().meta({ description: 'A message came after the caller last read it' }),
    createdAt: z.date(),
  })
  .meta({ id: 'ThreadSummary' });

export const ThreadDetail = ThreadSummary.extend({ messages: z.array(MessageView) }).meta({
  id: 'ThreadDetail',
});

export const ThreadListQuery = z.object({
  q: z.string().trim().max(200).optional().meta({ description: 'Text in subject or messages' }),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type ThreadListQuery = z.infer<typeof ThreadListQuery>;

export const ThreadPage = z
  .object({
    items: z.array(ThreadSummary),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .meta({ id: 'ThreadPage' });

export const interactionChannels = [
  'call',
  'email',
  'visit',
  'whatsapp',
  'other_chat',
  'meeting',
] as const;
const Channel = z.enum(interactionChannels);
const Direction = z.enum(['inbound', 'outbound']).meta({
  description: 'inbound: the distributor reached the principal; outbound: the other way',
});

export const InteractionInput = z
  .object({
    occurredAt: IsoDateTime,
    direction: Direction,
    channel: Channel,
    contactIds: z.array(Uuid).max(50).default([]).meta({
      description: 'Contacts of this relationship (either side) who took part',
    }),
    summary: Text(5000),
    repliedAt: IsoDateTime.nullish().transform((value) => value ?? null),
  })
  .meta({ id: 'NewInteraction' });
export type InteractionInput = z.infer<typeof InteractionInput>;

export const InteractionPatch = z
  .object({
    occurredAt: IsoDateTime,
    direction: Direction,
    channel: Channel,
    contactIds: z.array(Uuid).max(50),
    summary: Text(5000),
    repliedAt: IsoDateTime.nullable(),
  })
  .partial()
  .meta({ id: 'InteractionPatch' });
export type InteractionPatch = z.infer<typeof InteractionPatch>;

export const InteractionView = z
  .object({
    id: Uuid,
    distributorId: Uuid,
    occurredAt: z.date(),
    direction: Direction,
    channel: Channel,
    people: z.array(z.object({ contactId: Uuid, name: z.string(), side: Side })),
    summary: z.string(),
    repliedAt: z.date().nullable(),
    loggedBySide: Side,
    canEdit: z.boolean(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'Interaction' });

export const InteractionListQuery = z.object({
  channel: Channel.optional(),
  from: IsoDateTime.optional().meta({ description: 'Occurred at or after' }),
  to: IsoDateTime.optional().meta({ description: 'Occurred before' }),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type InteractionListQuery = z.infer<typeof InteractionListQuery>;

export const InteractionPage = z
  .object({
    items: z.array(InteractionView),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .meta({ id: 'InteractionPage' });

const Share = z.number().nullable().meta({
  description: "Share of answers within the charter's response time (0–1); null without answers",
});

const SideResponsiveness = z.object({
  medianHours: z.number().nullable().meta({ description: 'null when no answer in the window' }),
  responses: z.number().int(),
  withinProtocol: Share,
  waiting: z.number().int().meta({ description: 'Threads whose latest message awaits this side' }),
  overdue: z.number().int().meta({ description: "Of those, past the protocol's response time" }),
});

const ProtocolHours = z
  .object({ urgent: z.number(), high: z.number(), normal: z.number() })
  .meta({ id: 'ResponseProtocolHours' });

export const Responsiveness = z
  .object({
    distributorId: Uuid,
    since: z.date(),
    days: z.number().int(),
    protocolHours: ProtocolHours,
    protocolSource: z.enum(['charter', 'default']).meta({
      description: "charter: the signed charter's protocol; default: none is signed yet",
    }),
    principal: SideResponsiveness,
    distributor: SideResponsiveness,
    people: z.array(
      z.object({
        userId: Uuid,
        name: z.string(),
        side: Side,
        medianHours: z.number().nullable(),
        responses: z.number().int(),
        withinProtocol: Share,
      }),
    ),
  })
  .meta({ id: 'Responsiveness' });

export const ResponsivenessKpi = z
  .object({
    withinProtocol: Share,
    medianHours: z.number().nullable(),
    responses: z.number().int(),
    overdue: z.number().int(),
    principalWithinProtocol: Share,
    principalMedianHours: z.number().nullable(),
    normalHours: z.number(),
    days: z.number().int(),
  })
  .meta({
    id: 'ResponsivenessKpi',
    description: "The distributor's answers over the last 90 days against the charter's protocol",
  });

export const SearchQuery = z.object({
  q: z
    .string()
    .trim()
    .min(2)
    .max(200)
    .meta({
      description:
        'Text in thread subjects, messages and interaction summaries; without accents it also ' +
        'finds accented text ("nguyen" finds "Nguyễn")',
    }),
  distributorId: Uuid.optional().meta({ description: 'Only this distributor' }),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type SearchQuery = z.infer<typeof SearchQuery>;

export const SearchHit = z
  .object({
    kind: z.enum(['thread', 'message', 'interaction']),
    id: Uuid,
    threadId: Uuid.nullable(),
    distributor: z.object({ id: Uuid, name: z.string() }),
    subject: z
      .string()
      .nullable()
      .meta({ description: "The thread's subject (threads, messages)" }),
    channel: Channel.nullable().meta({ description: 'For an interaction' }),
    at: z.date(),
    snippet: z
      .object({ before: z.string(), match: z.string(), after: z.string() })
      .meta({ description: 'The text around the first match; `match` is what to highlight' }),
  })
  .meta({ id: 'CommunicationSearchHit' });

export const SearchPage = z
  .object({
    items: z.array(SearchHit),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .meta({ id: 'CommunicationSearchPage' });
