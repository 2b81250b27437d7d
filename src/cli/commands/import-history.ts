// `liaison import orders|report-history|interactions FILE`: the history imports of docs/imports.md.
import type { Command } from 'commander';
import { t } from '../terminal.ts';
import { addImportCommand } from './import-csv.ts';

export function addImportHistoryCommands(importGroup: Command): void {
  addImportCommand(importGroup, {
    name: 'orders',
    description: t('imports.cli.orders'),
    columns: t('imports.cli.orders_columns'),
    done: (result) => t('imports.cli.orders_done', { count: result.imported }),
    load: async () => (await import('../../orders/orders-import.service.ts')).importOrdersCsv,
  });
  addImportCommand(importGroup, {
    name: 'report-history',
    description: t('imports.cli.report_history'),
    columns: t('imports.cli.report_history_columns'),
    done: (result) =>
      t('imports.cli.report_history_done', {
        // The report-history import also answers how many monthly reports it made.
        count: Number((result as { reports?: number }).reports ?? 0),
      }),
    load: async () =>
      (await import('../../reports/report-history-import.service.ts')).importReportHistoryCsv,
  });
  addImportCommand(importGroup, {
    name: 'interactions',
    description: t('imports.cli.interactions'),
    columns: t('imports.cli.interactions_columns'),
    done: (result) => t('imports.cli.interactions_done', { count: result.imported }),
    load: async () =>
      (await import('../../communication/interactions-import.service.ts')).importInteractionsCsv,
  });
}
