import type { Command } from 'commander';
import { z } from 'zod';
import { sayDemoLogins } from '../demo-logins.ts';
import { CliError, exitCodes, parseOptions, say, t } from '../terminal.ts';

const SeedOptions = z.object({ demo: z.boolean().default(false) });

export function addSeedCommand(program: Command): void {
  program
    .command('seed')
    .description(t('cli.help.seed'))
    .option('--demo', t('cli.help.seed_demo'))
    .addHelpText('after', `\n${t('cli.help.example')}\n  $ liaison seed --demo\n`)
    .action(runSeed);
}

async function runSeed(rawOptions: unknown): Promise<void> {
  const options = parseOptions(SeedOptions, rawOptions);
  // Only the demo exists today; the flag keeps room for other data sets without a breaking change.
  if (!options.demo) throw new CliError(t('cli.seed_what'), { exitCode: exitCodes.usage });
  const { withDatabase } = await import('../operator.ts');
  const { isDemoLoaded, loadDemoData } = await import('../../seed/demo.ts');
  const loaded = await withDatabase(async ({ config, database }) => {
    if (await isDemoLoaded(database)) return false;
    await loadDemoData(database, config);
    return true;
  });
  say(t(loaded ? 'cli.seeded' : 'cli.already_seeded'));
  sayDemoLogins();
}
