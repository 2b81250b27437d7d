// `liaison`: run and administer a Liaison server from a terminal. Each command is a thin file in
// commands/ that parses its options with zod and calls the same services as the API. Commands
// import the services (database drivers, the web server) inside their action, so `--help` and
// usage errors answer without loading them: about 0.5 s instead of 1.5 s.
import { Command, CommanderError, Help } from 'commander';
import packageJson from '../../package.json' with { type: 'json' };
import { addAuditVerifyCommand } from './commands/audit-verify.ts';
import { addBackupCommand } from './commands/backup.ts';
import { addCharterVerifyCommand } from './commands/charter-verify.ts';
import { addExportDistributorsCommand } from './commands/export-distributors.ts';
import { addImportDistributorsCommand } from './commands/import-distributors.ts';
import { addImportHistoryCommands } from './commands/import-history.ts';
import { addMigrateCommand } from './commands/migrate.ts';
import { addRestoreCommand } from './commands/restore.ts';
import { addSeedCommand } from './commands/seed.ts';
import { addStartCommand } from './commands/start.ts';
import { addTokenCreateCommand } from './commands/token-create.ts';
import { addUserCreateCommand } from './commands/user-create.ts';
import { type ExitCode, exitCodes, paint, reportFailure, t } from './terminal.ts';

const examples = [
  'liaison start',
  'liaison migrate',
  'liaison seed --demo',
  'liaison user create --email anna@brenner.example --name "Anna Schulz" --workspace brenner \\\n' +
    '      --role principal_manager',
  'liaison token create --email anna@brenner.example --workspace brenner --name "ERP sync"',
  'liaison import distributors partners.csv --workspace brenner --dry-run',
  'liaison export distributors --workspace brenner > distributors.csv',
  'liaison backup --out nightly.zip',
];

function buildProgram(): Command {
  const program = new Command('liaison')
    .description(t('cli.help.liaison'))
    .version(packageJson.version, '-V, --version', t('cli.help.version'))
    // The program's options only before a command: after one, `--version 1` is the command's
    // own option (charter verify), not a request for the program's version.
    .enablePositionalOptions()
    .helpOption('-h, --help', t('cli.help.help'))
    .helpCommand('help [command]', t('cli.help.help_command'))
    // Commander would exit by itself with code 1; main() maps its errors to 0 or 2 instead.
    .exitOverride()
    .configureHelp({ visibleCommands: leafCommands, subcommandTerm: fullCommandTerm })
    .showHelpAfterError(t('cli.help.after_error'))
    .configureOutput({ outputError: (message, write) => write(paint('red', message)) })
    .addHelpText(
      'after',
      [
        '',
        t('cli.help.examples'),
        ...examples.map((line) => `  $ ${line}`),
        '',
        t('cli.help.environment'),
        '',
      ].join('\n'),
    );
  // Subcommands created with .command() inherit the settings above.
  addStartCommand(program);
  addMigrateCommand(program);
  addSeedCommand(program);
  addBackupCommand(program);
  addRestoreCommand(program);
  addUserCreateCommand(program.command('user').description(t('cli.help.user')));
  addTokenCreateCommand(program.command('token').description(t('cli.help.token')));
  const importGroup = program.command('import').description(t('cli.help.import'));
  addImportDistributorsCommand(importGroup);
  addImportHistoryCommands(importGroup);
  addExportDistributorsCommand(program.command('export').description(t('cli.help.export')));
  addCharterVerifyCommand(program.command('charter').description(t('cli.help.charter')));
  addAuditVerifyCommand(program.command('audit').description(t('cli.help.audit')));
  return program;
}

const defaultHelp = new Help();

/** The commands a help page lists: "user create" rather than "user", so one page shows all. */
function leafCommands(command: Command): Command[] {
  return defaultHelp.visibleCommands(command).flatMap((child) => {
    const grandchildren = defaultHelp
      .visibleCommands(child)
      .filter((grandchild) => grandchild.name() !== 'help');
    return grandchildren.length ? grandchildren : [child];
  });
}

/** "user create [options]": the words to type after `liaison`. */
function fullCommandTerm(command: Command): string {
  const groups: string[] = [];
  for (let parent = command.parent; parent?.parent; parent = parent.parent) {
    groups.unshift(parent.name());
  }
  return [...groups, defaultHelp.subcommandTerm(command)].join(' ');
}

/** Help and --version exit 0; every other complaint of commander is a usage error. */
function exitCodeOfCommander(error: CommanderError): ExitCode {
  const successes = ['commander.helpDisplayed', 'commander.version'];
  return successes.includes(error.code) ? exitCodes.success : exitCodes.usage;
}

async function main(argv: string[]): Promise<ExitCode> {
  try {
    await buildProgram().parseAsync(argv);
    return exitCodes.success;
  } catch (error) {
    // Commander has already written its message (and the help hint) to stderr.
    if (error instanceof CommanderError) return exitCodeOfCommander(error);
    return reportFailure(error);
  }
}

const exitCode = await main(process.argv);
// `start` keeps running until a signal; every other command ends here. A failure exits at once
// rather than wait for a connection pool or timer it may have left open.
if (exitCode !== exitCodes.success) process.exit(exitCode);
process.exitCode = exitCode;
