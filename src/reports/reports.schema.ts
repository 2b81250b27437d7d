// The monthly report over HTTP: the months a distributor owes, one report with its draft,
// revisions and review, submission (typed or uploaded), and the principal's review.
import { z } from 'zod';
import { SequenceNumber, Uuid } from '../platform/fields.ts';
import { JsonValue } from '../platform/openapi.ts';
import { MonthlyReportContent, ReportPeriod } from './report.content.ts';

export const ReportStatus = z.enum([
  'missing',
  'draft',
  'submitted',
  'changes_requested',
  'accepted',
  'awaiting_confirmation',
]);

export const PeriodParams = z.object({ id: Uuid, period: ReportPeriod });

export const ReportMonth = z
  .object({
    period: ReportPeriod,
    dueOn: z.string().meta({ description: 'YYYY-MM-DD' }),
    status: ReportStatus,
    reportId: Uuid.nullable(),
    revision: z.number().int(),
    submittedAt: z.date().nullable(),
    expected: z.boolean().meta({
      description:
        'False for a month that ended before the relationship began: no report is owed for it',
    }),
    late: z.boolean().meta({
      description:
        'Submitted after its due date, or not submitted and past it (never for a month not expected)',
    }),
  })
  .meta({ id: 'ReportMonth' });

export const ReportMonthsQuery = z.object({
  months: z.coerce.number().int().min(1).max(60).default(12),
});

export const ReportMonths = z.object({
  currency: z.string(),
  dueDay: z.number().int(),
  months: z.array(ReportMonth),
});

export const ReportEvent = z.object({
  id: Uuid,
  kind: z.enum([
    'submitted',
    'revised',
    'comment',
    'accepted',
    'changes_requested',
    'entered_on_behalf',
    'confirmed',
  ]),
  revision: z.number().int().nullable(),
  body: z.string().nullable().meta({
    description: 'The comment, the reason for changes, or why figures were entered on behalf',
  }),
  cell: z.string().nullable().meta({
    description: 'The figure a comment is about, as a JSON pointer into that revision’s content',
  }),
  actorName: z.string(),
  createdAt: z.date(),
});

export const ReportRevisionSummary = z.object({
  revision: z.number().int(),
  source: z.enum(['portal', 'xlsx', 'csv', 'api', 'history']),
  fileName: z.string().nullable(),
  createdAt: z.date(),
  createdBy: z.string().nullable().meta({
    description: 'The name of who submitted it, or entered it on the distributor’s behalf',
  }),
  enteredOnBehalf: z.boolean().meta({
    description: 'Entered by the principal for the distributor (figures sent another way, history)',
  }),
  onBehalfReason: z.string().nullable(),
  changes: z
    .array(z.string())
    .meta({ description: 'What changed against the revision before, in words' }),
});

export const ReportDetail = z
  .object({
    id: Uuid.nullable(),
    distributorId: Uuid,
    distributorName: z.string(),
    period: ReportPeriod,
    currency: z.string(),
    status: ReportStatus,
    dueOn: z.string(),
    expected: z.boolean().meta({
      description: 'False for a month that ended before the relationship began',
    }),
    late: z.boolean(),
    draft: z.unknown().nullable().meta({ description: 'The portal’s unsubmitted draft, as saved' }),
    draftSavedAt: z.date().nullable(),
    revision: z.number().int(),
    content: MonthlyReportContent.nullable().meta({
      description: 'The latest submitted revision',
    }),
    revisions: z.array(ReportRevisionSummary),
    events: z.array(ReportEvent),
    productLines: z.array(z.object({ code: z.string(), name: z.string() })),
    canEdit: z.boolean().meta({ description: 'May submit revisions: the distributor’s people' }),
    canConfirm: z.boolean().meta({
      description: 'May confirm the figures entered on the distributor’s behalf',
    }),
    canEnterOnBehalf: z.boolean().meta({
      description:
        'A principal editor, while the distributor has submitted no figures of its own this month',
    }),
    canReview: z.boolean(),
    canComment: z.boolean(),
  })
  .meta({ id: 'MonthlyReport' });

export const ReportDraftInput = z.object({
  draft: JsonValue.meta({ description: 'Whatever the form holds; checked only when submitted' }),
});

export const ReportSubmitInput = z.object({ content: MonthlyReportContent });

export const ReportReviewInput = z
  .object({
    action: z.enum(['accept', 'request_changes', 'comment']),
    comment: z.string().trim().max(4000).default(''),
    cell: z.string().max(200).optional().meta({
      description:
        'The figure the comment or request is about: a JSON pointer into the current revision, e.g. /customerSatisfaction/complaints or /sales/0/units',
    }),
  })
  .superRefine((input, ctx) => {
    if (input.action !== 'accept' && !input.comment) {
      ctx.addIssue({ code: 'custom', path: ['comment'], message: 'validation.required' });
    }
  });

export const OnBehalfReason = z.string().trim().min(1).max(500).meta({
  description: 'How the distributor sent the figures, e.g. "Figures sent by e-mail on 3 Dec"',
});

export const ReportOnBehalfInput = z.object({
  content: MonthlyReportContent,
  reason: OnBehalfReason,
});
export type ReportReviewInput = z.infer<typeof ReportReviewInput>;

export const RevisionParams = PeriodParams.extend({ revision: SequenceNumber });

export const TemplateQuery = z.object({
  format: z.enum(['xlsx', 'csv']).default('xlsx'),
});
