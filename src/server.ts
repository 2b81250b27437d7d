import { deleteEndedSessions } from './accounts/account-security.service.ts';
import { buildApp } from './app.ts';
import { anchorAuditChains } from './audit/audit-anchors.service.ts';
import { sealAuditChains } from './audit/audit-chain.service.ts';
import { sendMeetingInvitations } from './cadence/invitations.service.ts';
import { sendNoteReminders } from './cadence/notes-mail.service.ts';
import { sendCharterReminders } from './charter/charter-mail.service.ts';
import { type InboundSmtp, startInboundSmtp } from './communication/inbound-smtp.ts';
import { sendConcernReminders } from './concerns/concern-reminders.service.ts';
import type { Config } from './config.ts';
import { openDatabase } from './db/client.ts';
import { migrate } from './db/migrate.ts';
import { runFeedbackSchedule } from './feedback/feedback-rounds.service.ts';
import { fanOutEvent } from './notifications/event-fan-out.service.ts';
import { sendNotificationDigests } from './notifications/notification-digest.service.ts';
import { ORDERS_IMPORTED_JOB } from './orders/orders-import.service.ts';
import { type Clock, systemClock } from './platform/clock.ts';
import { EVENT_FAN_OUT_JOB } from './platform/events.ts';
import { deleteExpiredIdempotencyKeys } from './platform/idempotency.ts';
import {
  createJobRunner,
  type JobHandler,
  type JobRunner,
  type RecurringJob,
} from './platform/jobs.ts';
import { createMailer, deliverOutbox } from './platform/mail.ts';
import { loadAppSecret } from './platform/secrets.ts';
import { deleteOldUploadAllowances } from './platform/upload-allowance.ts';
import { evaluateAllPlaybooks } from './playbook/playbook-evaluation.service.ts';
import { refreshAllKpis, refreshWorkspaceKpis } from './reports/kpi.service.ts';
import { sendReportReminders } from './reports/report-reminders.service.ts';
import { isDemoLoaded, loadDemoData } from './seed/demo.ts';
import { recordAllHealthChanges } from './warnings/warnings.service.ts';
import { deliverWebhook, WEBHOOK_DELIVERY_JOB } from './webhooks/webhook-delivery.service.ts';

export type RunningServer = {
  url: string;
  /** This process's job runner; undefined with LIAISON_JOBS=false. */
  jobs: JobRunner | undefined;
  close: () => Promise<void>;
};

const HOUR_SECONDS = 3600;

/**
 * Every recurring job, on the schedule every server process shares (platform/jobs.ts): each runs
 * once per due time however many servers run. Mail is delivered every 15 seconds. Hourly, first a
 * minute after the schedule is created: charter reminders (weekly at most), note-takers'
 * reminders, meeting invitations two weeks ahead or when a meeting changed, report reminders, and
 * every distributor's KPIs (time alone moves some of them: a report falls late).
 */
const hourly = (name: string, run: RecurringJob['run']): RecurringJob => ({
  name,
  everySeconds: HOUR_SECONDS,
  firstRunAfterSeconds: 60,
  run,
});

export const recurringJobs: RecurringJob[] = [
  {
    name: 'outbox delivery',
    everySeconds: 15,
    run: ({ database, mailer, clock }) => deliverOutbox(database, mailer, clock),
  },
  {
    // Audit entries are open to an undetected edit only until this seals them.
    name: 'audit chain',
    everySeconds: 60,
    run: async ({ database, clock }) => {
      await sealAuditChains(database, clock.now());
    },
  },
  hourly('charter reminders', ({ database, config, clock }) =>
    sendCharterReminders(database, config.publicUrl, clock.now()),
  ),
  hourly('note reminders', ({ database, config, clock }) =>
    sendNoteReminders(database, config.publicUrl, clock.now()),
  ),
  hourly('meeting invitations', ({ database, config, clock }) =>
    sendMeetingInvitations(database, config.publicUrl, clock.now()),
  ),
  hourly('report reminders', ({ database, config, clock }) =>
    sendReportReminders(database, config.publicUrl, clock.now()),
  ),
  hourly('KPI refresh', ({ database, clock }) => refreshAllKpis(database, { now: clock.now() })),
  hourly('early warnings', ({ database, clock }) =>
    recordAllHealthChanges(database, { now: clock.now() }),
  ),
  hourly('notification digests', ({ database, config, clock }) =>
    sendNotificationDigests(database, config.publicUrl, clock.now()),
  ),
  // Items of the relationship playbook that tick themselves, and un-tick when their proof goes.
  hourly('playbook evaluation', (jobs) => evaluateAllPlaybooks(jobs)),
  hourly('concern reminders', ({ database, config, clock }) =>
    sendConcernReminders(database, config.publicUrl, clock.now()),
  ),
  hourly('feedback rounds', ({ database, config, clock }) =>
    runFeedbackSchedule(database, config.publicUrl, clock.now()),
  ),
  hourly('idempotency keys', ({ database, clock }) =>
    deleteExpiredIdempotencyKeys({ db: database.db, clock }),
  ),
  hourly('audit anchor', ({ database, config, clock }) =>
    anchorAuditChains(database, config.auditAnchorFile, clock.now()),
  ),
  hourly('upload allowances', ({ database, clock }) =>
    deleteOldUploadAllowances({ db: database.db, clock }),
  ),
  hourly('ended sessions', ({ database, config, clock }) =>
    deleteEndedSessions({ db: database.db, config, clock }),
  ),
];

/** Handlers of the one-off jobs domains queue (platform/jobs.ts queueJob). */
export const jobHandlers: JobHandler[] = [
  { name: EVENT_FAN_OUT_JOB, run: fanOutEvent },
  { name: WEBHOOK_DELIVERY_JOB, run: deliverWebhook },
  { name: ORDERS_IMPORTED_JOB, run: refreshWorkspaceKpis },
];

/**
 * Opens the database, migrates, seeds demo data on first start, listens, and (unless
 * LIAISON_JOBS=false) runs the scheduled jobs that fall due.
 */
export async function startServer(
  config: Config,
  options: { clock?: Clock } = {},
): Promise<RunningServer> {
  const clock = options.clock ?? systemClock;
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    inMemory: config.inMemoryDatabase ?? false,
    pglite: config.pglite,
  });
  await migrate(database);
  if (config.loadDemoData && !(await isDemoLoaded(database))) await loadDemoData(database, config);
  // Reply addresses must verify after a restart: the secret is kept beside the database.
  if (!config.appSecret && !config.inMemoryDatabase) {
    config.appSecret = await loadAppSecret(config.dataDir);
  }
  const mailer = createMailer(config.smtpUrl, config.mailFrom);
  const app = await buildApp({ config, database, mailer, clock });
  await app.listen({ port: config.port, host: config.host });
  const inboundSmtp: InboundSmtp | undefined =
    config.inboundSmtpPort === undefined
      ? undefined
      : await startInboundSmtp(
          { db: database.db, config, mailer, clock },
          {
            port: config.inboundSmtpPort,
            host: config.inboundSmtpHost,
            log: app.log.child({ component: 'inbound-smtp' }),
          },
        );
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const jobs = config.runJobs
    ? createJobRunner(
        { database, config, mailer, clock, log: app.log.child({ component: 'jobs' }) },
        { recurring: recurringJobs, handlers: jobHandlers },
      )
    : undefined;
  jobs?.start();
  let closing: Promise<void> | undefined;
  return {
    url: `http://localhost:${port}`,
    jobs,
    close: () => {
      closing ??= (async () => {
        // The job running now finishes first: its lease is released by its own end, not cut.
        await jobs?.close();
        await inboundSmtp?.close();
        await app.close();
        await database.close();
      })();
      return closing;
    },
  };
}
