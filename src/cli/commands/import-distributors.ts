import { readFile } from 'node:fs/promises';
import { Presets, SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { z } from 'zod';
import type { ImportProgress, ImportResult } from '../../distributors/distributors-csv.service.ts';
import { AppError } from '../../platform/errors.ts';
import { CliError, describeFieldError, parseOptions, printJson, say, t } from '../terminal.ts';
import { WorkspaceSlug } from '../workspace-slug.ts';

const ImportOptions = z.object({
  '<file>': z.string().min(1),
  workspace: WorkspaceSlug,
  dryRun: z.boolean().default(false),
  json: z.boolean().default(false),
});

export function addImportDistributorsCommand(importGroup: Command): void {
  importGroup
    .command('distributors')
    .description(t('cli.help.import_distributors'))
    .argument('<file>', t('cli.help.import_file'))
    .requiredOption('--workspace <slug>', t('cli.help.workspace'))
    .option('--dry-run', t('cli.help.dry_run'))
    .option('--json', t('cli.help.json'))
    .addHelpText(
      'after',
      [
        '',
        t('cli.help.import_columns'),
        '',
        t('cli.help.examples'),
        '  $ liaison import distributors partners.csv --workspace brenner --dry-run',
        '  $ liaison import distributors partners.csv --workspace brenner',
        '',
      ].join('\n'),
    )
    .action(runImportDistributors);
}

async function runImportDistributors(file: string, rawOptions: object): Promise<void> {
  const options = parseOptions(ImportOptions, { ...rawOptions, '<file>': file });
  const csvText = await readCsv(options['<file>']);
  const { operatorContext, withDatabase } = await import('../operator.ts');
  const { importDistributorsCsv } = await import('../../distributors/distributors-csv.service.ts');
  const progress = progressBar();
  let rows: number | undefined;
  const onProgress: ImportProgress = (phase, done, total) => {
    rows = total;
    progress?.show(phase, done, total);
  };
  let result: ImportResult;
  try {
    result = await withDatabase(async (session) => {
      const ctx = await operatorContext(session, options.workspace);
      return importDistributorsCsv(ctx, csvText, { dryRun: options.dryRun, onProgress });
    });
  } catch (error) {
    progress?.stop();
    if (error instanceof AppError && error.code === 'malformed_request') {
      throw new CliError(t('cli.csv_unreadable', { file, reason: error.params.reason ?? '' }));
    }
    if (!(error instanceof AppError && error.code === 'validation_failed')) throw error;
    const errors = error.fieldErrors;
    if (options.json)
      printJson({ rows: rows ?? null, imported: 0, dryRun: options.dryRun, errors });
    throw new CliError(
      rows === undefined
        ? t('cli.import_file_failed', { count: errors.length })
        : t('cli.import_failed', { rows, count: errors.length }),
      {
        // A whole-file problem (no data rows) has no row or column to name.
        lines: errors.map((item) =>
          item.row === undefined ? item.detail : describeFieldError(item),
        ),
        plain: true,
      },
    );
  }
  progress?.stop();
  if (options.json) printJson({ ...result, errors: [] });
  say(t('cli.import_checked_ok', { count: result.rows }));
  say(result.dryRun ? t('cli.import_dry_run') : t('cli.import_done', { count: result.imported }));
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
  if (!process.stderr.isTTY) return undefined;
  const bar = new SingleBar(
    {
      format: '{phase} [{bar}] {value}/{total}',
      stream: process.stderr,
      hideCursor: true,
      clearOnComplete: true,
    },
    Presets.shades_classic,
  );
  // Padded to one width so the bar does not jump when the phase changes.
  const width = Math.max(t('cli.progress_validate').length, t('cli.progress_insert').length);
  const labels = {
    validate: t('cli.progress_validate').padEnd(width),
    insert: t('cli.progress_insert').padEnd(width),
  };
  let started = false;
  return {
    show(phase: 'validate' | 'insert', done: number, total: number) {
      const label = labels[phase];
      if (!started) {
        bar.start(total, done, { phase: label });
        started = true;
        return;
      }
      bar.setTotal(total);
      bar.update(done, { phase: label });
    },
    stop() {
      if (started) bar.stop();
      started = false;
    },
  };
}
