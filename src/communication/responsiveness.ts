// How quickly each side answers the other: the one rule behind the responsiveness figures.
// In a thread, a side's response time runs from the first message of the other side it has not
// answered yet to its own next message. For a logged interaction it is repliedAt − occurredAt,
// counted for the side that was reached: inbound (the distributor reached out) is the principal's
// response, outbound the distributor's.

export type Side = 'principal' | 'distributor';
export type Turn = { side: Side; at: Date };
/** One answer: who answered, when, and after how many hours. */
export type Response = { side: Side; answeredAt: Date; hours: number };

const HOUR_MS = 3_600_000;

/** The answers in one thread, its messages in any order. */
export function threadResponses(messages: readonly Turn[]): Response[] {
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
      });
      // The answer now waits for the other side in turn.
      waiting = message;
    }
  }
  return responses;
}

/** The answer a logged interaction records, or null when no reply was logged. */
export function interactionResponse(interaction: {
  direction: 'inbound' | 'outbound';
  occurredAt: Date;
  repliedAt: Date | null;
}): Response | null {
  if (!interaction.repliedAt) return null;
  return {
    side: interaction.direction === 'inbound' ? 'principal' : 'distributor',
    answeredAt: interaction.repliedAt,
    hours: (interaction.repliedAt.getTime() - interaction.occurredAt.getTime()) / HOUR_MS,
  };
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
    const hours = recent.filter((response) => response.side === side).map((r) => r.hours);
    return { medianHours: median(hours), responses: hours.length };
  };
  return { principal: of('principal'), distributor: of('distributor') };
}
