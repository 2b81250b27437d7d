// The next step up a distributor's escalation ladder, as a pure rule of what has been tried: the
// ladder's contacts in order (each not yet tried), then a visit, then a formal concern. A step is
// given its time to help (the ladder's response time for a contact, the workspace's wait for a
// visit, the concern's deadline) before the next rung is proposed. docs/concerns.md.

export type LadderRung = {
  level: number;
  contactId: string;
  contactName: string;
  channel: string;
  responseTimeHours: number;
};

export type TakenStep = {
  kind: 'contact' | 'visit' | 'concern';
  contactId: string | null;
  contactName: string | null;
  concernId: string | null;
  takenAt: Date;
};

export type ConcernFact = {
  id: string;
  status: 'draft' | 'sent';
  sentAt: Date | null;
  /** The end of the response deadline (the last instant of its day). */
  dueAt: Date | null;
  respondedAt: Date | null;
};

export type LadderFacts = {
  now: Date;
  state: 'healthy' | 'watch' | 'at_risk';
  /** The distributor's side of the ladder, lowest level first. */
  ladder: LadderRung[];
  /** Steps taken within the escalation window, newest first. */
  steps: TakenStep[];
  /** Concerns within the window, newest first. */
  concerns: ConcernFact[];
  visitWaitDays: number;
  /** For a contact not on the ladder: the charter's high-priority response time, else the default. */
  contactWaitHours: number;
};

export type Proposal =
  | { kind: 'none'; because: 'healthy' | 'watch' }
  | {
      kind: 'wait';
      because: 'contact' | 'visit' | 'concern';
      step: TakenStep;
      until: Date;
      concernId: string | null;
    }
  | { kind: 'contact'; rung: LadderRung; tried: number }
  | { kind: 'visit'; because: 'ladder_tried' | 'no_ladder' }
  | { kind: 'concern'; draftId: string | null }
  | { kind: 'exhausted'; concernId: string };

const HOUR_MS = 3_600_000;

function waitEnd(step: TakenStep, facts: LadderFacts): Date {
  if (step.kind === 'visit')
    return new Date(step.takenAt.getTime() + facts.visitWaitDays * 24 * HOUR_MS);
  const rung = facts.ladder.find((entry) => entry.contactId === step.contactId);
  const hours = rung?.responseTimeHours ?? facts.contactWaitHours;
  return new Date(step.takenAt.getTime() + hours * HOUR_MS);
}

/**
 * Only a relationship at risk gets a proposal. While the latest step still has time to help, the
 * proposal is to wait for it; once it has not helped (the distributor is still at risk), the next
 * rung: a ladder contact not yet tried, a visit, a concern (the draft, if one is waiting), and after
 * a concern left unanswered past its deadline, the ladder is exhausted.
 */
export function proposeNextStep(facts: LadderFacts): Proposal {
  if (facts.state !== 'at_risk') return { kind: 'none', because: facts.state };
  const sent = facts.concerns.find((concern) => concern.status === 'sent');
  if (sent?.dueAt && !sent.respondedAt) {
    if (facts.now < sent.dueAt) {
      const step = facts.steps.find((entry) => entry.concernId === sent.id) ?? {
        kind: 'concern' as const,
        contactId: null,
        contactName: null,
        concernId: sent.id,
        takenAt: sent.sentAt ?? facts.now,
      };
      return { kind: 'wait', because: 'concern', step, until: sent.dueAt, concernId: sent.id };
    }
    return { kind: 'exhausted', concernId: sent.id };
  }
  const latest = facts.steps.find((step) => step.kind !== 'concern');
  if (latest && !sent) {
    const until = waitEnd(latest, facts);
    if (facts.now < until) {
      return { kind: 'wait', because: latest.kind, step: latest, until, concernId: null };
    }
  }
  const tried = new Set(
    facts.steps.filter((step) => step.kind === 'contact').map((step) => step.contactId),
  );
  const untried = facts.ladder.find((rung) => !tried.has(rung.contactId));
  if (untried && !sent) return { kind: 'contact', rung: untried, tried: tried.size };
  if (!sent && !facts.steps.some((step) => step.kind === 'visit')) {
    return { kind: 'visit', because: facts.ladder.length ? 'ladder_tried' : 'no_ladder' };
  }
  const draft = facts.concerns.find((concern) => concern.status === 'draft');
  return { kind: 'concern', draftId: draft?.id ?? null };
}
