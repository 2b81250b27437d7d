// Typed table definitions for Drizzle. The SQL in migrations/ is the source of truth for the
// database; these definitions mirror it column for column (names map camelCase <-> snake_case).
import {
  bigint,
  boolean,
  char,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

const createdAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();

export const workspace = pgTable('workspace', {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull(),
  slug: text().notNull(),
  defaultLocale: text().notNull().default('en'),
  createdAt: createdAt(),
});

export const appUser = pgTable('app_user', {
  id: uuid().primaryKey().defaultRandom(),
  email: text().notNull(),
  name: text().notNull(),
  passwordHash: text(),
  locale: text().notNull().default('en'),
  timeZone: text().notNull().default('UTC'),
  createdAt: createdAt(),
  disabledAt: timestamp({ withTimezone: true }),
});

export const distributor = pgTable(
  'distributor',
  {
    workspaceId: uuid().notNull(),
    id: uuid().notNull().defaultRandom(),
    name: text().notNull(),
    legalName: text(),
    country: char({ length: 2 }).notNull(),
    city: text(),
    timeZone: text().notNull(),
    languages: text().array().notNull(),
    website: text(),
    status: text().$type<'active' | 'archived'>().notNull().default('active'),
    lifecycleStage: text().$type<LifecycleStage>().notNull().default('prospect'),
    notes: text(),
    createdAt: createdAt(),
    updatedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.id] })],
);

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

export const membership = pgTable(
  'membership',
  {
    workspaceId: uuid().notNull(),
    userId: uuid().notNull(),
    role: text().$type<Role>().notNull(),
    distributorId: uuid(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.userId] })],
);

export const lifecycleEvent = pgTable(
  'lifecycle_event',
  {
    workspaceId: uuid().notNull(),
    id: uuid().notNull().defaultRandom(),
    distributorId: uuid().notNull(),
    fromStage: text().$type<LifecycleStage>(),
    toStage: text().$type<LifecycleStage>().notNull(),
    reason: text(),
    changedBy: uuid(),
    changedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.id] })],
);

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

export const contact = pgTable(
  'contact',
  {
    workspaceId: uuid().notNull(),
    id: uuid().notNull().defaultRandom(),
    distributorId: uuid().notNull(),
    side: text().$type<Side>().notNull(),
    name: text().notNull(),
    role: text().$type<ContactRole>().notNull(),
    title: text(),
    email: text(),
    phone: text(),
    language: text(),
    timeZone: text(),
    isPrimary: boolean().notNull().default(false),
    createdAt: createdAt(),
    updatedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.id] })],
);

export const escalationStep = pgTable(
  'escalation_step',
  {
    workspaceId: uuid().notNull(),
    id: uuid().notNull().defaultRandom(),
    distributorId: uuid().notNull(),
    side: text().$type<Side>().notNull(),
    level: integer().notNull(),
    contactId: uuid().notNull(),
    channel: text().$type<Channel>().notNull(),
    responseTimeHours: integer().notNull(),
    note: text(),
    createdAt: createdAt(),
    updatedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.id] })],
);

export const auditLog = pgTable(
  'audit_log',
  {
    workspaceId: uuid().notNull(),
    id: bigint({ mode: 'number' }).generatedAlwaysAsIdentity(),
    occurredAt: createdAt(),
    actorUserId: uuid(),
    actorName: text().notNull(),
    actorVia: text().$type<'session' | 'token' | 'cli' | 'system'>().notNull(),
    requestId: text(),
    distributorId: uuid(),
    entityType: text().notNull(),
    entityId: text().notNull(),
    action: text().notNull(),
    before: jsonb(),
    after: jsonb(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.id] })],
);

export const outboxEmail = pgTable(
  'outbox_email',
  {
    workspaceId: uuid().notNull(),
    id: uuid().notNull().defaultRandom(),
    toAddress: text().notNull(),
    subject: text().notNull(),
    bodyText: text().notNull(),
    bodyHtml: text(),
    status: text().$type<'stored' | 'sending' | 'sent' | 'failed'>().notNull().default('stored'),
    error: text(),
    createdAt: createdAt(),
    sentAt: timestamp({ withTimezone: true }),
    attempts: integer().notNull().default(0),
    claimedAt: timestamp({ withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.id] })],
);

export const userSession = pgTable('user_session', {
  id: text().primaryKey(),
  userId: uuid().notNull(),
  workspaceId: uuid().notNull(),
  createdAt: createdAt(),
  expiresAt: timestamp({ withTimezone: true }).notNull(),
  userAgent: text(),
  ip: text(),
});

export const apiToken = pgTable(
  'api_token',
  {
    workspaceId: uuid().notNull(),
    id: uuid().notNull().defaultRandom(),
    userId: uuid().notNull(),
    name: text().notNull(),
    tokenHash: text().notNull(),
    tokenPrefix: text().notNull(),
    createdAt: createdAt(),
    lastUsedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.id] })],
);

export const invitation = pgTable(
  'invitation',
  {
    workspaceId: uuid().notNull(),
    id: uuid().notNull().defaultRandom(),
    email: text().notNull(),
    role: text().$type<Role>().notNull(),
    distributorId: uuid(),
    tokenHash: text().notNull(),
    invitedBy: uuid().notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    acceptedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.id] })],
);
