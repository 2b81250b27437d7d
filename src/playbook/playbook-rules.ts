// The rules of the items that tick themselves: one function per rule code, each reading the
// owning domain's evidence through its service and saying what proves the item (or what is
// missing) with a link into the web app. Adding an automatic item is its code in
// playbook-rule-codes.ts and one entry here (the type refuses one without the other), its texts in
// locales/<language>/server.json (playbook.items, playbook.evidence) and, to ship it in the
// standard playbook, a line in playbook-defaults.ts.
import { type CadenceEvidence, cadenceEvidence } from '../cadence/cadence-evidence.service.ts';
import { type CharterEvidence, charterEvidence } from '../charter/charter-evidence.service.ts';
import { responsivenessFigures } from '../communication/responsiveness.service.ts';
import type { Tx } from '../db/client.ts';
import { listEscalationLadder } from '../distributors/escalation.service.ts';
import { quartersAnsweredByBothSides } from '../feedback/feedback.service.ts';
import { type GoalEvidence, goalEvidence } from '../plan/plan-evidence.service.ts';
import type { Context } from '../platform/tenancy.ts';
import { type ReportEvidence, reportEvidence } from '../reports/report-evidence.service.ts';
import type { PlaybookEvidence } from './playbook.queries.ts';
import { asRuleCode, type RuleCode } from './playbook-rule-codes.ts';

export type RuleResult = { isDone: boolean; evidence: PlaybookEvidence };

/** The evidence of one relationship, each source read once however many rules ask for it. */
export type EvidenceSource = {
  charter(): Promise<CharterEvidence>;
  cadence(): Promise<CadenceEvidence>;
  reports(): Promise<ReportEvidence>;
  ladderSteps(): Promise<{ principal: number; distributor: number }>;
  responsiveness(): Promise<Awaited<ReturnType<typeof responsivenessFigures>>>;
  goals(): Promise<GoalEvidence>;
  /** Quarters whose feedback round both sides answered, newest first ("2026-Q4"). */
  feedbackQuarters(): Promise<string[]>;
  /** The newest evaluation completed in the last twelve months. */
  evaluation(): Promise<CompletedEvaluation | null>;
};

export type CompletedEvaluation = { id: string; year: number; completedAt: Date };
type EvaluationLookup = (
  tx: Tx,
  workspaceId: string,
  distributorId: string,
  now: Date,
) => Promise<CompletedEvaluation | null>;

// The evaluations read the playbook, so the playbook cannot import them (an import cycle,
// test/architecture.test.ts): the app registers their lookup when it is assembled (src/app.ts, the
// demo loader), as the charter's signing listeners are. Without one, no evaluation is known.
let evaluationLookup: EvaluationLookup = async () => null;

/** Registers how the playbook finds a relationship's latest completed evaluation. */
export function provideEvaluationLookup(lookup: EvaluationLookup) {
  evaluationLookup = lookup;
}

export type RuleInput = {
  distributorId: string;
  /** The evaluation's moment, on the workspace's clock. */
  now: Date;
  /** The item's figure, or the rule's default. */
  threshold: number;
  evidence: EvidenceSource;
};

export type PlaybookRule = {
  /** The figure an admin may set per item (meetings to hold, a share in per cent). */
  defaultThreshold?: number;
  evaluate(input: RuleInput): Promise<RuleResult>;
};

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => {
    loaded ??= load();
    return loaded;
  };
}

export function evidenceSource(ctx: Context, tx: Tx, distributorId: string): EvidenceSource {
  const workspaceId = ctx.actor.workspaceId;
  const now = ctx.clock.now();
  return {
    charter: once(() => charterEvidence(tx, workspaceId, distributorId)),
    cadence: once(() => cadenceEvidence(tx, workspaceId, distributorId, now)),
    reports: once(() => reportEvidence(tx, workspaceId, distributorId, now)),
    ladderSteps: once(async () => {
      const steps = await listEscalationLadder(tx, workspaceId, distributorId);
      return {
        principal: steps.filter((step) => step.side === 'principal').length,
        distributor: steps.filter((step) => step.side === 'distributor').length,
      };
    }),
    responsiveness: once(() => responsivenessFigures(ctx, tx, distributorId)),
    goals: once(() => goalEvidence(tx, workspaceId, distributorId)),
    feedbackQuarters: once(() => quartersAnsweredByBothSides(tx, workspaceId, distributorId, now)),
    evaluation: once(() => evaluationLookup(tx, workspaceId, distributorId, now)),
  };
}

const day = (at: Date | null) => (at ? at.toISOString().slice(0, 10) : '');
const base = (id: string) => `/distributors/${id}`;

export const playbookRules: Record<RuleCode, PlaybookRule> = {
  // The charter in force, signed by both parties; a newer version sent for negotiation puts it in
  // question until both sign that one too.
  charter_signed: {
    async evaluate({ distributorId, evidence }): Promise<RuleResult> {
      const charter = await evidence.charter();
      const link = `${base(distributorId)}/charter`;
      if (charter.pending) {
        return {
          isDone: false,
          evidence: { code: 'charter_pending', values: { version: charter.pending.version }, link },
        };
      }
      if (!charter.signed) return { isDone: false, evidence: { code: 'charter_missing', link } };
      return {
        isDone: true,
        evidence: {
          code: 'charter_signed',
          values: { version: charter.signed.version, date: day(charter.signed.signedAt) },
          link,
        },
      };
    },
  },
  ladders_defined: {
    async evaluate({ distributorId, evidence }): Promise<RuleResult> {
      const steps = await evidence.ladderSteps();
      return {
        isDone: steps.principal > 0 && steps.distributor > 0,
        evidence: { code: 'ladders', values: steps, link: base(distributorId) },
      };
    },
  },
  meetings_held: {
    defaultThreshold: 3,
    async evaluate({ distributorId, evidence, threshold }): Promise<RuleResult> {
      const cadence = await evidence.cadence();
      if (!cadence.hasPlan) {
        return {
          isDone: false,
          evidence: { code: 'cadence_missing', link: `${base(distributorId)}/meetings` },
        };
      }
      return {
        isDone: cadence.heldWithNotesOnTime >= threshold,
        evidence: {
          code: 'meetings_held',
          values: {
            held: cadence.heldWithNotesOnTime,
            needed: threshold,
            days: cadence.windowDays,
          },
          link: cadence.latestHeldMeetingId
            ? `${base(distributorId)}/meetings/${cadence.latestHeldMeetingId}`
            : `${base(distributorId)}/meetings`,
        },
      };
    },
  },
  first_report_accepted: {
    async evaluate({ distributorId, evidence }): Promise<RuleResult> {
      const reports = await evidence.reports();
      const period = reports.firstAcceptedPeriod?.slice(0, 7);
      return period
        ? {
            isDone: true,
            evidence: {
              code: 'report_accepted',
              values: { month: period },
              link: `${base(distributorId)}/reports/${period}`,
            },
          }
        : {
            isDone: false,
            evidence: { code: 'report_missing', link: `${base(distributorId)}/reports` },
          };
    },
  },
  first_qbr_held: {
    async evaluate({ distributorId, evidence }): Promise<RuleResult> {
      const { firstReview } = await evidence.cadence();
      return firstReview
        ? {
            isDone: true,
            evidence: {
              code: 'review_held',
              values: { date: day(firstReview.startsAt) },
              link: `${base(distributorId)}/meetings/${firstReview.id}`,
            },
          }
        : {
            isDone: false,
            evidence: { code: 'review_missing', link: `${base(distributorId)}/meetings` },
          };
    },
  },
  targets_kpis_set: {
    async evaluate({ distributorId, evidence }): Promise<RuleResult> {
      const reports = await evidence.reports();
      const link = `${base(distributorId)}/targets`;
      if (reports.targetsThisYear === 0) {
        return {
          isDone: false,
          evidence: { code: 'targets_missing', values: { year: reports.year }, link },
        };
      }
      if (!reports.kpisAsOf) {
        return {
          isDone: false,
          evidence: { code: 'kpis_missing', values: { year: reports.year }, link },
        };
      }
      return {
        isDone: true,
        evidence: {
          code: 'targets_set',
          values: { year: reports.year, targets: reports.targetsThisYear, date: reports.kpisAsOf },
          link: `${base(distributorId)}/scorecard`,
        },
      };
    },
  },
  // Both sides answered, and each answered at least `threshold` per cent of the time within the
  // response times of the charter in force (the default charter's while none is signed).
  response_times: {
    defaultThreshold: 80,
    async evaluate({ distributorId, evidence, threshold }): Promise<RuleResult> {
      const figures = await evidence.responsiveness();
      const link = `${base(distributorId)}/communication`;
      const share = (value: number | null) => (value === null ? null : Math.round(value * 100));
      const principal = share(figures.principal.withinProtocol);
      const distributor = share(figures.distributor.withinProtocol);
      if (principal === null || distributor === null) {
        return {
          isDone: false,
          evidence: { code: 'responses_missing', values: { days: figures.days }, link },
        };
      }
      return {
        isDone: principal >= threshold && distributor >= threshold,
        evidence: {
          code: 'responses',
          values: { principal, distributor, needed: threshold, days: figures.days },
          link,
        },
      };
    },
  },
  problem_resolution_protocol: {
    async evaluate({ distributorId, evidence }): Promise<RuleResult> {
      const { signed } = await evidence.charter();
      const link = `${base(distributorId)}/charter`;
      if (!signed) return { isDone: false, evidence: { code: 'charter_missing', link } };
      const severities = signed.content.problemResolution.severities.length;
      return severities > 0
        ? {
            isDone: true,
            evidence: {
              code: 'protocol_signed',
              values: { version: signed.version, levels: severities },
              link,
            },
          }
        : {
            isDone: false,
            evidence: { code: 'protocol_missing', values: { version: signed.version }, link },
          };
    },
  },
  // Goals both sides agreed (the charter's goals section, or agreed on the plan page), each with
  // its progress measured by a KPI or by objectives.
  goals_agreed: {
    async evaluate({ distributorId, evidence }): Promise<RuleResult> {
      const goals = await evidence.goals();
      const link = `${base(distributorId)}/plan`;
      if (goals.agreed === 0) return { isDone: false, evidence: { code: 'goals_missing', link } };
      return {
        isDone: goals.measured === goals.agreed,
        evidence: { code: 'goals_agreed', values: { ...goals }, link },
      };
    },
  },
  // A relationship survey answered by both sides in this quarter or the one before.
  feedback_answered: {
    async evaluate({ distributorId, evidence, now }): Promise<RuleResult> {
      const [latest] = (await evidence.feedbackQuarters()).sort().reverse();
      const link = `${base(distributorId)}/feedback`;
      if (!latest) return { isDone: false, evidence: { code: 'feedback_missing', link } };
      return {
        isDone: latest >= previousQuarter(now),
        evidence: { code: 'feedback_answered', values: { quarter: latest }, link },
      };
    },
  },
  // An evaluation completed within the last twelve months, linked to it.
  evaluation_done: {
    async evaluate({ distributorId, evidence }): Promise<RuleResult> {
      const found = await evidence.evaluation();
      const link = `${base(distributorId)}/evaluations`;
      if (!found) return { isDone: false, evidence: { code: 'evaluation_missing', link } };
      return {
        isDone: true,
        evidence: {
          code: 'evaluation_done',
          values: { year: found.year, date: day(found.completedAt) },
          link: `${link}/${found.id}`,
        },
      };
    },
  },
};

/** "2026-Q3" for a day in 2026's fourth quarter, "2025-Q4" for one in its first (UTC). */
function previousQuarter(now: Date): string {
  const quarter = Math.floor(now.getUTCMonth() / 3) + 1;
  const year = now.getUTCFullYear();
  return quarter === 1 ? `${year - 1}-Q4` : `${year}-Q${quarter - 1}`;
}

/** The rule of a code read from the database, if this version of Liaison knows it. */
export function ruleOf(code: string | null): PlaybookRule | undefined {
  const known = asRuleCode(code);
  return known ? playbookRules[known] : undefined;
}
