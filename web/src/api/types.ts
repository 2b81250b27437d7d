// The answers the web app reads, named once, from the types generated from the OpenAPI document
// (openapi.d.ts): what the server documents is what the app expects, JSON dates as ISO strings.
import type { ResponseBody } from './client.ts';
import type { components } from './openapi.d.ts';

export type Schemas = components['schemas'];

export type MeResponse = ResponseBody<'getMe'>;
export type Role = MeResponse['role'];

export type DistributorRecord = ResponseBody<'getDistributor'>;
export type DistributorPageResponse = ResponseBody<'listDistributors'>;
export type DistributorListItem = DistributorPageResponse['items'][number];
/** The principal's internal stage (null in what a distributor's user gets). */
export type LifecycleStageName = NonNullable<DistributorRecord['lifecycleStage']>;
/** The relationship's status both sides see. */
export type RelationshipStatusName = DistributorRecord['relationshipStatus'];
export type DistributorStatusName = DistributorRecord['status'];
export type ContactRecord = ResponseBody<'listContacts'>[number];
export type ContactRoleName = ContactRecord['role'];
export type SideName = ContactRecord['side'];
export type EscalationStepRecord = ResponseBody<'listEscalationSteps'>[number];
export type ChannelName = EscalationStepRecord['channel'];
export type LifecycleEventRecord = ResponseBody<'listLifecycleEvents'>[number];
export type ImportResult = ResponseBody<'importDistributors'>;

export type AuditPageResponse = ResponseBody<'listAuditLog'>;
export type AuditEntryRecord = AuditPageResponse['items'][number];

export type ApiTokenRecord = ResponseBody<'listApiTokens'>[number];
export type CreatedApiTokenRecord = ResponseBody<'createApiToken'>;
export type MemberRecord = ResponseBody<'listMembers'>[number];
export type InvitationRecord = ResponseBody<'listInvitations'>[number];
export type InvitationPreviewRecord = ResponseBody<'previewInvitation'>;

export type OutboxMail = ResponseBody<'listOutbox'>[number];
