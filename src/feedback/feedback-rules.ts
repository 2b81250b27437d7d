// The pure rules of feedback rounds: which quarter a moment falls in, when its round closes, the
// averages per side, and the gaps between the sides.
import type { Role } from '../db/types.ts';
import {
  type FeedbackGap,
  type FeedbackTopic,
  feedbackTopics,
  GAP_THRESHOLD,
} from './feedback.schema.ts';

/** The UTC calendar quarter of a moment, e.g. "2026-Q4" (portfolio figures count UTC days). */
export function quarterOf(moment: Date): string {
  return `${moment.getUTCFullYear()}-Q${Math.floor(moment.getUTCMonth() / 3) + 1}`;
}

/** The first instant of the quarter after this one: a round takes answers until then. */
export function quarterEnd(quarter: string): Date {
  const [year = 0, number = 1] = quarter.split('-Q').map(Number);
  return new Date(Date.UTC(year, number * 3, 1));
}

/** The quarter `count` quarters before this one ("2026-Q1" minus 1 is "2025-Q4"). */
export function quarterBefore(quarter: string, count = 1): string {
  const [year = 0, number = 1] = quarter.split('-Q').map(Number);
  const index = year * 4 + (number - 1) - count;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

/** Who answers a survey: the people who work the relationship. Viewers read. */
export const respondentRoles: readonly Role[] = [
  'principal_admin',
  'principal_manager',
  'distributor_admin',
  'distributor_member',
];

type Scored = Record<FeedbackTopic, number>;
export type Averages = Record<FeedbackTopic, number | null>;

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

/** The average per topic, to one decimal; null for every topic without answers. */
export function averagesOf(scores: Scored[]): Averages {
  const result = {} as Averages;
  for (const topic of feedbackTopics) {
    result[topic] =
      scores.length === 0
        ? null
        : oneDecimal(scores.reduce((sum, item) => sum + item[topic], 0) / scores.length);
  }
  return result;
}

/**
 * The topics where the principal's and the distributor's averages differ by GAP_THRESHOLD or
 * more ("Brenner rates communication 4.5, Saigon Motor Parts 2.5"). Both sides must have answered.
 */
export function gapsOf(quarter: string, principal: Averages, distributor: Averages): FeedbackGap[] {
  const gaps: FeedbackGap[] = [];
  for (const topic of feedbackTopics) {
    const ours = principal[topic];
    const theirs = distributor[topic];
    if (ours === null || theirs === null) continue;
    const difference = oneDecimal(ours - theirs);
    if (Math.abs(difference) >= GAP_THRESHOLD) {
      gaps.push({ quarter, topic, principal: ours, distributor: theirs, difference });
    }
  }
  return gaps;
}
