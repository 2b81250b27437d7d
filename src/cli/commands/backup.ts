import path from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import { backupProgressBar, megabytes } from '../backup-progress.ts';
import { CliError, parseOptions, say, t } from '../terminal.ts';

const BackupOptions = z.object({ out: z.string().min(1).optional() });

export function addBackupCommand(program: Command): void {
  program
    .command('backup')
    .description(t('cli.help.backup'))
    .option('--out <file>', t('cli.help.backup_out'))
    .addHelpText(
      'after',
      [
        '',
        t('cli.help.examples'),
        '  $ liaison backup --out /var/backups/liaison/liaison-$(date +%F).zip',
        '  $ DATABASE_URL=postgres://liaison@db/liaison liaison backup',
        '',
      ].join('\n'),
    )
    .action(runBackup);
}

/** "liaison-backup-20261206T221500Z.zip": sorts by time, and has no ":" for other systems. */
export function defaultBackupName(now: Date): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  return `liaison-backup-${stamp}.zip`;
}

async function runBackup(rawOptions: unknown): Promise<void> {
  const options = parseOptions(BackupOptions, rawOptions);
  const file = path.resolve(options.out ?? defaultBackupName(new Date()));
  const { withDatabase } = await import('../operator.ts');
  const { writeBackup } = await import('../../platform/backup.ts');
  const progress = backupProgressBar();
  const { summary, store } = await withDatabase(
    async ({ config, database }) => ({
      summary: await writeBackup(database, config, file, progress?.show).catch((error) => {
        throw unwritable(error, file);
      }),
      store: config.fileStore,
    }),
    // A backup reads the database as it is; migrating it is the server's business.
    { migrate: false },
  ).finally(() => progress?.stop());
  say(
    t('cli.backup_done', {
      count: summary.files,
      tables: summary.tables,
      rows: summary.rows,
      file: summary.file,
      size: megabytes(summary.bytes),
      seconds: summary.seconds.toFixed(1),
    }),
  );
  if (store.kind === 's3') say(t('cli.backup_files_in_s3', { bucket: store.bucket }));
}

/** A folder that does not exist or cannot be written is the operator's to fix, not a crash. */
function unwritable(error: unknown, file: string): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  if (!code || !['ENOENT', 'EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EISDIR'].includes(code)) {
    return error;
  }
  return new CliError(t('cli.file_unwritable', { file, reason: (error as Error).message }));
}
