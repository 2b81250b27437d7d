// Feedback from both sides: the quarterly relationship survey, its answers, the trend per side
// and the gaps between the sides' averages.
import { z } from 'zod';
import { Side } from '../distributors/distributors.schema.ts';
import { OptionalText, Uuid } from '../platform/fields.ts';

/** What the survey asks about, in the order it asks. */
export const feedbackTopics = ['communication', 'support', 'commitments', 'overall'] as const;
export const FeedbackTopic = z.enum(feedbackTopics).meta({
  description:
    'communication; support; commitments: commitments kept; overall: overall satisfaction',
});
export type FeedbackTopic = z.infer<typeof FeedbackTopic>;

/** A gap is flagged when the two sides' averages on a topic differ by at least this much. */
export const GAP_THRESHOLD = 1;

export const FeedbackRoundParams = z.object({ id: Uuid, roundId: Uuid });

const Score = z
  .number()
  .int()
  .min(1)
  .max(5)
  .meta({ description: 'From 1 (poor) to 5 (very good)' });

export const FeedbackAnswerInput = z.object({
  scores: z.object({
    communication: Score,
    support: Score,
    commitments: Score,
    overall: Score,
  }),
  comments: z
    .object({
      communication: OptionalText(2000),
      support: OptionalText(2000),
      commitments: OptionalText(2000),
      overall: OptionalText(2000),
    })
    .default({ communication: null, support: null, commitments: null, overall: null }),
  commentsConfidential: z.boolean().default(false).meta({
    description:
      'A distributor’s comments for the principal’s admins only; its scores stay shared (always false for the principal’s people)',
  }),
});
export type FeedbackAnswerInput = z.infer<typeof FeedbackAnswerInput>;

const Scores = z.object({
  communication: z.number().int(),
  support: z.number().int(),
  commitments: z.number().int(),
  overall: z.number().int(),
});

const Comments = z
  .object({
    communication: z.string().nullable(),
    support: z.string().nullable(),
    commitments: z.string().nullable(),
    overall: z.string().nullable(),
  })
  .nullable()
  .meta({
    description:
      'null when the comments are confidential to the principal’s admins and the caller is not one of them (nor their author)',
  });

export const FeedbackAnswer = z
  .object({
    id: Uuid,
    respondentName: z.string(),
    side: Side,
    language: z.string(),
    scores: Scores,
    comments: Comments,
    commentsConfidential: z.boolean(),
    isMine: z.boolean(),
    answeredAt: z.date(),
  })
  .meta({ id: 'FeedbackAnswer' });
export type FeedbackAnswerView = z.infer<typeof FeedbackAnswer>;

const SideAverages = z
  .object({
    communication: z.number().nullable(),
    support: z.number().nullable(),
    commitments: z.number().nullable(),
    overall: z.number().nullable(),
  })
  .meta({ description: 'Average score per topic, one decimal; null without answers' });

export const FeedbackRound = z
  .object({
    id: Uuid,
    quarter: z.string().meta({ examples: ['2026-Q4'] }),
    isOpen: z.boolean(),
    openedAt: z.date(),
    closesAt: z.date(),
    openerName: z.string(),
    averages: z.object({ principal: SideAverages, distributor: SideAverages }),
    answers: z.array(FeedbackAnswer),
    hasAnswered: z.boolean().meta({ description: 'Whether the caller answered this round' }),
  })
  .meta({ id: 'FeedbackRound' });
export type FeedbackRoundView = z.infer<typeof FeedbackRound>;

export const FeedbackGap = z
  .object({
    quarter: z.string(),
    topic: FeedbackTopic,
    principal: z.number(),
    distributor: z.number(),
    difference: z.number().meta({ description: 'principal minus distributor, one decimal' }),
  })
  .meta({ id: 'FeedbackGap' });
export type FeedbackGap = z.infer<typeof FeedbackGap>;

export const DistributorFeedback = z
  .object({
    principalName: z.string().meta({ description: 'The workspace’s name: the principal' }),
    distributorName: z.string(),
    rounds: z.array(FeedbackRound).meta({ description: 'Newest first, at most eight quarters' }),
    gaps: z.array(FeedbackGap).meta({
      description:
        'Topics where the sides’ averages differ by 1.0 or more, in the latest round both sides answered',
    }),
    canAnswer: z.boolean(),
    canOpenRound: z.boolean(),
  })
  .meta({ id: 'DistributorFeedback' });
export type DistributorFeedback = z.infer<typeof DistributorFeedback>;
