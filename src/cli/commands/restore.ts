import path from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import type { BackupProblem } from '../../platform/backup-archive.ts';
import { backupProgressBar } from '../backup-progress.ts';
import { CliError, parseOptions, say, t } from '../terminal.ts';

const RestoreOptions = z.object({
  '<file>': z.string().min(1),
  force: z.boolean().default(false),
});

export function addRestoreCommand(program: Command): void {
  program
    .command('restore')
    .description(t('cli.help.restore'))
    .argument('<file>', t('cli.help.restore_file'))
    .option('--force', t('cli.help.restore_force'))
    .addHelpText(
      'after',
      [
        '',
        t('cli.help.examples'),
        '  $ LIAISON_DATA_DIR=/srv/liaison-new liaison restore liaison-backup-20261206T020000Z.zip',
        '  $ DATABASE_URL=postgres://liaison@db/liaison liaison restore nightly.zip --force',
        '',
      ].join('\n'),
    )
    .action(runRestore);
}

async function runRestore(file: string, rawOptions: Record<string, unknown>): Promise<void> {
  const options = parseOptions(RestoreOptions, { ...rawOptions, '<file>': file });
  const started = performance.now();
  const { BackupProblem } = await import('../../platform/backup-archive.ts');
  const explained = (error: unknown) =>
    error instanceof BackupProblem ? new CliError(explain(error)) : error;
  const { openBackup, restoreBackup } = await import('../../platform/restore.ts');
  const progress = backupProgressBar();
  // The archive first: one that cannot be restored is refused without opening the database,
  // so also while a server holds an embedded one.
  const archive = await openBackup(path.resolve(options['<file>']), progress?.show).catch(
    (error) => {
      progress?.stop();
      throw explained(error);
    },
  );
  const { withDatabase } = await import('../operator.ts');
  const summary = await withDatabase(
    ({ config, database }) =>
      restoreBackup(database, config, archive, {
        force: options.force,
        onProgress: progress?.show,
      }),
    // The restore migrates to the backup's migration itself, loads, then migrates the rest.
    { migrate: false },
  )
    .catch((error) => {
      throw explained(error);
    })
    .finally(() => {
      progress?.stop();
      archive.close();
    });
  say(
    t('cli.restore_done', {
      count: summary.files,
      tables: summary.tables,
      rows: summary.rows,
      createdAt: summary.createdAt,
      seconds: ((performance.now() - started) / 1000).toFixed(1),
    }),
  );
  if (summary.migrated.length) say(t('cli.restore_migrated', { count: summary.migrated.length }));
  if (summary.filesInS3) say(t('cli.restore_files_in_s3'));
}

function explain(problem: BackupProblem): string {
  const params = problem.params;
  switch (problem.reason) {
    case 'unreadable':
      return t('cli.backup_problem.unreadable', params);
    case 'damaged':
      return t('cli.backup_problem.damaged', params);
    case 'checksum':
      return t('cli.backup_problem.checksum', params);
    case 'newer_format':
      return t('cli.backup_problem.newer_format', params);
    case 'newer_migrations':
      return t('cli.backup_problem.newer_migrations', params);
    case 'newer_schema':
      return t('cli.backup_problem.newer_schema', params);
    case 'schema_differs':
      return t('cli.backup_problem.schema_differs', params);
    case 'load_failed':
      return t('cli.backup_problem.load_failed', params);
    case 'not_empty':
      return t('cli.backup_problem.not_empty', params);
  }
}
