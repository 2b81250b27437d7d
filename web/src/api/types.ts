// Response and input types come from the server's own zod schemas, so the client cannot drift
// from the API; JSON turns every Date into an ISO string on the way.
import type { z } from 'zod';
import type {
  ApiToken,
  CreatedApiToken,
  Invitation,
  InvitationPreview,
  Me,
  Member,
  RoleName,
} from '../../../src/accounts/accounts.schema.ts';
import type { AuditEntry, AuditPage } from '../../../src/audit/audit.schema.ts';
import type {
  Channel,
  Contact,
  ContactRole,
  Distributor,
  DistributorPage,
  DistributorStatus,
  EscalationStep,
  LifecycleEvent,
  LifecycleStage,
  Side,
} from '../../../src/distributors/distributors.schema.ts';

export type Json<T> = T extends Date
  ? string
  : T extends readonly (infer Item)[]
    ? Json<Item>[]
    : T extends object
      ? { [Key in keyof T]: Json<T[Key]> }
      : T;

type Output<Schema extends z.ZodType> = Json<z.output<Schema>>;

export type MeResponse = Output<typeof Me>;
export type Role = z.output<typeof RoleName>;
export type LifecycleStageName = z.output<typeof LifecycleStage>;
export type DistributorStatusName = z.output<typeof DistributorStatus>;
export type SideName = z.output<typeof Side>;
export type ContactRoleName = z.output<typeof ContactRole>;
export type ChannelName = z.output<typeof Channel>;

export type DistributorRecord = Output<typeof Distributor>;
export type DistributorPageResponse = Output<typeof DistributorPage>;
export type DistributorListItem = DistributorPageResponse['items'][number];
export type ContactRecord = Output<typeof Contact>;
export type EscalationStepRecord = Output<typeof EscalationStep>;
export type LifecycleEventRecord = Output<typeof LifecycleEvent>;

export type AuditEntryRecord = Output<typeof AuditEntry>;
export type AuditPageResponse = Output<typeof AuditPage>;

export type ApiTokenRecord = Output<typeof ApiToken>;
export type CreatedApiTokenRecord = Output<typeof CreatedApiToken>;
export type MemberRecord = Output<typeof Member>;
export type InvitationRecord = Output<typeof Invitation>;
export type InvitationPreviewRecord = Output<typeof InvitationPreview>;

/** GET /api/v1/outbox; the route keeps its schema private, so it is restated here. */
export type OutboxMail = {
  id: string;
  toAddress: string;
  subject: string;
  bodyText: string;
  status: 'stored' | 'sent' | 'failed';
  error: string | null;
  createdAt: string;
  sentAt: string | null;
};

export type ImportResult = { rows: number; imported: number; dryRun: boolean };
