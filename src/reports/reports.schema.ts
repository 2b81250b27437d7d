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
  kind: z.enum(['submitted', 'revised', 'comment', 'accepted', 'changes_requested']),
  revision: z.number().int().nullable(),
  body: z.string().nullable(),
  actorName: z.string(),
  createdAt: z.date(),
});

export const ReportRevisionSummary = z.object({
  revision: z.number().int(),
  source: z.enum(['portal', 'xlsx', 'csv', 'api']),
  fileName: z.string().nullable(),
  createdAt: z.date(),
  createdBy: z.string().nullable(),
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
    canEdit: z.boolean(),
    canReview: z.boolean(),
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
  })
  .superRefine((input, ctx) => {
    if (input.action !== 'accept' && !input.comment) {
      ctx.addIssue({ code: 'custom', path: ['comment'], message: 'validation.required' });
    }
  });
export type ReportReviewInput = z.infer<typeof ReportReviewInput>;

export const RevisionParams = PeriodParams.extend({ revision: SequenceNumber });

export const TemplateQuery = z.object({
  format: z.enum(['xlsx', 'csv']).default('xlsx'),
});
