import type { Command } from 'commander';
import { say, t } from '../terminal.ts';

export function addMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description(t('cli.help.migrate'))
    .addHelpText(
      'after',
      `\n${t('cli.help.example')}\n  $ DATABASE_URL=postgres://liaison@db/liaison liaison migrate\n`,
    )
    .action(runMigrate);
}

async function runMigrate(): Promise<void> {
  const { withDatabase } = await import('../operator.ts');
  const { migrate } = await import('../../db/migrate.ts');
  const { applied } = await withDatabase(({ database }) => migrate(database), { migrate: false });
  if (!applied.length) {
    say(t('cli.up_to_date'));
    return;
  }
  say(t('cli.migrated', { count: applied.length }));
  for (const name of applied) say(`  ${name}`);
}
