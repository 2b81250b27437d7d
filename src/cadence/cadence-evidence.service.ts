// What other domains (the relationship playbook, #18) read of a relationship's cadence, inside
// their own transaction: whether a plan exists, meetings held with notes on time, the first QBR.
import type { Tx } from '../db/client.ts';
import {
  countHeldWithNotesOnTime,
  findFirstHeldReview,
  findLatestHeldMeeting,
} from './cadence-evidence.queries.ts';
import { disciplineWindow } from './discipline.service.ts';
import { findCadencePlan } from './plans.queries.ts';

export type CadenceEvidence = {
  hasPlan: boolean;
  /** Meetings of the last 90 days held by both sides with notes within the notes rule. */
  heldWithNotesOnTime: number;
  windowDays: number;
  latestHeldMeetingId: string | null;
  firstReview: { id: string; startsAt: Date } | null;
};

export async function cadenceEvidence(
  tx: Tx,
  workspaceId: string,
  distributorId: string,
  now: Date,
): Promise<CadenceEvidence> {
  const plan = await findCadencePlan(tx, workspaceId, distributorId);
  const window = disciplineWindow(now);
  const recent = await countHeldWithNotesOnTime(tx, workspaceId, distributorId, window.since, now);
  const latest = recent.latestId
    ? { id: recent.latestId }
    : await findLatestHeldMeeting(tx, workspaceId, distributorId);
  const review = await findFirstHeldReview(tx, workspaceId, distributorId, now);
  return {
    hasPlan: Boolean(plan),
    heldWithNotesOnTime: recent.count,
    windowDays: Math.round((now.getTime() - window.since.getTime()) / 86_400_000),
    latestHeldMeetingId: latest?.id ?? null,
    firstReview: review ?? null,
  };
}
