import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { z } from 'zod';
import { CliError, parseOptions, printData, say, t } from '../terminal.ts';
import { WorkspaceSlug } from '../workspace-slug.ts';

const ExportOptions = z.object({
  workspace: WorkspaceSlug,
  output: z.string().min(1).optional(),
});

export function addExportDistributorsCommand(exportGroup: Command): void {
  exportGroup
    .command('distributors')
    .description(t('cli.help.export_distributors'))
    .requiredOption('--workspace <slug>', t('cli.help.workspace'))
    .option('-o, --output <file>', t('cli.help.output'))
    .addHelpText(
      'after',
      [
        '',
        t('cli.help.examples'),
        '  $ liaison export distributors --workspace brenner > distributors.csv',
        '  $ liaison export distributors --workspace brenner --output distributors.csv',
        '',
      ].join('\n'),
    )
    .action(runExportDistributors);
}

async function runExportDistributors(rawOptions: unknown): Promise<void> {
  const options = parseOptions(ExportOptions, rawOptions);
  const { operatorContext, withDatabase } = await import('../operator.ts');
  const { exportDistributorsCsv } = await import('../../distributors/distributors-csv.service.ts');
  const { productLineCatalogue } = await import('../../charter/product-lines.service.ts');
  const { csv, count } = await withDatabase(async (session) =>
    exportDistributorsCsv(await operatorContext(session, options.workspace), {
      productLines: productLineCatalogue,
    }),
  );
  if (!options.output) {
    printData(csv);
    say(t('cli.exported', { count }));
    return;
  }
  await writeFile(options.output, csv, 'utf8').catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(t('cli.file_unwritable', { file: options.output, reason }));
  });
  say(t('cli.exported_to', { count, file: options.output }));
}
