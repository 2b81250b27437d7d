// How quickly each side, and each person, answers the other over the last 90 days, from threads
// and logged interactions alike (the rule is in responsiveness.ts), measured against the response
// times of the charter in force (communication.responseHours by the thread's priority).
import { DateTime } from 'luxon';
import { defaultCharterContent } from '../charter/charter.content.ts';
import { signedCharterContent } from '../charter/charter-in-force.service.ts';
import type { Tx } from '../db/client.ts';
import { getVisibleDistributor } from '../distributors/distributors.service.ts';
import { type Context, inTransaction } from '../platform/tenancy.ts';
import { findMessageTurnsSince } from './communication.queries.ts';
import { findRepliedInteractionsSince } from './interactions.queries.ts';
import {
  interactionResponse,
  type ProtocolHours,
  personResponsiveness,
  type Response,
  responsivenessSince,
  type Side,
  type Turn,
  threadResponses,
  threadWait,
} from './responsiveness.ts';

export const RESPONSIVENESS_DAYS = 90;

/** The charter's response times, or the default charter's while none is signed. */
export async function protocolHoursOf(
  tx: Tx,
  workspaceId: string,
  distributorId: string,
  now: Date,
) {
  const signed = await signedCharterContent(tx, workspaceId, distributorId);
  const hours: ProtocolHours = signed
    ? signed.communication.responseHours
    : defaultCharterContent(now.toISOString().slice(0, 10)).communication.responseHours;
  return { hours, source: signed ? ('charter' as const) : ('default' as const) };
}

/** The figures, inside the caller's transaction (the scorecard reads them in its own). */
export async function responsivenessFigures(ctx: Context, tx: Tx, distributorId: string) {
  const ws = ctx.actor.workspaceId;
  const now = ctx.clock.now();
  const since = DateTime.fromJSDate(now).minus({ days: RESPONSIVENESS_DAYS }).toJSDate();
  const protocol = await protocolHoursOf(tx, ws, distributorId, now);
  const threads = new Map<string, { expectedHours: number; turns: Turn[] }>();
  for (const turn of await findMessageTurnsSince(tx, ws, distributorId, since)) {
    const thread = threads.get(turn.threadId) ?? {
      expectedHours: protocol.hours[turn.priority],
      turns: [],
    };
    thread.turns.push({ side: turn.side, at: turn.at, userId: turn.userId, name: turn.name });
    threads.set(turn.threadId, thread);
  }
  const responses: Response[] = [...threads.values()].flatMap((thread) =>
    threadResponses(thread.turns, thread.expectedHours),
  );
  for (const interaction of await findRepliedInteractionsSince(tx, ws, distributorId, since)) {
    const response = interactionResponse(interaction, protocol.hours.normal);
    if (response) responses.push(response);
  }
  const waits = [...threads.values()].flatMap((thread) => {
    const wait = threadWait(thread.turns, thread.expectedHours, now);
    return wait ? [wait] : [];
  });
  const sides = responsivenessSince(responses, since);
  const withWaits = (side: Side) => ({
    ...sides[side],
    waiting: waits.filter((wait) => wait.waitingFor === side).length,
    overdue: waits.filter((wait) => wait.waitingFor === side && wait.isOverdue).length,
  });
  return {
    distributorId,
    since,
    days: RESPONSIVENESS_DAYS,
    protocolHours: protocol.hours,
    protocolSource: protocol.source,
    principal: withWaits('principal'),
    distributor: withWaits('distributor'),
    people: personResponsiveness(responses, since),
  };
}

export function getResponsiveness(ctx: Context, distributorId: string) {
  return inTransaction(ctx, async (tx) => {
    await getVisibleDistributor(ctx, tx, distributorId);
    return responsivenessFigures(ctx, tx, distributorId);
  });
}

/**
 * The responsiveness KPI of a scorecard: the distributor's share of answers within the
 * protocol's time over the last 90 days (target 100 %), with its median hours.
 */
export async function responsivenessKpi(ctx: Context, tx: Tx, distributorId: string) {
  const figures = await responsivenessFigures(ctx, tx, distributorId);
  return {
    withinProtocol: figures.distributor.withinProtocol,
    medianHours: figures.distributor.medianHours,
    responses: figures.distributor.responses,
    overdue: figures.distributor.overdue,
    principalWithinProtocol: figures.principal.withinProtocol,
    principalMedianHours: figures.principal.medianHours,
    normalHours: figures.protocolHours.normal,
    days: figures.days,
  };
}
