// The operator at the terminal: the database the environment names, and a context that acts
// in one workspace as "CLI (<os user>)", so the audit log shows who ran which command.
import os from 'node:os';
import { findWorkspaceBySlug, listWorkspaces } from '../accounts/workspaces.service.ts';
import { type Config, loadConfig } from '../config.ts';
import { type Database, openDatabase } from '../db/client.ts';
import { migrate } from '../db/migrate.ts';
import { systemClock } from '../platform/clock.ts';
import { createMailer, type Mailer } from '../platform/mail.ts';
import { type Actor, type Context, makeContext, systemActor } from '../platform/tenancy.ts';
import { lockDataDirectory } from './data-dir-lock.ts';
import { CliError, t } from './terminal.ts';

export type Session = { config: Config; database: Database; mailer: Mailer };
export type Workspace = NonNullable<Awaited<ReturnType<typeof findWorkspaceBySlug>>>;

/**
 * Opens the database from DATABASE_URL or LIAISON_DATA_DIR, runs `work` and closes it. Unless
 * told otherwise it migrates first, so a command on a fresh data directory finds its tables.
 */
export async function withDatabase<T>(
  work: (session: Session) => Promise<T>,
  options: { migrate?: boolean } = {},
): Promise<T> {
  const config = loadConfig(process.env);
  const lock = lockDataDirectory(config);
  try {
    const database = await openDatabase({
      databaseUrl: config.databaseUrl,
      dataDir: config.dataDir,
      poolSize: 2,
      pglite: config.pglite,
    });
    try {
      if (options.migrate ?? true) await migrate(database);
      const mailer = createMailer(config.smtpUrl, config.mailFrom);
      return await work({ config, database, mailer });
    } finally {
      await database.close();
    }
  } finally {
    lock.release();
  }
}

export function servicesOf(session: Session) {
  return {
    db: session.database.db,
    config: session.config,
    mailer: session.mailer,
    clock: systemClock,
  };
}

/** "CLI (kim)": the operating-system account that ran the command. */
export function operatorName(): string {
  let username: string | undefined;
  try {
    username = os.userInfo().username;
  } catch {
    // A container may run under a uid with no passwd entry.
    username = process.env.USER ?? process.env.LOGNAME;
  }
  return `CLI (${username || 'unknown'})`;
}

export function operatorActor(workspaceId: string): Actor {
  return systemActor(workspaceId, operatorName(), 'cli');
}

/** The workspace with this slug, or a failure that lists the slugs that do exist. */
export async function requireWorkspace(session: Session, slug: string): Promise<Workspace> {
  const workspace = await findWorkspaceBySlug({ db: session.database.db }, slug);
  if (workspace) return workspace;
  const slugs = (await listWorkspaces({ db: session.database.db })).map((row) => row.slug);
  throw new CliError(
    t('cli.no_workspace', { slug, existing: slugs.length ? slugs.join(', ') : t('cli.none') }),
  );
}

/** A context acting in the workspace as the operator. */
export async function operatorContext(session: Session, slug: string): Promise<Context> {
  const workspace = await requireWorkspace(session, slug);
  return makeContext(servicesOf(session), operatorActor(workspace.id));
}
