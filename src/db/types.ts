// The value types of the schema's columns (roles, stages, statuses, kinds): plain TypeScript that
// services and the web share, with no SQL and no drizzle. db/schema.ts types its columns with them.

export type LifecycleStage =
  | 'prospect'
  | 'onboarding'
  | 'active'
  | 'at_risk'
  | 'suspended'
  | 'terminated';

export type Role =
  | 'principal_admin'
  | 'principal_manager'
  | 'principal_viewer'
  | 'distributor_admin'
  | 'distributor_member';

export type Side = 'principal' | 'distributor';

export type ContactRole =
  | 'general_manager'
  | 'sales_director'
  | 'purchasing_lead'
  | 'sales_rep'
  | 'account_manager'
  | 'regional_sales_manager'
  | 'export_director'
  | 'technical_support'
  | 'other';

export type Channel = 'email' | 'phone' | 'whatsapp' | 'chat' | 'video_call' | 'visit' | 'letter';

/** A file sent with a mail, stored in the outbox until delivery. */
export type MailAttachmentRow = { fileName: string; contentType: string; contentBase64: string };

export type CharterStatus = 'draft' | 'negotiation' | 'agreed' | 'signed' | 'superseded';

export type PointStatus = 'open' | 'agreed' | 'conceded' | 'withdrawn';

export type PointEventKind =
  | 'raised'
  | 'position'
  | 'comment'
  | 'agreed'
  | 'conceded'
  | 'withdrawn';

export type MeetingKind = 'weekly' | 'monthly' | 'quarterly' | 'annual';

export type MeetingStatus = 'scheduled' | 'held' | 'cancelled' | 'skipped';

export type ActionItemStatus = 'open' | 'done' | 'dropped';

export type MeetingTimeProposalStatus = 'pending' | 'accepted' | 'declined' | 'withdrawn';

export type ReportStatus =
  | 'draft'
  | 'submitted'
  | 'changes_requested'
  | 'accepted'
  | 'awaiting_confirmation';

export type ReportSource = 'portal' | 'xlsx' | 'csv' | 'api' | 'history';

export type ReportEventKind =
  | 'submitted'
  | 'revised'
  | 'comment'
  | 'accepted'
  | 'changes_requested'
  | 'entered_on_behalf'
  | 'confirmed';

export type TargetPeriodKind = 'month' | 'quarter' | 'year';

export type CommunicationSide = 'principal' | 'distributor';

export type ThreadPriority = 'urgent' | 'high' | 'normal';

export type InteractionDirection = 'inbound' | 'outbound';

export type InteractionChannel = 'call' | 'email' | 'visit' | 'whatsapp' | 'other_chat' | 'meeting';

export type DigestFrequency = 'off' | 'daily' | 'weekly';

export type WebhookFormat = 'standard' | 'slack' | 'teams';

export type LibraryDocumentKind =
  | 'price_sheet'
  | 'marketing'
  | 'product_information'
  | 'training'
  | 'technical';
export type TranslationStatus =
  | 'requested'
  | 'in_review'
  | 'changes_requested'
  | 'approved'
  | 'withdrawn';

/** An evaluation's kind and state, and the principal's decision at its end (#18). */
export type EvaluationKind = 'yearly' | 'on_demand';
export type EvaluationStatus = 'draft' | 'completed';
export type EvaluationDecision = 'renew' | 'develop' | 'watch' | 'exit';
/** One follow-up action of an evaluation (a jsonb array in evaluation.follow_ups). */
export type EvaluationFollowUp = {
  text: string;
  ownerSide: Side;
  ownerName: string | null;
  dueOn: string | null;
};
