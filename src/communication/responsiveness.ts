// How quickly each side answers the other: the one rule behind the responsiveness figures.
// In a thread, a side's response time runs from the first message of the other side it has not
// answered yet to its own next message. For a logged interaction it is repliedAt − occurredAt,
// counted for the side that was reached: inbound (the distributor reached out) is the principal's
// response, outbound the distributor's.

export type Side = 'principal' | 'distributor';
/** A message: its side and time, and (in threads) its author. */
export type Turn = { side: Side; at: Date; userId?: string | null; name?: string };
/**
 * One answer: who answered, when, after how many hours, and the hours the charter's protocol
 * allowed for it (by the thread's priority; normal for a logged interaction).
 */
export type Response = {
  side: Side;
  answeredAt: Date;
  hours: number;
  expectedHours: number;
  userId?: string | null;
  name?: string;
};
/** The charter's response times by priority (communication.responseHours). */
export type ProtocolHours = { urgent: number; high: number; normal: number };

const HOUR_MS = 3_600_000;

/** The answers in one thread, its messages in any order. */
export function threadResponses(messages: readonly Turn[], expectedHours: number): Response[] {
  const ordered = [...messages].sort((a, b) => a.at.getTime() - b.at.getTime());
  const responses: Response[] = [];
  let waiting: Turn | null = null;
  for (const message of ordered) {
    if (waiting === null) {
      waiting = message;
    } else if (message.side !== waiting.side) {
      responses.push({
        side: message.side,
        answeredAt: message.at,
        hours: (message.at.getTime() - waiting.at.getTime()) / HOUR_MS,
        expectedHours,
        ...(message.userId ? { userId: message.userId, name: message.name ?? '' } : {}),
      });
      // The answer now waits for the other side in turn.
      waiting = message;
    }
  }
  return responses;
}

/** The answer a logged interaction records, or null when no reply was logged. */
export function interactionResponse(
  interaction: { direction: 'inbound' | 'outbound'; occurredAt: Date; repliedAt: Date | null },
  expectedHours: number,
): Response | null {
  if (!interaction.repliedAt) return null;
  return {
    side: interaction.direction === 'inbound' ? 'principal' : 'distributor',
    answeredAt: interaction.repliedAt,
    hours: (interaction.repliedAt.getTime() - interaction.occurredAt.getTime()) / HOUR_MS,
    expectedHours,
  };
}

/**
 * The side a thread waits for, since when, and whether that is past the protocol's time: the
 * other side of its latest message, since the first of that side's unanswered run.
 */
export function threadWait(messages: readonly Turn[], expectedHours: number, now: Date) {
  const ordered = [...messages].sort((a, b) => a.at.getTime() - b.at.getTime());
  const last = ordered.at(-1);
  if (!last) return null;
  let since = last.at;
  for (let index = ordered.length - 1; index >= 0; index -= 1) {
    const message = ordered[index] as Turn;
    if (message.side !== last.side) break;
    since = message.at;
  }
  const waitingFor: Side = last.side === 'principal' ? 'distributor' : 'principal';
  const hours = (now.getTime() - since.getTime()) / HOUR_MS;
  return { waitingFor, since, hours, isOverdue: hours > expectedHours };
}

/** Share of answers given within the protocol's time, or null without answers. */
function withinShare(responses: readonly Response[]) {
  if (responses.length === 0) return null;
  const within = responses.filter((response) => response.hours <= response.expectedHours).length;
  return Math.round((within / responses.length) * 1000) / 1000;
}

/** Each person's answers in threads (interactions name no single responder). */
export function personResponsiveness(responses: readonly Response[], since: Date) {
  const people = new Map<string, { name: string; side: Side; answers: Response[] }>();
  for (const response of responses) {
    if (!response.userId || response.answeredAt < since) continue;
    const entry = people.get(response.userId) ?? {
      name: response.name ?? '',
      side: response.side,
      answers: [],
    };
    entry.answers.push(response);
    people.set(response.userId, entry);
  }
  return [...people.entries()]
    .map(([userId, entry]) => ({
      userId,
      name: entry.name,
      side: entry.side,
      medianHours: median(entry.answers.map((answer) => answer.hours)),
      responses: entry.answers.length,
      withinProtocol: withinShare(entry.answers),
    }))
    .sort((a, b) => a.side.localeCompare(b.side) || a.name.localeCompare(b.name));
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value =
    sorted.length % 2
      ? (sorted[middle] as number)
      : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  return Math.round(value * 10) / 10;
}

/** Median hours per side over the answers given at or after `since`. */
export function responsivenessSince(responses: readonly Response[], since: Date) {
  const recent = responses.filter((response) => response.answeredAt >= since);
  const of = (side: Side) => {
    const answers = recent.filter((response) => response.side === side);
    return {
      medianHours: median(answers.map((answer) => answer.hours)),
      responses: answers.length,
      withinProtocol: withinShare(answers),
    };
  };
  return { principal: of('principal'), distributor: of('distributor') };
}
