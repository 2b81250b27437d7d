import path from 'node:path';
import ipaddr from 'ipaddr.js';
import { z } from 'zod';
import { type PgliteSettings, pgliteDefaults } from './db/pglite-settings.ts';
import { repositoryRoot } from './db/repository-root.ts';

/** Every environment variable Liaison reads; mirrored in the README's configuration table. */
const Environment = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  LIAISON_DATA_DIR: z.string().min(1).default('.liaison'),
  // Embedded PGlite only (no DATABASE_URL): its shared buffers, which are the server's own memory,
  // and how long a request waits for its one connection before the answer is 503 (db/client.ts).
  PGLITE_SHARED_BUFFERS: z
    .string()
    .regex(/^\d+(kB|MB|GB)$/, 'must be a size such as 16MB')
    .default(pgliteDefaults.sharedBuffers),
  PGLITE_MAX_WAIT_MS: z.coerce
    .number()
    .int()
    .min(100)
    .max(600_000)
    .default(pgliteDefaults.maxWaitMs),
  // Where the hourly anchors of the audit chain go (audit/audit-anchors.service.ts); default in the data dir.
  AUDIT_ANCHOR_FILE: z.string().min(1).optional(),
  PUBLIC_URL: z.url().optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Liaison <liaison@localhost>'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_DAYS: z.coerce.number().int().min(1).max(365).default(14),
  // A session unused this long ends before SESSION_DAYS do (ASVS 7.3.1): a working day and a night.
  // Single sign-on with OpenID Connect (accounts/oidc.service.ts): the provider's issuer URL and
  // this client's credentials there; the button on the sign-in page reads "Sign in with OIDC_NAME".
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_NAME: z.string().min(1).max(60).default('single sign-on'),
  // Megabytes a person, and a whole workspace, may upload per UTC day (platform/upload-allowance.ts).
  UPLOAD_MB_PER_USER_PER_DAY: z.coerce.number().int().min(1).default(500),
  UPLOAD_MB_PER_WORKSPACE_PER_DAY: z.coerce.number().int().min(1).default(5000),
  // API requests a minute per signed-in person or per token, and per address for anonymous ones.
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: z.coerce.number().int().min(1).default(120),
  SESSION_IDLE_HOURS: z.coerce.number().int().min(1).max(720).default(12),
  // Whose X-Forwarded-For/-Proto to believe: nobody's (false), the proxies at these addresses or
  // networks, or this many hops. `true` once meant every hop, so any client could forge its
  // address; it now means a proxy on this host or a private network.
  TRUST_PROXY: z
    .string()
    .default('false')
    .transform((value): TrustedProxies => {
      const text = value.trim();
      if (text === 'false' || text === '') return false;
      if (text === 'true') return privateNetworks;
      if (/^\d+$/.test(text)) return Number(text);
      return text
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean);
    })
    .refine(
      (proxies) =>
        !Array.isArray(proxies) ||
        proxies.every(
          (entry) =>
            privateNetworks.includes(entry) || ipaddr.isValid(entry) || ipaddr.isValidCIDR(entry),
        ),
      {
        message:
          'must be false, a number of hops, or proxy addresses or networks separated by commas, e.g. 127.0.0.1,10.0.0.0/8',
      },
    ),
  // Unset: the demo only on the embedded database (a try-out on one's own machine), never on a
  // PostgreSQL server, where its published password would open a real deployment.
  LIAISON_DEMO: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => (value === undefined ? undefined : value === 'true')),
  LIAISON_JOBS: z
    .enum(['true', 'false'])
    .default('true')
    .transform((value) => value === 'true'),
  WEBHOOK_ALLOWED_NETWORKS: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean),
    )
    .refine((networks) => networks.every((network) => ipaddr.isValidCIDR(network)), {
      message: 'must be CIDR networks separated by commas, e.g. 10.20.0.0/16,fd00::/8',
    }),
  LIAISON_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  LIAISON_ATTACHMENT_MAX_MB: z.coerce.number().positive().max(100).default(10),
  LIAISON_DOCUMENT_MAX_MB: z.coerce.number().positive().max(500).default(50),
  LIAISON_MAIL_REPLY_DOMAIN: z
    .string()
    .regex(/^[a-z0-9.-]+\.[a-z]{2,}$|^localhost$/i, 'must be a domain name')
    .optional(),
  LIAISON_REPLY_DAYS: z.coerce.number().int().min(1).max(365).default(90),
  LIAISON_INBOUND_SMTP_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  LIAISON_INBOUND_SMTP_HOST: z.string().min(1).default('0.0.0.0'),
  LIAISON_INBOUND_MAIL_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  LIAISON_S3_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9._-]{2,254}$/i, 'must be a bucket name (letters, digits, ".-_")')
    .optional(),
  LIAISON_S3_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
  LIAISON_S3_REGION: z.string().min(1).default('us-east-1'),
  LIAISON_S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  LIAISON_S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  LIAISON_S3_FORCE_PATH_STYLE: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
});

// Half an S3 configuration would otherwise pass silently: without a bucket each server would keep
// files on its own disk, and a key without its secret would fall back to another identity.
const CheckedEnvironment = Environment.superRefine((e, context) => {
  if (Boolean(e.LIAISON_S3_ACCESS_KEY_ID) !== Boolean(e.LIAISON_S3_SECRET_ACCESS_KEY)) {
    const missing = e.LIAISON_S3_ACCESS_KEY_ID
      ? 'LIAISON_S3_SECRET_ACCESS_KEY'
      : 'LIAISON_S3_ACCESS_KEY_ID';
    context.addIssue({
      code: 'custom',
      path: [missing],
      message: 'must be set with the other S3 key, or neither',
    });
  }
  if (e.LIAISON_S3_BUCKET) return;
  for (const name of ['LIAISON_S3_ENDPOINT', 'LIAISON_S3_ACCESS_KEY_ID'] as const) {
    if (e[name]) {
      context.addIssue({ code: 'custom', path: [name], message: 'needs LIAISON_S3_BUCKET' });
    }
  }
});

/**
 * Where the document library keeps its files: on local disk under the data dir, or in an
 * S3-compatible bucket (then the server keeps no files of its own).
 */
export type FileStoreConfig =
  | { kind: 'local'; directory: string }
  | {
      kind: 's3';
      bucket: string;
      /** An S3-compatible server (MinIO, Ceph, a cloud's S3 API); unset means AWS itself. */
      endpoint: string | undefined;
      region: string;
      /** Unset: the AWS SDK's default chain (environment, profile, instance or task role). */
      credentials: { accessKeyId: string; secretAccessKey: string } | undefined;
      /** The bucket in the path rather than the host name, as most S3-compatible servers need. */
      forcePathStyle: boolean;
    };

/** Named groups of addresses Fastify (proxy-addr) understands. */
const privateNetworks = ['loopback', 'linklocal', 'uniquelocal'];
type TrustedProxies = false | number | string[];

export type Config = {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  pglite: PgliteSettings;
  publicUrl: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  logLevel: z.infer<typeof Environment>['LOG_LEVEL'];
  sessionDays: number;
  sessionIdleHours: number;
  /** The file the audit chain's heads are anchored in, outside the database. */
  auditAnchorFile: string;
  rateLimit: { perMinute: number; anonymousPerMinute: number };
  /** Bytes a person and a workspace may upload per UTC day. */
  uploadAllowance: { userBytesPerDay: number; workspaceBytesPerDay: number };
  /** Single sign-on through an OpenID Connect provider; undefined when not configured. */
  oidc:
    | { issuer: string; clientId: string; clientSecret: string | undefined; name: string }
    | undefined;
  /** The proxies whose forwarded headers count (TRUST_PROXY); false: none. */
  trustProxy: TrustedProxies;
  loadDemoData: boolean;
  /** This process runs scheduled jobs (mail delivery, reminders, KPI refresh) when they are due. */
  runJobs: boolean;
  /** Private networks an operator lets webhooks reach (CIDR); none by default. */
  webhookAllowedNetworks: string[];
  /**
   * Signs reply addresses; from LIAISON_SECRET, else kept in the data dir (server.ts), else one
   * per process (tests).
   */
  appSecret: string | undefined;
  attachmentMaxBytes: number;
  /** The largest file of the document library. */
  documentMaxBytes: number;
  /** The domain of signed reply addresses; without it notifications carry none. */
  mailReplyDomain: string | undefined;
  replyDays: number;
  inboundSmtpPort: number | undefined;
  inboundSmtpHost: string;
  inboundMailSecret: string | undefined;
  fileStore: FileStoreConfig;
  /** In-memory PGlite: only for tests. */
  inMemoryDatabase?: boolean;
  webDistDir: string;
};

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = CheckedEnvironment.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Liaison cannot start: invalid environment.\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.LIAISON_DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir,
    pglite: { sharedBuffers: e.PGLITE_SHARED_BUFFERS, maxWaitMs: e.PGLITE_MAX_WAIT_MS },
    auditAnchorFile: path.resolve(e.AUDIT_ANCHOR_FILE ?? path.join(dataDir, 'audit-anchors.jsonl')),
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    logLevel: e.LOG_LEVEL,
    sessionDays: e.SESSION_DAYS,
    sessionIdleHours: e.SESSION_IDLE_HOURS,
    oidc:
      e.OIDC_ISSUER && e.OIDC_CLIENT_ID
        ? {
            issuer: e.OIDC_ISSUER,
            clientId: e.OIDC_CLIENT_ID,
            clientSecret: e.OIDC_CLIENT_SECRET,
            name: e.OIDC_NAME,
          }
        : undefined,
    uploadAllowance: {
      userBytesPerDay: e.UPLOAD_MB_PER_USER_PER_DAY * 1024 * 1024,
      workspaceBytesPerDay: e.UPLOAD_MB_PER_WORKSPACE_PER_DAY * 1024 * 1024,
    },
    rateLimit: {
      perMinute: e.RATE_LIMIT_PER_MINUTE,
      anonymousPerMinute: e.RATE_LIMIT_ANONYMOUS_PER_MINUTE,
    },
    trustProxy: e.TRUST_PROXY,
    loadDemoData: e.LIAISON_DEMO ?? !e.DATABASE_URL,
    runJobs: e.LIAISON_JOBS,
    webhookAllowedNetworks: e.WEBHOOK_ALLOWED_NETWORKS,
    appSecret: e.LIAISON_SECRET,
    attachmentMaxBytes: Math.round(e.LIAISON_ATTACHMENT_MAX_MB * 1024 * 1024),
    documentMaxBytes: Math.round(e.LIAISON_DOCUMENT_MAX_MB * 1024 * 1024),
    mailReplyDomain: e.LIAISON_MAIL_REPLY_DOMAIN?.toLowerCase(),
    replyDays: e.LIAISON_REPLY_DAYS,
    inboundSmtpPort: e.LIAISON_INBOUND_SMTP_PORT,
    inboundSmtpHost: e.LIAISON_INBOUND_SMTP_HOST,
    inboundMailSecret: e.LIAISON_INBOUND_MAIL_SECRET,
    fileStore: e.LIAISON_S3_BUCKET
      ? {
          kind: 's3',
          bucket: e.LIAISON_S3_BUCKET,
          endpoint: e.LIAISON_S3_ENDPOINT,
          region: e.LIAISON_S3_REGION,
          credentials:
            e.LIAISON_S3_ACCESS_KEY_ID && e.LIAISON_S3_SECRET_ACCESS_KEY
              ? {
                  accessKeyId: e.LIAISON_S3_ACCESS_KEY_ID,
                  secretAccessKey: e.LIAISON_S3_SECRET_ACCESS_KEY,
                }
              : undefined,
          forcePathStyle: e.LIAISON_S3_FORCE_PATH_STYLE,
        }
      : { kind: 'local', directory: path.join(dataDir, 'files') },
    webDistDir: path.join(repositoryRoot, 'web', 'dist'),
  };
}
