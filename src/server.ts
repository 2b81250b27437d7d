import { buildApp } from './app.ts';
import { sendMeetingInvitations } from './cadence/invitations.service.ts';
import { sendNoteReminders } from './cadence/notes-mail.service.ts';
import { sendCharterReminders } from './charter/charter.mail.ts';
import type { Config } from './config.ts';
import { openDatabase } from './db/client.ts';
import { migrate } from './db/migrate.ts';
import { systemClock } from './platform/clock.ts';
import { createMailer, deliverOutbox } from './platform/mail.ts';
import { refreshAllKpis } from './reports/kpi.service.ts';
import { sendReportReminders } from './reports/report-reminders.service.ts';
import { isDemoLoaded, loadDemoData } from './seed/demo.ts';

export type RunningServer = { url: string; close: () => Promise<void> };

/** Opens the database, migrates, seeds demo data on first start, and listens. */
export async function startServer(config: Config): Promise<RunningServer> {
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    inMemory: config.inMemoryDatabase ?? false,
  });
  await migrate(database);
  if (config.loadDemoData && !(await isDemoLoaded(database))) await loadDemoData(database);
  const mailer = createMailer(config.smtpUrl, config.mailFrom);
  const app = await buildApp({ config, database, mailer });
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const deliveries = setInterval(() => {
    deliverOutbox(database, mailer).catch((error: unknown) =>
      app.log.error({ err: error }, 'outbox delivery failed'),
    );
  }, 15_000);
  deliveries.unref();
  // Hourly (and once shortly after start): charter reminders (weekly at most), note-takers'
  // reminders, meeting invitations two weeks ahead or when a meeting changed, report reminders, and every
  // distributor's KPIs (time alone moves some of them: a report falls late).
  const hourlyJobs = {
    'charter reminders': () => sendCharterReminders(database, config.publicUrl, systemClock.now()),
    'note reminders': () => sendNoteReminders(database, config.publicUrl, systemClock.now()),
    'meeting invitations': () =>
      sendMeetingInvitations(database, config.publicUrl, systemClock.now()),
    'report reminders': () => sendReportReminders(database, config.publicUrl, systemClock.now()),
    'KPI refresh': () => refreshAllKpis(database, { now: systemClock.now() }),
  };
  const remind = async () => {
    for (const [name, job] of Object.entries(hourlyJobs)) {
      await job().catch((error: unknown) => app.log.error({ err: error }, `${name} failed`));
    }
  };
  const firstReminders = setTimeout(remind, 60_000);
  const reminders = setInterval(remind, 3_600_000);
  firstReminders.unref();
  reminders.unref();
  let closing: Promise<void> | undefined;
  return {
    url: `http://localhost:${port}`,
    close: () => {
      closing ??= (async () => {
        clearInterval(deliveries);
        clearTimeout(firstReminders);
        clearInterval(reminders);
        await app.close();
        await database.close();
      })();
      return closing;
    },
  };
}
