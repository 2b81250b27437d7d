import type { Command } from 'commander';
import { t } from '../terminal.ts';
import { addImportCommand } from './import-csv.ts';

export function addImportDistributorsCommand(importGroup: Command): void {
  addImportCommand(importGroup, {
    name: 'distributors',
    description: t('cli.help.import_distributors'),
    columns: t('cli.help.import_columns'),
    done: (result) => t('cli.import_done', { count: result.imported }),
    load: async () => {
      const { importDistributorsCsv } = await import(
        '../../distributors/distributors-csv.service.ts'
      );
      const { productLineCatalogue } = await import('../../charter/product-lines.service.ts');
      return (ctx, csvText, options) =>
        importDistributorsCsv(ctx, csvText, { ...options, productLines: productLineCatalogue });
    },
  });
}
