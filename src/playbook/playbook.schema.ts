// The relationship playbook's inputs and answers (#18).
import { z } from 'zod';
import { Side } from '../distributors/distributors.schema.ts';
import { Text, Uuid } from '../platform/fields.ts';
import { shippedLanguages } from '../platform/languages.ts';
import { ruleCodes } from './playbook-rule-codes.ts';

export const ItemKey = z
  .string()
  .regex(/^[a-z0-9_-]{1,60}$/)
  .meta({ description: 'The item’s stable key; it survives edits of its text and position' });

export const PlaybookItemParams = z.object({ id: Uuid, key: ItemKey });

export const RuleCode = z
  .enum(ruleCodes)
  .meta({ description: 'The rule by which an item ticks itself from the data' });

export const PlaybookItem = z
  .object({
    key: ItemKey,
    position: z.number().int(),
    title: z.string(),
    criteria: z.string().meta({ description: 'How you know you can tick it, in plain language' }),
    kind: z.enum(['automatic', 'judgement']).meta({
      description:
        'automatic: ticks itself from the data; judgement: a person ticks it with a note',
    }),
    ruleCode: RuleCode.nullable(),
    threshold: z
      .number()
      .int()
      .nullable()
      .meta({ description: 'Meetings to hold, or the share answered in time in per cent' }),
  })
  .meta({ id: 'PlaybookItem' });

export const Playbook = z
  .object({
    version: z.number().int(),
    isStandard: z.boolean().meta({ description: 'No admin has changed the standard playbook yet' }),
    language: z.enum(shippedLanguages).meta({ description: 'The language of the texts shown' }),
    items: z.array(PlaybookItem),
    versions: z.array(
      z.object({ version: z.number().int(), creatorName: z.string(), createdAt: z.date() }),
    ),
    ruleCodes: z.array(RuleCode).meta({ description: 'Every rule an item may use' }),
  })
  .meta({ id: 'Playbook' });

export const PlaybookInput = z.object({
  language: z.enum(shippedLanguages).meta({ description: 'The language the texts are written in' }),
  items: z
    .array(
      z.object({
        key: ItemKey.nullable().meta({ description: 'An existing item’s key; null adds one' }),
        ruleCode: RuleCode.nullable().meta({
          description:
            'Only for a new item; an existing item keeps the rule it has whatever is sent',
        }),
        threshold: z.number().int().min(1).max(1000).nullable(),
        title: Text(200),
        criteria: Text(2000),
      }),
    )
    .min(1)
    .max(60),
});
export type PlaybookInput = z.infer<typeof PlaybookInput>;

export const Evidence = z
  .object({
    text: z.string().meta({ description: 'What proves the item, or what is missing' }),
    link: z.string().nullable().meta({ description: 'Where the data is, a path in the web app' }),
  })
  .meta({ id: 'PlaybookEvidence' });

export const DistributorPlaybookItem = PlaybookItem.extend({
  isDone: z.boolean(),
  since: z.date().nullable().meta({ description: 'When it last changed between done and open' }),
  evidence: Evidence.nullable(),
  tickedBy: z.object({ name: z.string(), side: Side }).nullable(),
  note: z.string().nullable(),
  confirmedBy: z.object({ name: z.string(), at: z.date() }).nullable(),
  canTick: z.boolean(),
  canConfirm: z.boolean(),
  canUntick: z.boolean(),
}).meta({ id: 'DistributorPlaybookItem' });

export const PlaybookTransition = z
  .object({
    itemKey: ItemKey,
    title: z.string(),
    isDone: z.boolean(),
    cause: z.enum(['ticked_by_rule', 'unticked_by_rule', 'ticked', 'unticked', 'confirmed']),
    evidence: Evidence.nullable(),
    note: z.string().nullable(),
    actorName: z.string(),
    at: z.date(),
  })
  .meta({ id: 'PlaybookTransition' });

export const DistributorPlaybook = z
  .object({
    distributorId: Uuid,
    version: z.number().int(),
    done: z.number().int(),
    total: z.number().int(),
    evaluatedAt: z.date(),
    items: z.array(DistributorPlaybookItem),
    history: z.array(PlaybookTransition).meta({ description: 'The latest 100 changes' }),
  })
  .meta({ id: 'DistributorPlaybook' });
export type DistributorPlaybook = z.infer<typeof DistributorPlaybook>;

export const TickInput = z.object({
  note: Text(2000).meta({ description: 'Why, or what shows it' }),
});

export const PlaybookProgress = z
  .object({
    version: z.number().int(),
    items: z.array(
      z.object({
        key: ItemKey,
        title: z.string(),
        done: z.number().int().meta({ description: 'Relationships that ticked it' }),
        stalled: z
          .number()
          .int()
          .meta({ description: 'Relationships for which it is the first item still open' }),
      }),
    ),
    distributors: z.array(
      z.object({
        id: Uuid,
        name: z.string(),
        country: z.string(),
        done: z.number().int(),
        total: z.number().int(),
        stalledAt: z.object({ key: ItemKey, title: z.string() }).nullable(),
      }),
    ),
  })
  .meta({ id: 'PlaybookProgress' });
export type PlaybookProgress = z.infer<typeof PlaybookProgress>;
