// What every `liaison import …` command shares: read the file (or standard input), run the API's
// import service as the operator, show progress on a terminal, and print every row error. A
// command names its service, its help and how to count what it imported.
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { z } from 'zod';
import type { ImportOptions, ImportProgress, ImportResult } from '../../platform/csv-import.ts';
import { AppError } from '../../platform/errors.ts';
import type { Context } from '../../platform/tenancy.ts';
import { phasedProgressBar } from '../progress-bar.ts';
import { CliError, describeFieldError, parseOptions, printJson, say, t } from '../terminal.ts';
import { WorkspaceSlug } from '../workspace-slug.ts';

const ImportOptionsSchema = z.object({
  '<file>': z.string().min(1),
  workspace: WorkspaceSlug,
  dryRun: z.boolean().default(false),
  json: z.boolean().default(false),
});

export type ImportCommand = {
  name: string;
  description: string;
  /** Extra help: the columns of the file. */
  columns: string;
  /** The message after a real import, e.g. "Imported 3 order lines." */
  done: (result: ImportResult) => string;
  /** The service, loaded when the command runs so `--help` stays fast. */
  load: () => Promise<
    (ctx: Context, csvText: string, options: ImportOptions) => Promise<ImportResult>
  >;
};

export function addImportCommand(importGroup: Command, spec: ImportCommand): void {
  importGroup
    .command(spec.name)
    .description(spec.description)
    .argument('<file>', t('cli.help.import_file'))
    .requiredOption('--workspace <slug>', t('cli.help.workspace'))
    .option('--dry-run', t('cli.help.dry_run'))
    .option('--json', t('cli.help.json'))
    .addHelpText(
      'after',
      [
        '',
        spec.columns,
        '',
        t('cli.help.examples'),
        `  $ liaison import ${spec.name} ${spec.name}.csv --workspace brenner --dry-run`,
        `  $ liaison import ${spec.name} ${spec.name}.csv --workspace brenner`,
        '',
      ].join('\n'),
    )
    .action((file: string, rawOptions: object) => runImport(spec, file, rawOptions));
}

async function runImport(spec: ImportCommand, file: string, rawOptions: object): Promise<void> {
  const options = parseOptions(ImportOptionsSchema, { ...rawOptions, '<file>': file });
  const csvText = await readCsv(options['<file>']);
  const { operatorContext, withDatabase } = await import('../operator.ts');
  const importCsv = await spec.load();
  const progress = progressBar();
  let rows: number | undefined;
  const onProgress: ImportProgress = (phase, done, total) => {
    if (phase === 'validate') rows = total;
    progress?.show(phase, done, total);
  };
  let result: ImportResult;
  try {
    result = await withDatabase(async (session) => {
      const ctx = await operatorContext(session, options.workspace);
      return importCsv(ctx, csvText, { dryRun: options.dryRun, onProgress });
    });
  } catch (error) {
    progress?.stop();
    if (!(error instanceof AppError && error.code === 'validation_failed')) throw error;
    const errors = error.fieldErrors;
    if (options.json)
      printJson({ rows: rows ?? null, imported: 0, dryRun: options.dryRun, errors });
    throw new CliError(
      rows === undefined
        ? t('cli.import_file_failed', { count: errors.length })
        : t('cli.import_failed', { rows, count: errors.length }),
      {
        // A whole-file problem (no data rows, not CSV) has no column to name.
        lines: errors.map((item) =>
          item.row === undefined || item.column === undefined
            ? item.detail
            : describeFieldError(item),
        ),
        plain: true,
      },
    );
  }
  progress?.stop();
  if (options.json) printJson({ ...result, errors: [] });
  say(t('cli.import_checked_ok', { count: result.rows }));
  say(result.dryRun ? t('cli.import_dry_run') : spec.done(result));
}

/** The file's text; "-" reads standard input. */
async function readCsv(file: string): Promise<string> {
  try {
    if (file !== '-') return await readFile(file, 'utf8');
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk));
    return Buffer.concat(chunks).toString('utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(t('cli.file_missing', { file, reason }));
  }
}

/** A bar on stderr while checking and inserting; none when stderr is not a terminal. */
function progressBar() {
  return phasedProgressBar({
    validate: t('cli.progress_validate'),
    insert: t('cli.progress_insert'),
  });
}
